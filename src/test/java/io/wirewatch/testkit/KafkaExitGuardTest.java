package io.wirewatch.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.utils.internals.Exit;
import org.junit.jupiter.api.Test;

class KafkaExitGuardTest {
  @Test
  void aBrokersHaltOrExitIsThrownInItsThreadAndTheJvmStaysUp() {
    KafkaExitGuard.install();
    assertThatThrownBy(() -> Exit.halt(1, "all log dirs have failed")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("halt").hasMessageContaining("status 1").hasMessageContaining("all log dirs have failed");
    assertThatThrownBy(() -> Exit.exit(1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("exit");
  }
}
