package io.wirewatch.streams;

import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record whose processing throws goes to the dead-letter topic as its original source bytes,
 * with the reason; the stream goes on.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);
  private String dlqTopic = io.wirewatch.topics.TopicNames.DLQ;

  @Override
  public void configure(Map<String, ?> configs) {
    dlqTopic = DeadLetters.dlqTopic(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext ctx, Record<?, ?> record, Exception exception) {
    log.warn("dead-lettering record {}/{}@{} (key {}) that failed in {}: {}", ctx.topic(), ctx.partition(),
        ctx.offset(), record.key(), ctx.processorNodeId(), exception.toString());
    EnrichmentMetrics.deadLettered("process");
    return Response.resume(List.of(DeadLetters.record(dlqTopic, ctx, ctx.sourceRawKey(), ctx.sourceRawValue(),
        ctx.headers(), exception, "process:" + ctx.processorNodeId())));
  }
}
