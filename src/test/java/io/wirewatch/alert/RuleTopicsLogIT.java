package io.wirewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.client.ClientConfig;
import io.wirewatch.enrich.RuleSet;
import io.wirewatch.streams.alerting.AlertingSerdes;
import io.wirewatch.testkit.KafkaPlatformExtension;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A deployment's own rules are the rules subscriptions are checked against: the enrich role
 * publishes its rule set's topics to news.rules.topics; the subscription store validates against
 * what it reads there, and against the bundled topics until anything is published.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class RuleTopicsLogIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();

  /** A rule set of one topic the bundled rules do not have. */
  private static final String EXPORT_BAN_RULES = """
      version: 1
      topics:
        - {id: export-ban, name: Export ban}
      rules:
        - id: export-ban/ban
          topic: export-ban
          trigger: [ban, bans, banned]
          require:
            - {terms: [export, exports], where: after, within: 4}
          actors: [subject]
          targets: [attached-0]
      """;

  private static SubscriptionRequest request(String topic) {
    return new SubscriptionRequest("Trade desk", List.of(topic), List.of(), List.of(), List.of(), null, true, 30,
        new SubscriptionRequest.ChannelRequest("webhook", "https://desk.example/hook", "0123456789abcdef0123"));
  }

  @Test
  void subscriptionsAcceptTheTopicsOfTheRulesEnrichmentPublished() throws Exception {
    kafka.createWirewatchTopics();
    ClientConfig client = ClientConfig.of(kafka.clientConfig());
    assertThat(RuleTopicsLog.current(client)).as("nothing published yet: the bundled topics")
        .isEqualTo(RuleTopicsLog.bundled()).contains("sanctions-blocked");

    RuleSet custom = RuleSet.parse(EXPORT_BAN_RULES, "test rules");
    try (RuleTopicsLog.Reader reader = new RuleTopicsLog.Reader(client);
        SubscriptionStore store = new SubscriptionStore(kafka.clientConfig(),
            AlertingSerdes.registry(kafka.clientConfig()).subscription(), Clock.systemUTC(), reader)) {
      assertThat(reader.get()).isEqualTo(RuleTopicsLog.bundled());
      assertThatThrownBy(() -> store.add(request("export-ban"))).isInstanceOf(InvalidSubscriptionException.class);

      assertThat(RuleTopicsLog.publish(client, custom)).isTrue();
      Awaitility.await().atMost(Duration.ofSeconds(30)).until(reader::published);

      assertThat(reader.get()).containsExactly("export-ban");
      assertThat(store.add(request("export-ban")).getTopics()).containsExactly("export-ban");
      assertThatThrownBy(() -> store.add(request("sanctions-blocked")))
          .isInstanceOf(InvalidSubscriptionException.class)
          .hasMessageContaining("\"sanctions-blocked\" is not an event topic of the rules enrichment runs")
          .hasMessageContaining("use one of export-ban");
    }
    assertThat(RuleTopicsLog.current(client)).containsExactly("export-ban");

    // a reload back to the bundled rules is published the same way, and read by a new reader
    assertThat(RuleTopicsLog.publish(client, RuleSet.defaults())).isTrue();
    assertThat(RuleTopicsLog.current(client)).isEqualTo(RuleTopicsLog.bundled());
  }

  @Test
  void aValueNotWrittenByTheEnrichRoleIsIgnored() {
    assertThat(RuleTopicsLog.parse("not json")).isNull();
    assertThat(RuleTopicsLog.parse("{\"topics\": \"x\"}")).isNull();
    assertThat(RuleTopicsLog.parse("{\"topics\": [\"a\", \"b\"]}")).containsExactly("a", "b");
  }
}
