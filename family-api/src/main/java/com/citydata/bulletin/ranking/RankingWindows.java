package com.citydata.bulletin.ranking;

import com.citydata.bulletin.domain.WeekWindow;
import io.vertx.core.json.JsonObject;

/** The window block every ranking response carries. */
public final class RankingWindows {
  private RankingWindows() {
  }

  public static JsonObject toJson(WeekWindow window) {
    return new JsonObject()
        .put("start", window.firstDay().toString())
        .put("end", window.bulletinDay().toString())
        .put("timezone", window.zone().getId());
  }
}
