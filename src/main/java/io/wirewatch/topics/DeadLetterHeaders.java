package io.wirewatch.topics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The headers of every dead-letter record, in {@code news.dlq} (enrichment) and
 * {@code news.alerts.dlq} (delivery) alike: what went wrong, where the record was read, and when it
 * was dead-lettered. The key and value are the original bytes, untouched, so a record can be
 * re-driven to its source topic. Delivery adds the {@code wirewatch.delivery.*} headers.
 */
public final class DeadLetterHeaders {
  /** Class of the root cause (absent when there was no exception, e.g. a receiver answering 500). */
  public static final String ERROR_CLASS = "wirewatch.error.class";
  /** Why the record is here, in words. */
  public static final String ERROR_MESSAGE = "wirewatch.error.message";
  /** Where it failed: {@code deserialize}, {@code process}, {@code deliver}. */
  public static final String ERROR_STAGE = "wirewatch.error.stage";
  public static final String SOURCE_TOPIC = "wirewatch.source.topic";
  public static final String SOURCE_PARTITION = "wirewatch.source.partition";
  public static final String SOURCE_OFFSET = "wirewatch.source.offset";
  /** The source record's timestamp, ISO-8601. */
  public static final String SOURCE_TIMESTAMP = "wirewatch.source.timestamp";
  /** When the record was dead-lettered, ISO-8601. */
  public static final String DEAD_LETTERED_AT = "wirewatch.dead-lettered.at";

  /** Delivery: the channel (WEBHOOK, SLACK). */
  public static final String DELIVERY_CHANNEL = "wirewatch.delivery.channel";
  /** Delivery: how many attempts were made. */
  public static final String DELIVERY_ATTEMPTS = "wirewatch.delivery.attempts";
  /** Delivery: time of the first attempt, ISO-8601. */
  public static final String DELIVERY_FIRST_ATTEMPT = "wirewatch.delivery.first-attempt";
  /** Delivery: the last HTTP status (0 when there was no response). */
  public static final String DELIVERY_STATUS = "wirewatch.delivery.status";
  /** Delivery: the last response's headers, a JSON object. */
  public static final String DELIVERY_RESPONSE_HEADERS = "wirewatch.delivery.response-headers";
  /** Delivery: the start of the last response's body. */
  public static final String DELIVERY_RESPONSE_BODY = "wirewatch.delivery.response-body";

  private DeadLetterHeaders() {}

  /** Sets {@code key} to {@code value} as UTF-8 (empty for null), replacing any header of that name. */
  public static void put(Headers h, String key, String value) {
    h.remove(key);
    h.add(key, value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8));
  }

  /** The headers that say where a record was read and when it was dead-lettered. */
  public static void putSource(Headers h, String topic, int partition, long offset, long timestamp) {
    put(h, SOURCE_TOPIC, topic);
    put(h, SOURCE_PARTITION, Integer.toString(partition));
    put(h, SOURCE_OFFSET, Long.toString(offset));
    put(h, SOURCE_TIMESTAMP, Instant.ofEpochMilli(timestamp).toString());
    put(h, DEAD_LETTERED_AT, Instant.now().toString());
  }

  /** The value of a header as text, or null. */
  public static String header(Headers headers, String key) {
    Header h = headers.lastHeader(key);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
