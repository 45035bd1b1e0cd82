package io.wirewatch.production;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Locale;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Stand-in for the enrichment application until it lands: reads string articles keyed by id,
 * transforms them (upper case plus a marker), writes them keyed by the same id. Stateless like
 * the per-article enrichment step, and exactly as exposed to duplicates and loss.
 */
public final class UppercaseApp implements AppUnderTest {
  static final String MARKER = " [checked]";

  @Override
  public Topology topology(String inputTopic, String outputTopic) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(inputTopic, Consumed.with(Serdes.String(), Serdes.String()).withName("articles-in"))
        .mapValues(UppercaseApp::transform, Named.as("transform"))
        .to(outputTopic, Produced.with(Serdes.String(), Serdes.String()).withName("articles-out"));
    return builder.build();
  }

  static String transform(String text) {
    return text.toUpperCase(Locale.ROOT) + MARKER;
  }

  static String text(String id) {
    return "article " + id + ": envoys meet in geneva";
  }

  @Override
  public ProducerRecord<byte[], byte[]> input(String topic, String id) {
    return new ProducerRecord<>(topic, id.getBytes(UTF_8), text(id).getBytes(UTF_8));
  }

  @Override
  public String idOf(ConsumerRecord<byte[], byte[]> output) {
    return new String(output.key(), UTF_8);
  }

  @Override
  public void verify(String id, ConsumerRecord<byte[], byte[]> output) {
    String expected = transform(text(id));
    String actual = new String(output.value(), UTF_8);
    if (!expected.equals(actual)) {
      throw new AssertionError("output for " + id + " should be '" + expected + "', was '" + actual + "'");
    }
  }
}
