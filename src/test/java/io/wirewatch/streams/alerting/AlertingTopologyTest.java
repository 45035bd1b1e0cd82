package io.wirewatch.streams.alerting;

import static io.wirewatch.alert.testing.Fixtures.article;
import static io.wirewatch.alert.testing.Fixtures.flagship;
import static io.wirewatch.alert.testing.Fixtures.subscription;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.alert.testing.TestSerdes;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.AlertKind;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.Story;
import io.wirewatch.avro.StoryStatus;
import io.wirewatch.avro.Subscription;
import io.wirewatch.avro.Surge;
import io.wirewatch.topics.TopicNames;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AlertingTopologyTest {
  private static final Instant T0 = Instant.parse("2026-11-20T15:00:00Z");
  private final AlertingSerdes serdes = TestSerdes.alerting();
  private TopologyTestDriver driver;
  private TestInputTopic<String, EnrichedArticle> articles;
  private TestInputTopic<String, Subscription> subscriptions;
  private TestOutputTopic<String, Alert> alerts;
  private TestOutputTopic<String, Story> stories;
  private TestOutputTopic<String, Surge> surges;

  private void start(AlertingConfig config) throws Exception {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerting-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("alerting-ttd").toString());
    driver = new TopologyTestDriver(AlertingTopology.build(config, serdes), p, T0);
    articles = driver.createInputTopic(TopicNames.ARTICLES_ENRICHED, Serdes.String().serializer(),
        serdes.enriched().serializer());
    subscriptions = driver.createInputTopic(TopicNames.SUBSCRIPTIONS, Serdes.String().serializer(),
        serdes.subscription().serializer());
    alerts = driver.createOutputTopic(TopicNames.ALERTS, Serdes.String().deserializer(), serdes.alert().deserializer());
    stories = driver.createOutputTopic(TopicNames.STORIES, Serdes.String().deserializer(), serdes.story().deserializer());
    surges = driver.createOutputTopic(TopicNames.SURGES, Serdes.String().deserializer(), serdes.surge().deserializer());
  }

  @AfterEach
  void close() {
    if (driver != null) {
      driver.close();
    }
  }

  private void subscribe(Subscription s) {
    subscriptions.pipeInput(s.getId(), s, T0.minusSeconds(3600));
  }

  private void send(EnrichedArticle a, Instant t) {
    articles.pipeInput(a.getId(), a, t);
  }

  private static final String[][] COPIES = {
    {"upi-1", "UPI", "China, Russia block U.S. bid for more North Korea sanctions",
        "China and Russia on Wednesday blocked a U.S. bid at the UN Security Council to impose more sanctions on North Korea."},
    {"ap-1", "AP", "Beijing, Moscow halt US push for new UN sanctions on Pyongyang",
        "Beijing and Moscow put a hold on Washington's proposal to sanction North Korean entities at the UN."},
    {"reuters-1", "Reuters", "China and Russia stop new UN sanctions on North Korea",
        "China and Russia stopped the United States from adding North Korean firms to a UN sanctions list."},
    {"yonhap-1", "Yonhap", "Seoul regrets China, Russia hold on N. Korea sanctions",
        "South Korea expressed regret after China and Russia put a hold on new UN sanctions against North Korea."},
    {"kyodo-1", "Kyodo", "Japan deplores block of North Korea sanctions at UN",
        "Japan's government deplored the decision by China and Russia to block UN sanctions on North Korea."},
  };

  private EnrichedArticle copy(int i) {
    return flagship(COPIES[i][0], COPIES[i][1], COPIES[i][2], COPIES[i][3], T0.plusSeconds(60L * i));
  }

  @Test
  void threeOutletsMakeOneStoryAndOneNewAlertPerMatchingSubscription() throws Exception {
    start(AlertingConfig.defaults());
    subscribe(subscription("korea").setTopics(List.of("sanctions-blocked")).setCountries(List.of("KP")).build());
    subscribe(subscription("any-kp").setCountries(List.of("KP")).build());
    subscribe(subscription("nuclear").setTopics(List.of("nuclear")).build());
    for (int i = 0; i < 3; i++) {
      send(copy(i), T0.plusSeconds(60L * i));
    }
    List<Story> storyValues = stories.readValuesToList();
    assertThat(storyValues).hasSize(3);
    assertThat(storyValues.stream().map(Story::getId).distinct()).hasSize(1);
    Story last = storyValues.get(2);
    assertThat(last.getArticleIds()).containsExactly("upi-1", "ap-1", "reuters-1");
    assertThat(last.getSources()).containsExactly("UPI", "AP", "Reuters");
    assertThat(last.getArticleCount()).isEqualTo(3);
    assertThat(last.getStatus()).isEqualTo(StoryStatus.NEW);
    assertThat(last.getFirstHeadline()).isEqualTo(COPIES[0][2]);
    assertThat(last.getCountries()).containsExactlyInAnyOrder("CN", "KP", "RU");

    List<Alert> out = alerts.readValuesToList();
    assertThat(out).extracting(Alert::getSubscriptionId).containsExactlyInAnyOrder("korea", "any-kp");
    assertThat(out).allSatisfy(a -> {
      assertThat(a.getKind()).isEqualTo(AlertKind.NEW);
      assertThat(a.getArticleId()).isEqualTo("upi-1");
      assertThat(a.getStoryId()).isEqualTo(last.getId());
      assertThat(a.getEvidence()).startsWith("China and Russia on Wednesday blocked");
      assertThat(a.getConfidence()).isEqualTo(0.9);
      assertThat(a.getEventTopics()).containsExactly("sanctions-blocked");
      assertThat(a.getCountries()).containsExactly("KP", "CN", "RU");
      assertThat(a.getPublished()).isEqualTo(T0);
    });
  }

  @Test
  void aFourthSourceSendsOneUpdateAndNothingAfter() throws Exception {
    start(AlertingConfig.defaults().withSurge(3.0, 100)); // five copies would otherwise also be a surge

    subscribe(subscription("korea").setTopics(List.of("sanctions-blocked")).setCountries(List.of("KP")).build());
    subscribe(subscription("quiet").setCountries(List.of("KP")).setUpdates(false).build());
    for (int i = 0; i < 3; i++) {
      send(copy(i), T0.plusSeconds(60L * i));
    }
    alerts.readValuesToList();
    send(copy(3), T0.plusSeconds(180));
    List<Alert> update = alerts.readValuesToList();
    assertThat(update).singleElement().satisfies(a -> {
      assertThat(a.getKind()).isEqualTo(AlertKind.UPDATE);
      assertThat(a.getSubscriptionId()).isEqualTo("korea");
      assertThat(a.getArticleId()).isEqualTo("yonhap-1");
    });
    List<Story> sofar = stories.readValuesToList();
    assertThat(sofar).extracting(Story::getStatus).containsExactly(StoryStatus.NEW, StoryStatus.NEW,
        StoryStatus.NEW, StoryStatus.DEVELOPING);
    send(copy(4), T0.plusSeconds(240));
    EnrichedArticle revision = article("upi-1").revision(2).source("UPI").text(COPIES[0][2] + " (updated)", COPIES[0][3])
        .event("sanctions-blocked", 0.9).country("KP", true).country("CN", true).country("RU", true).build();
    send(revision, T0.plusSeconds(300));
    assertThat(alerts.readValuesToList()).isEmpty();
    List<Story> later = stories.readValuesToList();
    assertThat(later).extracting(Story::getArticleCount).containsExactly(5, 5);
    assertThat(later.get(1).getLatestHeadline()).endsWith("(updated)");
  }

  @Test
  void anUnrelatedStoryOnTheSameTopicGetsItsOwnAlert() throws Exception {
    start(AlertingConfig.defaults());
    subscribe(subscription("blocked-anywhere").setTopics(List.of("sanctions-blocked")).build());
    send(copy(0), T0);
    send(article("euractiv-1").source("Euractiv").text("Hungary blocks EU sanctions on violent Israeli settlers, again",
            "Hungary again blocked an EU proposal to sanction violent settlers in the West Bank.")
        .event("sanctions-blocked", 0.8).country("HU", true).country("IL", true).build(), T0.plusSeconds(600));
    List<Alert> out = alerts.readValuesToList();
    assertThat(out).extracting(Alert::getArticleId).containsExactly("upi-1", "euractiv-1");
    assertThat(out).extracting(Alert::getStoryId).doesNotHaveDuplicates();
    assertThat(out).extracting(Alert::getId).doesNotHaveDuplicates();
  }

  @Test
  void filtersOnTopicsCountriesEntitiesKeywordsAndConfidence() throws Exception {
    start(AlertingConfig.defaults());
    subscribe(subscription("topic-nuclear").setTopics(List.of("nuclear")).build());
    subscribe(subscription("country-kp").setCountries(List.of("KP")).build());
    subscribe(subscription("country-us").setCountries(List.of("US")).build()); // US is tagged, but not primary
    subscribe(subscription("entity-unsc").setEntities(List.of("org:unsc")).build());
    subscribe(subscription("entity-name").setEntities(List.of("un security council")).build());
    subscribe(subscription("entity-other").setEntities(List.of("person:kim-jong-un")).build());
    subscribe(subscription("keyword").setKeywords(List.of("Security Council")).build());
    subscribe(subscription("keyword-part").setKeywords(List.of("Secur")).build());
    subscribe(subscription("confident").setMinConfidence(0.85).build());
    subscribe(subscription("too-confident").setMinConfidence(0.95).build());
    send(copy(0), T0);
    assertThat(alerts.readValuesToList()).extracting(Alert::getSubscriptionId)
        .containsExactlyInAnyOrder("country-kp", "entity-unsc", "entity-name", "keyword", "confident");
  }

  @Test
  void anArticleWithoutEventsAlertsNobody() throws Exception {
    start(AlertingConfig.defaults());
    subscribe(subscription("everything").build());
    send(article("noise-1").text("Turkey prices rise before Thanksgiving", "Prices rose.").country("US", true).build(), T0);
    assertThat(alerts.readValuesToList()).isEmpty();
    assertThat(stories.readValuesToList()).hasSize(1);
  }

  @Test
  void aRemovedSubscriptionGetsNoMoreAlerts() throws Exception {
    start(AlertingConfig.defaults());
    subscribe(subscription("korea").setCountries(List.of("KP")).build());
    subscriptions.pipeInput("korea", null, T0);
    send(copy(0), T0);
    assertThat(alerts.readValuesToList()).isEmpty();
  }

  @Test
  void alertIdsAreTheSameWhenTheInputIsReplayed() throws Exception {
    start(AlertingConfig.defaults());
    subscribe(subscription("korea").setCountries(List.of("KP")).build());
    send(copy(0), T0);
    String first = alerts.readValuesToList().get(0).getId();
    driver.close();
    start(AlertingConfig.defaults());
    subscribe(subscription("korea").setCountries(List.of("KP")).build());
    send(copy(0), T0);
    assertThat(alerts.readValuesToList()).extracting(Alert::getId).containsExactly(first);
  }

  private EnrichedArticle missile(String id, Instant t) {
    return article(id).text("North Korea fires missile " + id, "North Korea fired a missile.").published(t)
        .event("missile-launch", 0.9).country("KP", true).build();
  }

  @Test
  void aBurstAboveKTimesTheBaselineAndAtLeastMArticlesIsASurge() throws Exception {
    start(AlertingConfig.defaults().withSurge(3.0, 5));
    subscribe(subscription("kp-missiles").setTopics(List.of("missile-launch")).setCountries(List.of("KP")).build());
    subscribe(subscription("nuclear").setTopics(List.of("nuclear")).build());
    // baseline: one article every two hours for a day (mean 0.5 per hour)
    Instant base = T0.minus(Duration.ofHours(24));
    for (int h = 0; h < 24; h += 2) {
      send(missile("base-" + h, base.plus(Duration.ofHours(h))), base.plus(Duration.ofHours(h)));
    }
    surges.readValuesToList();
    // four in ten minutes: below m = 5
    for (int i = 0; i < 4; i++) {
      send(missile("burst-" + i, T0.plusSeconds(120L * i)), T0.plusSeconds(120L * i));
    }
    assertThat(surges.readValuesToList()).isEmpty();
    send(missile("burst-4", T0.plusSeconds(600)), T0.plusSeconds(600));
    send(missile("burst-5", T0.plusSeconds(700)), T0.plusSeconds(700));
    List<Surge> found = surges.readValuesToList();
    assertThat(found).singleElement().satisfies(s -> {
      assertThat(s.getCountry()).isEqualTo("KP");
      assertThat(s.getTopic()).isEqualTo("missile-launch");
      assertThat(s.getCount()).isEqualTo(5);
      assertThat(s.getBaselineHourlyMean()).isEqualTo(0.5);
      assertThat(s.getRatio()).isEqualTo(10.0);
    });
    List<Alert> surgeAlerts = alerts.readValuesToList().stream().filter(a -> a.getKind() == AlertKind.SURGE).toList();
    assertThat(surgeAlerts).singleElement().satisfies(a -> {
      assertThat(a.getSubscriptionId()).isEqualTo("kp-missiles");
      assertThat(a.getStoryId()).isEqualTo(found.get(0).getId());
    });
  }

  @Test
  void aBurstBelowKTimesTheBaselineIsNoSurge() throws Exception {
    start(AlertingConfig.defaults().withSurge(3.0, 5));
    Instant base = T0.minus(Duration.ofHours(24));
    // baseline: 3 articles every hour (mean 3): 6 in the last hour is only 2×
    for (int h = 0; h < 24; h++) {
      for (int j = 0; j < 3; j++) {
        Instant t = base.plus(Duration.ofHours(h)).plusSeconds(600L * j);
        send(missile("base-" + h + "-" + j, t), t);
      }
    }
    for (int i = 0; i < 6; i++) {
      send(missile("burst-" + i, T0.plusSeconds(60L * i)), T0.plusSeconds(60L * i));
    }
    List<Surge> found = surges.readValuesToList();
    assertThat(found.stream().filter(s -> !s.getWindowStart().isBefore(T0.minus(Duration.ofHours(1))))).isEmpty();
  }

  @Test
  void alertsAboveMaxPerHourAreFoldedIntoOneDigest() throws Exception {
    start(AlertingConfig.defaults());
    subscribe(subscription("busy").setMaxPerHour(2).build());
    String[][] events = {{"nuclear", "IR"}, {"ceasefire", "LY"}, {"summit-meeting", "CN"}, {"un-veto", "SD"},
        {"humanitarian-aid", "PH"}};
    for (int i = 0; i < events.length; i++) {
      send(article("a" + i).text("Event " + i, "Something happened " + i + ".").event(events[i][0], 0.9)
          .country(events[i][1], true).build(), T0.plusSeconds(i));
    }
    List<Alert> now = alerts.readValuesToList();
    assertThat(now).extracting(Alert::getKind).containsExactly(AlertKind.NEW, AlertKind.NEW);
    driver.advanceWallClockTime(Duration.ofMinutes(61));
    List<Alert> digest = alerts.readValuesToList();
    assertThat(digest).singleElement().satisfies(d -> {
      assertThat(d.getKind()).isEqualTo(AlertKind.DIGEST);
      assertThat(d.getDigestCount()).isEqualTo(3);
      assertThat(d.getEvidence()).contains("Event 2", "Event 3", "Event 4");
    });
    Map<String, Long> perKey = List.of(now, digest).stream().flatMap(List::stream)
        .collect(Collectors.groupingBy(Alert::getId, Collectors.counting()));
    assertThat(perKey.values()).containsOnly(1L);
  }
}
