package com.citydata.bulletin.families.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three weeks of random collector traffic for about 60 units (aliases, special sources, units that report only
 * some days, corrections), checked for two weeks against a plain recomputation from the posted points.
 */
class ExchangeRandomWeeksTest {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
  private static final LocalDate FIRST_DAY = LocalDate.of(2018, 7, 7);
  private static final Random RANDOM = new Random(20180720);
  private static RunningPlatform running;
  private static String token;
  private static final List<String> UNITS = new ArrayList<>();
  private static final Map<String, String> ALIAS_OF = new HashMap<>();
  private static final List<String> SPECIAL = List.of("城市数据大脑", "电子证照、接口调用等数据");
  /** What the store should hold: (time, direction, unit) → [tables, fields, records], corrections applied. */
  private static final Map<String, long[]> HELD = new TreeMap<>();

  @BeforeAll
  static void postThreeWeeks() throws Exception {
    running = RunningPlatform.start(Map.of());
    JsonArray catalog = new JsonArray();
    for (int i = 1; i <= 58; i++) {
      String name = i % 7 == 0 ? String.format("第%d区, 开发 区", i) : String.format("市第%02d局", i);
      UNITS.add(name);
      JsonObject unit = new JsonObject().put("name", name).put("kind", i % 7 == 0 ? "district" : "department");
      if (i % 5 == 0) {
        ALIAS_OF.put(name, "别名" + i);
        unit.put("aliases", new JsonArray().add("别名" + i));
      }
      catalog.add(unit);
    }
    SPECIAL.forEach(name -> catalog.add(new JsonObject().put("name", name).put("kind", "special")));
    UNITS.addAll(SPECIAL);
    assertThat(running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", catalog)).status())
        .isEqualTo(200);
    token = running.api.collector(RunningPlatform.ADMIN, "etl-random", "exchange");

    List<JsonObject> points = new ArrayList<>();
    for (int day = 0; day < 21; day++) {
      for (String unit : UNITS) {
        for (String direction : List.of("collect", "push")) {
          if (RANDOM.nextInt(10) < 4) {
            continue;
          }
          LocalDateTime local = FIRST_DAY.plusDays(day).atTime(RANDOM.nextInt(24), RANDOM.nextInt(60));
          points.add(point(local, direction, unit, RANDOM.nextInt(500), RANDOM.nextInt(5000), RANDOM.nextInt(1_000_000)));
        }
      }
    }
    List<JsonObject> corrections = new ArrayList<>();
    for (int i = 0; i < points.size(); i += 17) {
      JsonObject corrected = points.get(i).copy().put("records", RANDOM.nextInt(1_000_000)).put("tables", RANDOM.nextInt(500));
      corrections.add(corrected);
    }
    post(points);
    post(corrections);
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static JsonObject point(LocalDateTime shanghai, String direction, String unit, long tables, long fields, long records) {
    return new JsonObject()
        .put("time", shanghai.atOffset(ZoneOffset.ofHours(8)).format(TIME))
        .put("direction", direction)
        .put("unit", ALIAS_OF.getOrDefault(unit, unit))
        .put("tables", tables).put("fields", fields).put("records", records);
  }

  private static void post(List<JsonObject> points) {
    for (int i = 0; i < points.size(); i += 1000) {
      List<JsonObject> batch = points.subList(i, Math.min(points.size(), i + 1000));
      Api.Response response = running.api.post("/api/v1/ingest/exchange", token, new JsonObject().put("points", new JsonArray(new ArrayList<>(batch))));
      assertThat(response.status()).as(response.body()).isEqualTo(200);
      for (JsonObject p : batch) {
        String unit = ALIAS_OF.entrySet().stream().filter(e -> e.getValue().equals(p.getString("unit")))
            .map(Map.Entry::getKey).findFirst().orElse(p.getString("unit"));
        HELD.put(p.getString("time") + "|" + p.getString("direction") + "|" + unit,
            new long[] {p.getLong("tables"), p.getLong("fields"), p.getLong("records")});
      }
    }
  }

  @Test
  void bothTablesOfTwoWeeksMatchARecomputation() {
    for (String week : List.of("2018-07-20", "2018-07-27")) {
      for (String direction : List.of("collect", "push")) {
        JsonObject ranking = running.api.get("/api/v1/rankings/exchange-" + direction + "?week=" + week, token).json();
        assertThat(ranking).as(direction + " " + week).isEqualTo(expected(direction, LocalDate.parse(week)));
      }
    }
  }

  /** Per unit: cumulative, weekly, tables, fields, for the week ending on the bulletin day. */
  private static Map<String, long[]> figures(String direction, LocalDate bulletinDay) {
    String start = bulletinDay.minusDays(6) + "T00:00:00+08:00";
    String end = bulletinDay.plusDays(1) + "T00:00:00+08:00";
    Map<String, long[]> byUnit = new LinkedHashMap<>();
    Map<String, String> lastTime = new HashMap<>();
    for (Map.Entry<String, long[]> e : HELD.entrySet()) {
      String[] key = e.getKey().split("\\|");
      if (!key[1].equals(direction) || key[0].compareTo(end) >= 0) {
        continue;
      }
      long[] f = byUnit.computeIfAbsent(key[2], u -> new long[4]);
      f[0] += e.getValue()[2];
      if (key[0].compareTo(start) >= 0) {
        f[1] += e.getValue()[2];
      }
      if (lastTime.getOrDefault(key[2], "").compareTo(key[0]) <= 0) {
        lastTime.put(key[2], key[0]);
        f[2] = e.getValue()[0];
        f[3] = e.getValue()[1];
      }
    }
    return byUnit;
  }

  private static List<String> order(Map<String, long[]> byUnit) {
    return byUnit.keySet().stream().filter(u -> !SPECIAL.contains(u))
        .sorted(Comparator.<String>comparingLong(u -> -byUnit.get(u)[1]).thenComparingLong(u -> -byUnit.get(u)[0])
            .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  /** The ranking rules, recomputed the long way from what was posted. */
  private static JsonObject expected(String direction, LocalDate bulletinDay) {
    Map<String, long[]> byUnit = figures(direction, bulletinDay);
    Map<String, long[]> lastWeek = figures(direction, bulletinDay.minusDays(7));
    List<String> ranked = order(byUnit);
    List<String> rankedLastWeek = order(lastWeek);
    JsonArray rows = new JsonArray();
    for (int i = 0; i < Math.min(10, ranked.size()); i++) {
      String unit = ranked.get(i);
      JsonObject change = new JsonObject().put("new", true);
      if (lastWeek.containsKey(unit)) {
        long before = lastWeek.get(unit)[1];
        int previousRank = rankedLastWeek.indexOf(unit) + 1;
        change = new JsonObject().put("new", false).put("weekly", byUnit.get(unit)[1] - before)
            .put("percent", before == 0 ? null : percent(byUnit.get(unit)[1], before))
            .put("previous_rank", previousRank).put("rank", previousRank - (i + 1));
      }
      rows.add(new JsonObject().put("rank", i + 1).mergeIn(figures(unit, byUnit.get(unit))).put("change", change));
    }
    List<String> rest = ranked.subList(Math.min(10, ranked.size()), ranked.size());
    JsonObject others = rest.isEmpty() ? null : sum(rest, byUnit).put("label", rest.get(0) + "等其他部门").put("units", rest.size());
    JsonArray special = new JsonArray(SPECIAL.stream().filter(byUnit::containsKey).map(u -> figures(u, byUnit.get(u))).toList());
    List<String> all = new ArrayList<>(byUnit.keySet());
    JsonObject total = sum(all, byUnit).put("units", all.size())
        .put("active_units", all.stream().filter(u -> byUnit.get(u)[1] > 0).count());
    long lastWeekTotal = lastWeek.values().stream().mapToLong(f -> f[1]).sum();
    total.put("daily_average", new java.math.BigDecimal(total.getLong("weekly"))
        .divide(java.math.BigDecimal.valueOf(7), 2, java.math.RoundingMode.HALF_UP).doubleValue());
    total.put("change", new JsonObject().put("weekly", total.getLong("weekly") - lastWeekTotal)
        .put("percent", lastWeekTotal == 0 ? null : percent(total.getLong("weekly"), lastWeekTotal)));
    // Through JSON text, so numbers compare as the response's do.
    return new JsonObject(new JsonObject()
        .put("table", "exchange-" + direction)
        .put("window", new JsonObject().put("start", bulletinDay.minusDays(6).toString()).put("end", bulletinDay.toString())
            .put("timezone", "Asia/Shanghai"))
        .put("rows", rows).put("others", others).put("special", special).put("total", total).encode());
  }

  private static java.math.BigDecimal percent(long now, long before) {
    return java.math.BigDecimal.valueOf((now - before) * 100.0 / before).setScale(2, java.math.RoundingMode.HALF_UP);
  }

  private static JsonObject figures(String unit, long[] f) {
    return new JsonObject().put("unit", unit).put("tables", f[2]).put("fields", f[3]).put("cumulative", f[0]).put("weekly", f[1]);
  }

  private static JsonObject sum(List<String> units, Map<String, long[]> byUnit) {
    long[] s = new long[4];
    units.forEach(u -> {
      for (int i = 0; i < 4; i++) {
        s[i] += byUnit.get(u)[i];
      }
    });
    return new JsonObject().put("tables", s[2]).put("fields", s[3]).put("cumulative", s[0]).put("weekly", s[1]);
  }
}
