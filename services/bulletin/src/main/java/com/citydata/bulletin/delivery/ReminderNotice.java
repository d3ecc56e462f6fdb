package com.citydata.bulletin.delivery;

import com.citydata.bulletin.markdown.MarkdownText;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;

/**
 * What the week's reminder says, fixed when it is queued: the bulletin day, its window, and per family the units
 * silent although they reported in the weeks before, with the desk's week page to chase them from.
 */
public final class ReminderNotice {
  public static final String EVENT = "reminder";

  private ReminderNotice() {
  }

  /** @param reporting the reporting status of the day, as {@code GET /api/v1/reporting} answers it */
  public static JsonObject of(JsonObject reporting, String baseUrl) {
    JsonArray silent = new JsonArray();
    for (Object item : reporting.getJsonArray("families")) {
      JsonObject family = (JsonObject) item;
      JsonArray units = new JsonArray(family.getJsonArray("silent").stream().map(u -> ((JsonObject) u).getString("unit")).toList());
      if (!units.isEmpty()) {
        silent.add(new JsonObject().put("family", family.getString("family")).put("title", family.getString("title", family.getString("family")))
            .put("units", units));
      }
    }
    LocalDate day = LocalDate.parse(reporting.getString("date"));
    return new JsonObject().put("event", EVENT).put("date", day.toString())
        .put("title", "催报：" + day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日每周通报")
        .put("window", reporting.getJsonObject("window")).put("url", baseUrl + "/desk/" + day).put("silent", silent);
  }

  /** Whether anybody is to be reminded: no message goes out when every expected unit has reported. */
  public static boolean anybodySilent(JsonObject notice) {
    return !notice.getJsonArray("silent").isEmpty();
  }

  /** For a DingTalk robot: the silent units per family, and the desk's link. */
  static JsonObject dingtalk(JsonObject notice) {
    StringBuilder text = new StringBuilder("#### ").append(MarkdownText.escape(notice.getString("title"))).append("\n\n")
        .append("以下单位前几周报送过、本期尚未报送，请于通报日前报送：\n\n");
    for (Object item : notice.getJsonArray("silent")) {
      JsonObject family = (JsonObject) item;
      text.append("- **").append(MarkdownText.escape(family.getString("title"))).append("**：")
          .append(MarkdownText.escape(String.join("、", family.getJsonArray("units").stream().map(String::valueOf).toList()))).append("\n");
    }
    text.append("\n[打开工作台查看](").append(notice.getString("url")).append(")");
    return new JsonObject().put("msgtype", "markdown")
        .put("markdown", new JsonObject().put("title", notice.getString("title")).put("text", text.toString()));
  }

  /** For a webhook: {"event":"reminder","date","silent":[{"family","units"}]}. */
  static JsonObject webhook(JsonObject notice) {
    return new JsonObject().put("event", EVENT).put("date", notice.getString("date")).put("silent", new JsonArray(notice.getJsonArray("silent")
        .stream().map(JsonObject.class::cast).map(f -> new JsonObject().put("family", f.getString("family")).put("units", f.getJsonArray("units")))
        .toList()));
  }
}
