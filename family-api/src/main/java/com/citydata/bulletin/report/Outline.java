package com.citydata.bulletin.report;

import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The bulletin's outline as the office sets it (the seed's sections 一 to 五), which families and editorial notes
 * write into. Sections without anything to print are left out and the rest numbered in order.
 */
public final class Outline {
  public static final Section DATA = new Section("data", 1, "数据归集和共享情况");
  public static final Section ONE_WINDOW = new Section("one-window", 2, "“一窗受理”平台应用情况");
  public static final Section CITY_BRAIN = new Section("city-brain", 3, "杭州城市数据大脑平台建设情况");
  public static final Section ONLINE_MATTERS = new Section("online-matters", 4, "“最多跑一次”事项网上申请开通情况");
  public static final Section DINGTALK = new Section("dingtalk", 5, "政务钉钉情况");
  /** The office's sections in order, which editorial notes are addressed to by the seed's numeral. */
  public static final List<Section> SECTIONS = List.of(DATA, ONE_WINDOW, CITY_BRAIN, ONLINE_MATTERS, DINGTALK);
  /** The seed's numerals of its sections, 一 to 五. */
  public static final List<String> NUMERALS = List.of("一", "二", "三", "四", "五");

  /** Section 一's second part, whose paragraphs are numbered 1、2、3、. */
  public static final String SHARING = "(二) 共享情况";

  private Outline() {
  }

  /** The named figures of a table's total, as a paragraph's figures. */
  public static JsonObject pick(JsonObject total, String... names) {
    JsonObject figures = new JsonObject();
    for (String name : names) {
      figures.put(name, total.getValue(name));
    }
    return figures;
  }
}
