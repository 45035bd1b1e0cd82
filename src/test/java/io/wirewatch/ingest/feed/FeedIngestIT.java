package io.wirewatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.SourceFormat;
import io.wirewatch.ingest.ArticleProducer;
import io.wirewatch.ingest.IngestRuntime;
import io.wirewatch.ingest.IngestStats;
import io.wirewatch.ingest.KafkaArticles;
import io.wirewatch.ingest.TestArticles;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.topics.TopicNames;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Feeds from a local HTTP server into a real broker; restarts do not re-post. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class FeedIngestIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();

  static HttpServer server;
  static URI rss;
  static URI atom;

  @BeforeAll
  static void start() throws Exception {
    kafka.createTopic(TopicNames.ARTICLES_RAW, 3);
    kafka.createTopic(TopicNames.INGEST_SEEN, 3, Map.of("cleanup.policy", "compact"));
    byte[] rssBytes = TestArticles.fixture("feed.xml").readAllBytes();
    byte[] atomBytes = TestArticles.fixture("atom.xml").readAllBytes();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    for (var e : Map.of("/rss.xml", rssBytes, "/atom.xml", atomBytes).entrySet()) {
      server.createContext(e.getKey(), ex -> {
        ex.sendResponseHeaders(200, e.getValue().length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(e.getValue());
        }
      });
    }
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    rss = URI.create(base + "/rss.xml");
    atom = URI.create(base + "/atom.xml");
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static IngestStats pollOnceInANewProcess() {
    IngestStats stats = new IngestStats();
    try (ArticleProducer producer = IngestRuntime.producerWithMemory(kafka.clientProperties(), Duration.ofSeconds(30))) {
      new FeedPoller(List.of(rss, atom), FeedPoller.defaultHttpClient(), producer, stats, Duration.ofMinutes(1),
          BackoffPolicy.defaults(), Clock.systemUTC()).pollAll();
    }
    return stats;
  }

  @Test
  void postsFeedItemsOnceAcrossRestarts() {
    IngestStats first = pollOnceInANewProcess();
    assertThat(first.postedCount()).isEqualTo(11);
    List<Article> posted = KafkaArticles.readAll(kafka.clientConfig(), TopicNames.ARTICLES_RAW);
    assertThat(posted).hasSize(11);
    assertThat(posted).filteredOn(a -> a.getFormat() == SourceFormat.ATOM).hasSize(4);
    assertThat(posted).allSatisfy(a -> assertThat(a.getBody()).doesNotContain("<p>").doesNotContain("&amp;"));

    IngestStats second = pollOnceInANewProcess();
    assertThat(second.postedCount()).isZero();
    assertThat(second.unchangedCount()).isEqualTo(11);
    assertThat(KafkaArticles.readAll(kafka.clientConfig(), TopicNames.ARTICLES_RAW)).hasSize(11);
  }
}
