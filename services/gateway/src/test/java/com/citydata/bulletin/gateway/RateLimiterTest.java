package com.citydata.bulletin.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final FakeNanoClock clock = new FakeNanoClock();

  @Test
  void allowsTheBurstAtOnceThenAsksToWaitForTheNextToken() {
    RateLimiter limiter = new RateLimiter(2, 5, 100, clock);
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.acquire("a")).as("request %d of the burst", i).isEmpty();
    }
    // Half a second refills one token at 2 per second; the refused request reads 1 s, the whole seconds at least.
    assertThat(limiter.acquire("a")).isEqualTo(OptionalLong.of(1));
    clock.advance(Duration.ofMillis(500));
    assertThat(limiter.acquire("a")).isEmpty();
    assertThat(limiter.acquire("a")).isPresent();
  }

  @Test
  void retryAfterIsTheWholeSecondsUntilATokenIsBack() {
    RateLimiter limiter = new RateLimiter(0.25, 1, 100, clock);
    assertThat(limiter.acquire("a")).isEmpty();
    assertThat(limiter.acquire("a")).isEqualTo(OptionalLong.of(4));
    clock.advance(Duration.ofMillis(2500));
    assertThat(limiter.acquire("a")).isEqualTo(OptionalLong.of(2));
    clock.advance(Duration.ofMillis(1500));
    assertThat(limiter.acquire("a")).isEmpty();
  }

  @Test
  void refillsAtTheRateButNeverAboveTheBurst() {
    RateLimiter limiter = new RateLimiter(10, 3, 100, clock);
    clock.advance(Duration.ofHours(1));
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.acquire("a")).isEmpty();
    }
    assertThat(limiter.acquire("a")).isPresent();
    clock.advance(Duration.ofMillis(100));
    assertThat(limiter.acquire("a")).isEmpty();
    assertThat(limiter.acquire("a")).isPresent();
  }

  @Test
  void eachKeyHasItsOwnBucket() {
    RateLimiter limiter = new RateLimiter(1, 1, 100, clock);
    assertThat(limiter.acquire("a")).isEmpty();
    assertThat(limiter.acquire("a")).isPresent();
    assertThat(limiter.acquire("b")).isEmpty();
  }

  @Test
  void forgetsBucketsThatWouldBeFullAgain() {
    RateLimiter limiter = new RateLimiter(1, 2, 100, clock);
    limiter.acquire("a");
    limiter.acquire("b");
    assertThat(limiter.trackedKeys()).isEqualTo(2);
    clock.advance(Duration.ofSeconds(2));
    limiter.acquire("c");
    assertThat(limiter.trackedKeys()).isEqualTo(1);
  }

  @Test
  void keepsAtMostTheCapOfKeysDroppingTheLeastRecent() {
    RateLimiter limiter = new RateLimiter(1, 1, 3, clock);
    for (int i = 0; i < 1000; i++) {
      limiter.acquire("key-" + i);
    }
    assertThat(limiter.trackedKeys()).isEqualTo(3);
    // The most recent keys are still held to their rate; the least recent was forgotten.
    assertThat(limiter.acquire("key-999")).isPresent();
    assertThat(limiter.acquire("key-0")).isEmpty();
  }

  @Test
  void refusesSettingsThatWouldBlockEverything() {
    assertThatThrownBy(() -> new RateLimiter(0, 10, 100, clock)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimiter(10, 0, 100, clock)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimiter(10, 10, 0, clock)).isInstanceOf(IllegalArgumentException.class);
  }
}
