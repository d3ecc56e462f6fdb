package com.citydata.bulletin.ranking;

import com.citydata.bulletin.domain.WeekWindow;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** What every ranking table shares: the printed top ten, the rest it sums, and numbered rows with their changes. */
public final class RankedRows {
  public static final int TOP = 10;

  private RankedRows() {
  }

  public static <T> List<T> top(List<T> ranked) {
    return ranked.subList(0, Math.min(TOP, ranked.size()));
  }

  public static <T> List<T> rest(List<T> ranked) {
    return ranked.subList(Math.min(TOP, ranked.size()), ranked.size());
  }

  /** A weekly-amount table's total: its daily average (日均) and its change against last week. */
  public static JsonObject weeklyTotal(JsonObject total, WeekOverWeek lastWeek) {
    long weekly = total.getLong("weekly");
    return total.put("daily_average", Amounts.dailyAverage(weekly)).put("change", lastWeek.total("weekly", weekly));
  }

  /** The envelope every ranking response shares. */
  public static JsonObject table(String name, WeekWindow window, JsonArray rows, JsonObject others, JsonObject total) {
    return new JsonObject()
        .put("table", name)
        .put("window", RankingWindows.toJson(window))
        .put("rows", rows)
        .put("others", others)
        .put("total", total);
  }

  /** The envelope of a table that prints every row, with no "others". */
  public static JsonObject table(String name, WeekWindow window, JsonArray rows, JsonObject total) {
    JsonObject table = table(name, window, rows, null, total);
    table.remove("others");
    return table;
  }

  /**
   * Rows numbered from 1: "rank", then the item's own fields, then its change against last week's amount.
   *
   * @param field the name of the amount compared week over week
   */
  public static <T> JsonArray rows(List<T> items, Function<T, JsonObject> fields, Function<T, String> key, String field,
      ToDoubleFunction<T> amount, WeekOverWeek lastWeek) {
    JsonArray rows = new JsonArray();
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      rows.add(new JsonObject().put("rank", i + 1).mergeIn(fields.apply(item))
          .put("change", lastWeek.row(key.apply(item), field, amount.applyAsDouble(item), i + 1)));
    }
    return rows;
  }
}
