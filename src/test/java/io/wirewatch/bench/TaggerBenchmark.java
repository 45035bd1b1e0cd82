package io.wirewatch.bench;

import io.wirewatch.enrich.ArticleText;
import io.wirewatch.enrich.Enricher;
import io.wirewatch.enrich.Enrichment;
import io.wirewatch.enrich.RuleSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Tagging throughput on ~5 KB English articles: the real enricher (full gazetteer and rules)
 * against a naive baseline that runs one regex per gazetteer name over the text. Each
 * invocation handles one article of {@link #ARTICLE_BYTES} bytes, so MB/s = ops/s x bytes / 10^6.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:<deps> io.wirewatch.bench.TaggerBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(2)
public class TaggerBenchmark {
  static final int ARTICLE_BYTES = 5000;

  private static final String[] PARAGRAPHS = {
    "China and Russia on Tuesday blocked a U.S.-led push at the U.N. Security Council to impose more "
        + "sanctions on North Korea over its ballistic missile launches, diplomats said.",
    "The United States imposed unilateral sanctions on three North Korean officials last week, the "
        + "Treasury Department said, accusing them of helping Pyongyang procure missile parts.",
    "South Korea's Foreign Ministry said Seoul regretted the outcome, while Japan's prime minister told "
        + "reporters in Tokyo that the council had failed in its duty.",
    "Talks between Washington and Pyongyang have been at a standstill since 2019, and Beijing has urged "
        + "all sides to show restraint and return to dialogue.",
    "Separately, the European Union agreed to extend its asset freezes on Belarusian officials, and "
        + "Germany summoned the Russian ambassador over a cyber attack on the Bundestag.",
    "In Geneva, negotiators from Ukraine and Russia met under the auspices of Turkey and Qatar to "
        + "discuss a prisoner exchange and the safety of the Zaporizhzhia nuclear plant.",
    "Analysts in New York and London said markets shrugged off the news, with oil prices little changed "
        + "and the dollar steady against the yen and the euro.",
  };

  /**
   * The rules: "bundled", or the path of a rules.yaml to compare against (an older version, say),
   * e.g. {@code -p rules=bundled,/tmp/rules-before.yaml}.
   */
  @Param({"bundled"})
  public String rules;

  List<ArticleText> articles;
  List<String> texts;
  Enricher enricher;
  List<Pattern> naive;
  int next;

  @Setup
  public void setup() {
    enricher = rules.equals("bundled") ? Enricher.defaults()
        : Enricher.defaults().withRules(RuleSet.load(java.nio.file.Path.of(rules)));
    articles = new ArrayList<>();
    texts = new ArrayList<>();
    for (int a = 0; a < 16; a++) {
      StringBuilder b = new StringBuilder();
      int p = a;
      while (b.length() < ARTICLE_BYTES) {
        b.append(PARAGRAPHS[p++ % PARAGRAPHS.length]).append("\n\n");
      }
      String body = new String(b.substring(0, ARTICLE_BYTES).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      texts.add(body);
      articles.add(new ArticleText("bench-" + a, "China, Russia block U.S. bid for more North Korea sanctions", body, "en"));
    }
    // a timing of a tagger that finds nothing measures nothing: every article must come out with the headline's story
    for (ArticleText a : articles) {
      Enrichment e = enricher.enrich(a);
      if (!e.topics().contains("sanctions-blocked") || !e.countryCodes().containsAll(List.of("CN", "RU", "KP", "US"))) {
        throw new IllegalStateException("rules '" + rules + "' tag benchmark article " + a.id() + " with topics " + e.topics()
            + " and countries " + e.countryCodes() + ", not sanctions-blocked with CN, RU, KP and US: the timing would not"
            + " be of a working tagger; check the rules file");
      }
    }
    naive = new ArrayList<>();
    for (String name : enricher.gazetteer().names()) {
      naive.add(Pattern.compile("\\b" + Pattern.quote(name) + "\\b"));
    }
  }

  /** The real enricher: countries, entities and events. */
  @Benchmark
  public void enricher(Blackhole bh) {
    ArticleText a = articles.get(next++ & 15);
    bh.consume(enricher.enrich(a));
  }

  /** Baseline: one java.util.regex Pattern per gazetteer name, each run over the text. */
  @Benchmark
  public void naiveRegexPerName(Blackhole bh) {
    String text = texts.get(next++ & 15);
    int found = 0;
    for (Pattern p : naive) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        found++;
      }
    }
    bh.consume(found);
  }

  /** Runs both benchmarks briefly: 2 forks x 3 measurement iterations. */
  public static void main(String[] args) throws Exception {
    new Runner(new OptionsBuilder().include(TaggerBenchmark.class.getSimpleName()).build()).run();
  }
}
