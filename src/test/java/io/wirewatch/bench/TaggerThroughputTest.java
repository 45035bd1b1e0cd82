package io.wirewatch.bench;

import io.wirewatch.enrich.Enricher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick figure behind {@code wirewatch bench enrich}. */
class TaggerThroughputTest {
  @Test
  void measuresMegabytesPerSecondOfArticleText() {
    String text = "China and Russia blocked a U.S. bid for more sanctions on North Korea, diplomats said. ".repeat(40);
    double mbs = TaggerThroughput.measure(Enricher.defaults(), List.of(text), Duration.ofMillis(300));
    assertThat(mbs).isFinite().isPositive();
  }

  @Test
  void refusesNothingToMeasure() {
    assertThatThrownBy(() -> TaggerThroughput.measure(Enricher.defaults(), List.of(), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("texts is empty");
    assertThatThrownBy(() -> TaggerThroughput.measure(Enricher.defaults(), List.of("x"), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duration must be positive");
  }
}
