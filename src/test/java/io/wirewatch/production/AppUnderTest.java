package io.wirewatch.production;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.Topology;

/**
 * The Kafka Streams application that the scale-out tests run through broker loss and instance
 * crashes: its topology, the input records it reads, and how to tell which input an output
 * record stands for. The tests count ids in the output; they know nothing else of the app.
 *
 * <p>Records cross the test boundary as bytes, so an app may use any serdes (Avro with a schema
 * registry included: {@link #streamsConfig(String)} receives the registry URL, when there is one).
 *
 * <p>Implementations need a public no-argument constructor: the crash test starts one in a child
 * JVM by class name ({@link StreamsAppMain}).
 */
public interface AppUnderTest {

  /** Builds the topology reading {@code inputTopic} and writing {@code outputTopic}. */
  Topology topology(String inputTopic, String outputTopic);

  /** The input record for {@code id}; each id is produced exactly once. */
  ProducerRecord<byte[], byte[]> input(String topic, String id);

  /** The id of the input that {@code output} was produced from. */
  String idOf(ConsumerRecord<byte[], byte[]> output);

  /** The id of an input record, as made by {@link #input}; by default its key as UTF-8 text. */
  default String idOfInput(ConsumerRecord<byte[], byte[]> input) {
    return new String(input.key(), java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Checks that {@code output} is what the app makes of the input {@code id}; throws an
   * {@link AssertionError} naming the difference otherwise.
   */
  void verify(String id, ConsumerRecord<byte[], byte[]> output);

  /** Extra Streams settings the app needs (serdes, registry), given the registry URL or null. */
  default Map<String, Object> streamsConfig(String schemaRegistryUrl) {
    return Map.of();
  }
}
