package com.citydata.bulletin.platform;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * A bounded collector load for the fault tests: a few threads post one exchange point each request, every point
 * with a minute of its own, and remember which were acknowledged, so the test can look for each one in the store.
 * It stops when told or after its request budget, whichever comes first.
 */
final class IngestLoad implements AutoCloseable {
  static final Instant FIRST_MINUTE = Instant.parse("2018-07-16T00:00:00Z");
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();

  private final String base;
  private final String token;
  private final String unit;
  private final int from;
  private final int budget;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicBoolean stop = new AtomicBoolean();
  private final List<Thread> threads;
  final Set<Long> acknowledged = new ConcurrentSkipListSet<>();
  final Set<Long> refused = new ConcurrentSkipListSet<>();
  final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
  final AtomicLong slowestMillis = new AtomicLong();
  final AtomicInteger refusalsWithoutRetryAfter = new AtomicInteger();

  /** Posts minutes {@code from} up to {@code from + budget}; a second load starts where a first stopped. */
  IngestLoad(int port, String token, String unit, int threads, int from, int budget, Duration pause) {
    this.from = from;
    this.next.set(from);
    this.base = "http://127.0.0.1:" + port;
    this.token = token;
    this.unit = unit;
    this.budget = budget;
    this.threads = IntStream.range(0, threads).mapToObj(i -> new Thread(() -> run(pause), "load-" + i)).toList();
    this.threads.forEach(Thread::start);
  }

  private void run(Duration pause) {
    while (!stop.get()) {
      long minute = next.getAndIncrement();
      if (minute >= from + budget) {
        return;
      }
      JsonObject body = new JsonObject().put("points", new JsonArray().add(new JsonObject()
          .put("time", FIRST_MINUTE.plusSeconds(60 * minute).toString()).put("direction", "collect").put("unit", unit)
          .put("tables", 1).put("fields", 1).put("records", minute + 1)));
      long started = System.nanoTime();
      String outcome;
      try {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/ingest/exchange"))
            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofString(body.encode())).build(), HttpResponse.BodyHandlers.ofString());
        outcome = String.valueOf(response.statusCode());
        if (response.statusCode() == 200) {
          acknowledged.add(minute);
        } else {
          refused.add(minute);
          if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isEmpty()) {
            refusalsWithoutRetryAfter.incrementAndGet();
          }
        }
      } catch (IOException e) {
        // A connection refused is told apart from one cut off mid-request, whose message is kept for the report.
        outcome = "connection: " + e.getClass().getSimpleName() + (e instanceof java.net.ConnectException ? "" : " " + e.getMessage());
        refused.add(minute);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      slowestMillis.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
      outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
      try {
        Thread.sleep(pause.toMillis());
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  int sent() {
    return Math.min(next.get() - from, budget);
  }

  Map<String, Long> outcomes() {
    Map<String, Long> sorted = new TreeMap<>();
    outcomes.forEach((k, v) -> sorted.put(k, v.sum()));
    return sorted;
  }

  /**
   * Waits until at least {@code count} points are acknowledged, or {@code limit} has passed: a busy machine acknowledges
   * fewer per second, and a fault injected before there was any load would prove nothing.
   */
  void awaitAcknowledged(int count, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (acknowledged.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
  }

  /** Stops sending and waits for the requests under way. */
  @Override
  public void close() throws InterruptedException {
    stop.set(true);
    for (Thread thread : threads) {
      thread.join(90_000);
    }
  }
}
