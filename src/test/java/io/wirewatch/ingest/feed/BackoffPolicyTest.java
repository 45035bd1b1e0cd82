package io.wirewatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffPolicyTest {
  private final BackoffPolicy policy = new BackoffPolicy(Duration.ofSeconds(5), Duration.ofMinutes(2), 2.0);

  @Test
  void doublesFromInitialUpToMax() {
    assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(5));
    assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(10));
    assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(40));
    assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofSeconds(80));
    assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofMinutes(2)); // 160 s, capped
    assertThat(policy.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(2));
    assertThat(policy.delayAfter(0)).isEqualTo(Duration.ZERO);
  }

  @Test
  void rejectsPoliciesThatCannotWork() {
    assertThatThrownBy(() -> new BackoffPolicy(Duration.ZERO, Duration.ofSeconds(1), 2))
        .hasMessageContaining("initial backoff must be > 0");
    assertThatThrownBy(() -> new BackoffPolicy(Duration.ofSeconds(10), Duration.ofSeconds(1), 2))
        .hasMessageContaining("must be >= initial");
    assertThatThrownBy(() -> new BackoffPolicy(Duration.ofSeconds(1), Duration.ofSeconds(10), 0.5))
        .hasMessageContaining("multiplier must be >= 1");
  }
}
