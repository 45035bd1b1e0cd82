package io.wirewatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.wirewatch.avro.Article;
import io.wirewatch.ingest.ArticleProducer;
import io.wirewatch.ingest.IngestStats;
import io.wirewatch.ingest.MutableClock;
import io.wirewatch.ingest.RevisionMemory;
import io.wirewatch.ingest.TestArticles;
import io.wirewatch.ingest.TestProducers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.MockProducer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedPollerTest {
  private static final Duration INTERVAL = Duration.ofSeconds(60);

  private HttpServer server;
  private URI feedUri;
  private final AtomicReference<byte[]> feed = new AtomicReference<>();
  private final AtomicReference<String> etag = new AtomicReference<>("\"v1\"");
  private final AtomicInteger failuresToServe = new AtomicInteger();
  private final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));

  @BeforeEach
  void startServer() throws IOException {
    feed.set(TestArticles.fixture("feed.xml").readAllBytes());
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/rss.xml", ex -> {
      requests.incrementAndGet();
      String inm = ex.getRequestHeaders().getFirst("If-None-Match");
      ifNoneMatch.add(String.valueOf(inm));
      if (failuresToServe.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        ex.sendResponseHeaders(500, -1);
      } else if (etag.get().equals(inm)) {
        ex.sendResponseHeaders(304, -1);
      } else {
        byte[] body = feed.get();
        ex.getResponseHeaders().set("ETag", etag.get());
        ex.getResponseHeaders().set("Last-Modified", "Fri, 27 Nov 2026 09:00:00 GMT");
        ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
      ex.close();
    });
    server.start();
    feedUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/rss.xml");
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private FeedPoller poller(ArticleProducer producer, IngestStats stats) {
    return new FeedPoller(List.of(feedUri), FeedPoller.defaultHttpClient(), producer, stats, INTERVAL,
        new BackoffPolicy(Duration.ofSeconds(5), Duration.ofMinutes(5), 2.0), clock);
  }

  @Test
  void postsEveryItemThenAsksConditionallyAndPostsNothingOn304() {
    MockProducer<String, byte[]> mock = TestProducers.autoCompleting();
    IngestStats stats = new IngestStats();
    FeedPoller p = poller(TestProducers.over(mock, new RevisionMemory()), stats);

    assertThat(p.pollDue()).isEqualTo(1);
    assertThat(TestProducers.articles(mock)).hasSize(7)
        .allSatisfy(a -> assertThat(a.getBody()).doesNotContain("<p>").doesNotContain("&amp;"));
    assertThat(p.state(feedUri).etag()).isEqualTo("\"v1\"");

    assertThat(p.pollDue()).as("not due before the interval").isZero();
    clock.advance(INTERVAL);
    assertThat(p.pollDue()).isEqualTo(1);
    assertThat(ifNoneMatch).containsExactly("null", "\"v1\"");
    assertThat(TestProducers.articles(mock)).hasSize(7);
    assertThat(stats.postedCount()).isEqualTo(7);
  }

  @Test
  void failingFeedBacksOffThenRecovers() {
    failuresToServe.set(2);
    MockProducer<String, byte[]> mock = TestProducers.autoCompleting();
    IngestStats stats = new IngestStats();
    FeedPoller p = poller(TestProducers.over(mock, new RevisionMemory()), stats);

    p.pollDue();
    FeedPoller.FeedState s = p.state(feedUri);
    assertThat(s.consecutiveFailures()).isEqualTo(1);
    assertThat(s.lastError()).contains("HTTP 500");
    assertThat(s.nextPoll()).isEqualTo(clock.instant().plusSeconds(5));

    clock.advance(Duration.ofSeconds(4));
    assertThat(p.pollDue()).as("still backing off").isZero();
    clock.advance(Duration.ofSeconds(1));
    p.pollDue();
    assertThat(s.consecutiveFailures()).isEqualTo(2);
    assertThat(s.nextPoll()).isEqualTo(clock.instant().plusSeconds(10));

    clock.advance(Duration.ofSeconds(10));
    p.pollDue();
    assertThat(s.consecutiveFailures()).isZero();
    assertThat(s.nextPoll()).isEqualTo(clock.instant().plus(INTERVAL));
    assertThat(requests.get()).isEqualTo(3);
    assertThat(TestProducers.articles(mock)).hasSize(7);
    assertThat(stats.skippedByReason()).containsEntry("feed unavailable", 2L);
  }

  @Test
  void changedItemIsPostedAsTheNextRevision() {
    MockProducer<String, byte[]> mock = TestProducers.autoCompleting();
    FeedPoller p = poller(TestProducers.over(mock, new RevisionMemory()), new IngestStats());
    p.pollDue();
    String updated = new String(feed.get(), java.nio.charset.StandardCharsets.UTF_8)
        .replace("passed with 20 votes in favour", "passed with 21 votes in favour");
    feed.set(updated.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    etag.set("\"v2\"");
    clock.advance(INTERVAL);
    p.pollDue();
    List<Article> posted = TestProducers.articles(mock);
    assertThat(posted).hasSize(8);
    Article last = posted.get(7);
    assertThat(last.getId()).isEqualTo("meridian-2026-11-20-iaea-iran");
    assertThat(last.getRevision()).isEqualTo(2);
    assertThat(last.getBody()).contains("21 votes");
  }

  @Test
  void restartedPollerWithTheRememberedItemsPostsNothingAgain() {
    MockProducer<String, byte[]> first = TestProducers.autoCompleting();
    FeedPoller p1 = poller(TestProducers.over(first, new RevisionMemory()), new IngestStats());
    p1.pollDue();
    assertThat(TestProducers.articles(first)).hasSize(7);

    // A new process: no ETag, so the full feed comes back; the memory comes from news.ingest.seen.
    MockProducer<String, byte[]> second = TestProducers.autoCompleting();
    IngestStats stats = new IngestStats();
    FeedPoller p2 = poller(TestProducers.over(second, TestProducers.memoryFromSeen(first)), stats);
    p2.pollAll();
    assertThat(TestProducers.articles(second)).isEmpty();
    assertThat(stats.unchangedCount()).isEqualTo(7);
  }

  @Test
  void unreachableFeedIsReportedNotThrown() {
    server.stop(0);
    IngestStats stats = new IngestStats();
    FeedPoller p = poller(TestProducers.over(TestProducers.autoCompleting(), new RevisionMemory()), stats);
    p.pollDue();
    assertThat(p.state(feedUri).consecutiveFailures()).isEqualTo(1);
    assertThat(stats.skippedByReason()).containsKey("feed unavailable");
  }
}
