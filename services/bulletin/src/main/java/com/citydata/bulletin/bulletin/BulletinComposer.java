package com.citydata.bulletin.bulletin;

import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.family.RankingTable;
import com.citydata.bulletin.ranking.RankingWindows;
import com.citydata.bulletin.report.BulletinContext;
import com.citydata.bulletin.report.ChineseNumbers;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles a bulletin as data: title block, numbered sections with their sentences and the figures in them, the
 * attachment list, each attachment's ranking tables (as the rankings API gives them) and their printed layouts,
 * and the trend series the charts draw. Everything family-specific comes from the registered families.
 */
public final class BulletinComposer {
  private BulletinComposer() {
  }

  /**
   * @param tables this week's ranking tables by id; tables without data are left out
   * @param trend  per table id, the weekly totals of the weeks up to this one, oldest first
   * @param notes  the editorial notes that apply, by section (1 for 一 … 5 for 五)
   */
  public static JsonObject compose(BulletinSettings settings, WeekWindow window, FamilyRegistry registry,
      Map<String, JsonObject> tables, JsonObject trend, Map<Integer, SectionNotes> notes) {
    Attachments attachments = new Attachments(registry, tables);
    Map<String, JsonObject> withData = new LinkedHashMap<>();
    for (RankingTable table : registry.tables()) {
      JsonObject computed = tables.get(table.id());
      if (table.hasData(computed)) {
        withData.put(table.id(), computed);
      }
    }
    List<JsonObject> paragraphsLeftOut = new ArrayList<>();
    JsonArray sections = new Narrative(registry)
        .sections(new BulletinContext(window.bulletinDay(), withData, attachments.numbers()), notes, paragraphsLeftOut);
    numberFigures(sections, new Charts(registry));
    return new JsonObject()
        .put("title", settings.title())
        .put("subtitle", settings.subtitle())
        .put("issuer", settings.issuer())
        .put("signature", settings.signature())
        .put("report_to", settings.reportTo().isEmpty() ? null : settings.reportTo())
        .put("copy_to", settings.copyTo().isEmpty() ? null : settings.copyTo())
        .put("date", window.bulletinDay().toString())
        .put("date_text", ChineseNumbers.fullDate(window.bulletinDay()))
        .put("window", RankingWindows.toJson(window))
        .put("sections", sections)
        .put("attachments", attachments.toJson())
        .put("trend", trend)
        // What the families could print but this week's figures do not give: for editors to check before publishing.
        .put("left_out", new JsonObject().put("paragraphs", new JsonArray(paragraphsLeftOut))
            .put("tables", new JsonArray(new ArrayList<>(attachments.leftOut()))));
  }

  /** Charts are numbered 图1, 图2 … in reading order; the seed's 图1 is the cumulative collection. */
  private static void numberFigures(JsonArray sections, Charts charts) {
    int number = 0;
    for (Object section : sections) {
      for (Object item : ((JsonObject) section).getJsonArray("paragraphs")) {
        JsonObject paragraph = (JsonObject) item;
        String chart = (String) paragraph.remove("chart");
        if (chart != null) {
          paragraph.put("figure", new JsonObject().put("number", ++number).put("chart", chart)
              .put("caption", "图 " + number + " " + charts.spec(chart).title()));
        }
      }
    }
  }
}
