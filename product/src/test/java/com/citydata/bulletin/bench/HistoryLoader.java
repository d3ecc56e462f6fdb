package com.citydata.bulletin.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Posts {@link YearOfData} through the product's JSON ingest in requests of up to 5,000 points (the contracts'
 * most). Each family is posted by one client in time order, several families at once, so the store appends in
 * order as it does for real collectors.
 */
final class HistoryLoader {
  private static final int MAX_POINTS = 5_000;
  private static final int CLIENTS = 4;

  private final Http http;
  private final String ingest;
  private final String token;
  private final YearOfData data;

  HistoryLoader(Http http, String base, String token, YearOfData data) {
    this.http = http;
    this.ingest = base + "/api/v1/ingest/";
    this.token = token;
    this.data = data;
  }

  /** What a load posted. */
  record Loaded(long points, long requests, double seconds) {
    double rate() {
      return points / seconds;
    }
  }

  /** Every family's reports from {@code from} to {@code to}, both included, one every {@code every} days. */
  Loaded load(LocalDate from, LocalDate to, int every) throws Exception {
    AtomicLong points = new AtomicLong();
    AtomicLong requests = new AtomicLong();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long started = System.nanoTime();
    try {
      List<Future<?>> families = new ArrayList<>();
      for (YearOfData.Family family : YearOfData.Family.values()) {
        families.add(clients.submit(() -> {
          JsonArray pending = new JsonArray();
          for (LocalDate day = from.plusDays(every - 1); !day.isAfter(to); day = day.plusDays(every)) {
            for (JsonObject point : data.points(family, day, every)) {
              pending.add(point);
              if (pending.size() == MAX_POINTS) {
                post(family, pending, points, requests);
                pending = new JsonArray();
              }
            }
          }
          if (!pending.isEmpty()) {
            post(family, pending, points, requests);
          }
          return null;
        }));
      }
      for (Future<?> family : families) {
        family.get();
      }
    } finally {
      clients.shutdownNow();
    }
    return new Loaded(points.get(), requests.get(), (System.nanoTime() - started) / 1e9);
  }

  private void post(YearOfData.Family family, JsonArray batch, AtomicLong points, AtomicLong requests) throws Exception {
    http.json("POST", ingest + family.path, token, new JsonObject().put("points", batch));
    points.addAndGet(batch.size());
    requests.incrementAndGet();
  }
}
