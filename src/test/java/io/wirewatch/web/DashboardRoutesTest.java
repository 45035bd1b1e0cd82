package io.wirewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.enrich.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardRoutesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void catalogueHasEveryTopicOfTheBundledRulesWithADescription() throws Exception {
    JsonNode topics = JSON.readTree(DashboardRoutes.catalogue(RuleSet.defaults().topics())).path("topics");
    assertThat(topics).hasSize(18);
    assertThat(topics).extracting(t -> t.path("id").asText())
        .containsExactlyElementsOf(RuleSet.defaults().topics().stream().map(RuleSet.Topic::id).toList());
    assertThat(topics).allSatisfy(t -> {
      assertThat(t.path("description").asText()).hasSizeGreaterThan(20);
      assertThat(t.path("group").asText()).isNotEqualTo("other");
    });
    JsonNode blocked = topics.findParents("id").stream().filter(t -> t.path("id").asText().equals("sanctions-blocked"))
        .findFirst().orElseThrow();
    assertThat(blocked.path("description").asText()).contains("blocked, vetoed");
    assertThat(blocked.path("iptc").asText()).isEqualTo("medtop:20000642");
  }

  @Test
  void aTopicOfCustomRulesWithoutADescriptionIsDescribedByItsName() throws Exception {
    JsonNode topics = JSON.readTree(DashboardRoutes.catalogue(List.of(
        new RuleSet.Topic("cyber-attack", "Cyber attack", null, null),
        new RuleSet.Topic("un-veto", "UN Security Council veto", "129", null)))).path("topics");
    assertThat(topics).hasSize(2);
    assertThat(topics.get(0).path("description").asText()).isEqualTo("Cyber attack");
    assertThat(topics.get(0).path("group").asText()).isEqualTo("other");
    assertThat(topics.get(0).path("cameo").isNull()).isTrue();
    assertThat(topics.get(1).path("label").asText()).isEqualTo("UN Security Council veto");
    assertThat(topics.get(1).path("description").asText()).startsWith("A permanent member");
    assertThat(topics.get(1).path("iptc").asText()).isEqualTo("medtop:20000644");
  }
}
