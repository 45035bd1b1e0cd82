package io.wirewatch.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * Runs {@code java -jar target/wirewatch.jar ...} as a child JVM, with its output in a file, so
 * tests can kill it (SIGTERM or SIGKILL) like a user or a crash would.
 */
public final class ChildProcess implements AutoCloseable {
  private final Process process;
  private final Path log;

  private ChildProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** The shaded jar built by {@code mvn package} (the failsafe run sets {@code wirewatch.jar}). */
  public static Path jar() {
    Path jar = Path.of(System.getProperty("wirewatch.jar", "target/wirewatch.jar"));
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: run the ITs with `mvn verify` (after package)");
    }
    return jar;
  }

  public static ChildProcess startWirewatch(String... args) throws IOException {
    return startWirewatch(List.of("-Xmx512m"), args);
  }

  /** As {@link #startWirewatch(String...)}, with these JVM options (heap size, ...). */
  public static ChildProcess startWirewatch(List<String> jvmOptions, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.add("-jar");
    cmd.add(jar().toString());
    cmd.addAll(List.of(args));
    return start(Path.of("."), cmd);
  }

  /** Any program, run in {@code dir}, its output (stdout and stderr) kept as {@link #output()}. */
  public static ChildProcess start(Path dir, List<String> cmd) throws IOException {
    Path log = Files.createTempFile("wirewatch-child-", ".log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
        .directory(dir.toFile()).start();
    return new ChildProcess(p, log);
  }

  public String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(cannot read child output: " + e + ")";
    }
  }

  /** Waits until the child's output contains {@code text}; fails early if the child died. */
  public void awaitOutput(String text, Duration timeout) {
    Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
      if (!process.isAlive() && !output().contains(text)) {
        throw new AssertionError("child exited with " + process.exitValue() + " before printing '" + text
            + "':\n" + output());
      }
      return output().contains(text);
    });
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public long pid() {
    return process.pid();
  }

  /** SIGKILL: no shutdown hooks, no flush — a crash. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM (what Ctrl-C or an orchestrator sends); returns the exit code. */
  public int terminate(Duration timeout) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("child did not stop within " + timeout + ":\n" + output());
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
