package io.wirewatch.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.util.Utf8;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a topic back with nothing of Wirewatch's own: raw bytes from a plain consumer, the
 * Confluent frame taken apart by hand, the writer's schema fetched from the registry with the JDK's
 * HTTP client, and the datum decoded by Avro's {@link GenericDatumReader}. Every string is checked
 * to be well-formed UTF-8 (Avro's own decoding would replace bad bytes silently).
 */
public final class IndependentAvroReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One record: its key as text, its partition and offset, and the decoded value (null for a tombstone). */
  public record Row(String key, int partition, long offset, GenericRecord value) {
    /** A string field as Java text; fails when the field is not a string. */
    public String string(String field) {
      Object v = value.get(field);
      return v == null ? null : strictUtf8(v, key + " field " + field);
    }
  }

  private final String bootstrapServers;
  private final String registryUrl;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final Map<Integer, Schema> schemas = new HashMap<>();

  public IndependentAvroReader(String bootstrapServers, String registryUrl) {
    this.bootstrapServers = bootstrapServers;
    this.registryUrl = registryUrl.endsWith("/") ? registryUrl.substring(0, registryUrl.length() - 1) : registryUrl;
  }

  /** Every record of {@code topic} up to its end now; {@code readCommitted} skips aborted transactions. */
  public List<Row> readAll(String topic, boolean readCommitted) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "independent-" + UUID.randomUUID());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, readCommitted ? "read_committed" : "read_uncommitted");
    p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(8 * 1024 * 1024));
    List<Row> out = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
          .map(i -> new TopicPartition(topic, i.partition())).toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> end = c.endOffsets(parts);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic + " to its end in 60 s");
        }
        for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(200))) {
          String key = r.key() == null ? null : strictUtf8(new Utf8(r.key()), "key at " + r.partition() + "/" + r.offset());
          out.add(new Row(key, r.partition(), r.offset(), r.value() == null ? null : decode(r.value(), topic, r.offset())));
        }
      }
    }
    return out;
  }

  /** Decodes one value in the Confluent wire format. */
  public GenericRecord decode(byte[] value, String topic, long offset) {
    if (value.length < 5 || value[0] != 0) {
      throw new AssertionError("record at " + topic + "@" + offset + " is not in the Confluent wire format (magic byte "
          + (value.length == 0 ? "missing" : value[0]) + ")");
    }
    int id = ByteBuffer.wrap(value, 1, 4).getInt();
    Schema schema = schema(id);
    try {
      BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(value, 5, value.length - 5, null);
      GenericRecord record = new GenericDatumReader<GenericRecord>(schema, schema, GenericData.get()).read(null, decoder);
      if (!decoder.isEnd()) {
        throw new AssertionError("record at " + topic + "@" + offset + " has bytes after its datum");
      }
      return record;
    } catch (IOException e) {
      throw new AssertionError("record at " + topic + "@" + offset + " does not decode with schema id " + id + ": " + e, e);
    }
  }

  /** The schema registered under {@code id}, from {@code GET /schemas/ids/{id}}. */
  public synchronized Schema schema(int id) {
    return schemas.computeIfAbsent(id, i -> {
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(registryUrl + "/schemas/ids/" + i)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
          throw new AssertionError("registry answered " + r.statusCode() + " for schema id " + i + ": " + r.body());
        }
        return new Schema.Parser().parse(JSON.readTree(r.body()).get("schema").asText());
      } catch (IOException e) {
        throw new AssertionError("registry unreachable for schema id " + i + ": " + e, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    });
  }

  /** The text of an Avro string, refusing bytes that are not well-formed UTF-8. */
  public static String strictUtf8(Object avroString, String where) {
    if (!(avroString instanceof Utf8 u)) {
      return avroString.toString();
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(u.getBytes(), 0, u.getByteLength()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError(where + " is not well-formed UTF-8: " + e);
    }
  }
}
