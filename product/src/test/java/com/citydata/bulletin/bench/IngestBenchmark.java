package com.citydata.bulletin.bench;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.platform.Platform;
import com.citydata.bulletin.testing.TempDirs;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Posts a fixed number of exchange points over loopback HTTP to the product on its embedded defaults, with a few
 * concurrent collectors, then times ranking reads and a bulletin in JSON and PDF. Bounded by count and by a deadline; it stops by itself.
 * Run: see BENCHMARKS.md.
 */
public final class IngestBenchmark {
  private static final int UNITS = 60;
  private static final int BATCH = Integer.getInteger("bench.batch", 1000);
  private static final int BATCHES = Integer.getInteger("bench.batches", 300);
  private static final int COLLECTORS = Integer.getInteger("bench.collectors", 4);
  private static final int RANKING_READS = 200;
  private static final int BULLETIN_READS = 10;
  private static final Duration DEADLINE = Duration.ofMinutes(5);
  private static final String ADMIN = "bench-admin";

  public static void main(String[] args) throws Exception {
    java.nio.file.Path dataDir = TempDirs.create("bulletin-bench");
    AppConfig config = AppConfig.load(Optional.empty(), Map.of(
        AppConfig.DATA_DIR, dataDir.toString(),
        AppConfig.HTTP_PORT, "0",
        AppConfig.ADMIN_TOKEN, ADMIN));
    try (Platform platform = Platform.start(config)) {
      String base = "http://127.0.0.1:" + platform.port() + "/api/v1";
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      JsonArray units = new JsonArray();
      for (int u = 0; u < UNITS; u++) {
        units.add(new JsonObject().put("name", "市第" + u + "局").put("kind", "department"));
      }
      send(http, "PUT", base + "/catalog/units", ADMIN, new JsonObject().put("units", units));
      String token = new JsonObject(send(http, "POST", base + "/collectors", ADMIN,
          new JsonObject().put("name", "bench").put("families", new JsonArray().add("exchange")))).getString("token");

      long deadline = System.nanoTime() + DEADLINE.toNanos();
      ExecutorService pool = Executors.newFixedThreadPool(COLLECTORS);
      long started = System.nanoTime();
      List<Long> all = postBatches(pool, deadline, batch -> send(http, "POST", base + "/ingest/exchange", token, batch));
      double seconds = (System.nanoTime() - started) / 1e9;

      // The same batches as line protocol straight to the store's own /api/v2/write, by as many clients: the rate
      // the product is measured against. The points replace themselves (same keys), so later reads are unchanged.
      URI store = URI.create(platform.config().require(AppConfig.QUESTDB_HTTP_URL));
      String basic = "Basic " + Base64.getEncoder().encodeToString(
          URLDecoder.decode(store.getRawUserInfo(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
      URI write = URI.create("http://" + store.getHost() + ":" + store.getPort() + "/api/v2/write?precision=ns");
      long directStarted = System.nanoTime();
      List<Long> allDirect = postBatches(pool, deadline, batch -> {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(write).header("Authorization", basic)
            .POST(HttpRequest.BodyPublishers.ofString(lineProtocol(batch))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
          throw new IllegalStateException("the store answered " + response.statusCode() + ": " + response.body());
        }
      });
      double directSeconds = (System.nanoTime() - directStarted) / 1e9;
      pool.shutdown();

      long[] reads = new long[RANKING_READS];
      for (int i = 0; i < RANKING_READS && System.nanoTime() < deadline; i++) {
        long t0 = System.nanoTime();
        send(http, "GET", base + "/rankings/exchange-" + (i % 2 == 0 ? "collect" : "push") + "?week=2018-07-20", token, null);
        reads[i] = System.nanoTime() - t0;
      }
      // The first of each is a warm-up: class loading and font parsing are paid once per process.
      List<Long> jsonBulletins = new ArrayList<>();
      List<Long> pdfBulletins = new ArrayList<>();
      for (int i = 0; i <= BULLETIN_READS && System.nanoTime() < deadline; i++) {
        long t0 = System.nanoTime();
        send(http, "GET", base + "/bulletins/2018-07-20?draft=true", token, null);
        long json = System.nanoTime() - t0;
        t0 = System.nanoTime();
        send(http, "GET", base + "/bulletins/2018-07-20.pdf?draft=true", token, null);
        long pdf = System.nanoTime() - t0;
        if (i > 0) {
          jsonBulletins.add(json);
          pdfBulletins.add(pdf);
        }
      }
      Runtime rt = Runtime.getRuntime();
      System.gc();
      long points = (long) all.size() * BATCH;
      System.out.printf("ingest: %,d points in %,d requests of %,d by %d collectors: %.1f s, %,.0f points/s%n",
          points, all.size(), BATCH, COLLECTORS, seconds, points / seconds);
      System.out.printf("ingest request latency: p50 %.1f ms, p99 %.1f ms%n", pct(all, 50), pct(all, 99));
      long directPoints = (long) allDirect.size() * BATCH;
      System.out.printf("the store's own /api/v2/write, same points and clients (no wait for its WAL): %,.0f points/s, "
              + "p50 %.1f ms, p99 %.1f ms; the product's rate is %.2f of it%n", directPoints / directSeconds,
          pct(allDirect, 50), pct(allDirect, 99), (points / seconds) / (directPoints / directSeconds));
      List<Long> readList = Arrays.stream(reads).filter(l -> l > 0).boxed().toList();
      System.out.printf("ranking read latency over %,d points: p50 %.1f ms, p99 %.1f ms%n", points, pct(readList, 50), pct(readList, 99));
      System.out.printf("bulletin (every table of its week, and the charted ones of the 7 weeks before), %d reads after a warm-up: "
          + "JSON p50 %.0f ms, p99 %.0f ms; PDF p50 %.0f ms, p99 %.0f ms%n", jsonBulletins.size(),
          pct(jsonBulletins, 50), pct(jsonBulletins, 99), pct(pdfBulletins, 50), pct(pdfBulletins, 99));
      System.out.printf("JVM heap used after GC: %,d MiB; process RSS: %s%n",
          (rt.totalMemory() - rt.freeMemory()) >> 20, rss());
    } finally {
      TempDirs.delete(dataDir);
    }
  }

  private static JsonObject batch(int n) {
    JsonArray points = new JsonArray();
    LocalDate day = LocalDate.of(2018, 7, 1).plusDays(n % 28);
    for (int i = 0; i < BATCH; i++) {
      int unit = i % UNITS;
      points.add(new JsonObject()
          .put("time", day + "T" + String.format("%02d:%02d:%02d+08:00", (n / 28) % 24, i / 60 % 60, i % 60))
          .put("direction", i % 2 == 0 ? "collect" : "push")
          .put("unit", "市第" + unit + "局").put("tables", 40).put("fields", 500).put("records", 1000 + i));
    }
    return new JsonObject().put("points", points);
  }

  /** How one batch goes out, timed by {@link #postBatches}. */
  private interface BatchSender {
    void send(JsonObject batch) throws Exception;
  }

  /** The benchmark's batches, split among the collectors, each sent by one of them; the latency of every one. */
  private static List<Long> postBatches(ExecutorService pool, long deadline, BatchSender sender) throws Exception {
    List<Future<long[]>> runs = new ArrayList<>();
    for (int c = 0; c < COLLECTORS; c++) {
      int collector = c;
      runs.add(pool.submit(() -> {
        long[] latencies = new long[BATCHES / COLLECTORS];
        for (int b = 0; b < latencies.length && System.nanoTime() < deadline; b++) {
          JsonObject batch = batch(collector * latencies.length + b);
          long t0 = System.nanoTime();
          sender.send(batch);
          latencies[b] = System.nanoTime() - t0;
        }
        return latencies;
      }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<long[]> run : runs) {
      Arrays.stream(run.get()).filter(l -> l > 0).forEach(all::add);
    }
    return all;
  }

  /** A JSON batch as the line protocol of the exchange measurement, times in nanoseconds. */
  private static String lineProtocol(JsonObject batch) {
    StringBuilder lines = new StringBuilder();
    for (Object item : batch.getJsonArray("points")) {
      JsonObject point = (JsonObject) item;
      lines.append("exchange,direction=").append(point.getString("direction")).append(",unit=").append(point.getString("unit"))
          .append(" table_count=").append(point.getLong("tables")).append("i,field_count=").append(point.getLong("fields"))
          .append("i,records=").append(point.getLong("records")).append("i ")
          .append(ChronoUnit.NANOS.between(Instant.EPOCH, OffsetDateTime.parse(point.getString("time")).toInstant())).append('\n');
    }
    return lines.toString();
  }

  private static String send(HttpClient http, String method, String url, String token, JsonObject body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.encode()));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private static double pct(List<Long> nanos, int percentile) {
    List<Long> sorted = nanos.stream().sorted().toList();
    return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1e6;
  }

  private static String rss() {
    try {
      return Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
          .filter(l -> l.startsWith("VmRSS")).findFirst().map(l -> l.replaceAll("\\s+", " ")).orElse("n/a");
    } catch (Exception e) {
      return "n/a";
    }
  }

  private IngestBenchmark() {
  }
}
