package io.wirewatch.bench;

import io.wirewatch.UserException;
import io.wirewatch.avro.SourceFormat;
import io.wirewatch.client.ClientConfig;
import io.wirewatch.ingest.ArticleIdentity;
import io.wirewatch.ingest.ArticleProducer;
import io.wirewatch.ingest.IngestRuntime;
import io.wirewatch.ingest.RawArticle;
import io.wirewatch.platform.Logging;
import io.wirewatch.registry.AvroSerdes;
import io.wirewatch.topics.TopicNames;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * "Nothing lost", proven under crashes: {@code wirewatch dev} runs as a child process on a data
 * directory; this process ingests articles into it whose body sizes follow the shape of real news
 * (median about 4 KB, one in twenty above 15 KB, a few near the size limit), kills the child with
 * SIGKILL at random points and restarts it on the same directory, and at the end reads both
 * article topics back: every article must be in {@code news.articles.raw} once for its revision
 * and in {@code news.articles.enriched} exactly once (read_committed), with the body it was sent.
 *
 * <p>Ingest runs here, as {@code wirewatch ingest} runs next to a cluster: its idempotent producer
 * rides out the restarts by retrying, and its revision memory stays with it.
 */
public final class Soak {
  /** Bodies this close to the limit are "near" it. */
  private static final int NEAR_LIMIT = RawArticle.MAX_BODY_BYTES - 2_048;

  /**
   * @param jar the wirewatch jar to run {@code dev} from
   * @param dataDir dev's data directory, kept across the restarts
   * @param kills how many times dev is killed, each at a random point of the run
   */
  public record Settings(int articles, int kills, long seed, Path jar, Path dataDir, Duration timeout) {}

  /** What was read back. Every field but the first three must be zero. */
  public record Report(long sent, long inRaw, long inEnriched, long duplicates, long missing, long corrupted,
      long sendFailures, int kills) {
    public boolean clean() {
      return duplicates == 0 && missing == 0 && corrupted == 0 && sendFailures == 0 && inRaw == sent && inEnriched == sent;
    }

    public String describe() {
      return String.format(Locale.ROOT, "sent %,d · in raw %,d · in enriched %,d · duplicates %,d · missing %,d · "
          + "corrupted %,d · send failures %,d · dev killed %d times", sent, inRaw, inEnriched, duplicates, missing,
          corrupted, sendFailures, kills);
    }
  }

  private final Settings s;
  private final PrintWriter out;
  private final int kafkaPort;
  private final int registryPort;
  private final int httpPort;
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final List<Integer> sizes = new ArrayList<>();
  private final List<String> hashes = new ArrayList<>();
  private Process dev;
  private int starts;

  private Soak(Settings s, PrintWriter out) throws IOException {
    this.s = s;
    this.out = out;
    this.kafkaPort = freePort();
    this.registryPort = freePort();
    this.httpPort = freePort();
  }

  /** Runs the soak and reports what it read back; the caller decides what a non-clean report means. */
  public static Report run(Settings s, PrintWriter out) throws Exception {
    return new Soak(s, out).run();
  }

  private Report run() throws Exception {
    SplittableRandom random = new SplittableRandom(s.seed());
    for (int i = 0; i < s.articles(); i++) {
      sizes.add(bodySize(random, i));
    }
    List<Integer> killAt = new ArrayList<>();
    for (int k = 0; k < s.kills(); k++) {
      killAt.add(s.articles() / 5 + random.nextInt(Math.max(1, s.articles() * 3 / 5)));
    }
    killAt.sort(null);
    long big = sizes.stream().filter(n -> n > 15_000).count();
    out.printf(Locale.ROOT, "soak run %s: %,d articles, median body %,d bytes, %,d above 15 KB, %d near the limit; "
            + "dev on %s, killed with SIGKILL after articles %s%n", run, s.articles(), median(sizes), big,
        sizes.stream().filter(n -> n >= NEAR_LIMIT).count(), s.dataDir(), killAt);
    out.flush();
    startDev();
    Logging.expectBrokerRestarts();
    // Ride out a restart of the broker, as a --client-config file would ask: retry sends, and wait
    // for metadata, for minutes.
    Properties client = ClientConfig.of("127.0.0.1:" + kafkaPort, "http://127.0.0.1:" + registryPort)
        .with("delivery.timeout.ms", "600000").with("max.block.ms", "600000").settings();
    long failures = 0;
    int kills = 0;
    try {
      List<CompletableFuture<Void>> delivered = new ArrayList<>();
      try (ArticleProducer producer = IngestRuntime.producerWithMemory(client, Duration.ofSeconds(60))) {
        for (int i = 0; i < s.articles(); i++) {
          while (kills < killAt.size() && killAt.get(kills) == i) {
            kill();
            kills++;
            startDev();
          }
          RawArticle a = article(i);
          hashes.add(ArticleIdentity.contentHash(a.headline(), a.body()));
          delivered.add(producer.submit(a).delivered());
          if ((i + 1) % 5_000 == 0) {
            out.printf(Locale.ROOT, "  submitted %,d of %,d%n", i + 1, s.articles());
            out.flush();
          }
        }
        producer.flush();
      }
      for (CompletableFuture<Void> d : delivered) {
        if (d.isCompletedExceptionally()) {
          failures++;
        }
      }
      out.println("  every article submitted; waiting for the enrichment to catch up");
      out.flush();
      return readBack(client, failures, kills);
    } finally {
      stopDev();
    }
  }

  /**
   * A body size from a log-normal with median 4,000 bytes and 5% above 15,000 (sigma = ln(15000 /
   * 4000) / 1.645); one in ten thousand, and at least two per run, just under the limit.
   */
  static int bodySize(SplittableRandom random, int i) {
    if (i == 7 || i == 1_001 || random.nextInt(10_000) == 0) {
      return NEAR_LIMIT + random.nextInt(2_048);
    }
    double sigma = Math.log(15_000.0 / 4_000.0) / 1.645;
    double z = gaussian(random);
    return (int) Math.max(300, Math.min(300_000, Math.round(4_000 * Math.exp(sigma * z))));
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller; SplittableRandom has no nextGaussian on Java 17
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Article {@code i} of this run: generated text of its size, with accents, Cyrillic, CJK and emoji in one in ten. */
  private RawArticle article(int i) {
    String lead = i % 10 == 0 ? "Le ministère a convoqué l’ambassadeur — Москва возражает — 北京回应 🕊️. " : "";
    String text = new TextGenerator(s.seed() * 31 + i).text(Math.max(1, sizes.get(i) - lead.length() * 3));
    return RawArticle.builder().sourceId("soak-" + run + "-" + i).source("Soak").headline("Soak " + run + " article " + i)
        .body(lead + text.strip()).lang("en").published(Instant.parse("2026-12-01T00:00:00Z"))
        .format(SourceFormat.OTHER).origin("bench soak").build();
  }

  private Report readBack(Properties client, long failures, int kills) throws InterruptedException {
    String prefix = "soak-" + run + "-";
    Map<String, Object> config = new HashMap<>();
    client.forEach((k, v) -> config.put(k.toString(), v));
    Deserializer<GenericRecord> values = AvroSerdes.generic(config, false).deserializer();

    // Wait until the enriched topic holds the run, or stops growing for two minutes.
    long seen = 0;
    long lastChange = System.nanoTime();
    Map<String, List<Seen>> enriched = Map.of();
    while (System.nanoTime() - lastChange < TimeUnit.MINUTES.toNanos(2)) {
      enriched = readAll(client, TopicNames.ARTICLES_ENRICHED, prefix, values, e -> (GenericRecord) e.get("article"));
      if (enriched.size() >= s.articles()) {
        break;
      }
      if (enriched.size() > seen) {
        seen = enriched.size();
        lastChange = System.nanoTime();
        out.printf(Locale.ROOT, "  %,d of %,d enriched%n", seen, s.articles());
        out.flush();
      }
      TimeUnit.SECONDS.sleep(3);
    }
    Map<String, List<Seen>> raw = readAll(client, TopicNames.ARTICLES_RAW, prefix, values, a -> a);

    long duplicates = 0;
    long missing = 0;
    long corrupted = 0;
    for (int i = 0; i < s.articles(); i++) {
      String id = prefix + i;
      List<Seen> r = raw.getOrDefault(id, List.of());
      List<Seen> e = enriched.getOrDefault(id, List.of());
      Set<Object> revisions = new HashSet<>();
      for (Seen a : r) {
        if (!revisions.add(a.revision())) {
          duplicates++;
        }
      }
      duplicates += Math.max(0, e.size() - 1);
      if (r.isEmpty() || e.isEmpty()) {
        missing++;
      }
      List<Seen> copies = new ArrayList<>(r);
      copies.addAll(e);
      for (Seen a : copies) {
        if (!a.digest().equals(hashes.get(i))) {
          corrupted++;
          if (corrupted <= 3) {
            out.println("  corrupted: " + id + " (" + sizes.get(i) + " bytes sent)");
          }
        }
      }
    }
    return new Report(s.articles(), raw.size(), enriched.size(), duplicates, missing, corrupted, failures, kills);
  }

  /**
   * One copy of an article as read back: its revision, and the content hash of its text when that
   * is also the hash it states (else a text that matches no hash).
   */
  private record Seen(Object revision, String digest) {
    static Seen of(GenericRecord a) {
      String read = ArticleIdentity.contentHash(String.valueOf(a.get("headline")), String.valueOf(a.get("body")));
      String stated = String.valueOf(a.get("contentHash"));
      return new Seen(a.get("revision"), read.equals(stated) ? read : "text " + read + " but stated " + stated);
    }
  }

  /** Every record of {@code topic} whose key starts with {@code prefix}, read_committed, by key. */
  private static Map<String, List<Seen>> readAll(Properties client, String topic, String prefix,
      Deserializer<GenericRecord> values, java.util.function.UnaryOperator<GenericRecord> articleOf) {
    Properties p = ClientConfig.of(client).reader("wirewatch-bench-soak", ClientConfig.Reading.BULK);
    Map<String, List<Seen>> byKey = new HashMap<>();
    try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(60)).stream()
          .map(i -> new TopicPartition(topic, i.partition())).toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> end = c.endOffsets(parts);
      while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
        for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
          if (r.key() != null && r.key().startsWith(prefix) && r.value() != null) {
            byKey.computeIfAbsent(r.key(), k -> new ArrayList<>())
                .add(Seen.of(articleOf.apply(values.deserialize(topic, r.value()))));
          }
        }
      }
    }
    return byKey;
  }

  private void startDev() throws IOException, InterruptedException {
    starts++;
    Path log = s.dataDir().resolveSibling(s.dataDir().getFileName() + "-dev-" + starts + ".log");
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-jar", s.jar().toString(), "dev", "--data-dir", s.dataDir().toString(), "--kafka-port", "" + kafkaPort,
        "--registry-port", "" + registryPort, "--http-port", "" + httpPort);
    dev = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).directory(new File(".")).start();
    long t0 = System.nanoTime();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = t0 + s.timeout().toNanos();
    while (true) {
      if (!dev.isAlive()) {
        throw new UserException("bench soak: dev exited with code " + dev.exitValue() + " while starting; its log is "
            + log + ": read it, fix the cause and rerun", 3, null);
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/ready"))
            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          break;
        }
      } catch (IOException e) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        dev.destroyForcibly();
        throw new UserException("bench soak: dev was not ready within " + s.timeout().toSeconds() + " s; its log is "
            + log, 3, null);
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
    out.printf(Locale.ROOT, "  dev started (%s) and ready in %.1f s%n", starts == 1 ? "fresh" : "restart " + (starts - 1),
        (System.nanoTime() - t0) / 1e9);
    out.flush();
  }

  private void kill() throws InterruptedException {
    dev.destroyForcibly(); // SIGKILL on Linux and macOS
    dev.waitFor(30, TimeUnit.SECONDS);
    out.printf("  killed dev with SIGKILL (exit %d)%n", dev.exitValue());
    out.flush();
  }

  private void stopDev() throws InterruptedException {
    if (dev != null && dev.isAlive()) {
      dev.destroy();
      if (!dev.waitFor(60, TimeUnit.SECONDS)) {
        dev.destroyForcibly();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static int median(List<Integer> values) {
    List<Integer> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
  }

  /** The jar this class was loaded from, or null when it was not loaded from a jar. */
  public static Path ownJar() {
    try {
      Path p = Path.of(Soak.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
    } catch (Exception e) {
      return null;
    }
  }
}
