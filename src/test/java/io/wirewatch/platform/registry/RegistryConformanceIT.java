package io.wirewatch.platform.registry;

import io.wirewatch.testkit.KafkaPlatformExtension;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The conformance checklist against a registry whose state lives in Kafka: every write goes
 * through the log and is read back before the answer. Each test gets its own storage topic.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RegistryConformanceIT extends RegistryConformanceCases {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();

  private static final AtomicInteger TOPICS = new AtomicInteger();

  @Override
  protected EmbeddedSchemaRegistry startFreshRegistry() {
    return EmbeddedSchemaRegistry.start(kafka.bootstrapServers(), 0, "_schemas-conformance-" + TOPICS.incrementAndGet());
  }
}
