package com.citydata.bulletin.platform;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collector traffic meant to reproduce the seed's 附件3, 附件6, 附件17 and 附件18 for the week ending 2018-07-20.
 * Named rows post their own figures; the "others" rows are spread over synthetic units that stay below the tenth
 * row; DingTalk rows post their printed figures as plain days.
 */
final class SeedFamiliesFixture {
  static final String BEFORE = "2018-06-29T10:00:00+08:00";
  static final String IN_WEEK = "2018-07-16T10:00:00+08:00";
  static final String NEXT_WEEK = "2018-07-21T08:00:00+08:00";
  static final LocalDate BULLETIN_DAY = LocalDate.of(2018, 7, 20);
  /** 本周共访问 69 个模块 (section 一(二)3): distinct modules visited this week. */
  static final int MODULES_VISITED = 69;
  /** 累计访问104个模块 (section 一(二)3): distinct modules ever visited. */
  static final int MODULES_EVER_VISITED = 104;
  private static final int OTHER_UNIT_MODULES_VISITED = 5;
  private static final int FIRST_OTHER_MODULE = 78;
  private static final int OTHER_MODULE_NAMES = MODULES_EVER_VISITED - FIRST_OTHER_MODULE + 1;
  static final int OTHER_SYSTEMS = 57;
  static final int OTHER_SYSTEM_UNITS = 37;
  /** The most an "others" system may call this week and still rank below row 10 (0.5万 printed). */
  static final long OTHER_SYSTEM_WEEKLY = 5_000;
  /** 其中本周活跃用户为60648人 (section 五): spread over the units' last days in proportion to their activated users. */
  static final long WEEKLY_ACTIVE = 60_648;
  /** 2018-07-16 to 2018-07-20, Monday to the bulletin's Friday. */
  private static final int WORKING_DAYS = 5;

  final Map<String, String> kinds = new LinkedHashMap<>();
  final List<JsonObject> interfacePoints = new ArrayList<>();
  final List<JsonObject> pageQueryPoints = new ArrayList<>();
  final List<JsonObject> dingtalkPoints = new ArrayList<>();

  SeedFamiliesFixture() {
    interfaceCalls();
    pageQueries();
    dingtalk(SeedTables.DINGTALK_CITY, "department");
    dingtalk(SeedTables.DINGTALK_DISTRICT, "district");
    spreadWeeklyActive();
  }

  private void spreadWeeklyActive() {
    List<JsonObject> lastDays = dingtalkPoints.stream()
        .filter(p -> p.getString("date").equals(BULLETIN_DAY.toString())).toList();
    long activated = lastDays.stream().mapToLong(p -> p.getLong("activated")).sum();
    long given = 0;
    for (JsonObject day : lastDays) {
      long share = WEEKLY_ACTIVE * day.getLong("activated") / activated;
      day.put("weekly_active", share);
      given += share;
    }
    JsonObject largest = lastDays.stream().max(java.util.Comparator.comparingLong(p -> p.getLong("activated"))).orElseThrow();
    largest.put("weekly_active", largest.getLong("weekly_active") + WEEKLY_ACTIVE - given);
  }

  static List<String[]> lines(String table) {
    return table.strip().lines().map(l -> l.strip().split("\t")).toList();
  }

  static long wan(String amount) {
    return new BigDecimal(amount).multiply(BigDecimal.valueOf(10_000)).longValueExact();
  }

  /**
   * Rows 8 to 10 all print 0.5万 yet are not in cumulative order, so their unrounded calls must differ: 5,300,
   * 5,200 and 5,100 keep the seed's order under the ranking rule.
   */
  private void interfaceCalls() {
    List<String[]> lines = lines(SeedTables.INTERFACE);
    long[] tiedWeekly = {5_300, 5_200, 5_100};
    for (int i = 0; i < 10; i++) {
      String[] c = lines.get(i);
      long weekly = i >= 7 ? tiedWeekly[i - 7] : wan(c[4]);
      system(c[1], c[2], wan(c[3]), weekly);
    }
    long othersCumulative = wan(lines.get(10)[3]);
    // 57 systems of 37 units; one of those units, 市民卡公司, also owns row 1, so the total has 45 units.
    for (int i = 0; i < OTHER_SYSTEMS; i++) {
      String unit = i == 0 ? "市民卡公司" : String.format("接口其他部门%02d", 1 + (i - 1) % (OTHER_SYSTEM_UNITS - 1));
      long cumulative = i == 0 ? othersCumulative - 100_000L * (OTHER_SYSTEMS - 1) : 100_000L;
      system(unit, String.format("其他系统%02d", i + 1), cumulative, OTHER_SYSTEM_WEEKLY);
    }
  }

  private void system(String unit, String system, long cumulative, long weekly) {
    kinds.putIfAbsent(unit, unit.endsWith("区") ? "district" : "department");
    interfacePoints.add(new JsonObject().put("time", BEFORE).put("unit", unit).put("system", system).put("calls", cumulative - weekly));
    interfacePoints.add(new JsonObject().put("time", IN_WEEK).put("unit", unit).put("system", system).put("calls", weekly));
    interfacePoints.add(new JsonObject().put("time", NEXT_WEEK).put("unit", unit).put("system", system).put("calls", 777_777));
  }

  /**
   * Module names are not printed; section 一 says 104 modules were ever visited and 69 this week. The ten ranked
   * units' modules are named from 查询模块001 up, and this week's visits fall on the first of them (at most 69);
   * the other units visit their first five modules this week, and their other modules take the names 078 to 104.
   */
  private void pageQueries() {
    List<String[]> lines = lines(SeedTables.PAGE_QUERY);
    for (int i = 0; i < 10; i++) {
      String[] c = lines.get(i);
      unitVisits(c[1], Integer.parseInt(c[2]), Long.parseLong(c[3]), Long.parseLong(c[4]), -1);
    }
    String[] others = lines.get(10);
    int otherUnits = 39;
    long modules = Long.parseLong(others[2]);
    long cumulative = Long.parseLong(others[3]);
    long weekly = Long.parseLong(others[4]);
    for (int i = 0; i < otherUnits; i++) {
      int unitModules = (int) (modules / otherUnits + (i < modules % otherUnits ? 1 : 0));
      long unitCumulative = i == 0 ? cumulative - 2_000L * (otherUnits - 1) : 2_000;
      long unitWeekly = weekly / otherUnits + (i < weekly % otherUnits ? 1 : 0);
      unitVisits(String.format("查询其他单位%02d", i + 1), unitModules, unitCumulative, unitWeekly, i);
    }
  }

  /** @param other the unit's number among the other units, or -1 for a ranked unit */
  private void unitVisits(String unit, int modules, long cumulative, long weekly, int other) {
    kinds.putIfAbsent(unit, unit.endsWith("区") || unit.endsWith("县") || unit.endsWith("市") ? "district" : "department");
    int visitedModules = (int) Math.min(Math.min(modules, other < 0 ? MODULES_VISITED : OTHER_UNIT_MODULES_VISITED), Math.max(weekly, 1));
    long history = cumulative - weekly;
    for (int m = 0; m < modules; m++) {
      int name = other < 0 || m < visitedModules ? m + 1 : FIRST_OTHER_MODULE + (other * 7 + m) % OTHER_MODULE_NAMES;
      String module = String.format("查询模块%03d", name);
      long before = history / modules + (m < history % modules ? 1 : 0);
      pageQueryPoints.add(new JsonObject().put("time", BEFORE).put("unit", unit).put("module", module).put("visits", before));
      if (m < visitedModules) {
        long thisWeek = weekly / visitedModules + (m < weekly % visitedModules ? 1 : 0);
        pageQueryPoints.add(new JsonObject().put("time", IN_WEEK).put("unit", unit).put("module", module).put("visits", thisWeek));
      }
    }
  }

  /**
   * Each row's printed figures, posted unchanged on each working day of the week, so the week's mean is the
   * printed 日均活跃数. A point of the week before, far off every printed figure, shows no earlier day leaks in.
   */
  private void dingtalk(String table, String kind) {
    List<String[]> lines = lines(table);
    for (String[] c : lines.subList(0, lines.size() - 1)) {
      String unit = c[1];
      kinds.put(unit, kind);
      for (int d = WORKING_DAYS - 1; d >= 0; d--) {
        dingtalkPoints.add(new JsonObject().put("date", BULLETIN_DAY.minusDays(d).toString()).put("unit", unit)
            .put("registered", Long.parseLong(c[2])).put("activated", Long.parseLong(c[4])).put("active", Long.parseLong(c[5])));
      }
      dingtalkPoints.add(new JsonObject().put("date", BULLETIN_DAY.minusDays(7).toString()).put("unit", unit)
          .put("registered", 99_999).put("activated", 0).put("active", 0));
    }
  }

  static int percent(String printed) {
    return Integer.parseInt(printed.replace("%", ""));
  }

  JsonObject catalog() {
    JsonArray units = new JsonArray();
    kinds.forEach((name, kind) -> units.add(new JsonObject().put("name", name).put("kind", kind)));
    return new JsonObject().put("units", units);
  }
}
