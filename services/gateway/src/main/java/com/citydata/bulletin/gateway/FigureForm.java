package com.citydata.bulletin.gateway;

import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.family.SeriesFamily;
import com.citydata.bulletin.series.PointField;
import com.citydata.bulletin.series.PointShape;
import io.vertx.core.MultiMap;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The week page's form of a time-series family's figures: a table whose columns are the family's properties and whose
 * rows are points, each field named "{property}.{row}". Its rows become the family's spreadsheet, a CSV with the JSON
 * names for its header, so what is typed is read by the spreadsheet door's rules and no other.
 */
final class FigureForm {
  /** Rows an editor, who reports for any unit, is given. */
  static final int BLANK_ROWS = 5;
  /** More rows than this in one post are not read: nobody types them. */
  static final int MAX_ROWS = 200;
  private static final Pattern FIELD = Pattern.compile("([a-z][a-z0-9_]*)\\.(\\d{1,3})");

  private FigureForm() {
  }

  static PointShape shape(String family) {
    return FamilyRegistry.installed().families().stream().filter(f -> f.name().equals(family)).map(SeriesFamily.class::cast).findFirst()
        .orElseThrow().point();
  }

  /**
   * The table to fill in: a reporter's row for each of its units, its unit filled in, else blank rows; the time of
   * each row the bulletin day's noon (a day's figure, the day), which the form lets one change.
   */
  static Map<String, Object> model(String family, String title, List<String> units, LocalDate day) {
    PointShape shape = shape(family);
    List<Map<String, Object>> columns = shape.fields().stream().map(f -> Map.<String, Object>of("name", f.name(),
        "heading", f.label() + (f.unit().isEmpty() ? "" : "（" + f.unit() + "）"), "choices", f.choices())).toList();
    List<List<Map<String, Object>>> rows = new ArrayList<>();
    int count = units.isEmpty() ? BLANK_ROWS : units.size();
    for (int r = 0; r < count; r++) {
      List<Map<String, Object>> cells = new ArrayList<>();
      for (PointField field : shape.fields()) {
        String value = switch (field.role()) {
          case TIME -> day + " 12:00";
          case DATE -> day.toString();
          default -> field.reporter() && !units.isEmpty() ? units.get(r) : "";
        };
        cells.add(Map.of("name", field.name() + "." + r, "value", value, "choices", field.choices()));
      }
      rows.add(cells);
    }
    return Map.of("family", family, "title", title, "columns", columns, "rows", rows);
  }

  /** The typed rows as the family's CSV; a row whose figures and texts are all blank is left out. Empty: nothing typed. */
  static Optional<byte[]> csv(PointShape shape, MultiMap form) {
    Map<Integer, Map<String, String>> rows = new java.util.TreeMap<>();
    for (Map.Entry<String, String> entry : form.entries()) {
      Matcher m = FIELD.matcher(entry.getKey());
      if (m.matches() && shape.names().contains(m.group(1)) && Integer.parseInt(m.group(2)) < MAX_ROWS) {
        rows.computeIfAbsent(Integer.parseInt(m.group(2)), r -> new LinkedHashMap<>()).putIfAbsent(m.group(1), entry.getValue());
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(line(shape.fields().stream().map(PointField::name).toList()));
    for (Map<String, String> row : rows.values()) {
      boolean typed = shape.fields().stream().filter(f -> f.role() != PointField.Role.TIME && f.role() != PointField.Role.DATE
          && !f.reporter() && f.choices().isEmpty()).anyMatch(f -> !row.getOrDefault(f.name(), "").isEmpty());
      if (typed) {
        lines.add(line(shape.fields().stream().map(f -> row.getOrDefault(f.name(), "")).toList()));
      }
    }
    return lines.size() == 1 ? Optional.empty() : Optional.of((String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
  }

  /** A CSV line, every cell quoted: what was typed is kept as typed, commas and quotes included. */
  private static String line(List<String> cells) {
    return cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").collect(Collectors.joining(","));
  }
}
