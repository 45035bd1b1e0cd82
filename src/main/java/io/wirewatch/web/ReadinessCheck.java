package io.wirewatch.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.streams.KafkaStreams;

/**
 * One named condition of {@code GET /ready}: the check answers {@code Optional.empty()} when all is
 * well, or the reason it is not ("Kafka at localhost:9092 did not answer within 2 s"). A check that
 * throws counts as not ready, with the exception as the reason. Checks are called on every request
 * to {@code /ready}, so they should answer within a couple of seconds.
 *
 * <pre>{@code
 * List.of(ReadinessCheck.kafka(admin, "localhost:9092"),
 *         ReadinessCheck.registry("http://localhost:8081"),
 *         ReadinessCheck.streams("enrichment", app::state))
 * }</pre>
 */
public record ReadinessCheck(String name, Supplier<Optional<String>> check) {
  static final Duration TIMEOUT = Duration.ofSeconds(2);

  public ReadinessCheck {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(check, "check");
  }

  /** Kafka answers a describe-cluster request. */
  public static ReadinessCheck kafka(Admin admin, String bootstrapServers) {
    return new ReadinessCheck("kafka", () -> {
      try {
        admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
            .clusterId().get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS);
        return Optional.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.of("interrupted");
      } catch (Exception e) {
        return Optional.of("Kafka at " + bootstrapServers + " did not answer within " + TIMEOUT.toSeconds()
            + " s (" + rootMessage(e) + ")");
      }
    });
  }

  /** The schema registry answers {@code GET /subjects} with 200 (the first URL of a comma-separated list). */
  public static ReadinessCheck registry(String urls) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    String base = urls.split(",")[0].strip().replaceAll("/+$", "");
    return new ReadinessCheck("schema-registry", () -> {
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/subjects"))
            .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding());
        return r.statusCode() == 200 ? Optional.empty()
            : Optional.of("schema registry at " + base + " answered HTTP " + r.statusCode());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.of("interrupted");
      } catch (Exception e) {
        return Optional.of("schema registry at " + base + " is unreachable (" + rootMessage(e) + ")");
      }
    });
  }

  /** A Kafka Streams application is RUNNING. */
  public static ReadinessCheck streams(String name, Supplier<KafkaStreams.State> state) {
    return new ReadinessCheck("streams:" + name, () -> {
      KafkaStreams.State s = state.get();
      if (s == KafkaStreams.State.RUNNING) {
        return Optional.empty();
      }
      return Optional.of("Kafka Streams application " + name + (s == null ? " is starting" : " is " + s + ", not RUNNING"));
    });
  }

  /** Runs the check; an exception becomes the reason. */
  Optional<String> run() {
    try {
      Optional<String> r = check.get();
      return r == null ? Optional.empty() : r;
    } catch (RuntimeException e) {
      return Optional.of("check failed: " + rootMessage(e));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
