package io.wirewatch.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.ingest.parse.JsonArticles;
import io.wirewatch.testkit.ChildProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Node.js snippet ({@code src/test/node/read-topics.js}), run as written with
 * {@code node} against a real {@code wirewatch dev}: kafkajs with an LZ4 codec and Confluent's
 * {@code @confluentinc/schemaregistry} Avro deserializer decode enriched articles, stories and
 * alerts. The npm packages are those pinned in {@code package-lock.json}, installed once with
 * {@code npm ci} under {@code target/}. Skipped, with the reason, when {@code node} is not
 * installed or the npm registry cannot be reached for the first install.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class NodeConsumerIT {
  @TempDir Path dataDir;

  @Test
  void theReadmeSnippetDecodesEnrichedArticlesStoriesAndAlerts() throws Exception {
    Path project = NodeProject.installed(); // skips when node or the registry is missing

    try (DevPipeline dev = DevPipeline.start(dataDir)) {
      dev.subscribeAndPostSanctionsArticles();

      try (ChildProcess node = ChildProcess.start(project, List.of("node", "read-topics.js",
          dev.bootstrapServers(), dev.registryUrl()))) {
        DecodedRecords records = new DecodedRecords(node);
        records.awaitAll(Duration.ofSeconds(90),
            r -> r.topic().equals("news.articles.enriched") && r.key().equals("n1"),
            r -> r.topic().equals("news.articles.enriched") && r.key().equals("n2"),
            r -> r.topic().equals("news.stories"),
            r -> r.topic().equals("news.alerts"));

        JsonNode dated = records.first("news.articles.enriched", "n2").value();
        assertThat(dated.path("article").path("headline").asText())
            .isEqualTo("Moscow and Beijing veto new North Korea sanctions at UN");
        assertThat(dated.path("article").path("publishedPrecision").asText()).isEqualTo("DAY");
        assertThat(dated.path("article").path("published").asLong())
            .isEqualTo(java.time.Instant.parse("2022-01-21T00:00:00Z").toEpochMilli());
        assertThat(dated.path("events").findValuesAsText("topic")).contains("sanctions-blocked");
        assertThat(dated.path("countries").findValuesAsText("code")).contains("CN", "RU", "KP");

        JsonNode rss = records.first("news.articles.enriched", "n1").value();
        assertThat(rss.path("article").path("published").asLong())
            .isEqualTo(java.time.Instant.parse("2022-01-21T15:40:00Z").toEpochMilli());
        assertThat(rss.path("article").path("publishedPrecision").asText()).isEqualTo("TIME");

        JsonNode story = records.firstOf("news.stories").value();
        assertThat(JsonArticles.mapper().convertValue(story.path("eventTopics"), List.class))
            .contains("sanctions-blocked");
        assertThat(story.path("articleIds").get(0).asText()).isIn("n1", "n2");

        DecodedRecords.Decoded alert = records.firstOf("news.alerts");
        assertThat(alert.key()).isEqualTo(dev.subscriptionId());
        assertThat(alert.value().path("subscriptionId").asText()).isEqualTo(dev.subscriptionId());
        assertThat(alert.value().path("kind").asText()).isEqualTo("NEW");
        assertThat(alert.value().path("articleId").asText()).isIn("n1", "n2");
      }
    }
  }
}
