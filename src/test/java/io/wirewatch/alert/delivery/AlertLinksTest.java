package io.wirewatch.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.UserException;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.AlertKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertLinksTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AlertLinks LINKS = AlertLinks.to("https://wirewatch.example/desk");
  private static final Alert ALERT = Alert.newBuilder().setId("alert-1").setSubscriptionId("sub-1").setStoryId("story-1")
      .setArticleId("reuters:2026/kp sanctions").setKind(AlertKind.NEW).setHeadline("China, Russia block sanctions")
      .setUrl("https://news.example/a").setSource("Reuters").setEvidence("China and Russia blocked it.")
      .setEventTopics(List.of("sanctions-blocked")).setCountries(List.of("KP")).setConfidence(0.9)
      .setAlerted(Instant.parse("2026-12-05T09:00:00Z")).build();
  private static final String EVIDENCE = "https://wirewatch.example/desk/#/articles/reuters%3A2026%2Fkp%20sanctions";

  @Test
  void theEvidenceLinkIsTheDashboardsArticleRouteWithTheIdEncoded() {
    assertThat(LINKS.dashboard()).isEqualTo("https://wirewatch.example/desk/");
    assertThat(LINKS.evidence(ALERT.getArticleId())).isEqualTo(EVIDENCE);
    assertThat(AlertLinks.to("http://localhost:8080/").evidence("ap-é~1")).isEqualTo("http://localhost:8080/#/articles/ap-%C3%A9~1");
    assertThat(AlertLinks.NONE.evidence("a")).isNull();
  }

  @Test
  void everyDeliveredShapeCarriesTheLink() throws Exception {
    String url = LINKS.evidence(ALERT.getArticleId());
    JsonNode webhook = JSON.readTree(AlertPayloads.webhook(ALERT, url));
    assertThat(webhook.at("/article/evidenceUrl").asText()).isEqualTo(EVIDENCE);
    JsonNode slack = JSON.readTree(AlertPayloads.slack(ALERT, url));
    assertThat(slack.path("text").asText()).endsWith(" · evidence: " + EVIDENCE);
    assertThat(slack.at("/blocks/1/elements/1/text").asText()).isEqualTo("<" + EVIDENCE + "|Evidence in Wirewatch>");
    assertThat(AlertPayloads.console(ALERT, url)).endsWith(" evidence: " + EVIDENCE);
    // without a dashboard, nothing pretends to link
    assertThat(JSON.readTree(AlertPayloads.webhook(ALERT, null)).at("/article/evidenceUrl").isNull()).isTrue();
    assertThat(AlertPayloads.console(ALERT, null)).doesNotContain("evidence:");
  }

  @Test
  void theConsoleChannelPrintsTheLinkOfItsConfig() throws Exception {
    StringBuilder out = new StringBuilder();
    DeliveryConfig c = DeliveryConfig.defaults(io.wirewatch.avro.ChannelType.CONSOLE).withConsole(out::append)
        .withLinks(LINKS);
    c.newChannel().attempt(ALERT, null);
    assertThat(out.toString()).contains("evidence: " + EVIDENCE);
    assertThat(DeliveryConfig.defaults(io.wirewatch.avro.ChannelType.CONSOLE).links().dashboard())
        .isEqualTo(AlertLinks.DEFAULT_DASHBOARD);
  }

  @Test
  void aBadDashboardUrlIsRefusedNamingItAndTheFix() {
    for (String bad : new String[] {"localhost:8080", "ftp://host/", "https://host/#x", "", "http://bad host/"}) {
      assertThatThrownBy(() -> AlertLinks.to(bad)).as(bad).isInstanceOf(UserException.class)
          .hasMessageContaining("dashboard URL \"" + bad + "\"").hasMessageContaining("such as http://localhost:8080/");
    }
  }
}
