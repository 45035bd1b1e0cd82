package io.wirewatch.web;

import io.wirewatch.avro.Alert;
import io.wirewatch.avro.EnrichedArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** A newsroom morning for the dashboard: articles, a three-source story, alerts and a surge. */
final class DemoData {
  private static final AtomicLong offset = new AtomicLong(1_000);

  private DemoData() {}

  private static String id(String topic) {
    return topic + ":0:" + offset.incrementAndGet();
  }

  static void publish(LiveFeed feed, Instant now) {
    String kpBody = "UNITED NATIONS - China and Russia moved to block a U.S. proposal for new sanctions on North Korea "
        + "at the Security Council on Thursday. Pyongyang has carried out a string of missile launches this year.";
    List<EnrichedArticle> articles = List.of(
        Fixtures.article("demo-kp-reuters", "Reuters", "China, Russia stall U.S. push for new North Korea sanctions",
            kpBody, now.minus(Duration.ofMinutes(48)),
            List.of(new Fixtures.Country("KP", "North Korea", true, "North Korea", "Pyongyang"),
                new Fixtures.Country("CN", "China", true, "China"), new Fixtures.Country("RU", "Russia", true, "Russia"),
                new Fixtures.Country("US", "United States", false, "U.S.")),
            List.of(new Fixtures.Event("sanctions-blocked", "block",
                    "UNITED NATIONS - China and Russia moved to block a U.S. proposal for new sanctions on North Korea at the Security Council on Thursday.",
                    "sanctions", "Security Council"),
                new Fixtures.Event("missile-launch", "missile launches",
                    "Pyongyang has carried out a string of missile launches this year."))),
        Fixtures.article("demo-kp-ap", "AP", "UN sanctions on North Korea put on hold by China and Russia",
            kpBody, now.minus(Duration.ofMinutes(40)),
            List.of(new Fixtures.Country("KP", "North Korea", true, "North Korea", "Pyongyang"),
                new Fixtures.Country("CN", "China", true, "China"), new Fixtures.Country("RU", "Russia", true, "Russia")),
            List.of(new Fixtures.Event("sanctions-blocked", "block",
                "UNITED NATIONS - China and Russia moved to block a U.S. proposal for new sanctions on North Korea at the Security Council on Thursday.",
                "sanctions"))),
        Fixtures.article("demo-kp-upi", "UPI", "China, Russia block U.S. bid for more North Korea sanctions",
            kpBody, now.minus(Duration.ofMinutes(31)),
            List.of(new Fixtures.Country("KP", "North Korea", true, "North Korea", "Pyongyang"),
                new Fixtures.Country("CN", "China", true, "China"), new Fixtures.Country("RU", "Russia", true, "Russia"),
                new Fixtures.Country("US", "United States", true, "U.S.")),
            List.of(new Fixtures.Event("sanctions-blocked", "block",
                    "UNITED NATIONS - China and Russia moved to block a U.S. proposal for new sanctions on North Korea at the Security Council on Thursday.",
                    "sanctions", "Security Council"),
                new Fixtures.Event("missile-launch", "missile launches",
                    "Pyongyang has carried out a string of missile launches this year."))),
        Fixtures.article("demo-sd", "Reuters", "Sudan's warring sides agree to extend El Fasher truce",
            "KHARTOUM - Sudan's army and the Rapid Support Forces agreed to extend a truce around El Fasher by a week, "
                + "mediators said.", now.minus(Duration.ofMinutes(25)),
            List.of(new Fixtures.Country("SD", "Sudan", true, "Sudan")),
            List.of(new Fixtures.Event("ceasefire", "extend a truce",
                "KHARTOUM - Sudan's army and the Rapid Support Forces agreed to extend a truce around El Fasher by a week, mediators said."))),
        Fixtures.article("demo-md", "UPI", "Moldova expels Russian diplomat over spying claims",
            "CHISINAU - Moldova expelled a Russian diplomat on Friday, declaring him persona non grata.",
            now.minus(Duration.ofMinutes(17)),
            List.of(new Fixtures.Country("MD", "Moldova", true, "Moldova"), new Fixtures.Country("RU", "Russia", true, "Russian")),
            List.of(new Fixtures.Event("diplomat-expelled", "expelled",
                "CHISINAU - Moldova expelled a Russian diplomat on Friday, declaring him persona non grata.",
                "persona non grata"))),
        Fixtures.article("demo-ir", "AP", "Iran bars IAEA inspectors from enrichment site",
            "VIENNA - Iran barred IAEA inspectors from its Fordow enrichment site, the agency said.",
            now.minus(Duration.ofMinutes(9)),
            List.of(new Fixtures.Country("IR", "Iran", true, "Iran")),
            List.of(new Fixtures.Event("nuclear", "barred IAEA inspectors",
                "VIENNA - Iran barred IAEA inspectors from its Fordow enrichment site, the agency said.", "enrichment"))));
    for (EnrichedArticle a : articles) {
      feed.publishArticle(id("news.articles.enriched"), a);
    }
    feed.publishStory(id("news.stories"), Fixtures.story("story-kp-sanctions",
        List.of("demo-kp-reuters", "demo-kp-ap", "demo-kp-upi"), List.of("Reuters", "AP", "UPI"), now.minus(Duration.ofMinutes(31))));
    Alert alert = Alert.newBuilder(Fixtures.alert("alert-kp", "korea-desk", "sanctions-blocked", "KP", now.minus(Duration.ofMinutes(47))))
        .setSubscriptionName("Korea desk").setHeadline("China, Russia stall U.S. push for new North Korea sanctions")
        .setSource("Reuters").setStoryId("story-kp-sanctions").setArticleId("demo-kp-reuters")
        .setEvidence("China and Russia moved to block a U.S. proposal for new sanctions on North Korea.").build();
    feed.publishAlert(id("news.alerts"), alert);
    feed.publishSurge(id("news.surges"), Fixtures.surge("KP", "missile-launch", 7, now.minus(Duration.ofMinutes(12))));
  }
}
