package io.wirewatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.UserException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  @Test
  void aSenseCueCountsAsAWholeWordInTheCaseWritten() {
    Gazetteer.Sense georgia = new Gazetteer.Sense("Georgia", "GE", java.util.List.of("Atlanta", "Peach State", "in-state"));
    assertThat(georgia.shownIn("Fans in Atlanta cheered.")).isTrue();
    assertThat(georgia.shownIn("Atlanta")).isTrue();
    assertThat(georgia.shownIn("the Peach State's coach")).isTrue();
    assertThat(georgia.shownIn("an in-state rival")).isTrue();
    assertThat(georgia.shownIn("Atlantans cheered")).as("part of a longer word").isFalse();
    assertThat(georgia.shownIn("NorthAtlanta")).as("letter before").isFalse();
    assertThat(georgia.shownIn("Atlanta2")).as("digit after").isFalse();
    assertThat(georgia.shownIn("éAtlanta")).as("accented letter before").isFalse();
    assertThat(georgia.shownIn("Atlanta\u00b2")).as("superscript digit after (a number, not a letter)").isFalse();
    assertThat(georgia.shownIn("atlanta")).as("case as written").isFalse();
    assertThat(georgia.shownIn("Atlantans and then Atlanta again")).as("a later whole-word match").isTrue();
    assertThat(georgia.shownIn("Tbilisi said on Monday")).isFalse();
    assertThat(georgia.shownIn(null)).isFalse();
  }

  @Test
  void bundledGazetteerHasEveryUnMemberAndObserver() {
    Gazetteer g = Gazetteer.defaults();
    long members = g.countries().stream().filter(c -> c.status().equals("member")).count();
    long observers = g.countries().stream().filter(c -> c.status().equals("observer")).count();
    assertThat(members).isEqualTo(193);
    assertThat(observers).isEqualTo(2);
    assertThat(g.country("KP").orElseThrow().alpha3()).isEqualTo("PRK");
    assertThat(g.entity("org:unsc").orElseThrow().type()).isEqualTo(EntityType.INTERNATIONAL_ORGANISATION);
    assertThat(g.version()).startsWith("gaz-");
  }

  @Test
  void userFileAddsNamesAndChangesTheVersion(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("extra.txt");
    Files.writeString(f, "# newsroom additions\nalias | KP | Hermit Kingdom\n");
    Gazetteer g = Gazetteer.load(Optional.of(f));
    assertThat(g.version()).isNotEqualTo(Gazetteer.defaults().version());
    Enricher e = Enricher.create(g, RuleSet.defaults());
    assertThat(e.enrich(new ArticleText("t", "", "The Hermit Kingdom fired again.", "en")).countryCodes()).containsExactly("KP");
  }

  @Test
  void germanNounsForNationalsTagTheirCountryAsWrittenAndCountAsDemonyms(@TempDir Path dir) throws Exception {
    Enricher bundled = Enricher.defaults();
    Enrichment e = bundled.enrich(new ArticleText("t", "", "Iran hat am Montag zwei Franzosen und einen Briten freigelassen.", "de"));
    assertThat(e.countryCodes()).contains("IR", "FR", "GB");
    assertThat(e.events()).extracting(EventMatch::topic).contains("detention-release");
    // a nationals line takes its nouns as written: no adjective endings are added to them
    Path f = dir.resolve("extra.txt");
    Files.writeString(f, "nationals | de | KP | Nordkoreaner\n");
    Enricher extra = Enricher.create(Gazetteer.load(Optional.of(f)), RuleSet.defaults());
    assertThat(extra.enrich(new ArticleText("t", "", "Zwei Nordkoreaner wurden gesehen.", "de")).countryCodes())
        .containsExactly("KP");
    assertThat(extra.enrich(new ArticleText("t", "", "Zwei Nordkoreaneren wurden gesehen.", "de")).countryCodes()).isEmpty();
  }

  @Test
  void badLineIsRefusedWithFileLineAndFix(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("extra.txt");
    Files.writeString(f, "alias | KP | Hermit Kingdom\ncountry | Xx | XXX | territory | Nowhere | | | |\n");
    assertThatThrownBy(() -> Gazetteer.load(Optional.of(f)))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("extra.txt line 2")
        .hasMessageContaining("'Xx' is not two capital letters")
        .hasMessageContaining("ISO 3166-1 alpha-2");
  }

  @Test
  void nameGivenToTwoCountriesIsRefused(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("extra.txt");
    Files.writeString(f, "alias | NE | Nigeria\n");
    assertThatThrownBy(() -> Gazetteer.load(Optional.of(f)))
        .hasMessageContaining("given to both NG")
        .hasMessageContaining("either |");
  }

  @Test
  void unknownKindWrongColumnsAndBadDateAreRefused(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("extra.txt");
    Files.writeString(f, "nickname | KP | Hermit\n");
    assertThatThrownBy(() -> Gazetteer.load(Optional.of(f))).hasMessageContaining("unknown kind 'nickname'");
    Files.writeString(f, "block | a | b\n");
    assertThatThrownBy(() -> Gazetteer.load(Optional.of(f))).hasMessageContaining("expected 1 columns");
    Files.writeString(f, "entity | person:jane-doe | PERSON | FR | minister | Jane Doe | | last week\n");
    assertThatThrownBy(() -> Gazetteer.load(Optional.of(f))).hasMessageContaining("'last week' is not a date");
    assertThatThrownBy(() -> Gazetteer.load(Optional.of(dir.resolve("missing.txt"))))
        .hasMessageContaining("missing.txt does not exist");
  }

  @Test
  void badSenseLinesAreRefusedWithTheFix(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("extra.txt");
    Files.writeString(f, "sense | Chad | XQ | Chad Smith\n");
    assertThatThrownBy(() -> Gazetteer.load(Optional.of(f))).hasMessageContaining("country 'XQ' is not in the gazetteer");
    Files.writeString(f, "sense | Chad | TD | \n");
    assertThatThrownBy(() -> Gazetteer.load(Optional.of(f))).hasMessageContaining("no cue words for 'Chad'")
        .hasMessageContaining("separated by ';'");
    Files.writeString(f, "sense | Chadia | TD | drummer\n");
    assertThatThrownBy(() -> Gazetteer.load(Optional.of(f))).hasMessageContaining("'Chadia' is not a name of TD")
        .hasMessageContaining("extra.txt line 1");
  }

  @Test
  void countryNamesInOtherLanguagesComeFromLocaleData() {
    Enricher e = Enricher.defaults();
    assertThat(e.enrich(new ArticleText("t", "", "Le Royaume-Uni et l'Allemagne", "fr")).countryCodes())
        .containsExactlyInAnyOrder("GB", "DE");
    assertThat(e.enrich(new ArticleText("t", "", "Reino Unido y Alemania", "es")).countryCodes())
        .containsExactlyInAnyOrder("GB", "DE");
  }
  @Test
  void capitalsByTheirFrenchSpanishAndGermanNamesTagTheirCountryButTreatiesNamedAfterThemDoNot() {
    Enricher bundled = Enricher.defaults();
    assertThat(bundled.enrich(new ArticleText("t", "", "Narendra Modi ist am Dienstag zu einem Besuch in Tokio eingetroffen.", "de"))
        .countryCodes()).contains("JP", "IN");
    assertThat(bundled.enrich(new ArticleText("t", "", "Las conversaciones se celebraron en Viena y en El Cairo.", "es"))
        .countryCodes()).contains("AT", "EG");
    assertThat(bundled.enrich(new ArticleText("t", "", "Les ministres se sont retrouvés à Varsovie puis à Lisbonne.", "fr"))
        .countryCodes()).contains("PL", "PT");
    assertThat(bundled.enrich(new ArticleText("t", "", "Madrid invoca la Convención de Viena sobre Relaciones Diplomáticas.", "es"))
        .countryCodes()).doesNotContain("AT");
    assertThat(bundled.enrich(new ArticleText("t", "", "London cited the Vienna Convention on Diplomatic Relations.", "en"))
        .countryCodes()).doesNotContain("AT");
  }
}
