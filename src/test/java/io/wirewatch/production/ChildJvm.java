package io.wirewatch.production;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test main class run in a child JVM on this test's classpath, with its output in a file.
 * The classpath goes through an argument file ({@code java @file}), so its length does not matter.
 */
final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final Path log;

  private ChildJvm(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static ChildJvm start(Class<?> mainClass, String... args) throws IOException {
    Path argFile = Files.createTempFile("child-jvm-", ".args");
    String classpath = System.getProperty("java.class.path");
    Files.writeString(argFile, "-cp \"" + classpath.replace("\\", "\\\\") + "\"\n", StandardCharsets.UTF_8);
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx256m");
    cmd.add("@" + argFile);
    cmd.add(mainClass.getName());
    cmd.addAll(List.of(args));
    Path log = Files.createTempFile("child-jvm-", ".log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new ChildJvm(p, log);
  }

  String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(cannot read child output: " + e + ")";
    }
  }

  /** The last value of {@code regex}'s first group in the output, or null. */
  String last(Pattern regex) {
    Matcher m = regex.matcher(output());
    String found = null;
    while (m.find()) {
      found = m.group(1);
    }
    return found;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL, and wait until the process is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("child " + process.pid() + " survived SIGKILL for 30 s");
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
