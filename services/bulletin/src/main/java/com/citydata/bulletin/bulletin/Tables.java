package com.citydata.bulletin.bulletin;

import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.List;

/** The ranking tables a bulletin is made of, in attachment order, with their titles. */
public enum Tables {
  EXCHANGE_COLLECT("exchange-collect", "数据归集排名表"),
  EXCHANGE_PUSH("exchange-push", "数据推送排名表"),
  INTERFACE_CALLS("interface-calls", "接口调用排名表"),
  PAGEQUERY_VISITS("pagequery-visits", "页面查询排名表"),
  DINGTALK_CITY("dingtalk-city", "市本级单位政务钉钉活跃率排名表"),
  DINGTALK_DISTRICT("dingtalk-district", "各区县（市）政务钉钉活跃率排名表");

  private final String id;
  private final String title;

  Tables(String id, String title) {
    this.id = id;
    this.title = title;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Tables::id).toList();
  }

  /** A table has data when any unit reported up to the window's end (DingTalk: within the window). */
  public static boolean hasData(JsonObject table) {
    if (table == null) {
      return false;
    }
    JsonObject total = table.getJsonObject("total");
    return total != null && total.getLong("units", 0L) > 0;
  }
}
