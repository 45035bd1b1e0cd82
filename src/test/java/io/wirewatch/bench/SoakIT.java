package io.wirewatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.testkit.ChildProcess;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak at a size the suite can afford: {@code dev} as its own process, killed with SIGKILL once
 * mid-run and restarted on its data directory; nothing may be lost, duplicated or corrupted.
 * {@code wirewatch bench soak} runs the full 50,000 articles.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class SoakIT {
  @TempDir Path dir;

  @Test
  void everyArticleIsReadBackOnceAndIntactAfterDevIsKilled() throws Exception {
    StringWriter out = new StringWriter();
    Soak.Report r = Soak.run(new Soak.Settings(1_200, 1, 5, ChildProcess.jar().toAbsolutePath(), dir.resolve("data"),
        Duration.ofMinutes(3)), new PrintWriter(out, true));
    System.out.println(out);
    assertThat(r.kills()).isEqualTo(1);
    assertThat(out.toString()).contains("killed dev with SIGKILL (exit 137)").contains("restart 1");
    assertThat(r.describe()).as(out.toString()).isEqualTo(new Soak.Report(1_200, 1_200, 1_200, 0, 0, 0, 0, 1).describe());
    assertThat(r.clean()).isTrue();
  }
}
