package io.wirewatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.UserException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetTest {
  static final String MINIMAL = """
      version: 1
      topics:
        - {id: sanctions-blocked, name: Sanctions blocked}
      rules:
        - id: sanctions-blocked/veto
          topic: sanctions-blocked
          trigger: [veto]
          require:
            - {terms: [sanction], where: after, within: 6}
          actors: [subject]
          targets: [attached-0]
      """;

  @Test
  void bundledRulesDeclareTheEighteenDefaultTopics() {
    RuleSet r = RuleSet.defaults();
    assertThat(r.topics()).hasSize(18);
    assertThat(r.topics()).extracting(RuleSet.Topic::id).contains("sanctions-blocked", "un-veto", "humanitarian-aid");
    assertThat(r.version()).startsWith("rules-");
  }

  @Test
  void ruleNamingUnknownTopicIsRefusedWithItsLine() {
    String yaml = MINIMAL.replace("topic: sanctions-blocked", "topic: sanctions-blokked");
    assertThatThrownBy(() -> RuleSet.parse(yaml, "test.yaml"))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("test.yaml line 6")
        .hasMessageContaining("unknown topic 'sanctions-blokked'");
  }

  @Test
  void unknownKeyIsRefusedWithItsLine() {
    String yaml = MINIMAL.replace("    actors: [subject]", "    actorz: [subject]");
    assertThatThrownBy(() -> RuleSet.parse(yaml, "test.yaml"))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("line 10")
        .hasMessageContaining("unknown key 'actorz'");
  }

  @Test
  void invalidYamlIsRefusedWithItsLine() {
    String yaml = MINIMAL.replace("trigger: [veto]", "trigger: [veto");
    assertThatThrownBy(() -> RuleSet.parse(yaml, "test.yaml"))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void anAccentSensitiveTermMatchesOnlyAsWritten() {
    // "^vetará" is the Spanish future only; folded it is the past subjunctive "vetara", which the rule must not take
    RuleSet rules = RuleSet.parse(MINIMAL.replace("trigger: [veto]", "trigger: [^vetará]")
        .replace("terms: [sanction]", "terms: [=sanciones]"), "t.yaml");
    Enricher enricher = Enricher.create(Gazetteer.defaults(), rules);
    assertThat(enricher.enrich(new ArticleText("a", "", "Rusia vetará las sanciones.", "es", java.time.Instant.parse(
        "2026-03-02T10:00:00Z"))).topics()).containsExactly("sanctions-blocked");
    assertThat(enricher.enrich(new ArticleText("b", "", "Rusia vetara las sanciones.", "es", java.time.Instant.parse(
        "2026-03-02T10:00:00Z"))).topics()).isEmpty();
    assertThatThrownBy(() -> RuleSet.parse(MINIMAL.replace("trigger: [veto]", "trigger: [\"^veto rápido\"]"), "t.yaml"))
        .hasMessageContaining("accent-sensitive term '^veto rápido' must be one word");
  }

  /** A veto of sanctions reported in the body on a Tuesday, under the given headline and body, tagged with these rules. */
  private static List<String> topics(RuleSet rules, String headline, String body) {
    return Enricher.create(Gazetteer.defaults(), rules).enrich(new ArticleText("a", headline, body, "en",
        java.time.Instant.parse("2026-03-02T10:00:00Z"))).topics();
  }

  private static List<String> topics(RuleSet rules, String headline) {
    return topics(rules, headline, VETO_BODY);
  }

  private static final String VETO_BODY = "Russia cast a veto on the sanctions on Tuesday.";

  @Test
  void aHeadlineAbsentTermInTheHeadlineSilencesTheRuleInTheWholeArticle() {
    RuleSet rules = RuleSet.parse(MINIMAL.replace("    topic: sanctions-blocked\n",
        "    topic: sanctions-blocked\n    headline-absent: [football]\n"), "t.yaml");
    assertThat(rules.rules.get(0).headlineAbsent()).isNotNegative();
    assertThat(topics(rules, "Council vote")).containsExactly("sanctions-blocked");
    assertThat(topics(rules, "Football league vote")).isEmpty();
    // a live page's headline names several stories: its term files none of them
    assertThat(topics(rules, "Live: football league vote; Council vote")).containsExactly("sanctions-blocked");
    // the term in the body is no headline's
    assertThat(topics(rules, "Council vote", VETO_BODY + " Football fans watched.")).containsExactly("sanctions-blocked");
    assertThat(RuleSet.parse(MINIMAL, "t.yaml").rules.get(0).headlineAbsent()).isEqualTo(-1);
  }

  @Test
  void aTopicsHeadlineAbsentTermsUnderDefaultsJoinEachOfItsRulesOwn() {
    String byTopic = MINIMAL.replace("rules:\n", "defaults:\n  headline-absent:\n    sanctions-blocked: [football]\nrules:\n");
    RuleSet rules = RuleSet.parse(byTopic, "t.yaml");
    assertThat(topics(rules, "Council vote")).containsExactly("sanctions-blocked");
    assertThat(topics(rules, "Football league vote")).isEmpty();
    // on top of the rule's own terms, in one group
    RuleSet both = RuleSet.parse(byTopic.replace("    topic: sanctions-blocked\n",
        "    topic: sanctions-blocked\n    headline-absent: [cricket]\n"), "t.yaml");
    assertThat(topics(both, "Football league vote")).isEmpty();
    assertThat(topics(both, "Cricket board vote")).isEmpty();
    assertThat(topics(both, "Council vote")).containsExactly("sanctions-blocked");
    assertThatThrownBy(() -> RuleSet.parse(byTopic.replace("    sanctions-blocked: [football]", "    sanctions-blokked: [football]"),
        "t.yaml")).hasMessageContaining("unknown topic 'sanctions-blokked'").hasMessageContaining("sanctions-blocked");
  }

  @Test
  void venueRivalsAreEntityIdsAndAWordRightNextToTheTriggerIsWithinZero() {
    String rivals = MINIMAL.replace("targets: [attached-0]", "targets: [attached-0]\n    venue: [org:unsc]\n    venue-rivals: [org:iaea]");
    assertThat(RuleSet.parse(rivals, "t.yaml").rules.get(0).venueRivals()).containsExactly("org:iaea");
    assertThatThrownBy(() -> RuleSet.parse(rivals.replace("[org:iaea]", "[IAEA]"), "t.yaml"))
        .hasMessageContaining("venue-rivals 'IAEA' is not an entity id").hasMessageContaining("org:unsc");
    assertThat(RuleSet.parse(MINIMAL.replace("within: 6", "within: 0"), "t.yaml").rules.get(0).require().get(0).within())
        .isZero();
  }

  @Test
  void unknownLexiconAndBadRoleAreRefused() {
    assertThatThrownBy(() -> RuleSet.parse(MINIMAL.replace("[veto]", "[\"@vetoes\"]"), "t.yaml"))
        .hasMessageContaining("unknown lexicon '@vetoes'");
    assertThatThrownBy(() -> RuleSet.parse(MINIMAL.replace("[attached-0]", "[attached-3]"), "t.yaml"))
        .hasMessageContaining("attached-3");
    assertThatThrownBy(() -> RuleSet.parse(MINIMAL.replace("within: 6", "within: 61"), "t.yaml"))
        .hasMessageContaining("within '61'");
  }

  @Test
  void missingRuleFileNamesThePath(@TempDir Path dir) {
    assertThatThrownBy(() -> RuleSet.load(dir.resolve("nope.yaml")))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("nope.yaml does not exist");
  }

  @Test
  void customRulesReplaceTheDefaultsAndChangeTheVersion(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("rules.yaml");
    Files.writeString(f, MINIMAL);
    RuleSet custom = RuleSet.load(f);
    assertThat(custom.version()).isNotEqualTo(RuleSet.defaults().version());
    EnricherHolder holder = new EnricherHolder(Enricher.defaults());
    ArticleText t = new ArticleText("t", "Russia expels Polish diplomats", "", "en");
    assertThat(holder.enrich(t).topics()).contains("diplomat-expelled");
    holder.swapRules(custom);
    assertThat(holder.enrich(t).topics()).isEmpty();
    assertThat(holder.enrich(new ArticleText("u", "Russia and China veto sanctions on Mali", "", "en")).topics())
        .containsExactly("sanctions-blocked");
    assertThat(holder.get().rules().version()).isEqualTo(custom.version());
  }

  @Test
  void aRuleDropsTheDefaultExcludeGroupItNamesAndKeepsTheOthers() {
    String withDefaults = MINIMAL.replace("rules:\n", """
        defaults:
          exclude:
            - {terms: [not], window: 6}
            - {terms: [may, would], window: 6}
        rules:
        """);
    EnricherHolder plain = new EnricherHolder(Enricher.defaults());
    plain.swapRules(RuleSet.parse(withDefaults, "t.yaml"));
    EnricherHolder dropping = new EnricherHolder(Enricher.defaults());
    dropping.swapRules(RuleSet.parse(withDefaults.replace("targets: [attached-0]",
        "targets: [attached-0]\n    drop-default-exclude: [may]"), "t.yaml"));
    ArticleText hedged = new ArticleText("h", "Russia may veto sanctions on Mali", "", "en");
    ArticleText negated = new ArticleText("n", "Russia did not veto sanctions on Mali", "", "en");
    assertThat(plain.enrich(hedged).topics()).isEmpty();
    assertThat(dropping.enrich(hedged).topics()).containsExactly("sanctions-blocked");
    assertThat(dropping.enrich(negated).topics()).isEmpty();
  }

  @Test
  void droppingADefaultNoGroupListsOrDroppingWhileKeepingNoneIsRefused() {
    String withDefaults = MINIMAL.replace("rules:\n", "defaults:\n  exclude:\n    - {terms: [not], window: 6}\nrules:\n");
    assertThatThrownBy(() -> RuleSet.parse(withDefaults.replace("targets: [attached-0]",
        "targets: [attached-0]\n    drop-default-exclude: [\"@hedge\"]"), "t.yaml"))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("'@hedge'").hasMessageContaining("no default exclude group lists").hasMessageContaining("[not]");
    assertThatThrownBy(() -> RuleSet.parse(withDefaults.replace("targets: [attached-0]",
        "targets: [attached-0]\n    drop-default-exclude: [not]\n    own-exclude-only: true"), "t.yaml"))
        .isInstanceOf(UserException.class).hasMessageContaining("remove own-exclude-only");
  }
}
