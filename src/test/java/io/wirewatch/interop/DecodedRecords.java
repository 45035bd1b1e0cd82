package io.wirewatch.interop;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.ingest.parse.JsonArticles;
import io.wirewatch.testkit.ChildProcess;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * What a consumer in another language printed: one JSON object per record, {@code {"topic", "key",
 * "value"}}, the value as that language's Avro library decoded it.
 */
final class DecodedRecords {
  record Decoded(String topic, String key, JsonNode value) {}

  private final ChildProcess consumer;

  DecodedRecords(ChildProcess consumer) {
    this.consumer = consumer;
  }

  List<Decoded> all() {
    List<Decoded> out = new ArrayList<>();
    for (String line : consumer.output().lines().toList()) {
      if (line.startsWith("{\"topic\"")) {
        try {
          JsonNode n = JsonArticles.mapper().readTree(line);
          out.add(new Decoded(n.path("topic").asText(), n.path("key").asText(), n.path("value")));
        } catch (java.io.IOException e) {
          throw new UncheckedIOException("not a JSON line: " + line, e);
        }
      }
    }
    return out;
  }

  /** Waits until every condition is met by some record; fails early, with the output, if the consumer died. */
  @SafeVarargs
  final void awaitAll(Duration timeout, Predicate<Decoded>... wanted) {
    Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
      List<Decoded> seen = all();
      boolean done = Arrays.stream(wanted).allMatch(w -> seen.stream().anyMatch(w));
      if (!done && !consumer.isAlive()) {
        throw new AssertionError("the consumer exited before decoding every record it should:\n" + consumer.output());
      }
      return done;
    });
  }

  Decoded first(String topic, String key) {
    return all().stream().filter(d -> d.topic().equals(topic) && d.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + topic + " record with key " + key + ":\n" + consumer.output()));
  }

  Decoded firstOf(String topic) {
    return all().stream().filter(d -> d.topic().equals(topic)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + topic + " record:\n" + consumer.output()));
  }
}
