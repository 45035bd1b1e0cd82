package io.wirewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveFeedTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

  /** A clock the test moves. */
  static final class TestClock extends Clock {
    Instant now;

    TestClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final TestClock clock = new TestClock(NOW);
  private final LiveFeed feed = new LiveFeed(5, clock);

  private static List<String> ids(List<FeedEvent> events) {
    return events.stream().map(FeedEvent::id).toList();
  }

  @Test
  void resumesWithTheEventsAfterTheLastSeenId() {
    for (int i = 0; i < 4; i++) {
      feed.publishArticle("news.articles.enriched:0:" + i, Fixtures.simple("a" + i, "nuclear", "IR", NOW));
    }
    assertThat(ids(feed.after("news.articles.enriched:0:1")))
        .containsExactly("news.articles.enriched:0:2", "news.articles.enriched:0:3");
    assertThat(feed.after("news.articles.enriched:0:3")).isEmpty();
  }

  @Test
  void resumeFromAnIdTheRingNoLongerHoldsSkipsOnlyOlderOffsetsOfThatPartition() {
    for (int i = 0; i < 8; i++) { // capacity 5: offsets 0..2 of partition 0 fall out
      feed.publishArticle("news.articles.enriched:" + (i % 2) + ":" + i, Fixtures.simple("a" + i, "nuclear", "IR", NOW));
    }
    // ring holds 3..7: p1:3, p0:4, p1:5, p0:6, p1:7; the client last saw p0:2
    assertThat(ids(feed.after("news.articles.enriched:0:2"))).containsExactly(
        "news.articles.enriched:1:3", "news.articles.enriched:0:4", "news.articles.enriched:1:5",
        "news.articles.enriched:0:6", "news.articles.enriched:1:7");
    // an unknown id of partition 0 at offset 5 skips p0:4 only
    assertThat(ids(feed.after("news.articles.enriched:0:5"))).containsExactly(
        "news.articles.enriched:1:3", "news.articles.enriched:1:5", "news.articles.enriched:0:6",
        "news.articles.enriched:1:7");
  }

  @Test
  void keepsOnlyTheNewestEventsUpToItsCapacity() {
    for (int i = 0; i < 7; i++) {
      feed.publishAlert("news.alerts:0:" + i, Fixtures.alert("al" + i, "s1", "nuclear", "IR", NOW));
    }
    assertThat(feed.size()).isEqualTo(5);
    assertThat(ids(feed.recent(2, FeedFilter.ALL))).containsExactly("news.alerts:0:5", "news.alerts:0:6");
  }

  @Test
  void recentAppliesTheFilterBeforeCounting() {
    feed.publishArticle("x:0:0", Fixtures.simple("a0", "nuclear", "IR", NOW));
    feed.publishArticle("x:0:1", Fixtures.simple("a1", "ceasefire", "SD", NOW));
    feed.publishArticle("x:0:2", Fixtures.simple("a2", "nuclear", "KP", NOW));
    feed.publishArticle("x:0:3", Fixtures.simple("a3", "ceasefire", "IL", NOW));
    FeedFilter nuclear = FeedFilter.parse(List.of("nuclear"), List.of());
    assertThat(ids(feed.recent(10, nuclear))).containsExactly("x:0:0", "x:0:2");
    assertThat(ids(feed.recent(1, nuclear))).containsExactly("x:0:2");
  }

  @Test
  void listenersReceiveEveryNewEventInOrderUntilUnsubscribed() {
    List<String> got = new ArrayList<>();
    Runnable unsubscribe = feed.subscribe(e -> got.add(e.kind().eventName() + " " + e.id()));
    feed.publishArticle("x:0:0", Fixtures.simple("a0", "nuclear", "IR", NOW));
    feed.publishAlert("y:0:0", Fixtures.alert("al", "s1", "nuclear", "IR", NOW));
    unsubscribe.run();
    feed.publishArticle("x:0:1", Fixtures.simple("a1", "nuclear", "IR", NOW));
    assertThat(got).containsExactly("article x:0:0", "alert y:0:0");
  }

  @Test
  void countsArticlesPerTopicAndCountryOverTheLastHourAndDay() throws Exception {
    feed.publishArticle("x:0:0", Fixtures.simple("old", "nuclear", "IR", NOW.minus(Duration.ofHours(30))));
    feed.publishArticle("x:0:1", Fixtures.simple("morning", "nuclear", "IR", NOW.minus(Duration.ofHours(5))));
    feed.publishArticle("x:0:2", Fixtures.simple("recent", "ceasefire", "SD", NOW.minus(Duration.ofMinutes(10))));
    // a second revision of "recent" counts once
    feed.publishArticle("x:0:3", Fixtures.simple("recent", "ceasefire", "SD", NOW.minus(Duration.ofMinutes(5))));

    JsonNode s = JSON.readTree(feed.stats().toString());
    assertThat(s.at("/hour/articles").asInt()).isEqualTo(1);
    assertThat(s.at("/hour/topics/ceasefire").asInt()).isEqualTo(1);
    assertThat(s.at("/hour/topics/nuclear").isMissingNode()).isTrue();
    assertThat(s.at("/day/articles").asInt()).isEqualTo(2);
    assertThat(s.at("/day/topics/nuclear").asInt()).isEqualTo(1);
    assertThat(s.at("/day/countries/IR").asInt()).isEqualTo(1);
    assertThat(s.at("/day/countries/SD").asInt()).isEqualTo(1);

    clock.now = NOW.plus(Duration.ofHours(20)); // the morning article is now more than a day old
    JsonNode later = JSON.readTree(feed.stats().toString());
    assertThat(later.at("/day/topics/nuclear").isMissingNode()).isTrue();
    assertThat(later.at("/day/articles").asInt()).isEqualTo(1);
  }

  @Test
  void surgesAreActiveForAnHourAfterDetection() {
    feed.publishSurge("s:0:0", Fixtures.surge("KP", "missile-launch", 9, NOW.minus(Duration.ofMinutes(20))));
    feed.publishSurge("s:0:1", Fixtures.surge("UA", "ceasefire", 4, NOW.minus(Duration.ofMinutes(90))));
    ObjectNode s = feed.stats();
    assertThat(s.withArray("surges")).hasSize(1);
    assertThat(s.withArray("surges").get(0).path("country").asText()).isEqualTo("KP");
  }

  @Test
  void articlesCarryTheirStorySizeAndAStoryListsTheArticlesSeen() throws Exception {
    feed.publishArticle("x:0:0", Fixtures.simple("a1", "nuclear", "IR", NOW));
    feed.publishStory("st:0:0", Fixtures.story("st1", List.of("a1", "a2"), List.of("Wire", "Other"), NOW));
    FeedEvent second = feed.publishArticle("x:0:1", Fixtures.simple("a2", "nuclear", "IR", NOW));

    JsonNode a2 = JSON.readTree(second.json());
    assertThat(a2.at("/story/id").asText()).isEqualTo("st1");
    assertThat(a2.at("/story/size").asInt()).isEqualTo(2);

    JsonNode story = JSON.readTree(feed.story("st1").orElseThrow().toString());
    assertThat(story.path("articles")).extracting(n -> n.path("id").asText()).containsExactly("a1", "a2");
    assertThat(feed.story("nope")).isEmpty();
  }

  @Test
  void articleJsonKeepsEvidenceOffsetsIntoTheirField() throws Exception {
    FeedEvent e = feed.publishArticle("x:0:0", Fixtures.simple("a1", "nuclear", "IR", NOW));
    JsonNode a = JSON.readTree(e.json());
    JsonNode trigger = a.at("/events/0/trigger");
    String body = a.path("body").asText();
    assertThat(body.substring(trigger.path("start").asInt(), trigger.path("end").asInt())).isEqualTo("acted");
    int sentenceStart = a.at("/events/0/sentenceStart").asInt();
    assertThat(body.substring(sentenceStart)).startsWith(a.at("/events/0/sentence").asText());
    assertThat(e.topics()).containsExactly("nuclear");
    assertThat(e.countries()).containsExactly("IR");
  }
}
