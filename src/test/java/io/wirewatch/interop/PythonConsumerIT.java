package io.wirewatch.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wirewatch.testkit.ChildProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Python snippet ({@code src/test/python/read_topics.py}) against a real
 * {@code wirewatch dev}, with the Python interpreter named by the environment variable
 * {@code WIREWATCH_PYTHON} (default {@code python3}). Skipped, with the reason, when that
 * interpreter cannot import Confluent's Avro deserializer: confluent-kafka and fastavro are not
 * installable from Debian packages alone, and this build installs nothing from PyPI.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PythonConsumerIT {
  @TempDir Path dataDir;

  @Test
  void theReadmeSnippetDecodesEnrichedArticlesStoriesAndAlerts() throws Exception {
    String python = System.getenv().getOrDefault("WIREWATCH_PYTHON", "python3");
    Commands.Run probe = Commands.run(Path.of("."), Duration.ofSeconds(60), python, "-c",
        "import confluent_kafka.schema_registry.avro, fastavro");
    assumeTrue(probe != null && probe.code() == 0, python + " cannot import confluent_kafka's Avro "
        + "deserializer (pip install \"confluent-kafka[avro]\", or set WIREWATCH_PYTHON): "
        + (probe == null ? "not installed" : probe.output().strip()));

    try (DevPipeline dev = DevPipeline.start(dataDir)) {
      dev.subscribeAndPostSanctionsArticles();

      try (ChildProcess consumer = ChildProcess.start(Path.of("src", "test", "python"),
          List.of(python, "-u", "read_topics.py", dev.bootstrapServers(), dev.registryUrl()))) {
        DecodedRecords records = new DecodedRecords(consumer);
        records.awaitAll(Duration.ofSeconds(90),
            r -> r.topic().equals("news.articles.enriched") && r.key().equals("n2"),
            r -> r.topic().equals("news.stories"),
            r -> r.topic().equals("news.alerts"));

        var dated = records.first("news.articles.enriched", "n2").value();
        assertThat(dated.path("article").path("headline").asText())
            .isEqualTo("Moscow and Beijing veto new North Korea sanctions at UN");
        assertThat(dated.path("article").path("publishedPrecision").asText()).isEqualTo("DAY");
        // fastavro gives timestamp-millis as a datetime, which the snippet prints with str()
        assertThat(dated.path("article").path("published").asText()).startsWith("2022-01-21 00:00:00");
        assertThat(dated.path("events").findValuesAsText("topic")).contains("sanctions-blocked");
        assertThat(records.firstOf("news.stories").value().path("eventTopics").toString()).contains("sanctions-blocked");
        assertThat(records.firstOf("news.alerts").key()).isEqualTo(dev.subscriptionId());
      }
    }
  }
}
