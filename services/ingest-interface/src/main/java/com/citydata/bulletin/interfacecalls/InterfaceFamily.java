package com.citydata.bulletin.interfacecalls;

import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.ingest.IngestFamily;
import com.citydata.bulletin.ingest.PointsParser;
import com.citydata.bulletin.storage.SeriesPoint;
import io.vertx.core.json.JsonArray;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Interface calls (接口调用): per unit and business system, calls since the last report (an increment). */
public final class InterfaceFamily implements IngestFamily {
  public static final String NAME = "interface";
  private static final Set<String> FIELDS = Set.of("time", "unit", "system", "calls");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<SeriesPoint> toSeries(JsonArray points, IngestContext context) {
    return PointsParser.parseAll(points, point -> {
      point.rejectUnknownFields(FIELDS);
      Optional<Instant> time = point.time("time", context.now());
      Optional<Unit> unit = point.unit("unit", context.catalog());
      Optional<String> system = point.text("system");
      Optional<Long> calls = point.count("calls");
      if (time.isEmpty() || unit.isEmpty() || system.isEmpty() || calls.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(InterfaceSeries.point(time.get(), unit.get().name(), system.get().trim(), calls.get()));
    });
  }
}
