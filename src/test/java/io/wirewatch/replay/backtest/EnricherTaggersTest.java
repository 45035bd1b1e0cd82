package io.wirewatch.replay.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.replay.Fixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnricherTaggersTest {
  @Test
  void bundledRulesFindTheBlockedSanctionsWithTheirSentence() {
    EventTagger t = EnricherTaggers.defaults().bundled();
    List<EventTagger.TopicHit> hits = t.events(Fixtures.article("a1", "UPI",
        "China, Russia block U.S. bid for more North Korea sanctions", Instant.parse("2026-01-05T10:00:00Z")));
    assertThat(hits).extracting(EventTagger.TopicHit::topic).contains("sanctions-blocked");
    assertThat(hits).filteredOn(h -> h.topic().equals("sanctions-blocked"))
        .allSatisfy(h -> assertThat(h.sentence()).contains("block"));
  }

  @Test
  void unrelatedNewsHasNoEventTopics() {
    EventTagger t = EnricherTaggers.defaults().bundled();
    assertThat(t.events(Fixtures.article("a2", "AP", "Thanksgiving turkey prices fall for the second year",
        Instant.parse("2026-01-05T10:00:00Z")))).isEmpty();
  }
}
