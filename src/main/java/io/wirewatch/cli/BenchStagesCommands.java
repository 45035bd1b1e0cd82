package io.wirewatch.cli;

import io.wirewatch.UserException;
import io.wirewatch.bench.AlertLatencyBench;
import io.wirewatch.platform.ScratchDir;
import io.wirewatch.roles.EnrichRole;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.bench.KafkaBaseline;
import io.wirewatch.bench.LatencyBaseline;
import io.wirewatch.enrich.AvroMapping;
import io.wirewatch.enrich.Enricher;
import io.wirewatch.bench.IngestBench;
import io.wirewatch.registry.AvroSerdes;
import io.wirewatch.bench.ReplayBench;
import io.wirewatch.streams.EnrichmentApp;
import io.wirewatch.streams.alerting.AlertingSerdes;
import io.wirewatch.topics.TopicCatalog;
import io.wirewatch.topics.TopicNames;
import io.wirewatch.topics.TopicProvisioner;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import io.wirewatch.client.ClientConfig;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The pipeline-stage benchmarks of {@code wirewatch bench}: each next to its broker baseline of the same run. */
final class BenchStagesCommands {
  private BenchStagesCommands() {}


  @Command(name = "ingest", mixinStandardHelpOptions = true,
      description = "JSON Lines of ~5 KB articles through the real parser and producer, against raw produce "
          + "throughput of the same broker in the same run.")
  static final class Ingest implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin BenchConnectionOptions where;

    @Option(names = "--records", defaultValue = "20000", description = "Articles per round (default: ${DEFAULT-VALUE}).")
    int records;

    @Option(names = "--size", defaultValue = "5KB", description = "Article size (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--rounds", defaultValue = "5",
        description = "Rounds of raw produce and ingest, reported as medians (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      if (records < 1 || rounds < 1) {
        throw new UserException("--records and --rounds must each be at least 1, got --records " + records
            + " --rounds " + rounds + ": pass positive numbers, e.g. --records 20000 --rounds 5");
      }
      int bytes = BenchCommand.parseSize(size);
      try (BenchCommand.Target t = BenchCommand.Target.open(where, out)) {
        Properties client = t.withRegistry();
        String topic = t.freshTopic("bench-ingest-baseline", 1);
        out.printf("%d rounds of %,d records of %s: raw produce (lz4) and ingest of JSON Lines, in alternating order%n",
            rounds, records, size);
        out.flush();
        IngestBench.Comparison c = IngestBench.compare(client, topic, records, bytes, rounds, line -> {
          out.println("  " + line);
          out.flush();
        });
        out.printf(java.util.Locale.ROOT, "kafka    produce %,.0f records/s, %.0f µs CPU/record (%.0f without JIT compiling)%n",
            c.medianRawRecordsPerSec(), c.medianRawCpuMicros(), c.medianRawCpuMicrosWithoutJit());
        out.printf(java.util.Locale.ROOT,
            "ingest   %,.0f articles/s (%.1f MB/s), %.0f µs CPU/article (%.0f without JIT compiling), %d send failures%n",
            c.medianIngestRecordsPerSec(), c.medianIngestMbPerSec(), c.medianIngestCpuMicros(),
            c.medianIngestCpuMicrosWithoutJit(), c.sendFailures());
        out.printf(java.util.Locale.ROOT,
            "ratio    ingest / raw produce = %.2f, median of %d rounds (CPU per record, raw / ingest: %.2f; without JIT: %.2f)%n",
            c.medianRatio(), rounds, c.medianRawCpuMicros() / c.medianIngestCpuMicros(),
            c.medianRawCpuMicrosWithoutJit() / c.medianIngestCpuMicrosWithoutJit());
      }
      return 0;
    }
  }

  @Command(name = "alerts", mixinStandardHelpOptions = true,
      description = "Latency from a raw article to the webhook receipt of its alert at a steady rate, through "
          + "enrichment, stories and delivery (p50/p95/p99 and per hop), next to the bare broker's produce-to-consume latency of the same run.")
  static final class Alerts implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin BenchConnectionOptions where;

    @Option(names = "--rate", defaultValue = "100", description = "Articles per second (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--seconds", defaultValue = "30", description = "Measured seconds (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      if (rate < 1 || seconds < 1) {
        throw new UserException("--rate and --seconds must each be at least 1, got --rate " + rate + " --seconds "
            + seconds + ": pass positive numbers, e.g. --rate 100 --seconds 30");
      }
      try (BenchCommand.Target t = BenchCommand.Target.open(where, out)) {
        Properties client = t.withRegistry();
        try (Admin admin = Admin.create(ClientConfig.of(t.client).admin())) {
          TopicCatalog catalog = TopicCatalog.loadBundled();
          if (admin.describeCluster().nodes().get().size() < 3) {
            catalog = catalog.withSingleNodeOverrides();
          }
          TopicProvisioner p = new TopicProvisioner(admin);
          p.apply(p.plan(catalog));
        }
        String topic = t.freshTopic("bench-latency", 1);
        LatencyBaseline.Latency bare = LatencyBaseline.measure(t.client, topic, rate, Duration.ofSeconds(seconds), 5000);
        out.printf("kafka    produce→consume %s%n", bare);
        out.flush();
        Map<String, Object> map = EnrichRole.serdeConfig(client);
        ScratchDir state = ScratchDir.create("wirewatch-bench-enrich-");
        String appId = "wirewatch-bench-enrich-" + Long.toString(System.currentTimeMillis(), 36);
        out.println("starting enrichment (" + appId + "), alerting and webhook delivery; " + rate
            + " articles/s into " + TopicNames.ARTICLES_RAW + " for " + (10 + seconds) + " s");
        out.flush();
        try (state; EnrichRole enrich = EnrichRole.start(
            EnrichmentApp.Settings.defaults(client, state.path()).withApplicationId(appId), EnrichRole.Options.defaults())) {
          enrich.awaitRunning(Duration.ofSeconds(120));
          AlertLatencyBench.Result r = AlertLatencyBench.run(map, AlertingSerdes.registry(map),
              AvroSerdes.specific(Article.class, map, false),
              new AlertLatencyBench.Settings(rate, Duration.ofSeconds(10), Duration.ofSeconds(seconds),
                  Duration.ofSeconds(30)));
          out.println("alerts   " + r.summary());
          out.printf(java.util.Locale.ROOT, "ratio    raw→webhook p99 / bare broker p99 = %.1f (target: raw→webhook p99 ≤ 500 ms)%n",
              r.p99() / bare.p99());
        }
      }
      return 0;
    }
  }

  @Command(name = "replay", mixinStandardHelpOptions = true,
      description = "Replay of enriched history to JSON Lines against a plain consumer reading the same topic "
          + "in the same run.")
  static final class Replay implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin BenchConnectionOptions where;

    @Option(names = "--records", defaultValue = "30000", description = "Enriched articles to write first (default: ${DEFAULT-VALUE}).")
    int records;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (BenchCommand.Target t = BenchCommand.Target.open(where, out)) {
        Properties client = t.withRegistry();
        String topic = TopicNames.ARTICLES_ENRICHED + ".bench-" + System.currentTimeMillis();
        try (Admin admin = Admin.create(ClientConfig.of(t.client).admin())) {
          admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, 3, (short) 1)))
              .all().get();
        }
        out.println("writing " + records + " enriched articles to " + topic);
        out.flush();
        fill(client, topic, records);
        int samples = BenchEnrichCommand.articleTexts(2000).size();
        ReplayBench.Result r = ReplayBench.run(client, topic,
            id -> "Sample " + Integer.parseInt(id.substring("bench-".length())) % samples);
        out.println(r.describe());
      }
      return 0;
    }

    /** Enriches a few real article texts once and writes them round-robin. */
    private static void fill(Properties client, String topic, int n) throws Exception {
      Enricher enricher = EnrichRole.loadEnricher(EnrichRole.Options.defaults());
      List<String> texts = BenchEnrichCommand.articleTexts(2000);
      List<EnrichedArticle> samples = new java.util.ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        Article a = Article.newBuilder().setId("s" + i).setRevision(1).setContentHash("h" + i).setSource("Bench")
            .setHeadline("Sample " + i).setBody(texts.get(i)).setLang("en").setIngested(Instant.now()).build();
        samples.add(AvroMapping.toEnrichedArticle(a, enricher.enrich(AvroMapping.toArticleText(a)), Instant.now()));
      }
      Properties pp = KafkaBaseline.producerProps(client, "lz4");
      try (KafkaProducer<String, EnrichedArticle> producer = new KafkaProducer<>(pp, new StringSerializer(),
          AvroSerdes.specific(EnrichedArticle.class, EnrichRole.serdeConfig(client), false).serializer())) {
        for (int i = 0; i < n; i++) {
          EnrichedArticle e = EnrichedArticle.newBuilder(samples.get(i % samples.size())).setId("bench-" + i).build();
          producer.send(new ProducerRecord<>(topic, e.getId(), e));
        }
        producer.flush();
      }
    }
  }
}
