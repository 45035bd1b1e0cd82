package io.wirewatch.interop;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code src/test/node} copied under {@code target/} with its pinned packages installed by
 * {@code npm ci}, once per version of {@code package-lock.json}.
 */
final class NodeProject {
  static final Path SOURCE = Path.of("src", "test", "node");
  static final List<String> FILES = List.of("package.json", "package-lock.json", "read-topics.js");

  private NodeProject() {}

  /** The installed project's directory; skips the calling test when node or npm's registry is missing. */
  static Path installed() throws Exception {
    Commands.Run node = Commands.run(Path.of("."), Duration.ofSeconds(30), "node", "--version");
    assumeTrue(node != null && node.code() == 0,
        "node is not installed: install Node.js 18 or newer to run the Node.js consumer test");
    Path dir = buildDir().resolve("node-consumer");
    Files.createDirectories(dir);
    for (String f : FILES) {
      Files.copy(SOURCE.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
    }
    String lock = sha256(dir.resolve("package-lock.json"));
    Path marker = dir.resolve("node_modules").resolve(".installed-lock-sha256");
    if (Files.exists(marker) && Files.readString(marker).equals(lock)) {
      return dir;
    }
    Commands.Run registry = Commands.run(dir, Duration.ofSeconds(30), "npm", "config", "get", "registry");
    assumeTrue(registry != null && registry.code() == 0, "npm is not installed: it comes with Node.js");
    String url = registry.output().strip();
    assumeTrue(reachable(url), "the npm registry " + url + " cannot be reached, and the packages of "
        + "src/test/node are not installed under target/ yet");
    Commands.Run ci = Commands.run(dir, Duration.ofMinutes(5), "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
    if (ci == null || ci.code() != 0) {
      throw new AssertionError("npm ci failed in " + dir + ":\n" + (ci == null ? "timed out" : ci.output()));
    }
    Files.writeString(marker, lock);
    return dir;
  }

  private static Path buildDir() {
    Path jar = Path.of(System.getProperty("wirewatch.jar", "target/wirewatch.jar")).toAbsolutePath();
    return jar.getParent();
  }

  private static boolean reachable(String url) {
    try {
      HttpResponse<Void> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
          .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      return r.statusCode() < 500;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
