package io.wirewatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.UserException;
import org.junit.jupiter.api.Test;

/** How rule files compile: shared term groups and the optional proposal. */
class RuleCompilationTest {
  static final String TWO_RULES_SAME_EXCLUDE = """
      version: 1
      topics:
        - {id: sanctions-blocked, name: Sanctions blocked}
        - {id: un-veto, name: Veto}
      rules:
        - id: sanctions-blocked/veto
          topic: sanctions-blocked
          trigger: [veto]
          require:
            - {terms: [sanction], where: after, within: 6}
          exclude:
            - {terms: [not, may], window: 4}
          actors: [subject]
        - id: un-veto/veto
          topic: un-veto
          trigger: [veto]
          require:
            - {terms: [resolution], where: after, within: 6}
          exclude:
            - {terms: [may, not], window: 4}
          actors: [subject]
      """;

  @Test
  void identicalTermListsShareOneGroupAndBothRulesStillFire() {
    RuleSet rules = RuleSet.parse(TWO_RULES_SAME_EXCLUDE, "test");
    // veto (shared trigger), sanction, resolution, and one exclude group for both rules
    assertThat(rules.groups).hasSize(4);
    Enricher e = Enricher.create(Gazetteer.defaults(), rules);
    assertThat(e.enrich(new ArticleText("a", "", "Russia vetoed a resolution and sanctions on Mali.", "en")).topics())
        .containsExactlyInAnyOrder("sanctions-blocked", "un-veto");
    assertThat(e.enrich(new ArticleText("b", "", "Russia may veto a resolution on Mali.", "en")).topics()).isEmpty();
  }

  @Test
  void proposalMustBeOneTermMapping() {
    String bad = """
        version: 1
        topics:
          - {id: sanctions-blocked, name: Sanctions blocked}
        rules:
          - id: sanctions-blocked/veto
            topic: sanctions-blocked
            trigger: [veto]
            proposal: {terms: [bid], near: 3}
        """;
    assertThatThrownBy(() -> RuleSet.parse(bad, "test"))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("unknown key 'near'");
  }

  @Test
  void proposalNamesTheProposerWithoutMakingItAnActor() {
    String yaml = TWO_RULES_SAME_EXCLUDE.replace("    actors: [subject]\n  - id: un-veto/veto",
        "    actors: [subject]\n    proposal: {terms: [bid], where: after, within: 4}\n  - id: un-veto/veto");
    assertThat(yaml).contains("proposal:");
    Enricher e = Enricher.create(Gazetteer.defaults(), RuleSet.parse(yaml, "test"));
    EventMatch m = e.enrich(new ArticleText("a", "", "Russia vetoed a French bid for sanctions on Mali.", "en"))
        .event("sanctions-blocked").orElseThrow();
    assertThat(m.actors()).containsExactly("RU");
    assertThat(m.evidence()).extracting(Evidence::source).contains("rule:sanctions-blocked/veto/proposer:FR");
  }
}
