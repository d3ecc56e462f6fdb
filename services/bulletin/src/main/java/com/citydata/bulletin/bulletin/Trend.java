package com.citydata.bulletin.bulletin;

import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.family.RankingTable;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** The weekly totals the charts draw: per table, the total fields the charts name, over the weeks, null where a week had no data. */
final class Trend {
  private Trend() {
  }

  /** The total fields each table's charts draw, by table id. */
  static Map<String, Set<String>> fields(FamilyRegistry registry) {
    Map<String, Set<String>> fields = new LinkedHashMap<>();
    registry.families().stream().flatMap(f -> f.bulletin().charts().stream()).flatMap(c -> c.lines().stream())
        .forEach(line -> fields.computeIfAbsent(line.table(), t -> new LinkedHashSet<>()).add(line.field()));
    return fields;
  }

  /** @param ranking a table's ranking for a week, by table id and week */
  static JsonObject of(FamilyRegistry registry, List<LocalDate> weeks, BiFunction<String, LocalDate, JsonObject> ranking) {
    JsonObject series = new JsonObject();
    fields(registry).forEach((table, names) -> {
      RankingTable spec = registry.table(table).orElseThrow(() -> new IllegalStateException("a chart draws an unknown table " + table));
      JsonObject values = new JsonObject();
      for (String name : names) {
        JsonArray column = new JsonArray();
        for (LocalDate week : weeks) {
          JsonObject tableOfWeek = ranking.apply(table, week);
          column.add(spec.hasData(tableOfWeek) ? tableOfWeek.getJsonObject("total").getValue(name) : null);
        }
        values.put(name, column);
      }
      series.put(table, values);
    });
    return new JsonObject().put("weeks", new JsonArray(weeks.stream().map(LocalDate::toString).toList())).put("series", series);
  }
}
