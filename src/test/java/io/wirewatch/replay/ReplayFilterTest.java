package io.wirewatch.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.UserException;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayFilterTest {
  private static final Instant T = Instant.parse("2026-01-05T10:00:00Z");
  private final Article upi = Fixtures.article("a1", "UPI", "China, Russia block sanctions bid", T);
  private final EnrichedArticle kpBlocked = Fixtures.enriched(upi, List.of("KP", "CN"), List.of("sanctions-blocked"));
  private final EnrichedArticle irNuclear = Fixtures.enriched(
      Fixtures.article("a2", "AP", "Iran bars inspectors", T), List.of("IR"), List.of("nuclear"));

  @Test
  void keysCombineWithAndValuesOfOneKeyWithOr() {
    ReplayFilter f = ReplayFilter.parse(List.of("topic=sanctions-blocked", "topic=nuclear", "country=KP"));
    assertThat(f.test(kpBlocked)).isTrue();
    assertThat(f.test(irNuclear)).isFalse();
  }

  @Test
  void matchesCaseInsensitivelyAndOnNonPrimaryCountries() {
    assertThat(ReplayFilter.parse(List.of("country=cn")).test(kpBlocked)).isTrue();
    assertThat(ReplayFilter.parse(List.of("source=upi")).test(kpBlocked)).isTrue();
    assertThat(ReplayFilter.parse(List.of("source=upi")).test(irNuclear)).isFalse();
  }

  @Test
  void emptyFilterKeepsEverything() {
    assertThat(ReplayFilter.parse(List.of()).test(irNuclear)).isTrue();
    assertThat(ReplayFilter.all().isEmpty()).isTrue();
  }

  @Test
  void rawArticlesCanBeFilteredBySourceOnly() {
    assertThat(ReplayFilter.parse(List.of("source=UPI")).needsEnrichment()).isFalse();
    assertThat(ReplayFilter.parse(List.of("source=UPI")).test(upi)).isTrue();
    assertThat(ReplayFilter.parse(List.of("country=KP")).needsEnrichment()).isTrue();
  }

  @Test
  void reportsEveryBadExpressionAtOnce() {
    assertThatThrownBy(() -> ReplayFilter.parse(List.of("topic", "colour=red", "country=")))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("'topic' is not key=value")
        .hasMessageContaining("'colour=red' has unknown key 'colour'")
        .hasMessageContaining("'country=' is not key=value")
        .hasMessageContaining("topic=<event-topic id>");
  }
}
