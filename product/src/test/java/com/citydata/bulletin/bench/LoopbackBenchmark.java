package com.citydata.bulletin.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Issue 13's benchmark, one run on loopback against the product's jar in a process of its own. Part one: the same
 * 1,000-point exchange batches through the product's JSON ingest, its line-protocol door and the embedded store's
 * own /api/v2/write, at 1, 4 and 16 clients, each phase bounded by count and time. Part two: a year of 500 units
 * in every time-series family, loaded through the JSON ingest; the bulletin, live JSON and PDF, read one month in
 * and after the whole year. The product's RSS is sampled in every phase. Each part has a fresh product and data
 * directory, so the ingest phases' points are not in the year the bulletin reads. Run: see BENCHMARKS.md.
 */
public final class LoopbackBenchmark {
  private static final List<Integer> CONCURRENCY = List.of(1, 4, 16);
  private static final int BATCHES = Integer.getInteger("bench.batches", 200);
  private static final int WARM_UP_BATCHES = Integer.getInteger("bench.warmUpBatches", 300);
  private static final int WARM_UP_CONCURRENCY = 4;
  private static final Duration PHASE_LIMIT = Duration.ofSeconds(Integer.getInteger("bench.phaseSeconds", 20));
  /** The loading of the whole year, at most; beyond it the reports after the second month thin out. */
  private static final Duration LOAD_BUDGET = Duration.ofSeconds(Integer.getInteger("bench.loadSeconds", 300));
  private static final LocalDate YEAR_START = LocalDate.of(2018, 1, 1);
  private static final LocalDate YEAR_END = LocalDate.of(2018, 12, 31);

  public static void main(String[] args) throws Exception {
    Path jar = jar();
    List<String> javaOptions = Arrays.stream(System.getProperty("bench.javaOptions", "").split("\\s+")).filter(s -> !s.isBlank()).toList();
    System.out.printf("product: java %s-jar %s, on loopback; %d cores, load average %s%n",
        javaOptions.isEmpty() ? "" : String.join(" ", javaOptions) + " ", jar, Runtime.getRuntime().availableProcessors(), loadAverage());
    Catalog catalog = new Catalog();
    long ingestRssMib = ingestPhases(jar, javaOptions, catalog);
    History history = history(jar, javaOptions, catalog);
    System.out.printf("%ntargets: live JSON bulletin p50 < 100 ms a year in: %.0f ms, and within 20 %% of one month in: %+.0f %%; "
            + "PDF p50 < 400 ms: %.0f ms; RSS < 768 MiB during sustained ingest: max %,d MiB, after a year of data: %,d MiB%n",
        history.atYear().json().millis(50), 100 * (history.atYear().json().millis(50) / history.atMonth().json().millis(50) - 1),
        history.atYear().pdf().millis(50), ingestRssMib, history.rssAfterYearMib());
    System.out.printf("load average at the end: %s%n", loadAverage());
  }

  /** The three doors at each concurrency, and the table of their rates and ratios; returns the highest RSS seen. */
  private static long ingestPhases(Path jar, List<String> javaOptions, Catalog catalog) throws Exception {
    try (ProductJar product = ProductJar.start(jar, profiled(javaOptions, "ingest")); Rss rss = new Rss(product.pid())) {
      Http http = new Http();
      String token = setUp(http, product.base(), catalog, List.of(YearOfData.Family.EXCHANGE));
      ProductJar.StoreWrite store = product.storeWrite();
      URI door = URI.create(product.base() + "/api/v2/write?bucket=exchange&precision=ms");
      int points = ExchangeBatches.size(catalog);
      IngestPhase phase = new IngestPhase(BATCHES, points, PHASE_LIMIT);
      System.out.printf("%n== ingest: %d requests of %,d exchange points (%d units × 2 directions) per phase, at most %d s each; "
          + "at the start %s%n", BATCHES, points, catalog.units.size(), PHASE_LIMIT.toSeconds(), rss.endPhase());
      int phaseNumber = 0;
      // Unmeasured, so the first measured phases are not the JIT compiler's: a profile of a cold 10 s ingest had
      // C2 and C1 on 40 % of the machine.
      IngestPhase warmUp = new IngestPhase(WARM_UP_BATCHES, points, PHASE_LIMIT);
      ExchangeBatches warmJson = new ExchangeBatches(catalog, phaseNumber++);
      ExchangeBatches warmLines = new ExchangeBatches(catalog, phaseNumber++);
      measure(rss, "warm-up: JSON ingest", WARM_UP_CONCURRENCY, warmUp,
          b -> http.json("POST", product.base() + "/api/v1/ingest/exchange", token, warmJson.json(b)));
      try {
        measure(rss, "warm-up: line-protocol door", WARM_UP_CONCURRENCY, warmUp, b -> http.lines(door, "Token " + token, warmLines.doorLines(b)));
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof Http.Refused)) {
          throw e;
        }
      }
      Map<Integer, Map<String, Measured>> results = new LinkedHashMap<>();
      boolean doorOpen = true;
      for (int concurrency : CONCURRENCY) {
        Map<String, Measured> row = new LinkedHashMap<>();
        ExchangeBatches json = new ExchangeBatches(catalog, phaseNumber++);
        row.put("product", measure(rss, "product JSON ingest", concurrency, phase,
            b -> http.json("POST", product.base() + "/api/v1/ingest/exchange", token, json.json(b))));
        if (doorOpen) {
          ExchangeBatches lines = new ExchangeBatches(catalog, phaseNumber++);
          try {
            row.put("door", measure(rss, "line-protocol door", concurrency, phase, b -> http.lines(door, "Token " + token, lines.doorLines(b))));
          } catch (ExecutionException e) {
            if (!(e.getCause() instanceof Http.Refused)) {
              throw e;
            }
            doorOpen = false;
            // Until the door is built, its path is unknown to the gateway: 404, or 401 as the Token scheme is not a Bearer.
            System.out.println("line-protocol door: not available (" + e.getCause().getMessage() + ")");
          }
        }
        ExchangeBatches own = new ExchangeBatches(catalog, phaseNumber++);
        row.put("store", measure(rss, "store's own /api/v2/write", concurrency, phase,
            b -> http.lines(store.uri(), store.authorization(), own.lineProtocol(b))));
        results.put(concurrency, row);
      }
      printIngestTable(results);
      return results.values().stream().flatMap(row -> row.values().stream()).mapToLong(m -> m.rss().maxMib()).max().orElseThrow();
    }
  }

  /** With -Dbench.profile=DIR, each product records a Java Flight Recorder profile of its own, DIR/NAME.jfr. */
  private static List<String> profiled(List<String> javaOptions, String name) {
    String directory = System.getProperty("bench.profile");
    if (directory == null) {
      return javaOptions;
    }
    List<String> options = new ArrayList<>(javaOptions);
    options.add("-XX:StartFlightRecording=settings=profile,filename=" + Path.of(directory, name + ".jfr").toAbsolutePath());
    return options;
  }

  /** A phase's result and the product's memory while it ran. */
  private record Measured(IngestPhase.Result result, Rss.Figures rss) {
    String cell() {
      return String.format("%,.0f points/s, p50 %.1f ms, p99 %.1f ms", result.rate(), result.latencies().millis(50), result.latencies().millis(99));
    }
  }

  private static Measured measure(Rss rss, String door, int concurrency, IngestPhase phase, IngestPhase.Sender sender) throws Exception {
    rss.startPhase();
    IngestPhase.Result result = phase.run(concurrency, sender);
    Rss.Figures memory = rss.endPhase();
    System.out.printf("%-26s ×%-2d %,9d points in %5.1f s: %,9.0f points/s, %s; %s%n", door, concurrency, result.points(),
        result.seconds(), result.rate(), result.latencies(), memory);
    return new Measured(result, memory);
  }

  private static void printIngestTable(Map<Integer, Map<String, Measured>> results) {
    System.out.printf("%n| clients | product JSON ingest | line-protocol door | store's own write | product/store | door/store | RSS max |%n");
    System.out.printf("|---|---|---|---|---|---|---|%n");
    results.forEach((concurrency, row) -> {
      double storeRate = row.get("store").result().rate();
      Measured door = row.get("door");
      System.out.printf("| %d | %s | %s | %s | %.2f | %s | %,d MiB |%n", concurrency, row.get("product").cell(),
          door == null ? "n/a" : door.cell(), row.get("store").cell(), row.get("product").result().rate() / storeRate,
          door == null ? "n/a" : String.format("%.2f", door.result().rate() / storeRate),
          row.values().stream().mapToLong(m -> m.rss().maxMib()).max().orElseThrow());
    });
  }

  /** The bulletin's reads one month in and a year in, and the product's RSS once the year is in. */
  private record History(BulletinReads.Figures atMonth, BulletinReads.Figures atYear, long rssAfterYearMib) {
  }

  /**
   * A year loaded in three steps: the first month, the bulletin read; the second month; the rest, thinned if it would
   * take too long; the bulletin read again.
   */
  private static History history(Path jar, List<String> javaOptions, Catalog catalog) throws Exception {
    try (ProductJar product = ProductJar.start(jar, profiled(javaOptions, "history")); Rss rss = new Rss(product.pid())) {
      Http http = new Http();
      String token = setUp(http, product.base(), catalog, List.of(YearOfData.Family.values()));
      HistoryLoader loader = new HistoryLoader(http, product.base(), token, new YearOfData(catalog, YEAR_START));
      BulletinReads bulletins = new BulletinReads(http, product.base(), token);
      LocalDate monthIn = YEAR_START.plusMonths(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
      LocalDate lastWeek = YEAR_END.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
      System.out.printf("%n== history: %d units, families %s; at the start %s%n", catalog.units.size(),
          Arrays.stream(YearOfData.Family.values()).map(f -> f.path).toList(), rss.endPhase());

      rss.startPhase();
      HistoryLoader.Loaded month = loader.load(YEAR_START, monthIn, 1);
      System.out.printf("loaded %s to %s, a report a day: %,d points in %,d requests, %.1f s, %,.0f points/s; %s%n",
          YEAR_START, monthIn, month.points(), month.requests(), month.seconds(), month.rate(), rss.endPhase());
      BulletinReads.Figures atMonth = readBulletin(rss, bulletins, monthIn, "one month in");

      // The second month a report a day too: its rate says how densely the rest fits in the load budget. The first
      // month's rate would thin the year needlessly: it was a quarter to a half of the later ones in every run so far.
      LocalDate secondStart = monthIn.plusDays(1);
      LocalDate secondEnd = secondStart.plusMonths(1).minusDays(1);
      rss.startPhase();
      HistoryLoader.Loaded second = loader.load(secondStart, secondEnd, 1);
      System.out.printf("loaded %s to %s, a report a day: %,d points in %,d requests, %.1f s, %,.0f points/s; %s%n",
          secondStart, secondEnd, second.points(), second.requests(), second.seconds(), second.rate(), rss.endPhase());
      LocalDate rest = secondEnd.plusDays(1);
      double perDay = second.points() / (double) (secondStart.until(rest, ChronoUnit.DAYS));
      double projected = perDay * rest.until(YEAR_END.plusDays(1), ChronoUnit.DAYS) / second.rate();
      double budgetLeft = Math.max(1, LOAD_BUDGET.toSeconds() - month.seconds() - second.seconds());
      int every = (int) Math.max(1, Math.ceil(projected / budgetLeft));
      rss.startPhase();
      HistoryLoader.Loaded year = loader.load(rest, YEAR_END, every);
      System.out.printf("loaded %s to %s, %s: %,d points in %,d requests, %.1f s, %,.0f points/s; %s%n", rest, YEAR_END,
          every == 1 ? "a report a day" : String.format("a report every %d days (a report a day would have taken about %.0f s)", every, projected),
          year.points(), year.requests(), year.seconds(), year.rate(), rss.endPhase());
      rss.startPhase();
      Thread.sleep(5_000);
      Rss.Figures afterYear = rss.endPhase();
      System.out.printf("after the year (%,d points), idle 5 s: %s%n", month.points() + second.points() + year.points(), afterYear);
      BulletinReads.Figures atYear = readBulletin(rss, bulletins, lastWeek, "after the year");
      System.out.printf("%n| bulletin | JSON p50 | JSON p99 | PDF p50 | PDF p99 |%n|---|---|---|---|---|%n");
      System.out.printf("| %s, one month in | %s |%n| %s, a year in | %s |%n", monthIn, row(atMonth), lastWeek, row(atYear));
      return new History(atMonth, atYear, afterYear.nowMib());
    }
  }

  private static BulletinReads.Figures readBulletin(Rss rss, BulletinReads bulletins, LocalDate date, String when) throws Exception {
    rss.startPhase();
    BulletinReads.Figures figures = bulletins.of(date.toString());
    System.out.printf("bulletin %s (%s), %d reads after 2 warm-ups: JSON %s; PDF %s; %s%n", date, when, figures.json().count(),
        figures.json(), figures.pdf(), rss.endPhase());
    return figures;
  }

  private static String row(BulletinReads.Figures f) {
    return String.format("%.0f ms | %.0f ms | %.0f ms | %.0f ms", f.json().millis(50), f.json().millis(99), f.pdf().millis(50), f.pdf().millis(99));
  }

  /** The catalog, and a collector for the families; returns its token. */
  private static String setUp(Http http, String base, Catalog catalog, List<YearOfData.Family> families) throws Exception {
    http.json("PUT", base + "/api/v1/catalog/units", ProductJar.ADMIN, catalog.json());
    JsonArray names = new JsonArray(new ArrayList<>(families.stream().map(f -> f.path).toList()));
    return new JsonObject(http.json("POST", base + "/api/v1/collectors", ProductJar.ADMIN,
        new JsonObject().put("name", "bench").put("families", names))).getString("token");
  }

  /** The shaded jar `mvn install` builds, from the repository root or from the module (exec:java runs in either). */
  private static Path jar() {
    String given = System.getProperty("bench.jar");
    List<Path> candidates = given != null ? List.of(Path.of(given))
        : List.of(Path.of("product/target/bulletin-platform.jar"), Path.of("target/bulletin-platform.jar"));
    return candidates.stream().filter(Files::isRegularFile).findFirst().map(Path::toAbsolutePath)
        .orElseThrow(() -> new IllegalStateException("no product jar at " + candidates + "; run mvn install -DskipTests first"));
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "n/a";
    }
  }

  private LoopbackBenchmark() {
  }
}
