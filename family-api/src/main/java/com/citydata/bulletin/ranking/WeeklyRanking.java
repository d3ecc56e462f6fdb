package com.citydata.bulletin.ranking;

import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.family.RankingRequest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Computes a weekly table with its changes against last week, the way every weekly ranking does. */
public final class WeeklyRanking {
  private WeeklyRanking() {
  }

  /** Reads one window's figures. */
  public interface Read<T> {
    Future<List<T>> of(WeekWindow window);
  }

  /**
   * Reads this week and, for the changes, last week, then ranks. Without changes (a trend wants only totals) last
   * week is not read at all, and the response carries no "change" fields.
   */
  public static <T> Future<JsonObject> rank(RankingRequest request, Read<T> read,
      Function<List<T>, WeekOverWeek> previous, BiFunction<List<T>, WeekOverWeek, JsonObject> rank) {
    Future<List<T>> now = read.of(request.window());
    if (!request.changes()) {
      return now.map(figures -> withoutChanges(rank.apply(figures, WeekOverWeek.none())));
    }
    Future<List<T>> before = read.of(request.window().previous());
    return Future.all(now, before).map(done -> rank.apply(now.result(), previous.apply(before.result())));
  }

  private static JsonObject withoutChanges(JsonObject table) {
    JsonArray rows = table.getJsonArray("rows", new JsonArray());
    rows.forEach(row -> ((JsonObject) row).remove("change"));
    JsonObject total = table.getJsonObject("total");
    if (total != null) {
      total.remove("change");
    }
    return table;
  }
}
