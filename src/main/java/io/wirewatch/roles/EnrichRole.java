package io.wirewatch.roles;

import io.wirewatch.UserException;
import io.wirewatch.alert.RuleTopicsLog;
import io.wirewatch.client.ClientConfig;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.enrich.AvroMapping;
import io.wirewatch.enrich.Enricher;
import io.wirewatch.enrich.EnricherHolder;
import io.wirewatch.enrich.Gazetteer;
import io.wirewatch.enrich.RuleSet;
import io.wirewatch.registry.AvroSerdes;
import io.wirewatch.streams.EnrichmentApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrichment role: the gazetteer and rules (bundled, or the user's files), Avro serdes on the
 * schema registry, and the exactly-once Streams application. A user rules file is watched and
 * reloaded without a restart; a file that does not load keeps the previous rules and says why.
 */
public final class EnrichRole implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EnrichRole.class);

  /** What to load: optional user gazetteer and rules files. */
  public record Options(Path gazetteerFile, Path rulesFile) {
    public static Options defaults() {
      return new Options(null, null);
    }
  }

  /**
   * What {@code wirewatch enrich} runs.
   *
   * @param client connection settings (a registry URL is required)
   * @param stateDir Kafka Streams state directory
   * @param applicationId Streams application id (consumer group and internal-topic prefix)
   * @param threads stream threads
   * @param files the user's gazetteer and rules files, if any
   */
  public record Config(ClientConfig client, Path stateDir, String applicationId, int threads, Options files) {
    public static Config defaults(ClientConfig client, Path stateDir) {
      return new Config(client, stateDir, EnrichmentApp.DEFAULT_APPLICATION_ID, 1, Options.defaults());
    }

    /** Every problem at once, each naming the option that fixes it. */
    public Config validated() {
      List<String> problems = new ArrayList<>();
      if (client.registryUrl() == null || client.registryUrl().isBlank()) {
        problems.add("no schema registry URL: pass --schema-registry-url (or set " + ClientConfig.REGISTRY_ENV + ")");
      }
      if (threads < 1) {
        problems.add("--threads must be at least 1, got " + threads);
      }
      if (applicationId == null || applicationId.isBlank()) {
        problems.add("--application-id must not be empty (default: " + EnrichmentApp.DEFAULT_APPLICATION_ID + ")");
      }
      for (Path f : new Path[] {files.gazetteerFile(), files.rulesFile()}) {
        if (f != null && !Files.isRegularFile(f)) {
          problems.add(f + " does not exist or is not a file: check --gazetteer and --rules");
        }
      }
      if (!problems.isEmpty()) {
        throw new UserException("invalid enrichment configuration:\n  - " + String.join("\n  - ", problems));
      }
      return this;
    }

    EnrichmentApp.Settings settings() {
      return EnrichmentApp.Settings.defaults(client.settings(), stateDir.toAbsolutePath())
          .withApplicationId(applicationId).withThreads(threads);
    }
  }

  private final EnrichmentApp app;
  private final EnricherHolder holder;
  private final ScheduledExecutorService watcher;

  private EnrichRole(EnrichmentApp app, EnricherHolder holder, ScheduledExecutorService watcher) {
    this.app = app;
    this.holder = holder;
    this.watcher = watcher;
  }

  /** Loads gazetteer and rules (failing fast with the file, line and reason). */
  public static Enricher loadEnricher(Options o) {
    Gazetteer gazetteer = Gazetteer.load(Optional.ofNullable(o.gazetteerFile()));
    RuleSet rules = o.rulesFile() == null ? RuleSet.defaults() : RuleSet.load(o.rulesFile());
    return Enricher.create(gazetteer, rules);
  }

  /** Article → EnrichedArticle with whatever rules the holder has now. */
  public static Function<Article, EnrichedArticle> enrichFunction(EnricherHolder holder) {
    return a -> AvroMapping.toEnrichedArticle(a, holder.enrich(AvroMapping.toArticleText(a)), Instant.now());
  }

  public static Map<String, Object> serdeConfig(Properties client) {
    Map<String, Object> m = new HashMap<>();
    client.forEach((k, v) -> m.put(String.valueOf(k), v));
    return m;
  }

  /** Validates {@code c}, loads the gazetteer and rules and starts the application (see {@link #awaitRunning}). */
  public static EnrichRole start(Config c) {
    return start(c.validated().settings(), c.files());
  }

  /**
   * Validates {@code c} and starts the application with an enricher already loaded from
   * {@code c}'s files by {@link #loadEnricher} (dev loads it while the broker starts).
   */
  public static EnrichRole start(Config c, Enricher loaded) {
    return start(c.validated().settings(), c.files(), loaded);
  }

  /** Starts enrichment with explicit Streams settings (tests and benchmarks that choose topics). */
  public static EnrichRole start(EnrichmentApp.Settings settings, Options o) {
    return start(settings, o, loadEnricher(o));
  }

  private static EnrichRole start(EnrichmentApp.Settings settings, Options o, Enricher enricher) {
    EnricherHolder holder = new EnricherHolder(enricher);
    Map<String, Object> serde = serdeConfig(settings.client());
    if (!serde.containsKey("schema.registry.url")) {
      throw new UserException("no schema registry URL: pass --schema-registry-url (or set WIREWATCH_SCHEMA_REGISTRY_URL)");
    }
    ClientConfig client = ClientConfig.of(settings.client());
    RuleTopicsLog.publish(client, enricher.rules()); // subscriptions are checked against these topics
    List<String> eventTopics = RuleTopicsLog.ids(enricher.rules());
    EnrichmentApp app = EnrichmentApp.start(settings, enrichFunction(holder),
        AvroSerdes.specific(Article.class, serde, false), AvroSerdes.specific(EnrichedArticle.class, serde, false),
        eventTopics);
    ScheduledExecutorService watcher = null;
    if (o.rulesFile() != null) {
      watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wirewatch-rules-watcher");
        t.setDaemon(true);
        return t;
      });
      RulesReloader reloader = new RulesReloader(o.rulesFile(), holder, rules -> RuleTopicsLog.publish(client, rules));
      watcher.scheduleWithFixedDelay(reloader::check, 2, 2, TimeUnit.SECONDS);
    }
    log.info("enrichment started: {} rules ({}), gazetteer {}", enricher.rules().ruleIds().size(),
        enricher.rules().origin(), enricher.gazetteer().version());
    return new EnrichRole(app, holder, watcher);
  }

  public EnrichmentApp app() {
    return app;
  }

  public Enricher enricher() {
    return holder.get();
  }

  public void awaitRunning(Duration timeout) throws InterruptedException {
    app.awaitRunning(timeout);
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.shutdownNow();
    }
    app.close();
  }

  /** Reloads the rules file when its modification time changes. */
  static final class RulesReloader {
    private final Path file;
    private final EnricherHolder holder;
    private final Consumer<RuleSet> loaded;
    private FileTime seen;

    RulesReloader(Path file, EnricherHolder holder) {
      this(file, holder, rules -> {});
    }

    /** @param loaded told about every rule set loaded (to publish its topics) */
    RulesReloader(Path file, EnricherHolder holder, Consumer<RuleSet> loaded) {
      this.file = file;
      this.holder = holder;
      this.loaded = loaded;
      this.seen = mtime(file);
    }

    /** Returns true when new rules were loaded. */
    boolean check() {
      FileTime now = mtime(file);
      if (now == null || now.equals(seen)) {
        return false;
      }
      seen = now;
      try {
        RuleSet rules = RuleSet.load(file);
        holder.swapRules(rules);
        log.info("reloaded rules from {} (version {})", file, rules.version());
        loaded.accept(rules);
        return true;
      } catch (RuntimeException e) {
        log.warn("kept the previous rules: {} does not load: {}", file, e.getMessage());
        return false;
      }
    }

    private static FileTime mtime(Path f) {
      try {
        return Files.getLastModifiedTime(f);
      } catch (java.io.IOException e) {
        return null;
      }
    }
  }
}
