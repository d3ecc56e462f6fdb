package com.citydata.bulletin.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FailedAuthLimiterTest {
  private final FakeNanoClock clock = new FakeNanoClock();
  private final FailedAuthLimiter limiter = new FailedAuthLimiter(3, Duration.ofSeconds(60), 100, clock);

  @Test
  void blocksAnAddressOnceItsFailuresReachTheLimitUntilTheWindowCloses() {
    limiter.failed("10.0.0.1");
    clock.advance(Duration.ofSeconds(10));
    limiter.failed("10.0.0.1");
    assertThat(limiter.blocked("10.0.0.1")).isEmpty();
    limiter.failed("10.0.0.1");
    assertThat(limiter.blocked("10.0.0.1")).isEqualTo(OptionalLong.of(50));
    clock.advance(Duration.ofMillis(49_500));
    assertThat(limiter.blocked("10.0.0.1")).isEqualTo(OptionalLong.of(1));
    clock.advance(Duration.ofMillis(500));
    assertThat(limiter.blocked("10.0.0.1")).isEmpty();
  }

  @Test
  void failuresSpreadOverMoreThanAWindowNeverBlock() {
    for (int i = 0; i < 10; i++) {
      limiter.failed("10.0.0.1");
      assertThat(limiter.blocked("10.0.0.1")).as("failure %d", i).isEmpty();
      clock.advance(Duration.ofSeconds(31));
    }
  }

  @Test
  void addressesAreCountedApart() {
    for (int i = 0; i < 3; i++) {
      limiter.failed("10.0.0.1");
    }
    assertThat(limiter.blocked("10.0.0.1")).isPresent();
    assertThat(limiter.blocked("10.0.0.2")).isEmpty();
  }

  @Test
  void forgetsClosedWindowsAndKeepsAtMostTheCap() {
    FailedAuthLimiter small = new FailedAuthLimiter(3, Duration.ofSeconds(60), 5, clock);
    for (int i = 0; i < 1000; i++) {
      small.failed("10.0." + (i / 256) + "." + (i % 256));
    }
    assertThat(small.trackedKeys()).isEqualTo(5);
    clock.advance(Duration.ofSeconds(60));
    small.blocked("10.9.9.9");
    assertThat(small.trackedKeys()).isZero();
  }
}
