package io.wirewatch.topics;

import java.util.Map;
import java.util.TreeMap;

/**
 * One topic as declared in {@code topics.yaml}.
 *
 * @param name topic name
 * @param partitions partition count, at least 1
 * @param replicationFactor replicas per partition, at least 1
 * @param configs topic-level configs (Kafka names, string values), sorted by key
 * @param description what the topic holds, for people
 * @param line line in the file where the entry starts (0 when not from a file)
 */
public record TopicSpec(
    String name,
    int partitions,
    short replicationFactor,
    Map<String, String> configs,
    String description,
    int line) {

  public TopicSpec {
    configs = java.util.Collections.unmodifiableMap(new TreeMap<>(configs));
  }

  /** The same topic with another replication factor and min ISR (single-node overrides). */
  public TopicSpec withReplication(short replication, int minInsyncReplicas) {
    Map<String, String> c = new TreeMap<>(configs);
    if (c.containsKey("min.insync.replicas")) {
      c.put("min.insync.replicas", Integer.toString(minInsyncReplicas));
    }
    return new TopicSpec(name, partitions, replication, c, description, line);
  }

  public boolean compacted() {
    return configs.getOrDefault("cleanup.policy", "delete").contains("compact");
  }
}
