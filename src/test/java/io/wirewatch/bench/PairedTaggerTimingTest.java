package io.wirewatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.enrich.ArticleText;
import io.wirewatch.enrich.Enricher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paired timing behind {@code wirewatch bench tagger}: its bookkeeping, not its figures. */
class PairedTaggerTimingTest {
  private static final String TEXT =
      "China and Russia blocked a U.S. bid for more sanctions on North Korea on Tuesday, diplomats said. ".repeat(30);

  @Test
  void reportsEveryCountedRoundAndChecksEveryTagging() {
    List<Integer> heard = new ArrayList<>();
    PairedTaggerTiming.Result r = PairedTaggerTiming.compare(Enricher.defaults(), Enricher.defaults(),
        List.of(TEXT, "Macron to visit China next month."), 3, Duration.ofMillis(20), heard::add);
    assertThat(heard).containsExactly(1, 2, 3);
    assertThat(r.rounds()).isEqualTo(3);
    assertThat(r.medianA()).isFinite().isPositive().isBetween(r.minA(), r.maxA());
    assertThat(r.medianB()).isFinite().isPositive().isBetween(r.minB(), r.maxB());
    // each side tags at least one batch of eight per turn, over 2 warm-up and 3 counted rounds
    assertThat(r.checkedCalls()).isGreaterThanOrEqualTo(2 * 5 * 8);
  }

  @Test
  void theSignatureSeparatesDifferentTaggings() {
    Enricher e = Enricher.defaults();
    String blocked = PairedTaggerTiming.signature(e.enrich(new ArticleText("a", "", TEXT, "en")));
    String plan = PairedTaggerTiming.signature(e.enrich(new ArticleText("b", "", "Macron to visit China next month.", "en")));
    assertThat(blocked).contains("KP").contains("sanctions-blocked");
    assertThat(plan).contains("CN").doesNotContain("sanctions");
    assertThat(blocked).isNotEqualTo(plan);
  }

  @Test
  void medianOfEvenAndOddCounts() {
    assertThat(PairedTaggerTiming.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(PairedTaggerTiming.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
  }

  @Test
  void refusesNothingToTime() {
    assertThatThrownBy(() -> PairedTaggerTiming.compare(Enricher.defaults(), Enricher.defaults(), List.of(), 3,
        Duration.ofMillis(10), n -> { })).hasMessageContaining("texts is empty");
    assertThatThrownBy(() -> PairedTaggerTiming.compare(Enricher.defaults(), Enricher.defaults(), List.of("x"), 0,
        Duration.ofMillis(10), n -> { })).hasMessageContaining("rounds must be at least 1");
    assertThatThrownBy(() -> PairedTaggerTiming.compare(Enricher.defaults(), Enricher.defaults(), List.of("x"), 1,
        Duration.ZERO, n -> { })).hasMessageContaining("turn must be positive");
  }
}
