package io.wirewatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventRulesTest {
  static final Enricher ENRICHER = Enricher.defaults();
  static final Instant PUBLISHED = Instant.parse("2026-03-02T10:00:00Z");

  static Enrichment enrich(String headline, String body) {
    return ENRICHER.enrich(new ArticleText("t", headline, body, "en", PUBLISHED));
  }

  static Enrichment body(String body) {
    return enrich("", body);
  }

  @Test
  void flagshipIsSanctionsBlockedWithBlockersAndTarget() {
    Enrichment e = enrich("China, Russia block U.S. bid for more North Korea sanctions", "");
    assertThat(e.topics()).containsExactly("sanctions-blocked");
    EventMatch m = e.event("sanctions-blocked").orElseThrow();
    assertThat(m.actors()).containsExactly("CN", "RU");
    assertThat(m.targets()).containsExactly("KP");
    assertThat(m.trigger().text()).isEqualTo("block");
    assertThat(m.sentenceField()).isEqualTo(ArticleField.HEADLINE);
    assertThat(m.ruleId()).startsWith("sanctions-blocked/");
  }

  @Test
  void blockedSanctionsAreNotImposedSanctions() {
    Enrichment e = enrich("China, Russia block U.S. bid for more North Korea sanctions",
        "China and Russia on Tuesday blocked a U.S. push at the U.N. Security Council to impose more sanctions on North Korea.");
    assertThat(e.topics()).contains("sanctions-blocked").doesNotContain("sanctions-imposed");
  }

  @Test
  void aBlockSilencesNoImpositionAcrossASemicolon() {
    Enrichment both = enrich("UN council extends Haiti sanctions, blacklists two gang leaders; China holds up U.S. listing bid", "");
    assertThat(both.topics()).contains("sanctions-imposed", "sanctions-blocked");
    Enrichment vetoed = enrich("Russia and China veto new sanctions on South Sudan; Council renews the arms embargo", "");
    assertThat(vetoed.topics()).contains("sanctions-imposed");
    // without a semicolon, what was blocked is what would have been imposed
    assertThat(enrich("China holds up U.S. bid to blacklist two Haiti gang leaders", "").topics())
        .contains("sanctions-blocked").doesNotContain("sanctions-imposed");
  }

  @Test
  void flagshipStoryAlsoReportsUnilateralSanctionsAndMissileLaunches() {
    Enrichment e = enrich("China, Russia block U.S. bid for more North Korea sanctions",
        "The vote came at the U.N. Security Council. The U.S. imposed unilateral sanctions on North Korean officials last week. "
            + "North Korea fired two ballistic missiles on Sunday.");
    assertThat(e.topics()).contains("sanctions-blocked", "sanctions-imposed", "missile-launch");
    EventMatch imposed = e.event("sanctions-imposed").orElseThrow();
    assertThat(imposed.actors()).containsExactly("US");
    assertThat(imposed.targets()).containsExactly("KP");
    assertThat(e.event("missile-launch").orElseThrow().actors()).containsExactly("KP");
    assertThat(e.event("sanctions-blocked").orElseThrow().venue()).isEqualTo("org:unsc");
  }

  @Test
  void negatedImpositionDoesNotFire() {
    assertThat(body("The EU did not impose new sanctions on Iran.").topics()).isEmpty();
    assertThat(body("Moscow denied plans to expel British diplomats.").topics()).isEmpty();
  }

  @Test
  void hedgesAndThreatsDoNotFire() {
    assertThat(body("Russia threatened to veto the resolution.").topics()).isEmpty();
    assertThat(body("Washington could impose sanctions on Caracas.").topics()).isEmpty();
    assertThat(body("London may expel Russian diplomats.").topics()).isEmpty();
    assertThat(body("Officials refused to rule out imposing sanctions on Belarus.").topics()).isEmpty();
  }

  @Test
  void backgroundDoesNotMakeNews() {
    assertThat(body("Negotiations have been at a standstill since 2019.").topics()).isEmpty();
    assertThat(body("The United States had imposed sanctions on Iran.").topics()).isEmpty();
    assertThat(body("The U.N. imposed sanctions on North Korea in 2006.").topics()).isEmpty();
    assertThat(body("The EU imposed sanctions on Belarus in 2026.").topics()).containsExactly("sanctions-imposed");
  }

  @Test
  void vetoOfADraftIsUnVetoAtTheSecurityCouncil() {
    Enrichment e = body("Russia vetoed a Security Council resolution on Syria.");
    assertThat(e.topics()).containsExactly("un-veto");
    assertThat(e.event("un-veto").orElseThrow().actors()).containsExactly("RU");
    assertThat(e.event("un-veto").orElseThrow().venue()).isEqualTo("org:unsc");
  }

  @Test
  void expelledDiplomatsNameExpellerAndTarget() {
    EventMatch m = body("Poland expelled two Russian diplomats on Monday.").event("diplomat-expelled").orElseThrow();
    assertThat(m.actors()).containsExactly("PL");
    assertThat(m.targets()).containsExactly("RU");
  }

  @Test
  void liftedSanctionsAreSanctionsLifted() {
    assertThat(body("Washington lifted sanctions on Syria's central bank.").topics()).containsExactly("sanctions-lifted");
  }

  @Test
  void recalledAmbassadorDowngradesAndRestoredTiesRestore() {
    assertThat(body("Chile recalled its ambassador from Israel.").topics()).containsExactly("relations-downgraded");
    assertThat(body("Saudi Arabia and Iran agreed to restore diplomatic relations.").topics()).contains("relations-restored");
  }

  @Test
  void evidenceOffsetsPointIntoTheirField() {
    String b = "Tokyo said North Korea fired a ballistic missile into the sea.";
    EventMatch m = body(b).event("missile-launch").orElseThrow();
    assertThat(b.substring(m.trigger().start(), m.trigger().end())).isEqualTo(m.trigger().text());
    assertThat(b.substring(m.sentenceStart(), m.sentenceStart() + m.sentence().length())).isEqualTo(m.sentence());
    assertThat(m.evidence()).allSatisfy(ev -> assertThat(b.substring(ev.start(), ev.end())).isEqualTo(ev.text()));
  }

  @Test
  void simpleTriggersWorkInFrenchSpanishAndGerman() {
    assertThat(ENRICHER.enrich(new ArticleText("f", "La Chine et la Russie bloquent les sanctions contre la Corée du Nord", "", "fr"))
        .topics()).contains("sanctions-blocked");
    assertThat(ENRICHER.enrich(new ArticleText("d", "Polen weist russische Diplomaten aus", "", "de"))
        .topics()).contains("diplomat-expelled");
  }

  @Test
  void aLoneEventBelowTheLedeIsNotTheStory() {
    String signing = "The country's foreign minister signed an agreement with his Ghanaian counterpart on Sunday, a ministry "
        + "statement said.";
    String stoppage = "Rail workers returned to work on Monday across Nigeria after a week-long stoppage.";
    // a rail stoppage story whose one match is a paragraph further down: nothing the story reports as news
    assertThat(enrich("Nigeria's rail stoppage ends", "ABUJA (Wirewatch) – " + stoppage + " " + signing).topics())
        .isEmpty();
    // the same signing as the lede is the story
    assertThat(enrich("Nigeria's rail stoppage ends", "ABUJA (Wirewatch) – " + signing + " " + stoppage).topics())
        .containsExactly("agreement-signed");
    // so is a second event beside it, and an aid delivery, which headlines rarely name as an act
    assertThat(enrich("Ceremony in Geneva", "GENEVA (Wirewatch) – Delegates gathered in Geneva on Monday for the ceremony. "
        + "Convoys carrying food and medicine reached Khartoum on Sunday, the World Food Programme said.").topics())
        .containsExactly("humanitarian-aid");
  }

  @Test
  void aDatelineSetApartLeavesTheLedeToTheSentenceAfterIt() {
    String lede = "Pakistán lanzó este lunes un misil de crucero en una prueba, informó el Ejército.";
    EventMatch alone = ENRICHER.enrich(new ArticleText("t", "Pakistán prueba un misil", lede, "es", PUBLISHED))
        .event("missile-launch").orElseThrow();
    EventMatch afterDateline = ENRICHER.enrich(new ArticleText("t", "Pakistán prueba un misil",
        "ISLAMABAD, 2 mar (Wirewatch).- " + lede, "es", PUBLISHED)).event("missile-launch").orElseThrow();
    assertThat(afterDateline.confidence()).isEqualTo(alone.confidence());
  }
}
