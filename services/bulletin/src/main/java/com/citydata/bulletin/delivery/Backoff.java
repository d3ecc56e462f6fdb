package com.citydata.bulletin.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: after the n-th attempt, {@code base × 2^(n-1)} capped at {@code cap}, of
 * which a random half is taken off so that receivers coming back are not hit by every sender at once; never sooner
 * than the receiver's Retry-After. Nothing is tried beyond {@link #DEADLINE} after the delivery was queued.
 */
public record Backoff(Duration base, Duration cap) {
  public static final Duration DEADLINE = Duration.ofHours(24);

  /** The wait before the next attempt, or empty when it would fall after the deadline. */
  public Optional<Duration> next(int attempts, Instant queued, Instant now, Optional<Duration> retryAfter, RandomGenerator random) {
    long exponential = base.toMillis() << Math.min(Math.max(attempts - 1, 0), 30);
    long capped = Math.min(cap.toMillis(), exponential);
    long jittered = capped - random.nextLong(capped / 2 + 1);
    Duration wait = Duration.ofMillis(Math.max(jittered, retryAfter.map(Duration::toMillis).orElse(0L)));
    return now.plus(wait).isAfter(queued.plus(DEADLINE)) ? Optional.empty() : Optional.of(wait);
  }

  /** Retry-After as whole seconds or as an HTTP date; empty when absent or unreadable. */
  public static Optional<Duration> retryAfter(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String value = header.trim();
    if (value.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
