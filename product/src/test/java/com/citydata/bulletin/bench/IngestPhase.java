package com.citydata.bulletin.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One door at one concurrency: that many clients take the next batch number until the phase's batches are sent or
 * its time is up, each waiting for its answer before sending again. A batch under way when time is up finishes.
 */
final class IngestPhase {
  /** How one batch goes out; it throws when the door refuses it. */
  interface Sender {
    void send(int batch) throws Exception;
  }

  /** What a phase did: points accepted, over how long, and each request's time. */
  record Result(long points, double seconds, Latencies latencies) {
    double rate() {
      return points / seconds;
    }
  }

  private final int batches;
  private final int pointsPerBatch;
  private final Duration limit;

  IngestPhase(int batches, int pointsPerBatch, Duration limit) {
    this.batches = batches;
    this.pointsPerBatch = pointsPerBatch;
    this.limit = limit;
  }

  Result run(int concurrency, Sender sender) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(concurrency);
    long started = System.nanoTime();
    long deadline = started + limit.toNanos();
    try {
      List<Future<List<Long>>> runs = new ArrayList<>();
      for (int c = 0; c < concurrency; c++) {
        runs.add(clients.submit(() -> {
          List<Long> times = new ArrayList<>();
          for (int batch = next.getAndIncrement(); batch < batches && System.nanoTime() < deadline; batch = next.getAndIncrement()) {
            long t0 = System.nanoTime();
            sender.send(batch);
            times.add(System.nanoTime() - t0);
          }
          return times;
        }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> run : runs) {
        all.addAll(run.get());
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      return new Result((long) all.size() * pointsPerBatch, seconds, new Latencies(all));
    } finally {
      clients.shutdownNow();
    }
  }
}
