package com.citydata.bulletin.bulletin;

import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.ranking.RankingWindows;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles a bulletin as data: title block, numbered sections with their sentences and the figures in them, the
 * attachment list, each attachment's ranking table (as the rankings API gives it) and its printed layout, and the
 * trend series the charts draw.
 */
public final class BulletinComposer {
  private BulletinComposer() {
  }

  /** Charts are numbered 图1, 图2 … in reading order; the seed's 图1 is the cumulative collection. */
  private static void numberFigures(JsonArray sections) {
    int number = 0;
    for (Object section : sections) {
      for (Object item : ((JsonObject) section).getJsonArray("paragraphs")) {
        JsonObject paragraph = (JsonObject) item;
        String chart = (String) paragraph.remove("chart");
        if (chart != null) {
          paragraph.put("figure", new JsonObject().put("number", ++number).put("chart", chart)
              .put("caption", "图 " + number + " " + Charts.spec(chart).title()));
        }
      }
    }
  }

  /**
   * @param tables this week's ranking tables by id; tables without data are left out
   * @param trend  per table id, the weekly totals of the weeks up to this one, oldest first
   */
  public static JsonObject compose(BulletinSettings settings, WeekWindow window, Map<String, JsonObject> tables,
      JsonObject trend) {
    Map<Tables, JsonObject> byTable = new EnumMap<>(Tables.class);
    Map<Tables, Integer> numbers = new EnumMap<>(Tables.class);
    List<JsonObject> attachments = new ArrayList<>();
    for (Tables table : Tables.values()) {
      JsonObject ranking = tables.get(table.id());
      byTable.put(table, ranking);
      if (Tables.hasData(ranking)) {
        numbers.put(table, numbers.size() + 1);
        attachments.add(new JsonObject()
            .put("number", numbers.get(table))
            .put("title", table.title())
            .put("ranking", ranking)
            .put("layout", AttachmentLayout.of(numbers.get(table), table, ranking)));
      }
    }
    JsonArray sections = new Narrative(window.bulletinDay(), byTable, numbers).sections();
    numberFigures(sections);
    return new JsonObject()
        .put("title", settings.title())
        .put("subtitle", settings.subtitle())
        .put("issuer", settings.issuer())
        .put("date", window.bulletinDay().toString())
        .put("date_text", ChineseNumbers.fullDate(window.bulletinDay()))
        .put("window", RankingWindows.toJson(window))
        .put("sections", sections)
        .put("attachments", new JsonArray(new ArrayList<>(attachments)))
        .put("trend", trend);
  }
}
