package com.citydata.bulletin.platform;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collector traffic that should produce the seed's 附件1 and 附件2 for the week ending 2018-07-20. Named rows
 * post their own figures; each "others" row is spread over synthetic departments led by the unit its label names,
 * with just enough of them active to give the seed's 涉及21个部门 (collect) and 23个部门 (push). Along the way it
 * posts under aliases, outside the window on both sides, and a wrong value that a later re-post corrects.
 */
final class SeedExchangeFixture {
  static final String HISTORY = "2018-06-29T10:00:00+08:00";
  static final String WINDOW_FIRST_INSTANT = "2018-07-14T00:00:00+08:00";
  static final String MIDWEEK = "2018-07-17T12:00:00+08:00";
  static final String WINDOW_LAST_SECOND = "2018-07-20T23:59:59+08:00";
  static final String NEXT_WEEK = "2018-07-21T00:00:00+08:00";

  static final Map<String, String> ALIASES = Map.of(
      "市公安局", "公安局",
      "市卫生计生委", "卫计委",
      "信用办", "市信用办");
  static final List<String> SPECIAL = List.of("城市数据大脑", "电子证照、接口调用等数据");

  /** Synthetic figures of one unit in one direction. */
  record UnitFigures(String direction, String unit, long tables, long fields, long cumulative, long weekly) {
  }

  final List<UnitFigures> figures = new ArrayList<>();

  SeedExchangeFixture() {
    addDirection("collect", SeedExchangeTables.parse(SeedExchangeTables.COLLECT), "归集其他部门", 47, 9, 2_000);
    addDirection("push", SeedExchangeTables.parse(SeedExchangeTables.PUSH), "推送其他部门", 26, 12, 2_500);
  }

  /**
   * @param otherUnits how many units the others row sums
   * @param otherActive how many of them have a weekly amount above zero (the label's unit included)
   * @param restWeekly the weekly amount of each active one but the leader; leader and rest must all stay below the
   *                   tenth row, and the rest below the leader, so the leader heads the others
   */
  private void addDirection(String direction, List<SeedExchangeTables.Line> lines, String prefix, int otherUnits,
      int otherActive, long restWeekly) {
    for (SeedExchangeTables.Line line : lines) {
      if (line.rank().equals("合计")) {
        continue;
      }
      if (!line.name().endsWith("等其他部门")) {
        figures.add(new UnitFigures(direction, line.name(), line.tables(), line.fields(), line.cumulative(), line.weekly()));
        continue;
      }
      String leader = line.name().substring(0, line.name().length() - "等其他部门".length());
      int rest = otherUnits - 1;
      // The rest: 10 tables, 100 fields and 1,000,000 records each.
      long leaderWeekly = line.weekly() - restWeekly * (otherActive - 1);
      figures.add(new UnitFigures(direction, leader, line.tables() - 10L * rest, line.fields() - 100L * rest,
          line.cumulative() - 1_000_000L * rest, leaderWeekly));
      for (int i = 1; i <= rest; i++) {
        figures.add(new UnitFigures(direction, String.format("%s%02d", prefix, i), 10, 100, 1_000_000,
            i < otherActive ? restWeekly : 0));
      }
    }
  }

  JsonObject catalog() {
    Map<String, JsonObject> units = new LinkedHashMap<>();
    for (UnitFigures f : figures) {
      units.computeIfAbsent(f.unit(), name -> {
        JsonObject unit = new JsonObject().put("name", name).put("kind", SPECIAL.contains(name) ? "special" : "department");
        if (ALIASES.containsKey(name)) {
          unit.put("aliases", new JsonArray().add(ALIASES.get(name)));
        }
        return unit;
      });
    }
    return new JsonObject().put("units", new JsonArray(new ArrayList<>(units.values())));
  }

  /** The first batch: everything, with a wrong midweek value for every unit that the second batch corrects. */
  List<JsonObject> firstPosts() {
    List<JsonObject> points = new ArrayList<>();
    for (UnitFigures f : figures) {
      long third = f.weekly() / 3;
      points.add(point(HISTORY, f, Math.max(0, f.tables() - 1), Math.max(0, f.fields() - 2), f.cumulative() - f.weekly()));
      points.add(point(WINDOW_FIRST_INSTANT, f, f.tables(), f.fields(), third));
      points.add(point(MIDWEEK, f, f.tables() + 5, f.fields() + 5, third * 10 + 7));
      points.add(point(WINDOW_LAST_SECOND, f, f.tables(), f.fields(), f.weekly() - 2 * third));
      points.add(point(NEXT_WEEK, f, f.tables() + 100, f.fields() + 100, 99_999_999));
    }
    return points;
  }

  /** The corrections: the midweek points again, with the right values. */
  List<JsonObject> corrections() {
    return figures.stream().map(f -> point(MIDWEEK, f, f.tables() + 5, f.fields() + 5, f.weekly() / 3)).toList();
  }

  static JsonObject point(String time, UnitFigures f, long tables, long fields, long records) {
    return new JsonObject()
        .put("time", time)
        .put("direction", f.direction())
        .put("unit", ALIASES.getOrDefault(f.unit(), f.unit()))
        .put("tables", tables)
        .put("fields", fields)
        .put("records", records);
  }
}
