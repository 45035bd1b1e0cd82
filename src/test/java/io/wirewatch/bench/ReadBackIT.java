package io.wirewatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.UserException;
import io.wirewatch.testkit.KafkaPlatformExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A bench's read-back check passes on what was written and fails, naming the record, on anything else. */
class ReadBackIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();
  private static final Function<byte[], String> TEXT = v -> new String(v, StandardCharsets.UTF_8);

  @Test
  void checksTheSampleOfARunAndNamesTheFirstWrongOrMissingRecord() {
    kafka.createTopic("readback", 3);
    try (KafkaProducer<String, String> p = new KafkaProducer<>(kafka.clientProperties(), new StringSerializer(),
        new StringSerializer())) {
      p.send(new ProducerRecord<>("readback", "before", "from an earlier run"));
      p.flush();
    }
    Map<TopicPartition, Long> mark = ReadBack.mark(kafka.clientProperties(), "readback");
    ReadBack.Expected right = new ReadBack.Expected();
    int n = 1_050;
    try (KafkaProducer<String, String> p = new KafkaProducer<>(kafka.clientProperties(), new StringSerializer(),
        new StringSerializer())) {
      for (int i = 0; i < n; i++) {
        p.send(new ProducerRecord<>("readback", "k" + i, "value " + i));
        if (ReadBack.sampled(i, n)) {
          right.add("k" + i, "value " + i);
        }
      }
      p.flush();
    }
    assertThat(right.size()).as("first, last and every 100th").isEqualTo(12);
    assertThat(ReadBack.verify("bench t", kafka.clientProperties(), "readback", mark, right, TEXT, Duration.ofSeconds(30)))
        .isEqualTo(12);

    ReadBack.Expected wrong = new ReadBack.Expected();
    wrong.add("k0", "value 0");
    wrong.add("k500", "value five hundred");
    assertThatThrownBy(() -> ReadBack.verify("bench t", kafka.clientProperties(), "readback", mark, wrong, TEXT,
        Duration.ofSeconds(30))).isInstanceOf(UserException.class).hasMessageContaining("record k500 of readback")
        .hasMessageContaining("No figure is reported");

    ReadBack.Expected missing = new ReadBack.Expected();
    missing.add("before", "from an earlier run"); // written before the mark: not part of the run
    assertThatThrownBy(() -> ReadBack.verify("bench t", kafka.clientProperties(), "readback", mark, missing, TEXT,
        Duration.ofSeconds(30))).hasMessageContaining("record before of readback was not found");
  }
}
