package io.wirewatch.bench;

import io.wirewatch.enrich.Enricher;
import io.wirewatch.enrich.ArticleText;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * A quick throughput figure for {@code wirewatch bench enrich}: enriches the texts round-robin
 * on the calling thread for about {@code duration} (after a warm-up of a fifth of it) and
 * returns megabytes (10^6 bytes of UTF-8) of article text per second.
 */
public final class TaggerThroughput {
  private TaggerThroughput() {}

  public static double measure(Enricher enricher, List<String> texts, Duration duration) {
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("texts is empty — give at least one article text to measure");
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("duration must be positive, got " + duration);
    }
    List<ArticleText> articles = articles(texts);
    long[] bytes = utf8Bytes(articles);
    run(enricher, articles, bytes, duration.toNanos() / 5);
    long start = System.nanoTime();
    long total = run(enricher, articles, bytes, duration.toNanos());
    double seconds = (System.nanoTime() - start) / 1e9;
    return total / 1e6 / seconds;
  }

  /** The texts as English article bodies with no headline, the form every tagger benchmark times. */
  static List<ArticleText> articles(List<String> texts) {
    return texts.stream().map(t -> new ArticleText("bench", "", t, "en")).toList();
  }

  /** Each article body's size in bytes of UTF-8, the unit of the MB/s figures. */
  static long[] utf8Bytes(List<ArticleText> articles) {
    return articles.stream().mapToLong(a -> a.body().getBytes(StandardCharsets.UTF_8).length).toArray();
  }

  private static long run(Enricher enricher, List<ArticleText> articles, long[] bytes, long nanos) {
    long end = System.nanoTime() + nanos;
    long total = 0;
    int i = 0;
    int sink = 0;
    while (System.nanoTime() < end) {
      sink += enricher.enrich(articles.get(i)).countries().size();
      total += bytes[i];
      i = (i + 1) % articles.size();
    }
    if (sink == Integer.MIN_VALUE) {
      System.out.print("");
    }
    return total;
  }
}
