package com.citydata.bulletin.family;

import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.ingest.PointReader;
import com.citydata.bulletin.ingest.PointsParser;
import com.citydata.bulletin.records.StoredRecord;
import com.citydata.bulletin.series.SeriesSchema;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A family whose data is a list an editor replaces for a day ({@code PUT /api/v1/records/<name>/{date}}), kept as
 * records in PostgreSQL: one record an item, keyed by its unit, in the order given.
 */
public abstract class RecordListFamily implements Family {
  private final String name;

  protected RecordListFamily(String name) {
    this.name = name;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Optional<SeriesSchema> series() {
    return Optional.empty();
  }

  @Override
  public final Batch parse(JsonArray items, IngestContext context) {
    LocalDate day = context.day().orElseThrow(() -> new InvalidRequestException("a list replaces a day's list",
        List.of(new FieldError(null, "date", "is required in the path: PUT /api/v1/records/" + name + "/{date}"))));
    Set<String> units = new HashSet<>();
    int[] position = {0};
    List<StoredRecord> records = PointsParser.parseAll(items, item -> item(item, context).flatMap(value -> {
      String unit = value.getString("unit");
      if (!units.add(unit)) {
        item.error("unit", "'" + unit + "' is listed twice");
        return Optional.empty();
      }
      return Optional.of(new StoredRecord(name, day, unit, value.put("position", position[0]++)));
    }));
    return new Batch.Records(records, List.of(day));
  }

  /** One item as stored, with its canonical "unit", or empty when the reader recorded what is wrong with it. */
  protected abstract Optional<JsonObject> item(PointReader item, IngestContext context);
}
