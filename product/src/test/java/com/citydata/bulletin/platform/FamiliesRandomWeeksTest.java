package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three weeks of random interface, page-query and DingTalk traffic (aliases, corrections, units that report only
 * some days, names with spaces and commas), checked for two weeks against a plain recomputation, before and after
 * a restart.
 */
class FamiliesRandomWeeksTest {
  private static final LocalDate FIRST_DAY = LocalDate.of(2018, 7, 7);
  private static final List<String> WEEKS = List.of("2018-07-20", "2018-07-27");
  private static final Random RANDOM = new Random(7);
  private static final List<String> UNITS = new ArrayList<>();
  private static final Set<String> DISTRICTS = new java.util.HashSet<>();
  private static final Map<String, String> ALIAS = new HashMap<>();
  /** Held points by key (what a later post with the same key replaces). */
  private static final Map<String, JsonObject> INTERFACE = new TreeMap<>();
  private static final Map<String, JsonObject> PAGES = new TreeMap<>();
  private static final Map<String, JsonObject> DINGTALK = new TreeMap<>();
  private static RunningPlatform running;
  private static String token;

  @BeforeAll
  static void postThreeWeeks() throws Exception {
    running = RunningPlatform.start(Map.of());
    JsonArray catalog = new JsonArray();
    for (int i = 1; i <= 24; i++) {
      String name = i == 3 ? "钱江 新城, 管委会" : i % 4 == 0 ? "第" + i + "区" : "市第" + i + "局";
      boolean district = i % 4 == 0;
      UNITS.add(name);
      JsonObject unit = new JsonObject().put("name", name).put("kind", district ? "district" : "department");
      if (district) {
        DISTRICTS.add(name);
      }
      if (i % 3 == 0) {
        ALIAS.put(name, "别称" + i);
        unit.put("aliases", new JsonArray().add("别称" + i));
      }
      catalog.add(unit);
    }
    assertThat(running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", catalog)).status()).isEqualTo(200);
    token = running.api.collector(RunningPlatform.ADMIN, "etl", "interface", "pagequery", "dingtalk");

    for (int round = 0; round < 2; round++) {
      List<JsonObject> calls = new ArrayList<>();
      List<JsonObject> visits = new ArrayList<>();
      List<JsonObject> days = new ArrayList<>();
      for (int day = 0; day < 21; day++) {
        LocalDate date = FIRST_DAY.plusDays(day);
        for (String unit : UNITS) {
          // The second round re-posts a fifth of the first round's keys with new values: corrections.
          if (RANDOM.nextInt(10) < (round == 0 ? 4 : 8)) {
            continue;
          }
          String time = date + "T" + String.format("%02d:%02d:00+08:00", RANDOM.nextInt(3) * 8, 0);
          String system = "系统 " + (char) ('A' + RANDOM.nextInt(3)) + ", 二期";
          calls.add(new JsonObject().put("time", time).put("unit", name(unit)).put("system", system).put("calls", RANDOM.nextInt(100_000)));
          String module = "模块" + RANDOM.nextInt(12);
          visits.add(new JsonObject().put("time", time).put("unit", name(unit)).put("module", module).put("visits", RANDOM.nextInt(500)));
          long registered = 10 + RANDOM.nextInt(5000);
          long activated = RANDOM.nextInt((int) registered + 1);
          long active = RANDOM.nextInt((int) activated + 1);
          JsonObject d = new JsonObject().put("date", date.toString()).put("unit", name(unit))
              .put("registered", registered).put("activated", activated).put("active", active);
          if (RANDOM.nextBoolean()) {
            d.put("weekly_active", RANDOM.nextInt((int) activated + 1));
          }
          days.add(d);
        }
      }
      post("interface", calls, INTERFACE, p -> p.getString("time") + "|" + canonical(p) + "|" + p.getString("system"));
      post("pagequery", visits, PAGES, p -> p.getString("time") + "|" + canonical(p) + "|" + p.getString("module"));
      post("dingtalk", days, DINGTALK, p -> p.getString("date") + "|" + canonical(p));
    }
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static String name(String unit) {
    return RANDOM.nextBoolean() ? ALIAS.getOrDefault(unit, unit) : unit;
  }

  private static String canonical(JsonObject point) {
    String name = point.getString("unit");
    return ALIAS.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).findFirst().orElse(name);
  }

  private static void post(String family, List<JsonObject> points, Map<String, JsonObject> held,
      java.util.function.Function<JsonObject, String> key) {
    Api.Response response = running.api.post("/api/v1/ingest/" + family, token, new JsonObject().put("points", new JsonArray(new ArrayList<>(points))));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    points.forEach(p -> held.put(key.apply(p), p.copy().put("unit", canonical(p))));
  }

  @Test
  void everyTableOfTwoWeeksMatchesARecomputationAndSurvivesARestart() throws Exception {
    Map<String, JsonObject> answers = new LinkedHashMap<>();
    for (String week : WEEKS) {
      LocalDate day = LocalDate.parse(week);
      String start = day.minusDays(6).toString();
      String end = day.plusDays(1).toString();
      JsonObject calls = ranking("interface-calls", week);
      assertThat(withoutChanges(calls.getJsonArray("rows"))).isEqualTo(expectedInterfaceRows(start, end));
      assertThat(calls.getJsonObject("total").getInteger("systems")).isEqualTo(
          (int) INTERFACE.values().stream().filter(p -> p.getString("time").compareTo(end) < 0)
              .map(p -> p.getString("unit") + "|" + p.getString("system")).distinct().count());
      JsonObject visits = ranking("pagequery-visits", week);
      assertThat(withoutChanges(visits.getJsonArray("rows"))).isEqualTo(expectedPageRows(start, end));
      assertThat(visits.getJsonObject("total").getInteger("modules_visited")).isEqualTo(
          (int) PAGES.values().stream().filter(p -> inWindow(p.getString("time"), start, end) && p.getLong("visits") > 0)
              .map(p -> p.getString("module")).distinct().count());
      for (boolean districts : List.of(false, true)) {
        String table = districts ? "dingtalk-district" : "dingtalk-city";
        JsonObject ranking = ranking(table, week);
        assertDingtalkRows(ranking.getJsonArray("rows"), expectedDingtalkRows(start, end, districts));
        answers.put(table + week, ranking);
      }
      answers.put("interface-calls" + week, calls);
      answers.put("pagequery-visits" + week, visits);
    }

    running = running.restart();
    for (Map.Entry<String, JsonObject> answer : answers.entrySet()) {
      String week = answer.getKey().substring(answer.getKey().length() - 10);
      String table = answer.getKey().substring(0, answer.getKey().length() - 10);
      assertThat(ranking(table, week)).isEqualTo(answer.getValue());
    }
  }

  private static JsonObject ranking(String table, String week) {
    Api.Response response = running.api.get("/api/v1/rankings/" + table + "?week=" + week, token);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  /** Week-over-week changes are checked by the exchange test and the rules' unit tests. */
  private static JsonArray withoutChanges(JsonArray rows) {
    JsonArray copy = rows.copy();
    copy.forEach(row -> ((JsonObject) row).remove("change"));
    return copy;
  }

  private static boolean inWindow(String time, String start, String end) {
    return time.compareTo(start) >= 0 && time.compareTo(end) < 0;
  }

  private static JsonArray expectedInterfaceRows(String start, String end) {
    Map<String, long[]> bySystem = new HashMap<>();
    INTERFACE.values().stream().filter(p -> p.getString("time").compareTo(end) < 0).forEach(p -> {
      long[] f = bySystem.computeIfAbsent(p.getString("unit") + "|" + p.getString("system"), k -> new long[2]);
      f[0] += p.getLong("calls");
      if (inWindow(p.getString("time"), start, end)) {
        f[1] += p.getLong("calls");
      }
    });
    List<String> order = bySystem.keySet().stream().sorted(Comparator.<String>comparingLong(k -> -bySystem.get(k)[1])
        .thenComparingLong(k -> -bySystem.get(k)[0]).thenComparing(k -> k.split("\\|")[0]).thenComparing(k -> k.split("\\|")[1])).toList();
    JsonArray rows = new JsonArray();
    for (int i = 0; i < Math.min(10, order.size()); i++) {
      String[] key = order.get(i).split("\\|");
      rows.add(new JsonObject().put("rank", i + 1).put("unit", key[0]).put("system", key[1])
          .put("cumulative", bySystem.get(order.get(i))[0]).put("weekly", bySystem.get(order.get(i))[1]));
    }
    return rows;
  }

  private static JsonArray expectedPageRows(String start, String end) {
    Map<String, long[]> byUnit = new HashMap<>();
    Map<String, Set<String>> modules = new HashMap<>();
    PAGES.values().stream().filter(p -> p.getString("time").compareTo(end) < 0).forEach(p -> {
      long[] f = byUnit.computeIfAbsent(p.getString("unit"), k -> new long[2]);
      modules.computeIfAbsent(p.getString("unit"), k -> new java.util.HashSet<>()).add(p.getString("module"));
      f[0] += p.getLong("visits");
      if (inWindow(p.getString("time"), start, end)) {
        f[1] += p.getLong("visits");
      }
    });
    List<String> order = byUnit.keySet().stream().sorted(Comparator.<String>comparingLong(k -> -byUnit.get(k)[1])
        .thenComparingLong(k -> -byUnit.get(k)[0]).thenComparing(Comparator.naturalOrder())).toList();
    JsonArray rows = new JsonArray();
    for (int i = 0; i < Math.min(10, order.size()); i++) {
      String unit = order.get(i);
      rows.add(new JsonObject().put("rank", i + 1).put("unit", unit).put("modules", modules.get(unit).size())
          .put("cumulative", byUnit.get(unit)[0]).put("weekly", byUnit.get(unit)[1]));
    }
    return rows;
  }

  /** [unit, registered, activated, dailyActive, dailyActiveRate] in expected order. */
  private static List<Object[]> expectedDingtalkRows(String start, String end, boolean districts) {
    Map<String, List<JsonObject>> byUnit = DINGTALK.values().stream()
        .filter(p -> inWindow(p.getString("date"), start, end) && DISTRICTS.contains(p.getString("unit")) == districts)
        .sorted(Comparator.comparing(p -> p.getString("date")))
        .collect(Collectors.groupingBy(p -> p.getString("unit"), LinkedHashMap::new, Collectors.toList()));
    List<Object[]> rows = new ArrayList<>();
    byUnit.forEach((unit, days) -> {
      JsonObject last = days.get(days.size() - 1);
      double active = days.stream().mapToLong(d -> d.getLong("active")).sum() / (double) days.size();
      long registered = last.getLong("registered");
      rows.add(new Object[] {unit, registered, last.getLong("activated"), active, active / registered});
    });
    rows.sort(Comparator.<Object[]>comparingDouble(r -> -(double) r[4]).thenComparingLong(r -> -(long) r[2])
        .thenComparing(r -> (String) r[0]));
    return rows;
  }

  private static void assertDingtalkRows(JsonArray actual, List<Object[]> expected) {
    assertThat(actual).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      JsonObject row = actual.getJsonObject(i);
      Object[] e = expected.get(i);
      assertThat(row.getString("unit")).isEqualTo(e[0]);
      assertThat(row.getLong("registered")).isEqualTo(e[1]);
      assertThat(row.getLong("activated")).isEqualTo(e[2]);
      assertThat(row.getDouble("daily_active")).isCloseTo((double) e[3], within(1e-9));
      assertThat(row.getDouble("daily_active_rate")).isCloseTo((double) e[4], within(1e-9));
    }
  }
}
