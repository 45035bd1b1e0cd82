package io.wirewatch.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's consumer snippets are the files the build compiles and the tests run, shown whole,
 * so that the two cannot drift apart.
 */
class ReadmeSnippetsTest {
  private static final Pattern BLOCK = Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```$", Pattern.DOTALL);

  @Test
  void theNodeSnippetIsTheFileNodeConsumerItRuns() throws Exception {
    assertThat(blocks("js")).contains(read(NodeProject.SOURCE.resolve("read-topics.js")));
  }

  @Test
  void theJavaSnippetIsTheClassTheBuildCompiles() throws Exception {
    assertThat(blocks("java")).contains(read(Path.of("src/test/java/io/wirewatch/interop/ReadTopics.java")));
    assertThat(ReadTopics.class.getMethod("main", String[].class)).isNotNull();
  }

  @Test
  void thePythonSnippetIsTheCheckedFile() throws Exception {
    assertThat(blocks("python")).contains(read(PYTHON));
  }

  @Test
  void thePythonSnippetCompiles(@TempDir Path dir) throws Exception {
    Path copy = Files.copy(PYTHON, dir.resolve("read_topics.py"));
    Commands.Run version = Commands.run(dir, Duration.ofSeconds(30), "python3", "--version");
    assumeTrue(version != null && version.code() == 0, "python3 is not installed");
    Commands.Run compiled = Commands.run(dir, Duration.ofSeconds(60), "python3", "-m", "py_compile", copy.toString());
    assertThat(compiled).isNotNull();
    assertThat(compiled.code()).as(compiled.output()).isZero();
  }

  @Test
  void theReadmeStillStartsWithItsTwoCommands() throws Exception {
    assertThat(read(Path.of("README.md"))).startsWith("""
        # Wirewatch

        ```
        ./mvnw -q package -DskipTests && java -jar target/wirewatch.jar dev --demo
        ./mvnw verify
        ```
        """);
  }

  private static final Path PYTHON = Path.of("src/test/python/read_topics.py");

  private static List<String> blocks(String language) throws Exception {
    List<String> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(read(Path.of("README.md")));
    while (m.find()) {
      if (m.group(1).equals(language)) {
        out.add(m.group(2));
      }
    }
    assertThat(out).as("```%s blocks in README.md", language).isNotEmpty();
    return out;
  }

  private static String read(Path p) throws Exception {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
