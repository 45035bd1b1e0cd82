package io.wirewatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedFilterTest {
  private static FeedEvent event(Set<String> topics, Set<String> countries) {
    return new FeedEvent("t:0:0", 1, FeedEvent.Kind.ARTICLE, Instant.EPOCH, topics, countries, "{}");
  }

  @Test
  void splitsCommasAndRepeatsAndNormalisesCase() {
    FeedFilter f = FeedFilter.parse(List.of("Nuclear, ceasefire", "un-veto"), List.of("kp", "ru,CN"));
    assertThat(f.topics()).containsExactlyInAnyOrder("nuclear", "ceasefire", "un-veto");
    assertThat(f.countries()).containsExactlyInAnyOrder("KP", "RU", "CN");
  }

  @Test
  void needsAnyOfTheTopicsAndAnyOfTheCountries() {
    FeedFilter f = FeedFilter.parse(List.of("nuclear,ceasefire"), List.of("IR"));
    assertThat(f.matches(event(Set.of("nuclear"), Set.of("IR", "US")))).isTrue();
    assertThat(f.matches(event(Set.of("ceasefire"), Set.of("IR")))).isTrue();
    assertThat(f.matches(event(Set.of("nuclear"), Set.of("US")))).isFalse();
    assertThat(f.matches(event(Set.of("un-veto"), Set.of("IR")))).isFalse();
    assertThat(f.matches(event(Set.of(), Set.of("IR")))).isFalse();
  }

  @Test
  void emptyFilterLetsEverythingThrough() {
    FeedFilter f = FeedFilter.parse(List.of(" ", ""), null);
    assertThat(f).isEqualTo(FeedFilter.ALL);
    assertThat(f.matches(event(Set.of(), Set.of()))).isTrue();
  }

  @Test
  void rejectsValuesThatAreNotTopicIdsOrCountryCodesNamingEachOne() {
    assertThatThrownBy(() -> FeedFilter.parse(List.of("nuclear", "<script>"), List.of("KOR", "K1")))
        .isInstanceOf(FeedFilter.InvalidFilter.class)
        .satisfies(e -> assertThat(((FeedFilter.InvalidFilter) e).problems()).hasSize(3)
            .anySatisfy(p -> assertThat(p).contains("'<script>'"))
            .anySatisfy(p -> assertThat(p).contains("'KOR'"))
            .anySatisfy(p -> assertThat(p).contains("'K1'")));
  }
}
