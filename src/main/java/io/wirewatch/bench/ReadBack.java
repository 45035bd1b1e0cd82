package io.wirewatch.bench;

import io.wirewatch.UserException;
import io.wirewatch.client.ClientConfig;
import io.wirewatch.ingest.ArticleIdentity;
import io.wirewatch.registry.AvroSerdes;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads back a sample of what a bench wrote and checks it before any figure is reported: a bench
 * whose output is wrong measures nothing. The sample is the first and the last record of a run and
 * every hundredth in between (at least 1%); each is found by its key and compared by a digest of
 * its content with the digest of what was sent. A mismatch or a missing record fails the bench
 * with the record's key.
 */
public final class ReadBack {
  /** One in this many records is checked, besides the first and the last. */
  public static final int EVERY = 100;

  private ReadBack() {}

  /** Whether record {@code i} of a run of {@code count} (0-based) is in the sample. */
  public static boolean sampled(long i, long count) {
    return i == 0 || i == count - 1 || i % EVERY == 0;
  }

  /** What a run expects to find: record key to content digest, in the order sent. */
  public static final class Expected {
    private final Map<String, String> digests = new LinkedHashMap<>();

    public void add(String key, String digest) {
      digests.put(key, digest);
    }

    public int size() {
      return digests.size();
    }
  }

  /** The end offset of every partition of {@code topic}: where the next record written goes. */
  public static Map<TopicPartition, Long> mark(Properties client, String topic) {
    try (KafkaConsumer<String, byte[]> c = consumer(client)) {
      List<TopicPartition> parts = partitions(c, topic);
      return new HashMap<>(c.endOffsets(parts));
    }
  }

  /**
   * Reads {@code topic} from {@code from} (the {@link #mark} taken before the run) to its end and
   * checks every expected record: {@code digestOf} of its value must equal the expected digest.
   *
   * @param bench named in the failure, e.g. "bench ingest"
   * @param digestOf the content digest of a record's value as read back; it may throw when the
   *     value cannot be decoded, which fails the check for that record
   * @return how many records were checked
   * @throws UserException naming the first record that differs or is missing
   */
  public static int verify(String bench, Properties client, String topic, Map<TopicPartition, Long> from,
      Expected expected, Function<byte[], String> digestOf, Duration timeout) {
    Map<String, String> left = new HashMap<>(expected.digests);
    try (KafkaConsumer<String, byte[]> c = consumer(client)) {
      List<TopicPartition> parts = partitions(c, topic);
      Map<TopicPartition, Long> end = c.endOffsets(parts);
      c.assign(parts);
      for (TopicPartition tp : parts) {
        c.seek(tp, from.getOrDefault(tp, 0L));
      }
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!left.isEmpty() && !parts.stream().allMatch(tp -> c.position(tp) >= end.get(tp))
          && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
          String want = left.remove(r.key());
          if (want == null) {
            continue;
          }
          String got;
          try {
            got = digestOf.apply(r.value());
          } catch (RuntimeException e) {
            throw failure(bench, r.key(), topic, "cannot be read back: " + e.getMessage());
          }
          if (!want.equals(got)) {
            throw failure(bench, r.key(), topic, "reads back with content digest " + abbreviate(got)
                + ", not the " + abbreviate(want) + " of what was sent");
          }
        }
      }
    }
    if (!left.isEmpty()) {
      String first = expected.digests.keySet().stream().filter(left::containsKey).findFirst().orElseThrow();
      throw failure(bench, first, topic, "was not found (" + left.size() + " of " + expected.size()
          + " sampled records missing)");
    }
    return expected.size();
  }

  /**
   * The content digest of an Avro value holding an article, as read back: the content hash of its
   * headline and body when that is also the hash the record states, else a text that matches no
   * expected digest and shows both.
   *
   * @param articleOf the Article record within the value (the value itself, or its {@code article} field)
   */
  public static Function<byte[], String> articleDigest(Properties client, String topic,
      Function<GenericRecord, GenericRecord> articleOf) {
    Map<String, Object> config = new HashMap<>();
    client.forEach((k, v) -> config.put(k.toString(), v));
    Deserializer<GenericRecord> values = AvroSerdes.generic(config, false).deserializer();
    return value -> {
      GenericRecord a = articleOf.apply(values.deserialize(topic, value));
      String read = ArticleIdentity.contentHash(String.valueOf(a.get("headline")), String.valueOf(a.get("body")));
      String stated = String.valueOf(a.get("contentHash"));
      return read.equals(stated) ? read : "text " + read + " but stated " + stated;
    };
  }

  private static UserException failure(String bench, String key, String topic, String what) {
    return new UserException(bench + ": record " + key + " of " + topic + " " + what
        + ". No figure is reported: the path under test wrote something other than it was given; "
        + "rerun with --verbose and report it as a bug", 3, null);
  }

  private static String abbreviate(String digest) {
    return digest == null ? "null" : digest.length() > 16 ? digest.substring(0, 16) + "…" : digest;
  }

  private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> c, String topic) {
    return c.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
  }

  private static KafkaConsumer<String, byte[]> consumer(Properties client) {
    Properties p = ClientConfig.of(client).reader("wirewatch-bench-readback", ClientConfig.Reading.BULK);
    return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
  }
}
