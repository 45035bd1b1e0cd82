package io.wirewatch.ingest.feed;

import io.wirewatch.ingest.ArticleProducer;
import io.wirewatch.ingest.IngestStats;
import io.wirewatch.ingest.RawArticle;
import io.wirewatch.ingest.parse.ParseSink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls RSS and Atom feeds and posts their new and changed items.
 *
 * <ul>
 *   <li>Conditional GET: the ETag and Last-Modified of the last 200 are sent back as
 *       If-None-Match / If-Modified-Since; a 304 costs nothing.
 *   <li>Each feed backs off on its own after errors (network, non-2xx, malformed XML), by the
 *       {@link BackoffPolicy}; one failing feed never delays the others.
 *   <li>What was already posted is remembered by the {@link ArticleProducer}'s revision memory,
 *       loaded at start from news.ingest.seen, so a restart or a second machine does not re-post.
 * </ul>
 *
 * Not thread-safe: one thread calls {@link #pollDue()} or {@link #run}.
 */
public final class FeedPoller {
  private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
  /** Feeds are a few hundred KB; one above this is refused rather than held in memory. */
  public static final int MAX_FEED_BYTES = 16 * 1024 * 1024;

  /** What the poller knows about one feed. Mutable, owned by the poller's thread. */
  public static final class FeedState {
    final URI uri;
    String etag;
    String lastModified;
    int failures;
    Instant nextPoll = Instant.EPOCH;
    String lastError;

    FeedState(URI uri) {
      this.uri = uri;
    }

    public URI uri() { return uri; }
    public String etag() { return etag; }
    public String lastModified() { return lastModified; }
    public int consecutiveFailures() { return failures; }
    public Instant nextPoll() { return nextPoll; }
    public String lastError() { return lastError; }
  }

  private final Map<URI, FeedState> feeds = new LinkedHashMap<>();
  private final HttpClient http;
  private final ArticleProducer producer;
  private final IngestStats stats;
  private final FeedParser parser = new FeedParser();
  private final BackoffPolicy backoff;
  private final Duration interval;
  private final Clock clock;

  public FeedPoller(List<URI> feedUris, HttpClient http, ArticleProducer producer, IngestStats stats,
      Duration interval, BackoffPolicy backoff, Clock clock) {
    for (URI u : feedUris) {
      feeds.put(u, new FeedState(u));
    }
    this.http = http;
    this.producer = producer;
    this.stats = stats;
    this.interval = interval;
    this.backoff = backoff;
    this.clock = clock;
  }

  /** An HTTP client suitable for feeds: follows redirects, 10 s connect timeout. */
  public static HttpClient defaultHttpClient() {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  public FeedState state(URI uri) {
    return feeds.get(uri);
  }

  /** Polls every feed whose time has come; returns how many were polled. */
  public int pollDue() {
    Instant now = clock.instant();
    int polled = 0;
    for (FeedState f : feeds.values()) {
      if (!f.nextPoll.isAfter(now)) {
        poll(f);
        polled++;
      }
    }
    producer.flush();
    return polled;
  }

  /** Polls every feed once, ignoring schedules and backoff ({@code --once}). */
  public void pollAll() {
    feeds.values().forEach(this::poll);
    producer.flush();
  }

  /** Polls until {@code stop} says so, waking up when the next feed is due. */
  public void run(BooleanSupplier stop) throws InterruptedException {
    while (!stop.getAsBoolean()) {
      pollDue();
      Instant next = feeds.values().stream().map(f -> f.nextPoll).min(Instant::compareTo).orElse(clock.instant().plus(interval));
      long waitMillis = Math.max(50, Duration.between(clock.instant(), next).toMillis());
      long until = System.nanoTime() + waitMillis * 1_000_000;
      // wake up often enough to notice stop()
      while (!stop.getAsBoolean() && System.nanoTime() < until) {
        Thread.sleep(Math.min(200, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
      }
    }
  }

  void poll(FeedState f) {
    HttpRequest.Builder req = HttpRequest.newBuilder(f.uri)
        .timeout(Duration.ofSeconds(30))
        .header("User-Agent", "Wirewatch feed reader")
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1")
        .GET();
    if (f.etag != null) {
      req.header("If-None-Match", f.etag);
    }
    if (f.lastModified != null) {
      req.header("If-Modified-Since", f.lastModified);
    }
    HttpResponse<InputStream> resp;
    byte[] body;
    try {
      resp = http.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = resp.body()) {
        body = in.readNBytes(MAX_FEED_BYTES + 1);
      }
    } catch (IOException e) {
      failed(f, "feed unavailable", e.toString());
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    int status = resp.statusCode();
    if (status == 304) {
      succeeded(f);
      log.debug("feed {} not modified", f.uri);
      return;
    }
    if (status < 200 || status > 299) {
      failed(f, "feed unavailable", "HTTP " + status);
      return;
    }
    if (body.length > MAX_FEED_BYTES) {
      failed(f, "feed too large", "above " + MAX_FEED_BYTES + " bytes");
      return;
    }
    List<String> problems = new ArrayList<>();
    int[] counts = new int[3]; // posted, unchanged, skipped
    boolean[] malformed = {false};
    String origin = f.uri.toString();
    try {
      parser.parse(new ByteArrayInputStream(body), origin, new ParseSink() {
        @Override
        public void article(RawArticle a) {
          stats.read();
          if (producer.submit(a).outcome() == ArticleProducer.Outcome.POSTED) {
            stats.posted();
            counts[0]++;
          } else {
            stats.unchanged();
            counts[1]++;
          }
        }

        @Override
        public void problem(String location, String reason, String detail) {
          if (location.equals("feed")) {
            malformed[0] = true;
            problems.add(detail);
            return;
          }
          stats.read();
          stats.skipped(reason);
          counts[2]++;
          log.warn("skipped {} {}: {} ({})", origin, location, reason, detail);
        }
      });
    } catch (IOException e) {
      failed(f, "feed unavailable", e.toString());
      return;
    }
    if (malformed[0]) {
      failed(f, "malformed feed", String.join("; ", problems));
      return;
    }
    f.etag = resp.headers().firstValue("ETag").orElse(null);
    f.lastModified = resp.headers().firstValue("Last-Modified").orElse(null);
    succeeded(f);
    log.info("feed {}: posted {}, unchanged {}, skipped {}", f.uri, counts[0], counts[1], counts[2]);
  }

  private void succeeded(FeedState f) {
    if (f.failures > 0) {
      log.info("feed {} recovered after {} failure(s)", f.uri, f.failures);
    }
    f.failures = 0;
    f.lastError = null;
    f.nextPoll = clock.instant().plus(interval);
  }

  private void failed(FeedState f, String reason, String detail) {
    f.failures++;
    f.lastError = reason + ": " + detail;
    Duration delay = backoff.delayAfter(f.failures);
    f.nextPoll = clock.instant().plus(delay);
    stats.skipped(reason);
    log.warn("feed {} failed ({}: {}), failure {} in a row: next try in {}", f.uri, reason, detail,
        f.failures, delay);
  }
}
