package io.wirewatch.streams;

import io.wirewatch.registry.AvroSerializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A value serializer for sinks that receive the same record one after another: the enrichment
 * forwards each enriched article to {@code news.articles.enriched} and then to the topic of each of
 * its events. The record is encoded once; the next sink on the same thread that gets the very same
 * instance reuses the bytes when {@link AvroSerializer#serializeAgain} finds them right for its subject.
 * Only for records nobody changes between those sends: the check is by identity, not content.
 *
 * <p>One instance may serve every sink and every stream thread: the last record is kept per thread.
 */
final class SerializeOnce<T> implements Serializer<T> {
  private record Last(Object record, byte[] bytes) {}

  private final Serializer<T> delegate;
  private final ThreadLocal<Last> last = new ThreadLocal<>();

  private SerializeOnce(Serializer<T> delegate) {
    this.delegate = delegate;
  }

  /** Wraps an {@link AvroSerializer}; any other serializer is returned as it is. */
  static <T> Serializer<T> wrap(Serializer<T> serializer) {
    return serializer instanceof AvroSerializer<T> ? new SerializeOnce<>(serializer) : serializer;
  }

  @Override
  public byte[] serialize(String topic, T data) {
    Last l = last.get();
    byte[] bytes = l != null && data != null && l.record() == data
        ? ((AvroSerializer<T>) delegate).serializeAgain(topic, data, l.bytes())
        : delegate.serialize(topic, data);
    last.set(data == null ? null : new Last(data, bytes));
    return bytes;
  }

  @Override
  public void close() {
    last.remove();
    delegate.close();
  }
}
