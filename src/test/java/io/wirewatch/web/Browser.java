package io.wirewatch.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for dashboard tests, from the system packages ({@code chromium},
 * {@code chromium-driver}; see {@code .ci/install-browser.sh}). As a JUnit condition it skips a
 * test class, before anything starts, on machines without the driver.
 */
final class Browser implements ExecutionCondition {
  static final File DRIVER = new File(System.getProperty("wirewatch.chromedriver", "/usr/bin/chromedriver"));
  static final File CHROMIUM = new File(System.getProperty("wirewatch.chromium", "/usr/bin/chromium"));

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return DRIVER.canExecute()
        ? ConditionEvaluationResult.enabled("chromedriver found at " + DRIVER)
        : ConditionEvaluationResult.disabled("no chromedriver at " + DRIVER
            + ": browser tests skipped (install chromium and chromium-driver, see .ci/install-browser.sh)");
  }

  /** A fresh headless browser with its own profile directory, kept off the network but for 127.0.0.1. */
  static ChromeDriver start(int width, int height) {
    Path profile;
    try {
      profile = Files.createTempDirectory("wirewatch-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    if (CHROMIUM.canExecute()) {
      options.setBinary(CHROMIUM);
    }
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=en-GB");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
    return new ChromeDriver(service, options);
  }
}
