package io.wirewatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Country mentions in French, Spanish and German press copy: names the locale data lacks ("Kirghizistan",
 * "Elfenbeinküste", "Timor Oriental"), adjectives and nouns of nationality ("kirghize", "ivorisch", "sursudanés",
 * "die Kenianer"), German genitives ("Russlands Präsident"), and ordinary sentences that must name no country. Each line
 * of {@code country-probes.txt} gives the exact set of countries its sentence names.
 */
class CountryProbesTest {

  private static final Enricher ENRICHER = Enricher.defaults();

  record Probe(int line, String lang, Set<String> codes, String text) {}

  static List<Probe> probes() throws IOException {
    List<Probe> out = new ArrayList<>();
    for (ProbeFiles.Line line : ProbeFiles.read("country-probes.txt")) {
      int n = line.number();
      String l = line.text();
      String[] f = l.split(" \\| ", 3);
      assertThat(f).as("line %d: lang | codes | sentence", n).hasSize(3);
      Set<String> codes = f[1].equals("-") ? Set.of() : new TreeSet<>(List.of(f[1].split(",")));
      out.add(new Probe(n, f[0], codes, f[2]));
    }
    return out;
  }

  @Test
  void everyProbeNamesExactlyItsCountries() throws IOException {
    List<Probe> probes = probes();
    assertThat(probes).hasSizeGreaterThan(300);
    assertThat(probes).extracting(Probe::lang).containsOnly("fr", "es", "de");
    assertThat(probes).filteredOn(p -> p.codes().isEmpty()).hasSizeGreaterThan(100);
    List<String> wrong = new ArrayList<>();
    for (Probe p : probes) {
      Set<String> got = new TreeSet<>(ENRICHER.enrich(new ArticleText("p" + p.line(), "", p.text(), p.lang())).countryCodes());
      if (!got.equals(p.codes())) {
        wrong.add("line " + p.line() + " [" + p.lang() + "] want " + p.codes() + " got " + got + ": " + p.text());
      }
    }
    assertThat(wrong).isEmpty();
  }
}
