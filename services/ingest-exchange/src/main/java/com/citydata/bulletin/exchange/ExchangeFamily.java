package com.citydata.bulletin.exchange;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.ingest.IngestFamily;
import com.citydata.bulletin.ingest.PointReader;
import com.citydata.bulletin.ingest.PointsParser;
import com.citydata.bulletin.storage.SeriesPoint;
import io.vertx.core.json.JsonArray;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Data exchange (归集/推送): per unit, records collected or pushed since the last report (an increment) and the
 * current number of resource tables and fields (gauges).
 */
public final class ExchangeFamily implements IngestFamily {
  public static final String NAME = "exchange";
  private static final Set<String> FIELDS = Set.of("time", "direction", "unit", "tables", "fields", "records");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<SeriesPoint> toSeries(JsonArray points, IngestContext context) {
    return PointsParser.parseAll(points, point -> parse(point, context.catalog(), context.now()));
  }

  private static Optional<SeriesPoint> parse(PointReader point, Catalog catalog, Instant now) {
    point.rejectUnknownFields(FIELDS);
    Optional<Instant> time = point.time("time", now);
    Optional<Direction> direction = point.choice("direction", Direction::fromWire, Direction.wireNames());
    Optional<Unit> unit = point.unit("unit", catalog);
    Optional<Long> tables = point.count("tables");
    Optional<Long> fields = point.count("fields");
    Optional<Long> records = point.count("records");
    if (time.isEmpty() || direction.isEmpty() || unit.isEmpty() || tables.isEmpty() || fields.isEmpty() || records.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ExchangeSeries.point(time.get(), direction.get(), unit.get().name(), tables.get(), fields.get(), records.get()));
  }
}
