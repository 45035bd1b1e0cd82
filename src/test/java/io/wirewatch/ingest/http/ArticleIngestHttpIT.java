package io.wirewatch.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.avro.Article;
import io.wirewatch.ingest.ArticleProducer;
import io.wirewatch.ingest.IngestRuntime;
import io.wirewatch.ingest.IngestStats;
import io.wirewatch.ingest.KafkaArticles;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.topics.TopicNames;
import io.wirewatch.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST /api/articles on a running server and a real broker: every rejection writes nothing. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ArticleIngestHttpIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();
  private static final String TOKEN = "it-token";
  private static final ObjectMapper JSON = new ObjectMapper();

  static ArticleProducer producer;
  static WebServer server;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    kafka.createTopic(TopicNames.ARTICLES_RAW, 3);
    kafka.createTopic(TopicNames.INGEST_SEEN, 3, Map.of("cleanup.policy", "compact"));
    producer = IngestRuntime.producerWithMemory(kafka.clientProperties(), Duration.ofSeconds(30));
    server = WebServer.start(0, List.of(new ArticleIngestRoutes(producer, new IngestStats(), 2048, TOKEN)));
  }

  @AfterAll
  static void stop() {
    server.close();
    producer.close();
  }

  private HttpResponse<String> post(String path, String contentType, String token, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String article(String headline) {
    return "{\"headline\":\"" + headline + "\",\"body\":\"Body of " + headline + ".\",\"source\":\"IT\"}";
  }

  @Test
  void everyBadInputGetsItsStatusAndOnlyAcceptedArticlesReachKafka() throws Exception {
    String api = "/api/articles";
    Map<String, HttpResponse<String>> bad = new java.util.LinkedHashMap<>();
    bad.put("401", post(api, "application/json", null, article("No token")));
    bad.put("415", post(api, "text/plain", TOKEN, article("Wrong type")));
    bad.put("413", post(api, "application/json", TOKEN,
        "{\"headline\":\"Too big\",\"body\":\"" + "x".repeat(3000) + "\"}"));
    bad.put("400", post(api, "application/json", TOKEN, "{\"headline\":\"Broken\","));
    bad.put("422", post(api, "application/json", TOKEN, "{\"headline\":\"No body\"}"));
    bad.put("422 atomic", post(api + "?atomic=true", "application/json", TOKEN,
        "[" + article("Atomic good") + ",{\"body\":\"no headline\"}]"));
    for (var e : bad.entrySet()) {
      int expected = Integer.parseInt(e.getKey().substring(0, 3));
      assertThat(e.getValue().statusCode()).as(e.getKey()).isEqualTo(expected);
      assertThat(JSON.readTree(e.getValue().body()).get("status").asInt()).as(e.getKey()).isEqualTo(expected);
    }

    HttpResponse<String> mixed = post(api, "application/json", TOKEN,
        "[" + article("Mixed good") + ",{\"headline\":\"\",\"body\":\"x\"}]");
    assertThat(mixed.statusCode()).isEqualTo(202);
    HttpResponse<String> single = post(api, "application/json", TOKEN, article("Single good"));
    assertThat(single.statusCode()).isEqualTo(202);
    String id = JSON.readTree(single.body()).get("accepted").get(0).get("id").asText();

    // Accepted requests were acknowledged before the 202, so the topic is complete now.
    List<Article> inKafka = KafkaArticles.readAll(kafka.clientConfig(), TopicNames.ARTICLES_RAW);
    assertThat(inKafka).extracting(Article::getHeadline).containsExactlyInAnyOrder("Mixed good", "Single good");
    assertThat(inKafka).extracting(Article::getId).contains(id);
  }
}
