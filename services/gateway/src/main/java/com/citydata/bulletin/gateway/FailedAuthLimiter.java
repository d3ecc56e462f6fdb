package com.citydata.bulletin.gateway;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Failed authentications per client address: once {@code maxFailures} fall within a window that opens with the first
 * of them, the address is refused until the window closes, so tokens cannot be guessed at the speed of the network.
 * Closed windows are forgotten; at most {@code maxKeys} addresses are kept.
 */
final class FailedAuthLimiter {

  private record Window(long openedAt, int failures) {
  }

  private final int maxFailures;
  private final long windowNanos;
  private final LongSupplier nanoTime;
  private final RecentKeys<Window> windows;

  /** @param nanoTime a monotonic clock in nanoseconds, {@code System::nanoTime} but in tests */
  FailedAuthLimiter(int maxFailures, Duration window, int maxKeys, LongSupplier nanoTime) {
    if (maxFailures < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a failed-authentication limit needs at least 1 failure and a positive window");
    }
    this.maxFailures = maxFailures;
    this.windowNanos = window.toNanos();
    this.nanoTime = nanoTime;
    this.windows = new RecentKeys<>(maxKeys);
  }

  /** Empty when the address may try a token; else the whole seconds until its window closes. */
  synchronized OptionalLong blocked(String address) {
    long now = nanoTime.getAsLong();
    dropClosed(now);
    return windows.get(address)
        .filter(window -> window.failures() >= maxFailures)
        .map(window -> OptionalLong.of(Math.max(1, ceilSeconds(window.openedAt() + windowNanos - now))))
        .orElse(OptionalLong.empty());
  }

  synchronized void failed(String address) {
    long now = nanoTime.getAsLong();
    dropClosed(now);
    // A window is touched only when it opens, so the least recent entry is the oldest window and closes first.
    Window window = windows.get(address).orElse(null);
    if (window == null) {
      windows.touch(address, new Window(now, 1));
    } else {
      windows.replace(address, new Window(window.openedAt(), window.failures() + 1));
    }
  }

  private void dropClosed(long now) {
    windows.dropStale(window -> now - window.openedAt() >= windowNanos);
  }

  private static long ceilSeconds(long nanos) {
    return (nanos + 999_999_999L) / 1_000_000_000L;
  }

  synchronized int trackedKeys() {
    return windows.size();
  }
}
