package io.wirewatch.replay;

import io.wirewatch.client.ClientConfig;

import io.wirewatch.UserException;
import io.wirewatch.streams.EnrichmentApp;
import io.wirewatch.streams.EnrichmentTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-enriches the raw history from a point in time into a new topic, under its own application
 * id, while the live enrichment goes on untouched.
 *
 * <ol>
 *   <li>{@link #prepare}: creates the output topic like the template (same partition count,
 *       replication and topic configs) if it is missing; picks the application id
 *       {@code wirewatch-enrich-reprocess-<output>}; finds, per input partition, the first offset at
 *       or after {@code from} ({@code offsetsForTimes}) and commits it for that application's
 *       consumer group before the application starts, since a Streams application cannot seek by
 *       time; captures the end offsets, where the run will stop. If the group already has committed
 *       offsets (an earlier run was stopped), it resumes from them instead.
 *   <li>{@link #run}: starts the topology, waits until the group's committed offsets reach the
 *       captured end offsets on every partition, then closes the application. Records a few
 *       milliseconds past the end may be processed before the close; they are committed with the
 *       rest, so the group's offsets always say exactly what the output holds.
 *   <li>{@link #handOver}: after the live enrichment is stopped, copies the reprocess group's
 *       offsets to the live group so it carries on from there, into the new topic.
 * </ol>
 *
 * <p>Not thread-safe; one instance per reprocessing.
 */
public final class Reprocessor {
  private static final Logger LOG = LoggerFactory.getLogger(Reprocessor.class);
  /** Application ids of reprocessing runs start with this; the output topic name follows. */
  public static final String APPLICATION_ID_PREFIX = "wirewatch-enrich-reprocess-";

  /** What a run will do. Offsets are per input partition; {@code end} is exclusive. */
  public record Plan(String input, String output, String applicationId, Instant from,
      Map<TopicPartition, Long> start, Map<TopicPartition, Long> end, boolean createdOutput, boolean resumed) {
    public Plan {
      start = Map.copyOf(start);
      end = Map.copyOf(end);
    }

    /** Input records the run has to go through (an upper bound: transaction markers count). */
    public long offsets() {
      long n = 0;
      for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
        n += Math.max(0, e.getValue() - start.getOrDefault(e.getKey(), e.getValue()));
      }
      return n;
    }
  }

  /** What a run did: the group's committed offsets at the end (what the output holds). */
  public record Result(Plan plan, Map<TopicPartition, Long> committed, Duration elapsed) {}

  private final Properties clientProps;
  private Duration timeout = Duration.ofHours(24);

  public Reprocessor(Properties clientProps) {
    this.clientProps = clientProps;
  }

  /** The longest a run may take before it gives up (default 24 h). */
  public Reprocessor timeout(Duration t) {
    this.timeout = t;
    return this;
  }

  /** {@code wirewatch-enrich-reprocess-<output topic>}. */
  public static String applicationId(String outputTopic) {
    return APPLICATION_ID_PREFIX + outputTopic;
  }

  /**
   * Creates the output topic if missing and positions the reprocess group at {@code from}.
   *
   * @param input the raw topic to read (news.articles.raw)
   * @param template the topic whose partitions and configs the output copies (news.articles.enriched)
   * @param output the new topic (e.g. news.articles.enriched.v2)
   * @throws UserException when input or template is missing, or output equals input or template
   */
  public Plan prepare(String input, String template, String output, Instant from) throws Exception {
    if (output.equals(template) || output.equals(input)) {
      throw new UserException("--output-topic " + output + " is the live topic: reprocessing writes to a new "
          + "topic, e.g. " + template + ".v2");
    }
    String appId = applicationId(output);
    try (Admin admin = Admin.create(adminProps(clientProps))) {
      boolean created = createLike(admin, template, output);
      Map<TopicPartition, Long> committed = committed(admin, appId);
      HistoryReader.Window w = new HistoryReader(clientProps).window(input, new TimeRange(from, null));
      Map<TopicPartition, Long> start;
      boolean resumed = !committed.isEmpty();
      if (resumed) {
        LOG.info("reprocess group {} already has offsets {}: resuming from them (delete the group to start over)",
            appId, committed);
        start = new HashMap<>(w.start());
        committed.forEach((tp, off) -> {
          if (tp.topic().equals(input)) {
            start.put(tp, off);
          }
        });
      } else {
        start = w.start();
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        start.forEach((tp, off) -> offsets.put(tp, new OffsetAndMetadata(off, "reprocess from " + from)));
        admin.alterConsumerGroupOffsets(appId, offsets).all().get(30, TimeUnit.SECONDS);
      }
      LOG.info("reprocessing {} from {} into {} as {}: {} offsets to go", input, from, output, appId, w.offsets());
      return new Plan(input, output, appId, from, start, w.end(), created, resumed);
    }
  }

  /**
   * Runs the reprocessing to the end offsets of the plan and stops.
   *
   * @param stateDir Streams state directory for this run
   * @param topology builds the enrichment topology for the given topics (input, output, no routing)
   */
  public Result run(Plan plan, Path stateDir, Function<EnrichmentTopology.Topics, Topology> topology,
      HistoryReader.ProgressListener progress) throws Exception {
    long t0 = System.nanoTime();
    EnrichmentTopology.Topics topics = new EnrichmentTopology.Topics(plan.input(), plan.output(), null);
    EnrichmentApp.Settings settings = EnrichmentApp.Settings.defaults(clientProps, stateDir)
        .withApplicationId(plan.applicationId()).withTopics(topics);
    Properties props = EnrichmentApp.streamsConfig(settings);
    try (Admin admin = Admin.create(adminProps(clientProps));
        KafkaStreams streams = new KafkaStreams(topology.apply(topics), props)) {
      streams.start();
      long deadline = System.nanoTime() + timeout.toNanos();
      Map<TopicPartition, Long> committed;
      while (true) {
        committed = committed(admin, plan.applicationId());
        long done = 0;
        boolean finished = true;
        for (Map.Entry<TopicPartition, Long> e : plan.end().entrySet()) {
          long s = plan.start().getOrDefault(e.getKey(), e.getValue());
          long c = committed.getOrDefault(e.getKey(), s);
          done += Math.max(0, Math.min(c, e.getValue()) - s);
          finished &= c >= e.getValue();
        }
        progress.onProgress(done, done, plan.offsets());
        if (finished) {
          break;
        }
        KafkaStreams.State st = streams.state();
        if (st == KafkaStreams.State.ERROR || st == KafkaStreams.State.NOT_RUNNING) {
          throw new IllegalStateException("the reprocessing application " + plan.applicationId() + " stopped (" + st
              + ") before reaching the end offsets; run it again to resume from its committed offsets");
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("reprocessing did not reach the end offsets within " + timeout);
        }
        TimeUnit.MILLISECONDS.sleep(250);
      }
      streams.close(Duration.ofSeconds(30));
      committed = committed(admin, plan.applicationId());
      return new Result(plan, committed, Duration.ofNanos(System.nanoTime() - t0));
    }
  }

  /**
   * Copies the reprocess group's committed offsets to {@code liveGroup} (e.g. wirewatch-enrich), so
   * the live enrichment, restarted with the new rules and the new output topic, carries on exactly
   * where the reprocessing stopped. The live group must have no running members.
   */
  public void handOver(Plan plan, String liveGroup) throws Exception {
    try (Admin admin = Admin.create(adminProps(clientProps))) {
      Map<TopicPartition, Long> committed = committed(admin, plan.applicationId());
      if (committed.isEmpty()) {
        throw new UserException("reprocess group " + plan.applicationId() + " has no committed offsets: run it first");
      }
      Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
      committed.forEach((tp, off) -> offsets.put(tp, new OffsetAndMetadata(off, "handed over from " + plan.applicationId())));
      try {
        admin.alterConsumerGroupOffsets(liveGroup, offsets).all().get(30, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        throw new UserException("cannot move the offsets of group " + liveGroup + " (" + e.getCause().getMessage()
            + "): stop the live enrichment first, then hand over", e);
      }
    }
  }

  private static boolean createLike(Admin admin, String template, String output) throws Exception {
    Map<String, TopicDescription> existing;
    try {
      existing = admin.describeTopics(List.of(template)).allTopicNames().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new UserException("template topic " + template + " does not exist, so the output topic cannot be made "
          + "like it: create the Wirewatch topics with `wirewatch topics apply`", e);
    }
    if (admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(output)) {
      return false;
    }
    TopicDescription t = existing.get(template);
    short rf = (short) t.partitions().get(0).replicas().size();
    ConfigResource res = new ConfigResource(ConfigResource.Type.TOPIC, template);
    Config cfg = admin.describeConfigs(Set.of(res)).all().get(30, TimeUnit.SECONDS).get(res);
    Map<String, String> configs = new HashMap<>();
    for (ConfigEntry e : cfg.entries()) {
      if (e.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG && e.value() != null) {
        configs.put(e.name(), e.value());
      }
    }
    try {
      admin.createTopics(List.of(new NewTopic(output, t.partitions().size(), rf).configs(configs)))
          .all().get(30, TimeUnit.SECONDS);
      LOG.info("created {} like {}: {} partitions, replication {}, configs {}", output, template,
          t.partitions().size(), rf, configs);
      return true;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TopicExistsException) {
        return false;
      }
      throw e;
    }
  }

  private static Map<TopicPartition, Long> committed(Admin admin, String group) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> m =
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
    Map<TopicPartition, Long> out = new HashMap<>();
    m.forEach((tp, o) -> {
      if (o != null) {
        out.put(tp, o.offset());
      }
    });
    return out;
  }

  private static Properties adminProps(Properties client) {
    return ClientConfig.of(client).admin();
  }
}
