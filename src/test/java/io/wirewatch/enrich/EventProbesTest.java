package io.wirewatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Everyday forms of wire copy for the sanctions, UN-vote, aid, release and ceasefire topics in English, French, Spanish
 * and German, and traps in the same words: each line of {@code event-probes.txt} gives a sentence (or, with "h:", a
 * headline) and the exact set of topics it reports. A body sentence is tagged under a neutral headline, a headline over a
 * one-character body, so that the line alone decides.
 */
class EventProbesTest {

  private static final Enricher ENRICHER = Enricher.defaults();
  private static final Instant PUBLISHED = Instant.parse("2026-10-14T09:30:00Z");
  private static final Map<String, String> NEUTRAL_HEADLINE = Map.of("en", "Report", "fr", "Dépêche", "es", "Noticia",
      "de", "Nachricht");

  record Probe(int line, boolean headline, String lang, Set<String> topics, String text) {}

  static List<Probe> probes() throws IOException {
    List<Probe> out = new ArrayList<>();
    for (ProbeFiles.Line line : ProbeFiles.read("event-probes.txt")) {
      int n = line.number();
      String l = line.text();
      String[] f = l.split("\\|", 3);
      assertThat(f).as("line %d: lang|topics|text", n).hasSize(3);
      boolean headline = f[0].startsWith("h:");
      String lang = headline ? f[0].substring(2) : f[0];
      Set<String> topics = f[1].equals("-") ? Set.of() : new TreeSet<>(List.of(f[1].split(",")));
      out.add(new Probe(n, headline, lang, topics, f[2]));
    }
    return out;
  }

  @Test
  void everyProbeReportsExactlyItsTopics() throws IOException {
    List<Probe> probes = probes();
    assertThat(probes).hasSizeGreaterThan(80);
    assertThat(probes).extracting(Probe::lang).contains("en", "fr", "es", "de");
    assertThat(probes).filteredOn(p -> p.topics().isEmpty()).hasSizeGreaterThan(10);
    List<String> wrong = new ArrayList<>();
    for (Probe p : probes) {
      ArticleText a = p.headline()
          ? new ArticleText("p" + p.line(), p.text(), ".", p.lang(), PUBLISHED)
          : new ArticleText("p" + p.line(), NEUTRAL_HEADLINE.get(p.lang()), p.text(), p.lang(), PUBLISHED);
      Set<String> got = new TreeSet<>(ENRICHER.enrich(a).topics());
      if (!got.equals(p.topics())) {
        wrong.add("line " + p.line() + " [" + p.lang() + "] want " + p.topics() + " got " + got + ": " + p.text());
      }
    }
    assertThat(wrong).isEmpty();
  }
}
