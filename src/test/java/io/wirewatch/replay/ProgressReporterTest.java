package io.wirewatch.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {
  @Test
  void lineShowsPercentRateAndEta() {
    String line = ProgressReporter.line(5_000, 2_500, 10_000, Duration.ofSeconds(2));
    assertThat(line).contains(" 25.0%").contains("5,000 records").contains("2,500 records/s")
        .contains("ETA 0:00:06");
  }

  @Test
  void finishedReadSaysDone() {
    assertThat(ProgressReporter.line(10, 10, 10, Duration.ofSeconds(1))).contains("100.0%").endsWith("done");
  }

  @Test
  void terminalReporterRedrawsOneLineAndEndsIt() {
    StringWriter sw = new StringWriter();
    ProgressReporter p = ProgressReporter.terminal(new PrintWriter(sw));
    p.onProgress(1, 1, 4);
    p.onProgress(2, 2, 4);
    p.finish();
    assertThat(sw.toString()).startsWith("\r").contains("50.0%").endsWith(System.lineSeparator());
    assertThat(sw.toString().chars().filter(c -> c == '\r').count()).isEqualTo(2);
  }
}
