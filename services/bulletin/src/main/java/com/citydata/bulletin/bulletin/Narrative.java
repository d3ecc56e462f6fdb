package com.citydata.bulletin.bulletin;

import static com.citydata.bulletin.bulletin.ChineseNumbers.grouped;
import static com.citydata.bulletin.bulletin.ChineseNumbers.monthDay;
import static com.citydata.bulletin.bulletin.ChineseNumbers.percentCut;
import static com.citydata.bulletin.bulletin.ChineseNumbers.wanWhole;
import static com.citydata.bulletin.bulletin.ChineseNumbers.yi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bulletin's sections, worded as the seed words them and generated from the ranking tables. A section or
 * paragraph whose data are missing is left out; sections are numbered in order of appearance.
 */
final class Narrative {
  private static final String[] SECTION_NUMBERS = {"一", "二", "三", "四", "五", "六"};

  private final LocalDate day;
  private final Map<Tables, JsonObject> tables;
  private final Map<Tables, Integer> attachmentNumbers;

  Narrative(LocalDate day, Map<Tables, JsonObject> tables, Map<Tables, Integer> attachmentNumbers) {
    this.day = day;
    this.tables = tables;
    this.attachmentNumbers = attachmentNumbers;
  }

  JsonArray sections() {
    List<JsonObject> sections = new ArrayList<>();
    List<JsonObject> sharing = sharing();
    if (has(Tables.EXCHANGE_COLLECT) || !sharing.isEmpty()) {
      List<JsonObject> paragraphs = new ArrayList<>(collection());
      if (!sharing.isEmpty()) {
        paragraphs.add(paragraph("(二) 共享情况", "", new JsonObject()));
        paragraphs.addAll(sharing);
      }
      sections.add(section("数据归集和共享情况", paragraphs));
    }
    if (has(Tables.DINGTALK_CITY) || has(Tables.DINGTALK_DISTRICT)) {
      sections.add(section("政务钉钉情况", List.of(dingtalk())));
    }
    for (int i = 0; i < sections.size(); i++) {
      sections.get(i).put("number", SECTION_NUMBERS[i]);
    }
    return new JsonArray(new ArrayList<>(sections));
  }

  private List<JsonObject> collection() {
    if (!has(Tables.EXCHANGE_COLLECT)) {
      return List.of();
    }
    JsonObject total = total(Tables.EXCHANGE_COLLECT);
    String text = "截止" + monthDay(day) + "，归集" + total.getLong("units") + "个部门、" + grouped(total.getLong("tables"))
        + "张表、" + grouped(total.getLong("fields")) + "个字段，累计总归集量" + yi(total.getLong("cumulative")) + "亿条。"
        + "本周归集总量" + yi(total.getLong("weekly")) + "亿条，" + weekOverWeek(total)
        + "涉及省市" + total.getLong("active_units") + "个部门，日均归集量" + yi(dailyAverage(total)) + "亿。"
        + seeAttachment(Tables.EXCHANGE_COLLECT);
    return List.of(paragraph("(一) 归集情况", text, figures(total, "units", "tables", "fields", "cumulative", "weekly",
        "active_units", "daily_average")).put("chart", "collect-cumulative"));
  }

  private List<JsonObject> sharing() {
    List<JsonObject> paragraphs = new ArrayList<>();
    int item = 1;
    if (has(Tables.EXCHANGE_PUSH)) {
      JsonObject total = total(Tables.EXCHANGE_PUSH);
      String text = "截止" + monthDay(day) + "，累计总推送" + yi(total.getLong("cumulative")) + "亿条数据量。"
          + "推送至省大数据中心、市级" + total.getLong("units") + "个部门，" + grouped(total.getLong("tables")) + "张表、"
          + grouped(total.getLong("fields")) + "个字段，本周推送总量" + yi(total.getLong("weekly")) + "亿条，"
          + weekOverWeek(total) + "涉及省市" + total.getLong("active_units") + "个部门，日均推送量"
          + yi(dailyAverage(total)) + "亿左右。" + seeAttachment(Tables.EXCHANGE_PUSH);
      paragraphs.add(paragraph(item++ + "、数据推送情况", text, figures(total, "units", "tables", "fields", "cumulative",
          "weekly", "active_units", "daily_average")).put("chart", "exchange-weekly"));
    }
    if (has(Tables.INTERFACE_CALLS)) {
      JsonObject total = total(Tables.INTERFACE_CALLS);
      String text = "提供" + total.getLong("units") + "个市级部门、区、县（市）的" + total.getLong("systems")
          + "个系统调用服务接口，累计服务接口调用量" + wanWhole(total.getLong("cumulative")) + "万次。"
          + "本周服务接口调用" + wanWhole(total.getLong("weekly")) + "万次，" + weekOverWeek(total)
          + "日均调用量" + wanWhole(dailyAverage(total)) + "万次。" + seeAttachment(Tables.INTERFACE_CALLS);
      paragraphs.add(paragraph(item++ + "、接口调用情况", text, figures(total, "units", "systems", "cumulative", "weekly",
          "daily_average")).put("chart", "interface-weekly"));
    }
    if (has(Tables.PAGEQUERY_VISITS)) {
      JsonObject total = total(Tables.PAGEQUERY_VISITS);
      String text = "目前页面查询累计访问量" + grouped(total.getLong("cumulative")) + "次。提供" + total.getLong("units")
          + "个市级部门和区县（市）查询。本周共访问" + total.getLong("modules_visited") + "个模块，访问量"
          + grouped(total.getLong("weekly")) + "次，" + weekOverWeek(total) + "日均访问量"
          + grouped(Math.floor(dailyAverage(total))) + "次。" + seeAttachment(Tables.PAGEQUERY_VISITS);
      paragraphs.add(paragraph(item + "、页面查询情况", text, figures(total, "units", "modules", "modules_visited",
          "cumulative", "weekly", "daily_average")).put("chart", "pagequery-weekly"));
    }
    return paragraphs;
  }

  /** The seed's own punctuation here is ASCII (",", "(") and its numbers ungrouped; kept as printed. */
  private JsonObject dingtalk() {
    long registered = 0;
    long activated = 0;
    long weeklyActive = 0;
    List<String> references = new ArrayList<>();
    for (Tables table : List.of(Tables.DINGTALK_CITY, Tables.DINGTALK_DISTRICT)) {
      if (has(table)) {
        JsonObject total = total(table);
        registered += total.getLong("registered");
        activated += total.getLong("activated");
        weeklyActive += total.getLong("weekly_active");
        references.add((table == Tables.DINGTALK_CITY ? "市本级单位政务钉钉应用情况排名详见附件" : "各区县政务钉钉应用情况排名详见附件")
            + attachmentNumbers.get(table) + "。");
      }
    }
    double rate = registered == 0 ? 0 : (double) weeklyActive / registered;
    String text = "截至" + monthDay(day) + ",全市注册用户为" + registered + "人(激活用户" + activated + "人,其中本周活跃用户为"
        + weeklyActive + "人),活跃率为" + percentCut(rate).replace("%", "") + "%。" + String.join("", references);
    return paragraph("", text, new JsonObject().put("registered", registered).put("activated", activated)
        .put("weekly_active", weeklyActive).put("active_rate", rate)).put("chart", "dingtalk-weekly");
  }

  /** "较上周增长12.3%，" where last week had any amount to compare with. */
  private static String weekOverWeek(JsonObject total) {
    JsonObject change = total.getJsonObject("change");
    if (change == null || change.getValue("percent") == null) {
      return "";
    }
    BigDecimal percent = new BigDecimal(change.getValue("percent").toString()).setScale(1, RoundingMode.HALF_UP);
    if (percent.signum() == 0) {
      return "与上周持平，";
    }
    return (percent.signum() > 0 ? "较上周增长" : "较上周下降") + percent.abs().toPlainString() + "%，";
  }

  private String seeAttachment(Tables table) {
    return "详情见附件" + attachmentNumbers.get(table) + "。";
  }

  private boolean has(Tables table) {
    return Tables.hasData(tables.get(table));
  }

  private JsonObject total(Tables table) {
    return tables.get(table).getJsonObject("total");
  }

  private static double dailyAverage(JsonObject total) {
    return Double.parseDouble(total.getValue("daily_average").toString());
  }

  private static JsonObject figures(JsonObject total, String... names) {
    JsonObject figures = new JsonObject();
    for (String name : names) {
      figures.put(name, total.getValue(name));
    }
    return figures;
  }

  private static JsonObject paragraph(String heading, String text, JsonObject figures) {
    return new JsonObject().put("heading", heading).put("text", text).put("figures", figures);
  }

  private static JsonObject section(String title, List<JsonObject> paragraphs) {
    return new JsonObject().put("title", title).put("paragraphs", new JsonArray(new ArrayList<>(paragraphs)));
  }
}
