package com.citydata.bulletin.report;

import io.vertx.core.json.JsonObject;

/**
 * The bulletin's outline as the office sets it (the seed's sections 一 to 五; 二 to 四 come with their families),
 * which families write into. Sections without anything to print are left out and the rest numbered in order.
 */
public final class Outline {
  public static final Section DATA = new Section("data", 1, "数据归集和共享情况");
  public static final Section DINGTALK = new Section("dingtalk", 5, "政务钉钉情况");
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
