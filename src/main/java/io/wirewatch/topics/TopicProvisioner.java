package io.wirewatch.topics;

import io.wirewatch.UserException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Brings a cluster in line with a {@link TopicCatalog}: creates missing topics, raises partition
 * counts, alters configs. The whole plan is computed and checked first; an unsafe change (fewer
 * partitions, a different cleanup policy on a topic that holds data, more replicas than brokers)
 * refuses the whole plan, so nothing is half-applied.
 */
public final class TopicProvisioner {
  private static final long TIMEOUT_S = 30;
  private final Admin admin;

  public TopicProvisioner(Admin admin) {
    this.admin = admin;
  }

  /** What a change to one topic is. */
  public enum Action { CREATE, ALTER, UNCHANGED }

  /** The change to one topic: what and why, for the printed plan. */
  public record Change(TopicSpec spec, Action action, List<String> details,
      int newPartitions, Map<String, String> configChanges) {
    @Override
    public String toString() {
      String verb = switch (action) {
        case CREATE -> "create   ";
        case ALTER -> "alter    ";
        case UNCHANGED -> "unchanged";
      };
      return verb + " " + spec.name() + (details.isEmpty() ? "" : "  (" + String.join("; ", details) + ")");
    }
  }

  /** The plan for a whole catalogue. */
  public record Plan(List<Change> changes) {
    public long count(Action a) {
      return changes.stream().filter(c -> c.action() == a).count();
    }

    public boolean nothingToDo() {
      return count(Action.CREATE) == 0 && count(Action.ALTER) == 0;
    }

    public String summary() {
      return nothingToDo()
          ? "Nothing to do: all " + changes.size() + " topics match."
          : "Plan: " + count(Action.CREATE) + " to create, " + count(Action.ALTER) + " to alter, "
              + count(Action.UNCHANGED) + " unchanged.";
    }
  }

  /** Computes the plan without changing anything; throws when any change would be unsafe. */
  public Plan plan(TopicCatalog catalog) {
    List<String> names = catalog.topics().stream().map(TopicSpec::name).toList();
    try {
      int brokers = admin.describeCluster().nodes().get(TIMEOUT_S, TimeUnit.SECONDS).size();
      Set<String> existing = admin.listTopics().names().get(TIMEOUT_S, TimeUnit.SECONDS);
      List<String> present = names.stream().filter(existing::contains).toList();
      Map<String, TopicDescription> described = present.isEmpty() ? Map.of()
          : admin.describeTopics(present).allTopicNames().get(TIMEOUT_S, TimeUnit.SECONDS);
      Map<String, Config> configs = describeConfigs(present);

      List<Change> changes = new ArrayList<>();
      List<String> refusals = new ArrayList<>();
      List<String> tooManyReplicas = catalog.topics().stream()
          .filter(t -> t.replicationFactor() > brokers).map(TopicSpec::name).toList();
      if (!tooManyReplicas.isEmpty()) {
        int rf = catalog.topics().stream().mapToInt(TopicSpec::replicationFactor).max().orElse(1);
        refusals.add(tooManyReplicas.size() + " topics (" + abbreviate(tooManyReplicas)
            + ") ask for replication factor up to " + rf + " but the cluster has " + brokers
            + (brokers == 1 ? " broker" : " brokers")
            + ": add brokers, or use --single-node on a one-broker development cluster");
      }
      for (TopicSpec spec : catalog.topics()) {
        if (spec.replicationFactor() > brokers) {
          continue;
        }
        TopicDescription d = described.get(spec.name());
        if (d == null) {
          changes.add(new Change(spec, Action.CREATE,
              List.of(spec.partitions() + " partitions, replication " + spec.replicationFactor()
                  + (spec.configs().isEmpty() ? "" : ", " + spec.configs().size() + " configs")),
              spec.partitions(), spec.configs()));
          continue;
        }
        List<String> details = new ArrayList<>();
        int current = d.partitions().size();
        int newPartitions = current;
        if (spec.partitions() < current) {
          refusals.add("topic " + spec.name() + " has " + current + " partitions and topics.yaml asks for "
              + spec.partitions() + ": Kafka cannot remove partitions (keys would move); "
              + "set partitions to " + current + " or more, or create a new topic");
        } else if (spec.partitions() > current) {
          details.add("partitions " + current + " → " + spec.partitions());
          newPartitions = spec.partitions();
        }
        int currentRf = d.partitions().get(0).replicas().size();
        if (currentRf != spec.replicationFactor()) {
          details.add("replication factor is " + currentRf + ", file says " + spec.replicationFactor()
              + " (not changed: reassign partitions to change it)");
        }
        Map<String, String> configChanges = new LinkedHashMap<>();
        Config cfg = configs.get(spec.name());
        for (Map.Entry<String, String> e : spec.configs().entrySet()) {
          ConfigEntry ce = cfg == null ? null : cfg.get(e.getKey());
          String actual = ce == null ? null : ce.value();
          if (!sameValue(actual, e.getValue())) {
            if (e.getKey().equals("cleanup.policy") && hasData(d)) {
              refusals.add("topic " + spec.name() + " holds data and topics.yaml changes its cleanup.policy from "
                  + actual + " to " + e.getValue() + ": that would rewrite or delete history; "
                  + "keep cleanup.policy=" + actual + " or move the data to a new topic");
              continue;
            }
            configChanges.put(e.getKey(), e.getValue());
            details.add(e.getKey() + " " + actual + " → " + e.getValue());
          }
        }
        boolean changed = newPartitions != current || !configChanges.isEmpty();
        changes.add(new Change(spec, changed ? Action.ALTER : Action.UNCHANGED, details, newPartitions, configChanges));
      }
      if (!refusals.isEmpty()) {
        throw new UserException("refusing to apply " + catalog.source() + "; nothing was changed:\n  "
            + String.join("\n  ", refusals));
      }
      return new Plan(changes);
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("cannot read topics from the cluster: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Applies a plan made by {@link #plan}. Creates, then grows partitions, then alters configs. */
  public void apply(Plan plan) {
    try {
      List<NewTopic> create = new ArrayList<>();
      Map<String, NewPartitions> grow = new HashMap<>();
      Map<ConfigResource, Collection<AlterConfigOp>> alter = new HashMap<>();
      for (Change c : plan.changes()) {
        TopicSpec s = c.spec();
        switch (c.action()) {
          case CREATE -> create.add(new NewTopic(s.name(), s.partitions(), s.replicationFactor()).configs(s.configs()));
          case ALTER -> {
            if (c.newPartitions() > 0 && c.details().stream().anyMatch(d -> d.startsWith("partitions "))) {
              grow.put(s.name(), NewPartitions.increaseTo(c.newPartitions()));
            }
            if (!c.configChanges().isEmpty()) {
              alter.put(new ConfigResource(ConfigResource.Type.TOPIC, s.name()),
                  c.configChanges().entrySet().stream()
                      .map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                      .toList());
            }
          }
          case UNCHANGED -> { }
        }
      }
      if (!create.isEmpty()) {
        try {
          admin.createTopics(create).all().get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
      if (!grow.isEmpty()) {
        admin.createPartitions(grow).all().get(TIMEOUT_S, TimeUnit.SECONDS);
      }
      awaitVisible(plan);
      if (!alter.isEmpty()) {
        admin.incrementalAlterConfigs(alter).all().get(TIMEOUT_S, TimeUnit.SECONDS);
      }
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("applying topics failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * Creation is acknowledged by the controller before every broker's metadata shows it; wait until
   * the topics and partitions are visible, so a plan made right after this one sees them.
   */
  private void awaitVisible(Plan plan)
      throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
    Map<String, Integer> expected = new HashMap<>();
    for (Change c : plan.changes()) {
      if (c.action() != Action.UNCHANGED) {
        expected.put(c.spec().name(), c.newPartitions());
      }
    }
    if (expected.isEmpty()) {
      return;
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
    while (true) {
      Set<String> names = admin.listTopics().names().get(TIMEOUT_S, TimeUnit.SECONDS);
      if (names.containsAll(expected.keySet()) && described(expected)) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new java.util.concurrent.TimeoutException("topics not visible after " + TIMEOUT_S + " s");
      }
      Thread.sleep(50);
    }
  }

  /**
   * True when every topic is described with at least its expected partitions. The broker that
   * answers may not know a topic another broker listed yet ("does not host this topic-partition"):
   * that is "not yet", not a failure.
   */
  private boolean described(Map<String, Integer> expected)
      throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
    try {
      Map<String, TopicDescription> d =
          admin.describeTopics(expected.keySet()).allTopicNames().get(TIMEOUT_S, TimeUnit.SECONDS);
      return expected.entrySet().stream().allMatch(e -> d.get(e.getKey()).partitions().size() >= e.getValue());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException) {
        return false;
      }
      throw e;
    }
  }

  private Map<String, Config> describeConfigs(List<String> topics)
      throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
    if (topics.isEmpty()) {
      return Map.of();
    }
    List<ConfigResource> res = topics.stream().map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
    return admin.describeConfigs(res).all().get(TIMEOUT_S, TimeUnit.SECONDS).entrySet().stream()
        .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
  }

  private boolean hasData(TopicDescription d)
      throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
    d.partitions().forEach(p -> {
      latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest());
      earliest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.earliest());
    });
    var end = admin.listOffsets(latest).all().get(TIMEOUT_S, TimeUnit.SECONDS);
    var start = admin.listOffsets(earliest).all().get(TIMEOUT_S, TimeUnit.SECONDS);
    return end.entrySet().stream().anyMatch(e -> e.getValue().offset() > start.get(e.getKey()).offset());
  }

  private static String abbreviate(List<String> names) {
    return names.size() <= 3 ? String.join(", ", names)
        : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
  }

  /** Kafka normalises some values (e.g. lists without spaces); compare loosely on those. */
  private static boolean sameValue(String actual, String wanted) {
    if (actual == null) {
      return false;
    }
    return actual.replace(" ", "").equalsIgnoreCase(wanted.replace(" ", ""));
  }
}
