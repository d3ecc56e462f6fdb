package com.citydata.bulletin.series;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How one kind of time series is stored: a measurement (QuestDB table), its tags and its fields. The tags and the
 * time identify a point, so a point re-posted with the same time and tags replaces the earlier one in both stores.
 * Counters are increments (a window sums them), gauges are states (a window takes the last), texts are short
 * strings kept as the last value (a licence's name or status). The reporter, when there is one, is the tag naming
 * the catalog unit each point is reported for.
 */
public record SeriesSchema(String measurement, List<String> tags, List<Field> fields, Optional<String> reporter) {
  /** Lower-case identifiers work unquoted in InfluxQL and QuestDB SQL alike. */
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");
  /** Words the two query languages reserve, or that QuestDB uses for its own column. */
  private static final Set<String> RESERVED = Set.of("timestamp", "time", "table", "tables", "field", "fields", "select",
      "from", "where", "group", "order", "limit", "name", "key", "value", "values", "system", "index", "sample");

  public enum Kind { COUNTER, GAUGE, TEXT }

  public record Field(String name, Kind kind) {
  }

  public SeriesSchema {
    tags = List.copyOf(tags);
    fields = List.copyOf(fields);
    Set<String> seen = new HashSet<>();
    List<String> names = new ArrayList<>(tags);
    fields.forEach(f -> names.add(f.name()));
    for (String name : names) {
      if (!IDENTIFIER.matcher(name).matches() || RESERVED.contains(name) || !seen.add(name)) {
        throw new IllegalArgumentException("measurement " + measurement + ": '" + name
            + "' is not a distinct lower-case identifier free in InfluxQL and QuestDB SQL");
      }
    }
    if (!IDENTIFIER.matcher(measurement).matches() || tags.isEmpty() || fields.isEmpty()) {
      throw new IllegalArgumentException("measurement '" + measurement + "' needs a lower-case name, tags and fields");
    }
    if (reporter.isPresent() && !tags.contains(reporter.get())) {
      throw new IllegalArgumentException("measurement " + measurement + ": the reporter '" + reporter.get() + "' is not one of its tags");
    }
  }

  /** A series whose points name no catalog unit, so nobody can be missing from it. */
  public SeriesSchema(String measurement, List<String> tags, List<Field> fields) {
    this(measurement, tags, fields, Optional.empty());
  }

  public static Field counter(String name) {
    return new Field(name, Kind.COUNTER);
  }

  public static Field gauge(String name) {
    return new Field(name, Kind.GAUGE);
  }

  public static Field text(String name) {
    return new Field(name, Kind.TEXT);
  }

  public List<String> fieldsOf(Kind kind) {
    return fields.stream().filter(f -> f.kind() == kind).map(Field::name).toList();
  }

  /** Gauges and texts: the fields a window reads as their last value. */
  public List<String> lastFields() {
    return fields.stream().filter(f -> f.kind() != Kind.COUNTER).map(Field::name).toList();
  }
}
