package io.wirewatch.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchDirTest {
  @Test
  void closeDeletesTheDirectoryWithNestedFiles() throws Exception {
    Path path;
    try (ScratchDir dir = ScratchDir.create("wirewatch-scratch-test-")) {
      path = dir.path();
      assertThat(path.getFileName().toString()).startsWith("wirewatch-scratch-test-");
      Path nested = Files.createDirectories(path.resolve("task-0_1/rocksdb"));
      Files.writeString(nested.resolve("LOCK"), "x", StandardCharsets.UTF_8);
      Files.write(path.resolve("state.checkpoint"), new byte[4096]);
      assertThat(path).isDirectory();
    }
    assertThat(path).doesNotExist();
  }

  @Test
  void closingTwiceOrAfterTheDirectoryIsGoneIsQuiet() throws Exception {
    ScratchDir dir = ScratchDir.create("wirewatch-scratch-test-");
    Files.delete(dir.path());
    dir.close();
    dir.close();
    assertThat(dir.path()).doesNotExist();
  }
}
