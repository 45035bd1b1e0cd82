package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void showsPercentRateAndEta() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    Progress p = new Progress(10_000_000, null, clock, Duration.ofDays(365));
    clock.advance(Duration.ofSeconds(10));
    p.advance(2_500_000, 500);
    assertThat(p.line(clock.millis()))
        .contains("[######                  ]").contains(" 25%").contains("500 articles").contains("50/s")
        .contains("0.3 MB/s").endsWith("ETA 0:30");
  }

  @Test
  void redrawsTheBarInPlaceOnATerminal() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Progress p = new Progress(100, new PrintStream(out, true, StandardCharsets.UTF_8), clock, Duration.ofMillis(200));
    p.advance(10, 1); // too soon to redraw
    clock.advance(Duration.ofMillis(250));
    p.advance(40, 1);
    clock.advance(Duration.ofMillis(250));
    p.advance(50, 1);
    p.done();
    String s = out.toString(StandardCharsets.UTF_8);
    assertThat(s.split("\r", -1)).hasSize(4); // two redraws and the final line
    assertThat(s).endsWith("100%  3 articles  6/s  0.0 MB/s  ETA 0:00" + System.lineSeparator());
  }
}
