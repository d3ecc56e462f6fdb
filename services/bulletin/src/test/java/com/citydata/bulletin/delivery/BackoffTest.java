package com.citydata.bulletin.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));
  private final Instant queued = Instant.parse("2018-07-20T02:00:00Z");

  @Test
  void doublesFromTheBaseWithinItsJitterAndStopsAtTheCap() {
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      assertThat(wait(1, random)).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
      assertThat(wait(3, random)).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(120));
      assertThat(wait(40, random)).isBetween(Duration.ofMinutes(30), Duration.ofHours(1));
    }
  }

  @Test
  void waitsAtLeastWhatRetryAfterAsks() {
    assertThat(backoff.next(1, queued, queued, Optional.of(Duration.ofMinutes(10)), new Random(1))).hasValue(Duration.ofMinutes(10));
  }

  @Test
  void givesUpWhenTheNextAttemptWouldFallAfterADay() {
    Instant late = queued.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(59));
    assertThat(backoff.next(30, queued, late, Optional.empty(), new Random(1))).isEmpty();
    assertThat(backoff.next(1, queued, queued.plus(Duration.ofHours(23)), Optional.empty(), new Random(1))).isPresent();
    assertThat(backoff.next(1, queued, queued, Optional.of(Duration.ofHours(25)), new Random(1))).isEmpty();
  }

  @Test
  void readsRetryAfterInSecondsOrAsADate() {
    Instant now = Instant.parse("2018-07-20T02:00:00Z");
    assertThat(Backoff.retryAfter("120", now)).hasValue(Duration.ofSeconds(120));
    assertThat(Backoff.retryAfter("Fri, 20 Jul 2018 02:01:30 GMT", now)).hasValue(Duration.ofSeconds(90));
    assertThat(Backoff.retryAfter("Fri, 20 Jul 2018 01:00:00 GMT", now)).hasValue(Duration.ZERO);
    assertThat(Backoff.retryAfter("soon", now)).isEmpty();
    assertThat(Backoff.retryAfter(null, now)).isEmpty();
  }

  @Test
  void sortsAnswersIntoDeliveredRetriedAndFailed() {
    assertThat(Outcome.answered(204, Optional.empty()).kind()).isEqualTo(Outcome.Kind.DELIVERED);
    assertThat(Outcome.answered(503, Optional.empty()).kind()).isEqualTo(Outcome.Kind.RETRY);
    assertThat(Outcome.answered(429, Optional.of(Duration.ofSeconds(5))).retryAfter()).hasValue(Duration.ofSeconds(5));
    assertThat(Outcome.answered(404, Optional.empty()).kind()).isEqualTo(Outcome.Kind.FAILED);
    assertThat(Outcome.answered(302, Optional.empty()).error()).contains("redirects are not followed");
    assertThat(Outcome.unreachable("Connection refused").kind()).isEqualTo(Outcome.Kind.RETRY);
  }

  private Duration wait(int attempts, Random random) {
    return backoff.next(attempts, queued, queued, Optional.empty(), random).orElseThrow();
  }
}
