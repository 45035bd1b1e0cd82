package io.wirewatch.streams;

import io.wirewatch.topics.DeadLetterHeaders;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Dead-letter records: the original key and value bytes and headers, untouched, plus the
 * {@link DeadLetterHeaders} that say what went wrong and where the record came from. A consumer of
 * {@code news.dlq} can always tell why a record is there and re-drive it.
 */
public final class DeadLetters {
  /** Config key naming the dead-letter topic (default {@code news.dlq}). */
  public static final String DLQ_TOPIC_CONFIG = "wirewatch.dlq.topic";

  private DeadLetters() {}

  static String dlqTopic(Map<String, ?> configs) {
    Object v = configs.get(DLQ_TOPIC_CONFIG);
    return v == null ? io.wirewatch.topics.TopicNames.DLQ : v.toString();
  }

  /** A dead-letter record for {@code rawKey}/{@code rawValue} read at {@code ctx}, failed with {@code error}. */
  public static ProducerRecord<byte[], byte[]> record(String dlqTopic, ErrorHandlerContext ctx, byte[] rawKey,
      byte[] rawValue, Headers original, Exception error, String stage) {
    Headers h = new RecordHeaders();
    if (original != null) {
      for (Header header : original) {
        if (!header.key().startsWith("wirewatch.error.") && !header.key().startsWith("wirewatch.source.")) {
          h.add(header);
        }
      }
    }
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    DeadLetterHeaders.put(h, DeadLetterHeaders.ERROR_CLASS, root.getClass().getName());
    DeadLetterHeaders.put(h, DeadLetterHeaders.ERROR_MESSAGE, String.valueOf(error.getMessage())
        + (root != error ? " (cause: " + root.getMessage() + ")" : ""));
    DeadLetterHeaders.put(h, DeadLetterHeaders.ERROR_STAGE, stage);
    DeadLetterHeaders.putSource(h, ctx.topic(), ctx.partition(), ctx.offset(), ctx.timestamp());
    return new ProducerRecord<>(dlqTopic, null, null, rawKey, rawValue, h);
  }
}
