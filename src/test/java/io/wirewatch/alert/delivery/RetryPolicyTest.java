package io.wirewatch.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  /** A clock that the fake sleeper moves forward. */
  static final class FakeTime extends Clock {
    Instant now = Instant.parse("2026-11-20T15:00:00Z");
    final List<Duration> sleeps = new ArrayList<>();

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void sleep(Duration d) {
      sleeps.add(d);
      now = now.plus(d);
    }
  }

  private static RandomGenerator constant(double v) {
    return new RandomGenerator() {
      @Override
      public long nextLong() {
        return 0;
      }

      @Override
      public double nextDouble() {
        return v;
      }
    };
  }

  @Test
  void backoffDoublesUpToTheMaximum() {
    FakeTime t = new FakeTime();
    RetryPolicy p = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(10), 2, 0.2, Duration.ofMinutes(5),
        t, t::sleep, constant(0));
    assertThat(List.of(p.delay(1, null), p.delay(2, null), p.delay(3, null), p.delay(4, null), p.delay(5, null)))
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
            Duration.ofSeconds(10));
  }

  @Test
  void jitterOnlyShortensTheWaitWithinItsFraction() {
    FakeTime t = new FakeTime();
    RetryPolicy p = new RetryPolicy(Duration.ofSeconds(10), Duration.ofSeconds(10), 2, 0.2, Duration.ofMinutes(5),
        t, t::sleep, constant(0.999));
    assertThat(p.delay(1, null)).isBetween(Duration.ofMillis(8000), Duration.ofMillis(8100));
  }

  @Test
  void retryAfterLongerThanTheBackoffWins() {
    FakeTime t = new FakeTime();
    RetryPolicy p = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(10), 2, 0, Duration.ofMinutes(5),
        t, t::sleep, constant(0));
    assertThat(p.delay(1, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
    assertThat(p.delay(3, Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void noRetryStartsAfterTheGiveUpTime() {
    FakeTime t = new FakeTime();
    RetryPolicy p = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(10), 2, 0, Duration.ofSeconds(30),
        t, t::sleep, constant(0));
    Instant first = t.instant();
    assertThat(p.mayRetry(first, Duration.ofSeconds(30))).isTrue();
    assertThat(p.mayRetry(first, Duration.ofSeconds(31))).isFalse();
    t.now = first.plusSeconds(25);
    assertThat(p.mayRetry(first, Duration.ofSeconds(6))).isFalse();
  }

  @Test
  void badSettingsAreAllReportedAtOnce() {
    assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofSeconds(1), 0.5, 2, Duration.ofSeconds(1),
        Clock.systemUTC(), Sleeper.SYSTEM, RandomGenerator.getDefault()))
        .hasMessageContaining("initial").hasMessageContaining("multiplier").hasMessageContaining("jitter");
  }
}
