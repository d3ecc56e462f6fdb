package com.citydata.bulletin.bulletin;

import static com.citydata.bulletin.bulletin.ChineseNumbers.cut;
import static com.citydata.bulletin.bulletin.ChineseNumbers.percentCut;
import static com.citydata.bulletin.bulletin.ChineseNumbers.wan1;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An attachment as printed: the seed's columns and units, every cell already formatted, plus a 较上周 column.
 * Every document format renders this one layout, so HTML, Markdown, Word and PDF show the same cells.
 */
final class AttachmentLayout {
  static final String CHANGE = "较上周";

  private AttachmentLayout() {
  }

  static JsonObject of(int number, Tables table, JsonObject ranking) {
    JsonObject layout = new JsonObject().put("number", number).put("title", table.title()).put("table", table.id());
    switch (table) {
      case EXCHANGE_COLLECT, EXCHANGE_PUSH -> exchange(layout, ranking, table == Tables.EXCHANGE_COLLECT ? "归集" : "推送");
      case INTERFACE_CALLS -> interfaceCalls(layout, ranking);
      case PAGEQUERY_VISITS -> pageQueries(layout, ranking);
      default -> dingtalk(layout, ranking, table == Tables.DINGTALK_CITY ? "单位" : "区县");
    }
    return layout;
  }

  private static void exchange(JsonObject layout, JsonObject ranking, String verb) {
    columns(layout, "序号", "部门名", "资源表", "字段项", "累计" + verb + "量（万条）", "本周" + verb + "量（万条）", CHANGE);
    List<JsonObject> rows = new ArrayList<>();
    int number = 0;
    for (JsonObject row : objects(ranking.getJsonArray("rows"))) {
      number = row.getInteger("rank");
      rows.add(row("", String.valueOf(number), row.getString("unit"), row.getValue("tables"), row.getValue("fields"),
          wan1(row.getLong("cumulative")), wan1(row.getLong("weekly")), change(row.getJsonObject("change"))));
    }
    JsonObject others = ranking.getJsonObject("others");
    if (others != null) {
      rows.add(row("others", String.valueOf(++number), others.getString("label"), others.getValue("tables"),
          others.getValue("fields"), wan1(others.getLong("cumulative")), wan1(others.getLong("weekly")), ""));
    }
    for (JsonObject special : objects(ranking.getJsonArray("special"))) {
      rows.add(row("special", String.valueOf(++number), special.getString("unit"), special.getValue("tables"),
          special.getValue("fields"), wan1(special.getLong("cumulative")), wan1(special.getLong("weekly")), ""));
    }
    JsonObject total = ranking.getJsonObject("total");
    rows.add(row("total", "合计", total.getLong("units") + "部门", total.getValue("tables"), total.getValue("fields"),
        wan1(total.getLong("cumulative")), wan1(total.getLong("weekly")), change(total.getJsonObject("change"))));
    layout.put("rows", new JsonArray(new ArrayList<>(rows)));
  }

  private static void interfaceCalls(JsonObject layout, JsonObject ranking) {
    columns(layout, "序号", "部门", "业务系统", "累计调用次数（万次）", "本周调用次数（万次）", CHANGE);
    List<JsonObject> rows = new ArrayList<>();
    int number = 0;
    for (JsonObject row : objects(ranking.getJsonArray("rows"))) {
      number = row.getInteger("rank");
      rows.add(row("", String.valueOf(number), row.getString("unit"), row.getString("system"),
          wan1(row.getLong("cumulative")), wan1(row.getLong("weekly")), change(row.getJsonObject("change"))));
    }
    JsonObject others = ranking.getJsonObject("others");
    if (others != null) {
      rows.add(row("others", String.valueOf(number + 1), "其他" + others.getLong("units") + "个部门",
          "其他" + others.getLong("systems") + "个系统", wan1(others.getLong("cumulative")), wan1(others.getLong("weekly")), ""));
    }
    JsonObject total = ranking.getJsonObject("total");
    rows.add(row("total", "汇总", total.getLong("units") + "个部门", total.getLong("systems") + "个系统",
        wan1(total.getLong("cumulative")), wan1(total.getLong("weekly")), change(total.getJsonObject("change"))));
    layout.put("rows", new JsonArray(new ArrayList<>(rows)));
  }

  private static void pageQueries(JsonObject layout, JsonObject ranking) {
    columns(layout, "序号", "市级部门、区县（市）", "查询模块数", "累计访问量", "本周访问量", CHANGE);
    List<JsonObject> rows = new ArrayList<>();
    int number = 0;
    for (JsonObject row : objects(ranking.getJsonArray("rows"))) {
      number = row.getInteger("rank");
      rows.add(row("", String.valueOf(number), row.getString("unit"), row.getValue("modules"), row.getValue("cumulative"),
          row.getValue("weekly"), change(row.getJsonObject("change"))));
    }
    JsonObject others = ranking.getJsonObject("others");
    if (others != null) {
      rows.add(row("others", String.valueOf(number + 1), "其他市级部门、区县", others.getValue("modules"),
          others.getValue("cumulative"), others.getValue("weekly"), ""));
    }
    JsonObject total = ranking.getJsonObject("total");
    rows.add(row("total", "合计", total.getLong("units") + "市级部门、区县", total.getValue("modules"),
        total.getValue("cumulative"), total.getValue("weekly"), change(total.getJsonObject("change"))));
    layout.put("rows", new JsonArray(new ArrayList<>(rows)));
  }

  private static void dingtalk(JsonObject layout, JsonObject ranking, String unitColumn) {
    columns(layout, "序号", unitColumn, "注册数", "激活率", "激活数", "日均活跃数", "日均活跃率", CHANGE);
    List<JsonObject> rows = new ArrayList<>();
    for (JsonObject row : objects(ranking.getJsonArray("rows"))) {
      rows.add(row("", String.valueOf(row.getInteger("rank")), row.getString("unit"), row.getValue("registered"),
          percentCut(row.getDouble("activation_rate")), row.getValue("activated"), cut(row.getDouble("daily_active")),
          percentCut(row.getDouble("daily_active_rate")), change(row.getJsonObject("change"))));
    }
    JsonObject total = ranking.getJsonObject("total");
    rows.add(row("total", "合计", "", total.getValue("registered"), percentCut(total.getDouble("activation_rate")),
        total.getValue("activated"), cut(total.getDouble("daily_active")), percentCut(total.getDouble("daily_active_rate")),
        change(total.getJsonObject("change"))));
    layout.put("rows", new JsonArray(new ArrayList<>(rows)));
  }

  /** "新" for a unit absent last week; else the amount's percentage change and the move in rank, e.g. "+12.3% ↑2". */
  static String change(JsonObject change) {
    if (change == null) {
      return "";
    }
    if (change.getBoolean("new", false)) {
      return "新";
    }
    List<String> parts = new ArrayList<>();
    Object percent = change.getValue("percent");
    if (percent != null) {
      BigDecimal value = new BigDecimal(percent.toString()).setScale(1, RoundingMode.HALF_UP);
      parts.add((value.signum() > 0 ? "+" : "") + value.toPlainString() + "%");
    }
    Integer rank = change.getInteger("rank");
    if (rank != null && rank != 0) {
      parts.add((rank > 0 ? "↑" : "↓") + Math.abs(rank));
    }
    return parts.isEmpty() ? "—" : String.join(" ", parts);
  }

  private static void columns(JsonObject layout, String... names) {
    layout.put("columns", new JsonArray(List.of((Object[]) names)));
  }

  private static JsonObject row(String kind, Object... cells) {
    JsonArray values = new JsonArray();
    for (Object cell : cells) {
      values.add(cell == null ? "" : cell.toString());
    }
    return new JsonObject().put("kind", kind).put("cells", values);
  }

  private static List<JsonObject> objects(JsonArray array) {
    return array == null ? List.of() : array.stream().map(JsonObject.class::cast).toList();
  }
}
