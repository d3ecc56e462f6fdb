package com.citydata.bulletin.gateway;

import java.time.Duration;
import java.util.function.LongSupplier;

/** A monotonic clock the test moves by hand. */
final class FakeNanoClock implements LongSupplier {
  private long nanos = 1_000_000_000_000L;

  @Override
  public long getAsLong() {
    return nanos;
  }

  void advance(Duration by) {
    nanos += by.toNanos();
  }
}
