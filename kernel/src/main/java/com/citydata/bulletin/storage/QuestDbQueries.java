package com.citydata.bulletin.storage;

import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.series.WindowQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** QuestDB DDL and queries, built from a {@link SeriesSchema}; identifiers are checked there, values are bound. */
public final class QuestDbQueries {
  static final String TIMESTAMP = "timestamp";
  static final String FIRST = "first_time";

  private QuestDbQueries() {
  }

  /**
   * Tables are created ahead of the first write so that they have dedup keys: a point re-posted with the same
   * time and tags replaces the earlier one, as it does in InfluxDB.
   */
  public static String createTable(SeriesSchema schema) {
    List<String> columns = new ArrayList<>();
    schema.tags().forEach(tag -> columns.add(tag + " SYMBOL"));
    schema.fields().forEach(f -> columns.add(f.name() + (f.kind() == SeriesSchema.Kind.TEXT ? " VARCHAR" : " LONG")));
    columns.add(TIMESTAMP + " TIMESTAMP");
    return "CREATE TABLE IF NOT EXISTS " + schema.measurement() + " (" + String.join(", ", columns) + ") TIMESTAMP("
        + TIMESTAMP + ") PARTITION BY MONTH WAL DEDUP UPSERT KEYS(" + TIMESTAMP + ", " + String.join(", ", schema.tags()) + ")";
  }

  /**
   * A window query and the order of its parameters: the window's end, its start when counters are summed, its lower
   * bound when it has one, then the filter values.
   */
  record Select(String sql, List<String> columns, boolean bindsStart) {
  }

  /** last() follows the designated timestamp, so it is the last value at or before the window's end. */
  static Select window(WindowQuery query) {
    SeriesSchema schema = query.schema();
    List<String> columns = new ArrayList<>(query.groupBy());
    List<String> select = new ArrayList<>(query.groupBy());
    boolean counters = !schema.fieldsOf(SeriesSchema.Kind.COUNTER).isEmpty();
    for (String counter : schema.fieldsOf(SeriesSchema.Kind.COUNTER)) {
      select.add("sum(" + counter + ") AS " + cumulative(counter));
      select.add("sum(CASE WHEN " + TIMESTAMP + " >= $2 THEN " + counter + " ELSE 0L END) AS " + weekly(counter));
      columns.add(cumulative(counter));
      columns.add(weekly(counter));
    }
    for (String field : schema.lastFields()) {
      select.add("last(" + field + ") AS " + last(field));
      columns.add(last(field));
    }
    select.add("min(" + TIMESTAMP + ") AS " + FIRST);
    columns.add(FIRST);
    StringBuilder where = new StringBuilder(TIMESTAMP + " < $1");
    int parameter = counters ? 3 : 2;
    if (query.since().isPresent()) {
      where.append(" AND ").append(TIMESTAMP).append(" >= $").append(parameter++);
    }
    for (String tag : query.filter().keySet().stream().sorted().toList()) {
      where.append(" AND ").append(tag).append(" = $").append(parameter++);
    }
    return new Select("SELECT " + String.join(", ", select) + " FROM " + schema.measurement() + " WHERE " + where,
        columns, counters);
  }

  static Select points(SeriesSchema schema) {
    List<String> columns = new ArrayList<>(schema.tags());
    schema.fields().forEach(f -> columns.add(f.name()));
    columns.add(TIMESTAMP);
    return new Select("SELECT " + columns.stream().collect(Collectors.joining(", ")) + " FROM " + schema.measurement()
        + " WHERE " + TIMESTAMP + " >= $1 AND " + TIMESTAMP + " < $2", columns, true);
  }

  static String cumulative(String counter) {
    return "cumulative_" + counter;
  }

  static String weekly(String counter) {
    return "weekly_" + counter;
  }

  static String last(String field) {
    return "last_" + field;
  }
}
