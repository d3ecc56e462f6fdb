package com.citydata.bulletin.report;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a sentence states a total's change against last week. */
public final class WeekChange {
  private WeekChange() {
  }

  /** "较上周增长12.3%，" where last week had any amount to compare with, else nothing. */
  public static String phrase(JsonObject total) {
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
}
