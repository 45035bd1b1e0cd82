package io.wirewatch.streams;

import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Producer retry settings for the exactly-once applications. With transactions v2 a write that
 * follows a commit closely can reach a partition before the previous transaction's markers, and
 * the broker answers CONCURRENT_TRANSACTIONS; the producer retries after {@code retry.backoff.ms},
 * doubling up to {@code retry.backoff.max.ms}. The client defaults (100 ms, growing to 1 s) put
 * hundreds of milliseconds on an alert that meets such a commit, at every hop of the pipeline.
 * The markers are normally written within milliseconds, so short retries cost the broker little.
 */
public final class TransactionalRetry {
  static final String BACKOFF_MS = "10";
  static final String BACKOFF_MAX_MS = "100";

  private TransactionalRetry() {}

  /** Sets the producer retry backoff of a Streams configuration. */
  public static void apply(Properties streamsConfig) {
    streamsConfig.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG), BACKOFF_MS);
    streamsConfig.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG), BACKOFF_MAX_MS);
  }
}
