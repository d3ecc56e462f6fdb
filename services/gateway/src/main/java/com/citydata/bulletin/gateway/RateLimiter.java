package com.citydata.bulletin.gateway;

import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (a principal): {@code burst} requests at once, refilled at {@code perSecond}. A bucket left
 * alone until it would be full again is forgotten, since a fresh one is the same; at most {@code maxKeys} are kept.
 */
final class RateLimiter {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private static final class Bucket {
    double tokens;
    long refilledAt;

    Bucket(double tokens, long refilledAt) {
      this.tokens = tokens;
      this.refilledAt = refilledAt;
    }
  }

  private final double perSecond;
  private final int burst;
  private final LongSupplier nanoTime;
  private final RecentKeys<Bucket> buckets;

  /** @param nanoTime a monotonic clock in nanoseconds, {@code System::nanoTime} but in tests */
  RateLimiter(double perSecond, int burst, int maxKeys, LongSupplier nanoTime) {
    if (perSecond <= 0 || burst < 1) {
      throw new IllegalArgumentException("a rate limit needs a positive rate and a burst of at least 1");
    }
    this.perSecond = perSecond;
    this.burst = burst;
    this.nanoTime = nanoTime;
    this.buckets = new RecentKeys<>(maxKeys);
  }

  /** Takes one request from the key's bucket: empty when allowed, else the whole seconds until one is. */
  synchronized OptionalLong acquire(String key) {
    long now = nanoTime.getAsLong();
    buckets.dropStale(bucket -> tokensAt(bucket, now) >= burst);
    Bucket bucket = buckets.get(key).orElseGet(() -> new Bucket(burst, now));
    bucket.tokens = tokensAt(bucket, now);
    bucket.refilledAt = now;
    buckets.touch(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perSecond)));
  }

  private double tokensAt(Bucket bucket, long now) {
    return Math.min(burst, bucket.tokens + (now - bucket.refilledAt) * perSecond / NANOS_PER_SECOND);
  }

  synchronized int trackedKeys() {
    return buckets.size();
  }
}
