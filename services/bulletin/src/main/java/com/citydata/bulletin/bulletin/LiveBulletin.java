package com.citydata.bulletin.bulletin;

import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.Messages.RankingQuery;
import com.citydata.bulletin.bus.Messages.RankingBatch;
import com.citydata.bulletin.bus.BusRetry;
import com.citydata.bulletin.domain.ServiceFailure;
import com.citydata.bulletin.domain.WeekCalendar;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.family.RankingTable;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A week's bulletin as it stands now, composed from the ranking service's tables and the notes that apply. */
final class LiveBulletin {
  /** Weeks the trend charts show, the bulletin's own included. */
  static final int TREND_WEEKS = 8;
  static final String DRAFT_STATUS = "草稿：实时数据，尚未发布";

  private final Vertx vertx;
  private final FamilyRegistry registry;
  private final BulletinSettings settings;
  private final WeekCalendar calendar;
  private final BulletinNotes notes;

  LiveBulletin(Vertx vertx, FamilyRegistry registry, BulletinSettings settings, WeekCalendar calendar, BulletinNotes notes) {
    this.vertx = vertx;
    this.registry = registry;
    this.settings = settings;
    this.calendar = calendar;
    this.notes = notes;
  }

  /**
   * Composes the bulletin from the ranking service's tables (every table of this week, and for the weeks before
   * it only the tables the charts draw, without their changes) and the editorial notes that apply to that day.
   */
  Future<JsonObject> compose(LocalDate date) {
    WeekWindow window = calendar.windowEndingOn(date);
    List<LocalDate> weeks = new ArrayList<>();
    for (int i = TREND_WEEKS - 1; i >= 0; i--) {
      weeks.add(date.minusWeeks(i));
    }
    Map<String, RankingQuery> requests = new LinkedHashMap<>();
    for (RankingTable table : registry.tables()) {
      requests.put(table.id() + "@" + date, new RankingQuery(table.id(), date.toString(), true));
    }
    for (String table : Trend.fields(registry).keySet()) {
      for (LocalDate week : weeks.subList(0, weeks.size() - 1)) {
        requests.put(table + "@" + week, new RankingQuery(table, week.toString(), false));
      }
    }
    // One message for every table of the bulletin: the ranking service reads the catalog once and computes them
    // side by side, and a lost ranking process costs one retry, not dozens.
    Future<Map<String, JsonObject>> answers = BusRetry.<JsonObject>request(vertx, Addresses.RANKING_BATCH,
            new RankingBatch(List.copyOf(requests.values())), BusRetry.RANKING_BATCH)
        .map(reply -> {
          JsonArray list = reply.body().getJsonArray("answers");
          Map<String, JsonObject> byKey = new LinkedHashMap<>();
          int i = 0;
          for (String key : requests.keySet()) {
            byKey.put(key, list.getJsonObject(i++));
          }
          return byKey;
        });
    Future<Map<Integer, SectionNotes>> sectionNotes = notes.effective(date);
    return answers.compose(byKey -> sectionNotes.map(bySection -> {
      Map<String, JsonObject> current = new LinkedHashMap<>();
      registry.tables().forEach(table -> current.put(table.id(), byKey.get(table.id() + "@" + date)));
      return BulletinComposer.compose(settings, window, registry, current,
          Trend.of(registry, weeks, (table, week) -> byKey.get(table + "@" + week)), bySection);
    }));
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException | NullPointerException e) {
      throw ServiceFailure.badRequest("'" + text + "' is not a bulletin date of the form YYYY-MM-DD");
    }
  }
}
