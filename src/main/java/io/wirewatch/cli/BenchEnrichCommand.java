package io.wirewatch.cli;

import io.wirewatch.UserException;
import io.wirewatch.platform.ScratchDir;
import io.wirewatch.roles.EnrichRole;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.SourceFormat;
import io.wirewatch.bench.KafkaBaseline;
import io.wirewatch.bench.ReadBack;
import io.wirewatch.bench.TextGenerator;
import io.wirewatch.enrich.Enricher;
import io.wirewatch.bench.TaggerThroughput;
import io.wirewatch.ingest.ArticleIdentity;
import io.wirewatch.registry.AvroSerdes;
import io.wirewatch.streams.EnrichmentApp;
import io.wirewatch.streams.EnrichmentTopology;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.wirewatch.client.ClientConfig;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wirewatch bench enrich}: the tagger alone (MB/s on one core), then the exactly-once
 * enrichment application on the broker (articles/s), next to the raw produce rate of the same
 * broker measured in the same run.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = "Tagger throughput (MB/s, one core) and the exactly-once enrichment application (articles/s), "
        + "reported against the raw broker baseline of the same run.")
final class BenchEnrichCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--articles", defaultValue = "30000", description = "Articles through the application (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--size", defaultValue = "5KB", description = "Article size (default: ${DEFAULT-VALUE}).")
  String size;

  @Option(names = "--seconds", defaultValue = "10", description = "Tagger measurement time (default: ${DEFAULT-VALUE}).")
  int seconds;

  @picocli.CommandLine.Mixin BenchConnectionOptions where;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (articles < 100) {
      throw new UserException("--articles must be at least 100, got " + articles);
    }
    int bytes = BenchCommand.parseSize(size);
    List<String> texts = articleTexts(bytes);

    out.println("Loading the gazetteer and rules…");
    out.flush();
    Enricher enricher = EnrichRole.loadEnricher(EnrichRole.Options.defaults());
    double mbs = TaggerThroughput.measure(enricher, texts, Duration.ofSeconds(seconds));
    out.printf("tagger   %.2f MB/s on one thread (%,.0f articles/s of %d bytes)%n", mbs, mbs * 1e6 / bytes, bytes);
    out.flush();

    try (BenchCommand.Target t = BenchCommand.Target.open(where, out)) {
      String raw = t.freshTopic("bench-enrich-raw", 6);
      String enriched = t.freshTopic("bench-enrich-out", 6);
      String baselineTopic = t.freshTopic("bench-enrich-baseline", 1);
      KafkaBaseline.Result base = KafkaBaseline.run(t.client, baselineTopic, articles, Math.max(1000, articles / 5),
          bytes, "lz4", line -> { });
      out.printf("kafka    produce %s · consume %s%n", base.produce(), base.consume());

      Properties client = t.withRegistry();
      produceArticles(client, raw, texts, articles);
      ScratchDir state = ScratchDir.create("wirewatch-bench-state-");
      EnrichmentApp.Settings settings = EnrichmentApp.Settings.defaults(client, state.path())
          .withApplicationId("wirewatch-bench-enrich-" + UUID.randomUUID())
          .withTopics(new EnrichmentTopology.Topics(raw, enriched, null))
          .withThreads(Runtime.getRuntime().availableProcessors());
      long t0 = System.nanoTime();
      try (state; EnrichRole role = EnrichRole.start(settings, EnrichRole.Options.defaults())) {
        Progress progress = new Progress();
        long done = awaitCount(client, enriched, articles, Duration.ofMinutes(10), out, progress);
        long t1 = System.nanoTime();
        if (done < articles) {
          throw new UserException("bench enrich: " + done + " of " + articles + " articles reached " + enriched
              + " within 10 minutes. No figure is reported: check the enrich role's log (--verbose) and retry", 3, null);
        }
        ReadBack.Expected expected = new ReadBack.Expected();
        for (int i = 0; i < articles; i++) {
          if (ReadBack.sampled(i, articles)) {
            expected.add("bench-" + i, ArticleIdentity.contentHash("Article " + i, texts.get(i % texts.size())));
          }
        }
        int checked = ReadBack.verify("bench enrich", client, enriched, Map.of(), expected,
            ReadBack.articleDigest(client, enriched, e -> (GenericRecord) e.get("article")), Duration.ofMinutes(2));
        out.printf("checked  %,d enriched articles read back (the first, the last and one in %d): bodies intact%n",
            checked, ReadBack.EVERY);
        double total = (t1 - t0) / 1e9;
        double firstToLast = done / ((t1 - progress.first) / 1e9);
        double steady = progress.steadyRate();
        out.printf("enrich   %,.0f articles/s sustained, exactly-once (from 25%% to 95%% of the articles, once the "
            + "threads are warm); %,.0f articles/s from first to last enriched article; %d articles in %.1f s with "
            + "start-up%n", steady, firstToLast, done, total);
        out.printf("ratio    enrich sustained / raw produce = %.3f%n", steady / base.produce().recordsPerSecond());
      }
    }
    return 0;
  }

  /** Realistic text: the bundled demo articles' bodies, joined to {@code bytes} each. */
  static List<String> articleTexts(int bytes) throws IOException {
    List<String> bodies = new ArrayList<>();
    try (InputStream in = BenchEnrichCommand.class.getResourceAsStream("/demo/articles.jsonl")) {
      if (in != null) {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank()) {
            bodies.add(mapper.readTree(line).path("body").asText());
          }
        }
      }
    }
    if (bodies.isEmpty()) {
      bodies.add(new TextGenerator(7).text(bytes));
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      StringBuilder sb = new StringBuilder();
      int j = i;
      while (sb.length() < bytes) {
        sb.append(bodies.get(j++ % bodies.size())).append("\n\n");
      }
      texts.add(sb.substring(0, bytes));
    }
    return texts;
  }

  private static void produceArticles(Properties client, String topic, List<String> texts, int n) {
    Map<String, Object> serde = EnrichRole.serdeConfig(client);
    Properties p = KafkaBaseline.producerProps(client, "lz4");
    try (KafkaProducer<String, Article> producer = new KafkaProducer<>(p, new StringSerializer(),
        AvroSerdes.specific(Article.class, serde, false).serializer())) {
      for (int i = 0; i < n; i++) {
        String id = "bench-" + i;
        producer.send(new ProducerRecord<>(topic, id, Article.newBuilder().setId(id).setRevision(1)
            .setContentHash(ArticleIdentity.contentHash("Article " + i, texts.get(i % texts.size()))).setSource("Bench").setHeadline("Article " + i)
            .setBody(texts.get(i % texts.size())).setLang("en").setIngested(Instant.now())
            .setFormat(SourceFormat.OTHER).build()));
      }
      producer.flush();
    }
  }

  /** When the counting consumer saw the first record and when it passed each quarter mark. */
  static final class Progress {
    long first;
    /** Nanos at which 25% and 95% of the expected records had been read. */
    long quarter;
    long nearlyAll;
    long quarterCount;
    long nearlyAllCount;

    /** Records per second between the 25% and 95% marks: the rate once start-up is behind. */
    double steadyRate() {
      return nearlyAll > quarter ? (nearlyAllCount - quarterCount) / ((nearlyAll - quarter) / 1e9) : Double.NaN;
    }
  }

  private static long awaitCount(Properties client, String topic, int expected, Duration timeout, PrintWriter out,
      Progress progress) {
    Properties p = ClientConfig.of(client).reader("wirewatch-bench-count", ClientConfig.Reading.DEFAULT);
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = c.partitionsFor(topic).stream()
          .map(pi -> new TopicPartition(topic, pi.partition())).toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      long count = 0;
      long deadline = System.nanoTime() + timeout.toNanos();
      long nextReport = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (count < expected && System.nanoTime() < deadline) {
        int n = c.poll(Duration.ofMillis(200)).count();
        long now = System.nanoTime();
        if (n > 0 && count == 0) {
          progress.first = now;
        }
        count += n;
        if (progress.quarter == 0 && count >= expected / 4) {
          progress.quarter = now;
          progress.quarterCount = count;
        }
        if (progress.nearlyAll == 0 && count >= expected * 95L / 100) {
          progress.nearlyAll = now;
          progress.nearlyAllCount = count;
        }
        if (now > nextReport) {
          out.printf("  … %,d of %,d enriched%n", count, expected);
          out.flush();
          nextReport = now + Duration.ofSeconds(5).toNanos();
        }
      }
      return count;
    }
  }
}
