package com.citydata.bulletin.ingest.sheets;

import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import com.citydata.bulletin.domain.RefusedCells;
import com.citydata.bulletin.ingest.sheets.SheetRows.SheetRow;
import com.citydata.bulletin.series.PointField;
import com.citydata.bulletin.series.PointShape;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A family's points from the rows of a spreadsheet: its header is the row of the points' JSON names (or of their
 * Chinese labels; the template has the labels above the names), each row below it a point, each cell the property
 * its column names, typed as the family declares it. Nothing is checked here that the family checks: its points go
 * to the family's own reader, the one JSON and line protocol go to, and what it refuses is named by the sheet's row
 * and column.
 */
public final class SheetPoints {
  /** A number as JSON writes one: what a CSV cell of a counted field must be to be read as a number. */
  private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
  private static final Pattern LOCAL_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** The points, and for each the row it came from; for each JSON name, its column. */
  public record Parsed(JsonArray points, List<Integer> rows, Map<String, Integer> columns) {
  }

  private SheetPoints() {
  }

  /** @param zone the bulletin's, in which a spreadsheet's times (which carry none) are read */
  public static Parsed read(List<SheetRow> rows, PointShape shape, ZoneId zone) {
    return read(rows, shape.fields(), zone);
  }

  /** The rows as objects of these properties alone (an opening balance's tags and totals, say). */
  public static Parsed read(List<SheetRow> rows, List<PointField> fields, ZoneId zone) {
    List<RefusedCells.Cell> problems = new ArrayList<>();
    Map<String, PointField> byName = new LinkedHashMap<>();
    Map<String, PointField> byLabel = new HashMap<>();
    fields.forEach(f -> {
      byName.put(f.name(), f);
      byLabel.put(f.label(), f);
      byLabel.put(SheetTemplate.heading(f), f);
    });
    int header = headerRow(rows, byName, byLabel);
    Map<Integer, PointField> columns = new LinkedHashMap<>();
    Map<String, Integer> named = new LinkedHashMap<>();
    SheetRow head = rows.get(header);
    for (int c = 0; c < head.cells().size(); c++) {
      if (!(head.cells().get(c) instanceof SheetRows.Text text) || text.text().isBlank()) {
        continue;
      }
      PointField field = byName.getOrDefault(text.text(), byLabel.get(text.text()));
      String cell = SheetRows.cellName(head.number(), c);
      if (field == null) {
        problems.add(new RefusedCells.Cell(head.number(), text.text(), cell, "unknown column; the columns are " + String.join(", ", byName.keySet())
            + " (or their labels: " + String.join("、", fields.stream().map(PointField::label).toList()) + ")"));
      } else if (named.putIfAbsent(field.name(), c) != null) {
        problems.add(new RefusedCells.Cell(head.number(), text.text(), cell, "the column " + field.name() + " is there twice"));
      } else {
        columns.put(c, field);
      }
    }
    JsonArray points = new JsonArray();
    List<Integer> pointRows = new ArrayList<>();
    for (SheetRow row : rows.subList(header + 1, rows.size())) {
      if (row.blank() || comment(row)) {
        continue;
      }
      JsonObject point = new JsonObject();
      for (int c = 0; c < row.cells().size(); c++) {
        SheetRows.Value value = row.cells().get(c);
        if (value instanceof SheetRows.Blank || value instanceof SheetRows.Text text && text.text().isEmpty()) {
          continue;
        }
        PointField field = columns.get(c);
        String cell = SheetRows.cellName(row.number(), c);
        if (field == null) {
          problems.add(new RefusedCells.Cell(row.number(), "", cell, "a value in a column whose header names no property"));
        } else if (value instanceof SheetRows.Error error) {
          problems.add(new RefusedCells.Cell(row.number(), field.name(), cell, "the formula gives " + error.code() + ", not a value"));
        } else {
          point.put(field.name(), json(value, field, zone));
        }
      }
      points.add(point);
      pointRows.add(row.number());
    }
    if (points.isEmpty() && problems.isEmpty()) {
      problems.add(new RefusedCells.Cell(head.number() + 1, "", "", "no rows of figures below the header"));
    }
    if (!problems.isEmpty()) {
      throw new RefusedCells("the spreadsheet's header or cells are not the family's; nothing was stored", problems);
    }
    return new Parsed(points, pointRows, named);
  }

  /** The family's refusal of the points, each problem where the sheet shows it. */
  public static RefusedCells onCells(InvalidRequestException invalid, Parsed parsed) {
    List<RefusedCells.Cell> cells = new ArrayList<>();
    for (FieldError error : invalid.details()) {
      boolean located = error.index() != null && error.index() < parsed.rows().size();
      int row = located ? parsed.rows().get(error.index()) : 0;
      Integer column = parsed.columns().get(error.field());
      cells.add(new RefusedCells.Cell(row, error.field() == null ? "" : error.field(),
          located && column != null ? SheetRows.cellName(row, column) : "", error.message()));
    }
    return new RefusedCells(invalid.getMessage(), cells);
  }

  /** Row 1 names the properties, or labels them with row 2 naming them (the template), or labels them alone. */
  private static int headerRow(List<SheetRow> rows, Map<String, PointField> byName, Map<String, PointField> byLabel) {
    if (rows.isEmpty() || rows.get(0).blank()) {
      throw new RefusedCells("the spreadsheet has no header", List.of(new RefusedCells.Cell(1, "", "A1",
          "row 1 must name the columns: the JSON names (" + String.join(", ", byName.keySet()) + ") or their Chinese labels")));
    }
    if (!allIn(rows.get(0), byName) && allIn(rows.get(0), byLabel) && rows.size() > 1 && !rows.get(1).blank() && allIn(rows.get(1), byName)) {
      return 1;
    }
    return 0;
  }

  private static boolean allIn(SheetRow row, Map<String, PointField> names) {
    return row.cells().stream().allMatch(c -> c instanceof SheetRows.Blank || c instanceof SheetRows.Text text
        && (text.text().isBlank() || names.containsKey(text.text())));
  }

  /** A CSV template's sample and notes are lines that begin with '#'. */
  private static boolean comment(SheetRow row) {
    return !row.cells().isEmpty() && row.cells().get(0) instanceof SheetRows.Text text && text.text().startsWith("#");
  }

  /** A cell as the JSON point would carry it, typed by what the property is; what does not fit stays as it was, for the family to refuse. */
  private static Object json(SheetRows.Value value, PointField field, ZoneId zone) {
    return switch (field.role()) {
      case TIME -> time(value, zone);
      case DATE -> value instanceof SheetRows.DateTime time ? time.time().toLocalDate().toString() : plain(value);
      case COUNTER, GAUGE -> value instanceof SheetRows.Text text ? number(text.text()) : plain(value);
      case TAG, TEXT -> value instanceof SheetRows.Number number ? number.number().toPlainString()
          : value instanceof SheetRows.DateTime time ? time.time().toString() : plain(value);
    };
  }

  /** A spreadsheet's time, or a local one written as text, is in the bulletin's zone; a time with an offset is kept. */
  private static Object time(SheetRows.Value value, ZoneId zone) {
    if (value instanceof SheetRows.DateTime time) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.time().atZone(zone).toOffsetDateTime());
    }
    if (value instanceof SheetRows.Text text) {
      Optional<LocalDateTime> local = local(text.text());
      if (local.isPresent()) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.get().atZone(zone).toOffsetDateTime());
      }
    }
    return plain(value);
  }

  private static Optional<LocalDateTime> local(String text) {
    try {
      if (DAY.matcher(text).matches()) {
        return Optional.of(LocalDate.parse(text).atStartOfDay());
      }
      // A spreadsheet writes a date and time with a space where ISO has its T.
      return LOCAL_TIME.matcher(text).matches() ? Optional.of(LocalDateTime.parse(text.replace(' ', 'T'))) : Optional.empty();
    } catch (DateTimeParseException notADay) {
      return Optional.empty();
    }
  }

  /** A CSV cell of a counted property: a number when written as JSON writes one, else the text, which the family refuses. */
  private static Object number(String text) {
    if (!JSON_NUMBER.matcher(text).matches()) {
      return text;
    }
    BigDecimal number = new BigDecimal(text);
    if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
      BigInteger whole = number.toBigIntegerExact();
      return whole.bitLength() < 64 ? (Object) whole.longValueExact() : number;
    }
    return number;
  }

  private static Object plain(SheetRows.Value value) {
    if (value instanceof SheetRows.Text text) {
      return text.text();
    }
    if (value instanceof SheetRows.Number number) {
      BigDecimal n = number.number();
      return n.scale() <= 0 && n.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0 ? (Object) n.longValueExact() : n;
    }
    if (value instanceof SheetRows.Truth truth) {
      return truth.value();
    }
    return value instanceof SheetRows.DateTime time ? time.time().toString() : null;
  }
}
