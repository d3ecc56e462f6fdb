package com.citydata.bulletin.platform;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collector traffic meant to reproduce the seed's section 二 for the week ending 2018-07-20: 附件7 with the joint
 * processes, 附件8, 附件9 and 附件10, and the notes holding its policy sentences. What the seed does not print is
 * chosen here and said so: how each region's cases split before and in the week, the accepted and completed cases
 * of each region (the seed prints only their totals, 40634 and 32935, spread here in proportion to cases), and
 * the departments' 564 matters connected beyond the plan (spread in proportion to those connected).
 */
final class SeedSectionTwoFixture {
  static final String BEFORE = "2018-06-29T10:00:00+08:00";
  static final String IN_WEEK = "2018-07-17T10:00:00+08:00";
  static final String NEXT_WEEK = "2018-07-21T08:00:00+08:00";
  static final String REPORTED = "2018-07-19";
  static final long ACCEPTED = 40_634;
  static final long COMPLETED = 32_935;
  static final long EXTRA = 564;
  /**
   * 附件10 names three regions otherwise than 附件7 does; the catalogue holds 附件7's names with 附件10's as aliases,
   * so the regions are counted once (行政区划覆盖率 100%).
   */
  static final Map<String, String> ALIASES = Map.of(
      "大江东产业聚集区", "大江东",
      "经济技术开发区", "经济开发区",
      "西湖区风景名胜区", "西湖风景名胜区");
  static final List<String> LEAD = List.of(
      "根据《浙政办发〔2018〕30号2018年工作要点》，12月底前，需实现市县两级政府部门自建业务办理系统与“一窗受理”平台对接工作。",
      "根据《关于2018年杭州“一窗受理”平台工作要点》（杭智办〔2018〕2号）工作要求，开展市区县80%事项所在系统接入工作。"
          + "截止7月20日，根据市编办反馈的省市县群众和企业到政府办事事项指导目录，梳理形成市本级、13个区县（市）、大江东产业集聚区、"
          + "下沙经济技术开发区、西湖风景名胜区事项清单。剔除年办件12件以下事项后（含待确认事项）统计接入情况。");
  static final List<String> CLOSE = List.of("（其中商事登记94项、民政30项，因网办专题业务配置需要，目前事项配置在市本级，未在区县事项统计范围）");

  /** Units in catalogue order: 附件8's first, in its order, as its ties (100%, 0%) follow the catalogue. */
  final Map<String, String> kinds = new LinkedHashMap<>();
  final List<JsonObject> regionPoints = new ArrayList<>();
  final List<JsonObject> jointPoints = new ArrayList<>();
  final List<JsonObject> systemPoints = new ArrayList<>();
  final List<JsonObject> matterPoints = new ArrayList<>();

  SeedSectionTwoFixture() {
    systems();
    regions();
    matters(SeedSectionTwoTables.MATTER_DEPARTMENTS, "department", EXTRA);
    matters(SeedSectionTwoTables.MATTER_DISTRICTS, "district", 0);
    joint(BEFORE, "商事登记“证照联办”", 22_868, 19_966, 13_364);
    joint("2018-07-02T10:00:00+08:00", "不动产登记联办系统", 537, 537, 521);
  }

  private static String kindOf(String unit) {
    return unit.equals("市本级") ? "city" : "district";
  }

  private void systems() {
    for (String[] row : rows(SeedSectionTwoTables.SYSTEM_INTEGRATION)) {
      kinds.putIfAbsent(row[1], kindOf(row[1]));
      systemPoints.add(new JsonObject().put("date", REPORTED).put("unit", row[1]).put("planned", Long.parseLong(row[2]))
          .put("connected", Long.parseLong(row[3])));
    }
  }

  /** Each region's cases, a tenth of them in the week; its accepted and completed in proportion to its cases. */
  private void regions() {
    List<String[]> rows = rows(SeedSectionTwoTables.ONE_WINDOW);
    long allCases = rows.stream().mapToLong(r -> Long.parseLong(r[4])).sum();
    long acceptedGiven = 0;
    long completedGiven = 0;
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      String region = row[1];
      kinds.putIfAbsent(region, kindOf(region));
      long cases = Long.parseLong(row[4]);
      long online = Long.parseLong(row[5]);
      boolean last = i == rows.size() - 1;
      long accepted = last ? ACCEPTED - acceptedGiven : ACCEPTED * cases / allCases;
      long completed = last ? COMPLETED - completedGiven : COMPLETED * cases / allCases;
      acceptedGiven += accepted;
      completedGiven += completed;
      long weekCases = cases / 10;
      long weekOnline = Math.min(online, weekCases);
      regionPoints.add(region(BEFORE, region, row, cases - weekCases, online - weekOnline, accepted - accepted / 10, completed - completed / 10));
      regionPoints.add(region(IN_WEEK, region, row, weekCases, weekOnline, accepted / 10, completed / 10));
      regionPoints.add(region(NEXT_WEEK, region, row, 500, 1, 500, 500));
    }
  }

  private static JsonObject region(String time, String region, String[] row, long cases, long online, long accepted, long completed) {
    return new JsonObject().put("time", time).put("region", region).put("matters", Long.parseLong(row[2]))
        .put("offices", Long.parseLong(row[3])).put("cases", cases).put("online_cases", online).put("accepted", accepted)
        .put("completed", completed);
  }

  private void matters(String table, String kind, long extra) {
    List<String[]> rows = rows(table);
    long connected = rows.stream().mapToLong(r -> Long.parseLong(r[3])).sum();
    long given = 0;
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      String unit = canonical(row[1]);
      kinds.putIfAbsent(unit, kind);
      long unitExtra = i == 0 ? 0 : extra * Long.parseLong(row[3]) / connected;
      given += unitExtra;
      matterPoints.add(new JsonObject().put("date", REPORTED).put("unit", row[1]).put("planned", Long.parseLong(row[2]))
          .put("connected", Long.parseLong(row[3])).put("extra", unitExtra));
    }
    // What the proportional split left goes to the first unit.
    matterPoints.get(matterPoints.size() - rows.size()).put("extra", extra - given);
  }

  private void joint(String time, String process, long applied, long accepted, long completed) {
    jointPoints.add(new JsonObject().put("time", time).put("process", process).put("applied", applied - 100)
        .put("accepted", accepted - 90).put("completed", completed - 80));
    jointPoints.add(new JsonObject().put("time", IN_WEEK).put("process", process).put("applied", 100L).put("accepted", 90L)
        .put("completed", 80L));
  }

  static String canonical(String name) {
    return ALIASES.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).findFirst().orElse(name);
  }

  /** A table's rows without its total. */
  static List<String[]> rows(String table) {
    List<String[]> lines = SeedFamiliesFixture.lines(table);
    return lines.subList(0, lines.size() - 1);
  }

  JsonObject catalog() {
    JsonArray units = new JsonArray();
    kinds.forEach((name, kind) -> {
      JsonObject unit = new JsonObject().put("name", name).put("kind", kind);
      if (ALIASES.containsKey(name)) {
        unit.put("aliases", new JsonArray().add(ALIASES.get(name)));
      }
      units.add(unit);
    });
    return new JsonObject().put("units", units);
  }
}
