package io.wirewatch.streams;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Dead-letter records: the original key and value bytes and headers, untouched, plus headers that
 * say what went wrong and where the record came from. A consumer of {@code news.dlq} can always
 * tell why a record is there and re-drive it.
 */
public final class DeadLetters {
  /** Config key naming the dead-letter topic (default {@code news.dlq}). */
  public static final String DLQ_TOPIC_CONFIG = "wirewatch.dlq.topic";

  public static final String ERROR_CLASS = "wirewatch.error.class";
  public static final String ERROR_MESSAGE = "wirewatch.error.message";
  public static final String ERROR_STAGE = "wirewatch.error.stage";
  public static final String SOURCE_TOPIC = "wirewatch.source.topic";
  public static final String SOURCE_PARTITION = "wirewatch.source.partition";
  public static final String SOURCE_OFFSET = "wirewatch.source.offset";
  public static final String SOURCE_TIMESTAMP = "wirewatch.source.timestamp";
  public static final String DEAD_LETTERED_AT = "wirewatch.dead-lettered.at";

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
    put(h, ERROR_CLASS, root.getClass().getName());
    put(h, ERROR_MESSAGE, String.valueOf(error.getMessage())
        + (root != error ? " (cause: " + root.getMessage() + ")" : ""));
    put(h, ERROR_STAGE, stage);
    put(h, SOURCE_TOPIC, ctx.topic());
    put(h, SOURCE_PARTITION, Integer.toString(ctx.partition()));
    put(h, SOURCE_OFFSET, Long.toString(ctx.offset()));
    put(h, SOURCE_TIMESTAMP, Instant.ofEpochMilli(ctx.timestamp()).toString());
    put(h, DEAD_LETTERED_AT, Instant.now().toString());
    return new ProducerRecord<>(dlqTopic, null, null, rawKey, rawValue, h);
  }

  private static void put(Headers h, String key, String value) {
    h.remove(key);
    h.add(key, value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8));
  }

  /** The value of a header as text, or null. */
  public static String header(Headers headers, String key) {
    Header h = headers.lastHeader(key);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
