package com.citydata.bulletin.bulletin;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The weekly totals the charts draw: per table, the chosen total fields over the weeks, null where a week had no data. */
final class Trend {
  static final Map<String, List<String>> FIELDS = Map.of(
      "exchange-collect", List.of("cumulative", "weekly"),
      "exchange-push", List.of("weekly"),
      "interface-calls", List.of("weekly"),
      "pagequery-visits", List.of("weekly"),
      "dingtalk-city", List.of("daily_active_rate"),
      "dingtalk-district", List.of("daily_active_rate"));

  private Trend() {
  }

  /** @param ranking a table's ranking for a week, by table id and week */
  static JsonObject of(List<LocalDate> weeks, BiFunction<String, LocalDate, JsonObject> ranking) {
    JsonObject series = new JsonObject();
    FIELDS.forEach((table, names) -> {
      JsonObject values = new JsonObject();
      for (String name : names) {
        JsonArray column = new JsonArray();
        for (LocalDate week : weeks) {
          JsonObject tableOfWeek = ranking.apply(table, week);
          column.add(Tables.hasData(tableOfWeek) ? tableOfWeek.getJsonObject("total").getValue(name) : null);
        }
        values.put(name, column);
      }
      series.put(table, values);
    });
    return new JsonObject().put("weeks", new JsonArray(weeks.stream().map(LocalDate::toString).toList())).put("series", series);
  }
}
