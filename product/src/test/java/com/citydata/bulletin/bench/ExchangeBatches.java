package com.citydata.bulletin.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The ingest phases' batches: every unit of the catalog in both directions at one instant, 1,000 exchange points,
 * as the product's JSON and as InfluxDB line protocol with millisecond times. Each phase writes its own day, one
 * batch a minute, so every door appends fresh rows in time order; the values are the same in every phase.
 */
final class ExchangeBatches {
  private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 4);
  private static final ZoneOffset BULLETIN_ZONE = ZoneOffset.ofHours(8);
  /** With the seconds always: OffsetDateTime.toString() drops zero seconds, which the contract's date-time refuses. */
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private final Catalog catalog;
  private final Instant start;

  /** @param phase which phase of the run, so phases never write the same instants */
  ExchangeBatches(Catalog catalog, int phase) {
    this.catalog = catalog;
    this.start = FIRST_DAY.plusDays(phase).atStartOfDay().toInstant(BULLETIN_ZONE);
  }

  static int size(Catalog catalog) {
    return catalog.units.size() * 2;
  }

  /** A point's figures, the same for a unit and direction in every phase. */
  private record Figures(String direction, String unit, long tables, long fields, long records) {
  }

  private Figures figures(Catalog.Unit unit, int direction, int batch) {
    long tables = 10 + unit.index() % 90;
    return new Figures(direction == 0 ? "collect" : "push", unit.name(), tables, tables * 12, 1_000L + (unit.index() * 37L + batch) % 5_000);
  }

  private Instant time(int batch) {
    return start.plusSeconds(60L * batch);
  }

  JsonObject json(int batch) {
    JsonArray points = new JsonArray();
    String time = TIME.format(time(batch).atOffset(BULLETIN_ZONE));
    for (Catalog.Unit unit : catalog.units) {
      for (int direction = 0; direction < 2; direction++) {
        Figures f = figures(unit, direction, batch);
        points.add(new JsonObject().put("time", time).put("direction", f.direction()).put("unit", f.unit())
            .put("tables", f.tables()).put("fields", f.fields()).put("records", f.records()));
      }
    }
    return new JsonObject().put("points", points);
  }

  /** Measurement exchange, tags direction and unit, integer fields as the store names them: for the store's own write. */
  String lineProtocol(int batch) {
    return lines(batch, "table_count", "field_count");
  }

  /** The same points as the product's door takes them: the JSON point's property names. */
  String doorLines(int batch) {
    return lines(batch, "tables", "fields");
  }

  private String lines(int batch, String tablesField, String fieldsField) {
    StringBuilder lines = new StringBuilder(catalog.units.size() * 2 * 100);
    long millis = time(batch).toEpochMilli();
    for (Catalog.Unit unit : catalog.units) {
      for (int direction = 0; direction < 2; direction++) {
        Figures f = figures(unit, direction, batch);
        lines.append("exchange,direction=").append(f.direction()).append(",unit=").append(escapeTag(f.unit()))
            .append(' ').append(tablesField).append('=').append(f.tables()).append("i,").append(fieldsField).append('=').append(f.fields())
            .append("i,records=").append(f.records()).append("i ").append(millis).append('\n');
      }
    }
    return lines.toString();
  }

  private static String escapeTag(String value) {
    return value.replace("\\", "\\\\").replace(",", "\\,").replace("=", "\\=").replace(" ", "\\ ");
  }
}
