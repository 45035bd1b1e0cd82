package io.wirewatch.streams;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record that cannot be deserialised (bad frame, unknown schema id, truncated body) goes to the
 * dead-letter topic with the reason; the stream goes on. Within an exactly-once application the
 * dead letter is part of the same transaction as the progress past it.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);
  private String dlqTopic = io.wirewatch.topics.TopicNames.DLQ;

  @Override
  public void configure(Map<String, ?> configs) {
    dlqTopic = DeadLetters.dlqTopic(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext ctx, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    log.warn("dead-lettering unreadable record {}/{}@{}: {}", ctx.topic(), ctx.partition(), ctx.offset(),
        exception.getMessage());
    EnrichmentMetrics.deadLettered("deserialize");
    return Response.resume(List.of(DeadLetters.record(dlqTopic, ctx, record.key(), record.value(),
        record.headers(), exception, "deserialize")));
  }
}
