package com.citydata.bulletin.bench;

import java.util.Collection;

/** Request times, nanoseconds in, milliseconds out. */
final class Latencies {
  private final long[] sorted;

  Latencies(Collection<Long> nanos) {
    sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  int count() {
    return sorted.length;
  }

  /** The nearest-rank percentile: with 10 reads, p99 is the slowest. */
  double millis(int percentile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  @Override
  public String toString() {
    return String.format("p50 %.1f ms, p99 %.1f ms", millis(50), millis(99));
  }
}
