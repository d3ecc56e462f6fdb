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
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three weeks of random one-window, joint-process, system- and matter-integration traffic (aliases, corrections,
 * units that report only some days, a region of the catalogue that never reports), checked for two weeks against a
 * plain recomputation, before and after a restart.
 */
class SectionTwoRandomWeeksTest {
  private static final LocalDate FIRST_DAY = LocalDate.of(2018, 7, 7);
  private static final List<String> WEEKS = List.of("2018-07-20", "2018-07-27");
  private static final Random RANDOM = new Random(13);
  private static final String CITY = "市本级";
  private static final List<String> REGIONS = List.of("滨江区", CITY, "西湖区, 风景区", "萧山区", "淳安县", "从不报送区");
  private static final List<String> DEPARTMENTS = List.of("市卫计委", "市气象局 (东)", "市公安局", "市民政局");
  private static final List<String> PROCESSES = List.of("不动产登记联办", "商事登记“证照联办”", "公积金联办");
  private static final Map<String, String> ALIAS = Map.of(CITY, "杭州市本级", "淳安县", "千岛湖");
  private static final Map<String, JsonObject> REGION_POINTS = new TreeMap<>();
  private static final Map<String, JsonObject> JOINT_POINTS = new TreeMap<>();
  private static final Map<String, JsonObject> SYSTEM_POINTS = new TreeMap<>();
  private static final Map<String, JsonObject> MATTER_POINTS = new TreeMap<>();
  private static RunningPlatform running;
  private static String token;

  @BeforeAll
  static void postThreeWeeks() throws Exception {
    running = RunningPlatform.start(Map.of());
    JsonArray catalog = new JsonArray();
    List<String> all = new ArrayList<>(REGIONS);
    all.addAll(DEPARTMENTS);
    for (String unit : all) {
      JsonObject entry = new JsonObject().put("name", unit)
          .put("kind", unit.equals(CITY) ? "city" : REGIONS.contains(unit) ? "district" : "department");
      if (ALIAS.containsKey(unit)) {
        entry.put("aliases", new JsonArray().add(ALIAS.get(unit)));
      }
      catalog.add(entry);
    }
    assertThat(running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", catalog)).status()).isEqualTo(200);
    token = running.api.collector(RunningPlatform.ADMIN, "etl", "onewindow", "joint-process", "system-integration", "matter-integration");

    for (int round = 0; round < 2; round++) {
      List<JsonObject> regions = new ArrayList<>();
      List<JsonObject> joint = new ArrayList<>();
      List<JsonObject> systems = new ArrayList<>();
      List<JsonObject> matters = new ArrayList<>();
      int skip = round == 0 ? 4 : 8;
      for (int day = 0; day < 21; day++) {
        LocalDate date = FIRST_DAY.plusDays(day);
        String time = date + "T" + String.format("%02d:15:00+08:00", RANDOM.nextInt(3) * 8);
        for (String region : REGIONS.subList(0, REGIONS.size() - 1)) {
          if (RANDOM.nextInt(10) >= skip) {
            long cases = RANDOM.nextInt(300);
            regions.add(new JsonObject().put("time", time).put("region", name(region)).put("matters", 50 + RANDOM.nextInt(300))
                .put("offices", RANDOM.nextInt(20)).put("cases", cases).put("online_cases", RANDOM.nextInt((int) cases + 1))
                .put("accepted", RANDOM.nextInt(300)).put("completed", RANDOM.nextInt(300)));
          }
          if (RANDOM.nextInt(10) >= skip + 1 && !region.equals("西湖区, 风景区")) {
            long planned = RANDOM.nextInt(40);
            systems.add(new JsonObject().put("date", date.toString()).put("unit", name(region)).put("planned", planned)
                .put("connected", RANDOM.nextInt((int) planned + 1)));
          }
          if (RANDOM.nextInt(10) >= skip + 1 && !region.equals(CITY)) {
            matters.add(matter(date, region));
          }
        }
        for (String department : DEPARTMENTS) {
          if (RANDOM.nextInt(10) >= skip + 1) {
            matters.add(matter(date, department));
          }
        }
        if (RANDOM.nextInt(10) >= skip) {
          String process = PROCESSES.get(day < 3 ? 1 : RANDOM.nextInt(PROCESSES.size()));
          joint.add(new JsonObject().put("time", time).put("process", process).put("applied", RANDOM.nextInt(500))
              .put("accepted", RANDOM.nextInt(500)).put("completed", RANDOM.nextInt(500)));
        }
      }
      post("onewindow", regions, REGION_POINTS, p -> p.getString("time") + "|" + canonical(p.getString("region")));
      post("joint-process", joint, JOINT_POINTS, p -> p.getString("time") + "|" + p.getString("process"));
      post("system-integration", systems, SYSTEM_POINTS, p -> p.getString("date") + "|" + canonical(p.getString("unit")));
      post("matter-integration", matters, MATTER_POINTS, p -> p.getString("date") + "|" + canonical(p.getString("unit")));
    }
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static JsonObject matter(LocalDate date, String unit) {
    long planned = RANDOM.nextInt(900);
    JsonObject point = new JsonObject().put("date", date.toString()).put("unit", name(unit)).put("planned", planned)
        .put("connected", RANDOM.nextInt((int) planned + 1));
    if (RANDOM.nextBoolean()) {
      point.put("extra", RANDOM.nextInt(50));
    }
    return point;
  }

  private static String name(String unit) {
    return RANDOM.nextBoolean() ? ALIAS.getOrDefault(unit, unit) : unit;
  }

  private static String canonical(String name) {
    return ALIAS.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).findFirst().orElse(name);
  }

  private static void post(String family, List<JsonObject> points, Map<String, JsonObject> held, Function<JsonObject, String> key) {
    Api.Response response = running.api.post("/api/v1/ingest/" + family, token, new JsonObject().put("points", new JsonArray(new ArrayList<>(points))));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    for (JsonObject p : points) {
      JsonObject stored = p.copy();
      for (String field : List.of("region", "unit")) {
        if (stored.containsKey(field)) {
          stored.put(field, canonical(stored.getString(field)));
        }
      }
      held.put(key.apply(p), stored);
    }
  }

  @Test
  void everyTableOfTwoWeeksMatchesARecomputationAndSurvivesARestart() throws Exception {
    Map<String, JsonObject> answers = new LinkedHashMap<>();
    for (String week : WEEKS) {
      String end = LocalDate.parse(week).plusDays(1).toString();
      JsonObject regions = ranking("onewindow-regions", week);
      assertRegions(regions, end);
      JsonObject systems = ranking("system-integration", week);
      assertProgress(systems, SYSTEM_POINTS, end, unit -> true);
      assertThat(systems.getJsonObject("city").getLong("planned")).isEqualTo(latest(SYSTEM_POINTS, end).get(CITY).getLong("planned"));
      JsonObject departments = ranking("matter-integration-departments", week);
      assertProgress(departments, MATTER_POINTS, end, DEPARTMENTS::contains);
      JsonObject districts = ranking("matter-integration-districts", week);
      assertProgress(districts, MATTER_POINTS, end, unit -> REGIONS.contains(unit) && !unit.equals(CITY));
      answers.put("onewindow-regions" + week, regions);
      answers.put("system-integration" + week, systems);
      answers.put("matter-integration-departments" + week, departments);
      answers.put("matter-integration-districts" + week, districts);
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

  private static void assertRegions(JsonObject table, String end) {
    Map<String, long[]> byRegion = new HashMap<>();
    REGION_POINTS.values().stream().filter(p -> p.getString("time").compareTo(end) < 0).sorted(Comparator.comparing(p -> p.getString("time")))
        .forEach(p -> {
          long[] f = byRegion.computeIfAbsent(p.getString("region"), r -> new long[6]);
          f[0] = p.getLong("matters");
          f[1] = p.getLong("offices");
          f[2] += p.getLong("cases");
          f[3] += p.getLong("online_cases");
          f[4] += p.getLong("accepted");
          f[5] += p.getLong("completed");
        });
    List<String> order = byRegion.keySet().stream().sorted(Comparator.comparingDouble((String r) -> -rate(byRegion.get(r)[3], byRegion.get(r)[2]))
        .thenComparingLong(r -> -byRegion.get(r)[2]).thenComparingInt(REGIONS::indexOf)).toList();
    JsonArray rows = table.getJsonArray("rows");
    assertThat(rows.stream().map(r -> ((JsonObject) r).getString("unit")).toList()).containsExactlyElementsOf(order);
    for (int i = 0; i < order.size(); i++) {
      long[] f = byRegion.get(order.get(i));
      JsonObject row = rows.getJsonObject(i);
      assertThat(List.of(row.getLong("matters"), row.getLong("offices"), row.getLong("cases"), row.getLong("online_cases")))
          .containsExactly(f[0], f[1], f[2], f[3]);
      assertThat(row.getDouble("online_rate")).isCloseTo(rate(f[3], f[2]), within(1e-12));
    }
    JsonObject total = table.getJsonObject("total");
    assertThat(total.getLong("accepted")).isEqualTo(byRegion.values().stream().mapToLong(f -> f[4]).sum());
    assertThat(total.getLong("completed")).isEqualTo(byRegion.values().stream().mapToLong(f -> f[5]).sum());
    assertThat(table.getJsonObject("coverage")).isEqualTo(new JsonObject().put("regions_live", byRegion.size()).put("regions", REGIONS.size()));

    Map<String, long[]> byProcess = new LinkedHashMap<>();
    JOINT_POINTS.values().stream().filter(p -> p.getString("time").compareTo(end) < 0).sorted(Comparator.comparing(p -> p.getString("time")))
        .forEach(p -> {
          long[] f = byProcess.computeIfAbsent(p.getString("process"), k -> new long[3]);
          f[0] += p.getLong("applied");
          f[1] += p.getLong("accepted");
          f[2] += p.getLong("completed");
        });
    JsonArray joint = new JsonArray();
    byProcess.forEach((process, f) -> joint.add(new JsonObject().put("process", process).put("applied", f[0]).put("accepted", f[1])
        .put("completed", f[2])));
    assertThat(table.getJsonArray("joint")).isEqualTo(joint);
  }

  /** Each unit's latest point on or before the window's end. */
  private static Map<String, JsonObject> latest(Map<String, JsonObject> points, String end) {
    Map<String, JsonObject> latest = new HashMap<>();
    points.values().stream().filter(p -> p.getString("date").compareTo(end) < 0).sorted(Comparator.comparing(p -> p.getString("date")))
        .forEach(p -> latest.put(p.getString("unit"), p));
    return latest;
  }

  private static void assertProgress(JsonObject table, Map<String, JsonObject> points, String end, Predicate<String> scope) {
    Map<String, JsonObject> latest = latest(points, end);
    latest.keySet().removeIf(unit -> !scope.test(unit));
    List<String> catalogue = new ArrayList<>(REGIONS);
    catalogue.addAll(DEPARTMENTS);
    List<String> order = latest.keySet().stream().sorted(Comparator.comparingDouble((String u) -> -rate(latest.get(u).getLong("connected"),
        latest.get(u).getLong("planned"))).thenComparingInt(catalogue::indexOf)).toList();
    JsonArray rows = table.getJsonArray("rows");
    assertThat(rows.stream().map(r -> ((JsonObject) r).getString("unit")).toList()).containsExactlyElementsOf(order);
    for (int i = 0; i < order.size(); i++) {
      assertThat(rows.getJsonObject(i).getLong("planned")).isEqualTo(latest.get(order.get(i)).getLong("planned"));
      assertThat(rows.getJsonObject(i).getLong("connected")).isEqualTo(latest.get(order.get(i)).getLong("connected"));
    }
    long planned = latest.values().stream().mapToLong(p -> p.getLong("planned")).sum();
    long connected = latest.values().stream().mapToLong(p -> p.getLong("connected")).sum();
    assertThat(table.getJsonObject("total").getLong("planned")).isEqualTo(planned);
    assertThat(table.getJsonObject("total").getDouble("rate")).isCloseTo(rate(connected, planned), within(1e-12));
    if (table.getJsonObject("total").containsKey("extra")) {
      assertThat(table.getJsonObject("total").getLong("extra")).isEqualTo(latest.values().stream().mapToLong(p -> p.getLong("extra", 0L)).sum());
    }
  }

  private static double rate(long part, long whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }
}
