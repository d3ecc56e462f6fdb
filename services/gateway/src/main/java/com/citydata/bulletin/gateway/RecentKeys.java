package com.citydata.bulletin.gateway;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Per-key state of a limiter, least recently touched first and at most {@code maxKeys} of them, so that memory stays
 * bounded however many tokens or addresses call: stale entries are dropped from the front, and past the cap the
 * least recent one goes. Not thread-safe; its owner synchronises.
 */
final class RecentKeys<V> {
  private final Map<String, V> entries = new LinkedHashMap<>();
  private final int maxKeys;

  RecentKeys(int maxKeys) {
    if (maxKeys < 1) {
      throw new IllegalArgumentException("maxKeys must be at least 1, got " + maxKeys);
    }
    this.maxKeys = maxKeys;
  }

  Optional<V> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** Stores the key's state as the most recent. */
  void touch(String key, V value) {
    entries.remove(key);
    entries.put(key, value);
    if (entries.size() > maxKeys) {
      Iterator<String> eldest = entries.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
  }

  /** Changes a kept key's state without making it more recent. */
  void replace(String key, V value) {
    entries.replace(key, value);
  }

  /**
   * Drops stale entries from the least recent on, stopping at the first fresh one: the owner's staleness must grow
   * with the time since the last touch, so nothing behind a fresh entry can be stale.
   */
  void dropStale(Predicate<V> stale) {
    Iterator<V> values = entries.values().iterator();
    while (values.hasNext() && stale.test(values.next())) {
      values.remove();
    }
  }

  int size() {
    return entries.size();
  }
}
