package io.wirewatch.replay;

import java.nio.ByteBuffer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes fetched values and hands the records on: lets decoding run on a thread of its own,
 * between the consumer's thread and the writing one. A value that cannot be decoded is counted,
 * logged with its coordinates and skipped, as {@link HistoryReader} does when the consumer decodes.
 * Runs on one thread; read {@link #undecodable} once that thread is done.
 */
final class DecodeStage<T> implements HistoryReader.RecordVisitor<ByteBuffer> {
  private static final Logger LOG = LoggerFactory.getLogger(DecodeStage.class);

  private final Deserializer<T> deserializer;
  private final HistoryReader.RecordVisitor<T> downstream;
  private long undecodable;

  DecodeStage(Deserializer<T> deserializer, HistoryReader.RecordVisitor<T> downstream) {
    this.deserializer = deserializer;
    this.downstream = downstream;
  }

  @Override
  public void accept(ConsumerRecord<byte[], ByteBuffer> r) throws Exception {
    T value;
    try {
      value = r.value() == null ? null : deserializer.deserialize(r.topic(), r.headers(), r.value());
    } catch (RuntimeException bad) {
      undecodable++;
      LOG.warn("skipping record that cannot be deserialised at {}-{} offset {}: {}", r.topic(), r.partition(),
          r.offset(), bad.getMessage());
      return;
    }
    downstream.accept(new ConsumerRecord<>(r.topic(), r.partition(), r.offset(), r.timestamp(), r.timestampType(),
        r.serializedKeySize(), r.serializedValueSize(), r.key(), value, r.headers(), r.leaderEpoch()));
  }

  /** Values skipped because they did not decode. */
  long undecodable() {
    return undecodable;
  }
}
