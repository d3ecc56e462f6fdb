package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three weeks of random e-seal, e-licence and sharing-demand traffic (aliases, corrections, seals that never stamp,
 * names and statuses that change, units that report only some days, names with spaces and commas), checked for two
 * weeks against a plain recomputation, before and after a restart.
 */
class SectionOneRandomWeeksTest {
  private static final LocalDate FIRST_DAY = LocalDate.of(2018, 7, 7);
  private static final List<String> WEEKS = List.of("2018-07-20", "2018-07-27");
  private static final Random RANDOM = new Random(11);
  private static final String CITY = "杭州市本级";
  /** Regions in catalogue order, the city level among them (not first: the table puts it first anyway). */
  private static final List<String> REGIONS = List.of("滨江区", "淳安县", CITY, "西湖区, 风景区", "萧山区");
  private static final List<String> DEPARTMENTS = List.of("市城管委", "市残联", "市档案局 (东)", "市规划局");
  private static final Map<String, String> ALIAS = Map.of(CITY, "市本级", "市残联", "残联", "淳安县", "千岛湖");
  /** Held points by key (what a later post with the same key replaces). */
  private static final Map<String, JsonObject> SEALS = new TreeMap<>();
  private static final Map<String, JsonObject> LICENCES = new TreeMap<>();
  private static final Map<String, JsonObject> DEMANDS = new TreeMap<>();
  private static RunningPlatform running;
  private static String token;

  @BeforeAll
  static void postThreeWeeks() throws Exception {
    running = RunningPlatform.start(Map.of());
    JsonArray catalog = new JsonArray();
    for (String unit : concat(REGIONS, DEPARTMENTS)) {
      JsonObject entry = new JsonObject().put("name", unit)
          .put("kind", unit.equals(CITY) ? "city" : REGIONS.contains(unit) ? "district" : "department");
      if (ALIAS.containsKey(unit)) {
        entry.put("aliases", new JsonArray().add(ALIAS.get(unit)));
      }
      catalog.add(entry);
    }
    assertThat(running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units", catalog)).status()).isEqualTo(200);
    token = running.api.collector(RunningPlatform.ADMIN, "etl", "eseal", "elicence", "demands");

    for (int round = 0; round < 2; round++) {
      List<JsonObject> stamps = new ArrayList<>();
      List<JsonObject> licences = new ArrayList<>();
      List<JsonObject> demands = new ArrayList<>();
      for (int day = 0; day < 21; day++) {
        LocalDate date = FIRST_DAY.plusDays(day);
        // The second round re-posts some of the first round's keys with new values: corrections.
        int skip = round == 0 ? 4 : 8;
        String time = date + "T" + String.format("%02d:30:00+08:00", RANDOM.nextInt(3) * 8);
        for (String region : REGIONS) {
          if (RANDOM.nextInt(10) >= skip) {
            String seal = region + "章 " + RANDOM.nextInt(4) + (RANDOM.nextBoolean() ? "" : ", 副本");
            stamps.add(new JsonObject().put("time", time).put("region", name(region)).put("seal", seal)
                .put("stamps", RANDOM.nextInt(4) == 0 ? 0 : RANDOM.nextInt(500)));
          }
        }
        for (String unit : DEPARTMENTS) {
          if (RANDOM.nextInt(10) >= skip) {
            String code = "C" + (DEPARTMENTS.indexOf(unit) * 7 % 5) + "33040" + RANDOM.nextInt(3);
            licences.add(new JsonObject().put("time", time).put("unit", name(unit)).put("code", code)
                .put("name", "证照 " + code + (RANDOM.nextBoolean() ? "（新版）" : "")).put("status", RANDOM.nextBoolean() ? "已归集" : "归集中")
                .put("added", RANDOM.nextInt(2000)).put("uses", RANDOM.nextInt(50)));
          }
          if (RANDOM.nextInt(10) >= skip + 1) {
            demands.add(new JsonObject().put("date", date.toString()).put("unit", name(unit))
                .put("push", RANDOM.nextInt(300)).put("interface", RANDOM.nextInt(300)).put("pagequery", RANDOM.nextInt(300)));
          }
        }
      }
      post("eseal", stamps, SEALS, p -> p.getString("time") + "|" + canonical(p.getString("region")) + "|" + p.getString("seal"));
      post("elicence", licences, LICENCES, p -> p.getString("time") + "|" + canonical(p.getString("unit")) + "|" + p.getString("code"));
      post("demands", demands, DEMANDS, p -> p.getString("date") + "|" + canonical(p.getString("unit")));
    }
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
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
      if (stored.containsKey("region")) {
        stored.put("region", canonical(p.getString("region")));
      } else {
        stored.put("unit", canonical(p.getString("unit")));
      }
      held.put(key.apply(p), stored);
    }
  }

  @Test
  void everyTableOfTwoWeeksMatchesARecomputationAndSurvivesARestart() throws Exception {
    Map<String, JsonObject> answers = new LinkedHashMap<>();
    for (String week : WEEKS) {
      LocalDate day = LocalDate.parse(week);
      String start = day.minusDays(6).toString();
      String end = day.plusDays(1).toString();
      JsonObject regions = ranking("eseal-regions", week);
      assertThat(strip(regions.getJsonArray("rows"))).isEqualTo(expectedRegions(start, end));
      JsonObject citySeals = ranking("eseal-city-seals", week);
      assertThat(strip(citySeals.getJsonArray("rows"))).isEqualTo(expectedCitySeals(start, end));
      JsonObject licences = ranking("elicence-catalogue", week);
      assertThat(licences.getJsonArray("rows")).isEqualTo(expectedLicences(start, end));
      JsonObject demands = ranking("sharing-demands", week);
      assertThat(demands.getJsonArray("rows")).isEqualTo(expectedDemands(day));
      answers.put("eseal-regions" + week, regions);
      answers.put("eseal-city-seals" + week, citySeals);
      answers.put("elicence-catalogue" + week, licences);
      answers.put("sharing-demands" + week, demands);
    }
    assertThat(answers.get("eseal-city-seals2018-07-27").getJsonArray("rows")).as("the city level's seals").isNotEmpty();

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

  /** Week-over-week changes are checked by the rules' unit tests. */
  private static JsonArray strip(JsonArray rows) {
    JsonArray copy = rows.copy();
    copy.forEach(row -> ((JsonObject) row).remove("change"));
    return copy;
  }

  private static boolean before(String time, String end) {
    return time.compareTo(end) < 0;
  }

  private static boolean inWindow(String time, String start, String end) {
    return time.compareTo(start) >= 0 && before(time, end);
  }

  /** Per region and seal: {stamps, weekly}. */
  private static Map<String, Map<String, long[]>> seals(String start, String end) {
    Map<String, Map<String, long[]>> byRegion = new HashMap<>();
    SEALS.values().stream().filter(p -> before(p.getString("time"), end)).forEach(p -> {
      long[] f = byRegion.computeIfAbsent(p.getString("region"), r -> new TreeMap<>()).computeIfAbsent(p.getString("seal"), s -> new long[2]);
      f[0] += p.getLong("stamps");
      if (inWindow(p.getString("time"), start, end)) {
        f[1] += p.getLong("stamps");
      }
    });
    return byRegion;
  }

  private static JsonArray expectedRegions(String start, String end) {
    Map<String, Map<String, long[]>> byRegion = seals(start, end);
    List<String> order = byRegion.keySet().stream()
        .sorted(Comparator.comparing((String r) -> !r.equals(CITY)).thenComparingInt(REGIONS::indexOf)).toList();
    JsonArray rows = new JsonArray();
    for (String region : order) {
      Map<String, long[]> of = byRegion.get(region);
      rows.add(new JsonObject().put("rank", rows.size() + 1).put("unit", region).put("seals", of.size())
          .put("stamps", of.values().stream().mapToLong(f -> f[0]).sum()).put("weekly", of.values().stream().mapToLong(f -> f[1]).sum()));
    }
    return rows;
  }

  private static JsonArray expectedCitySeals(String start, String end) {
    Map<String, long[]> city = seals(start, end).getOrDefault(CITY, Map.of());
    List<String> order = city.keySet().stream().filter(s -> city.get(s)[0] > 0)
        .sorted(Comparator.comparingLong((String s) -> -city.get(s)[0]).thenComparing(Comparator.naturalOrder())).toList();
    JsonArray rows = new JsonArray();
    for (String seal : order) {
      rows.add(new JsonObject().put("rank", rows.size() + 1).put("seal", seal).put("stamps", city.get(seal)[0]).put("weekly", city.get(seal)[1]));
    }
    return rows;
  }

  private static JsonArray expectedLicences(String start, String end) {
    Map<String, List<JsonObject>> byEntry = new TreeMap<>();
    LICENCES.values().stream().filter(p -> before(p.getString("time"), end)).sorted(Comparator.comparing(p -> p.getString("time")))
        .forEach(p -> byEntry.computeIfAbsent(p.getString("unit") + "|" + p.getString("code"), k -> new ArrayList<>()).add(p));
    Map<String, String> smallest = new HashMap<>();
    byEntry.keySet().forEach(k -> smallest.merge(k.split("\\|")[0], k.split("\\|")[1], (a, b) -> a.compareTo(b) <= 0 ? a : b));
    List<String> order = byEntry.keySet().stream().sorted(Comparator.comparing((String k) -> smallest.get(k.split("\\|")[0]))
        .thenComparing(k -> k.split("\\|")[0]).thenComparing(k -> k.split("\\|")[1])).toList();
    JsonArray rows = new JsonArray();
    Set<String> units = new HashSet<>();
    for (String key : order) {
      List<JsonObject> points = byEntry.get(key);
      JsonObject last = points.get(points.size() - 1);
      units.add(last.getString("unit"));
      rows.add(new JsonObject().put("rank", units.size()).put("unit", last.getString("unit")).put("code", last.getString("code"))
          .put("name", last.getString("name")).put("status", last.getString("status"))
          .put("stored", points.stream().mapToLong(p -> p.getLong("added")).sum())
          .put("weekly", points.stream().filter(p -> inWindow(p.getString("time"), start, end)).mapToLong(p -> p.getLong("added")).sum())
          .put("uses", points.stream().mapToLong(p -> p.getLong("uses")).sum()));
    }
    return rows;
  }

  private static JsonArray expectedDemands(LocalDate week) {
    JsonArray rows = new JsonArray();
    for (int back = 3; back >= 0; back--) {
      String day = week.minusWeeks(back).toString();
      Map<String, JsonObject> latest = new HashMap<>();
      DEMANDS.values().stream().filter(p -> p.getString("date").compareTo(day) <= 0).sorted(Comparator.comparing(p -> p.getString("date")))
          .forEach(p -> latest.put(p.getString("unit"), p));
      rows.add(new JsonObject().put("date", day).put("units", latest.size())
          .put("push", latest.values().stream().mapToLong(p -> p.getLong("push")).sum())
          .put("interface", latest.values().stream().mapToLong(p -> p.getLong("interface")).sum())
          .put("pagequery", latest.values().stream().mapToLong(p -> p.getLong("pagequery")).sum()));
    }
    return rows;
  }
}
