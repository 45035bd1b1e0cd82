package io.wirewatch.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofSeconds(1), d -> {});

  @Test
  void waitsDoubleEachRoundUpToTheCap() {
    assertThat(policy.waitBefore(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.waitBefore(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.waitBefore(4)).isEqualTo(Duration.ofMillis(800));
    assertThat(policy.waitBefore(5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.waitBefore(60)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void retriesOnlyTimeoutsThrottlingAndServerErrors() {
    assertThat(RetryPolicy.retriable(408)).isTrue();
    assertThat(RetryPolicy.retriable(429)).isTrue();
    assertThat(RetryPolicy.retriable(500)).isTrue();
    assertThat(RetryPolicy.retriable(503)).isTrue();
    assertThat(RetryPolicy.retriable(404)).isFalse();
    assertThat(RetryPolicy.retriable(409)).isFalse();
    assertThat(RetryPolicy.retriable(422)).isFalse();
  }

  @Test
  void negativeRetriesAreRefused() {
    assertThatThrownBy(() -> new RetryPolicy(-1, Duration.ZERO, Duration.ZERO, d -> {}))
        .hasMessageContaining("maxRetries must be >= 0");
  }
}
