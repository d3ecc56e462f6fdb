package com.citydata.bulletin.pagequery;

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

/** Page queries (页面查询): per unit and query module, visits since the last report (an increment). */
public final class PageQueryFamily implements IngestFamily {
  public static final String NAME = "pagequery";
  private static final Set<String> FIELDS = Set.of("time", "unit", "module", "visits");

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
      Optional<String> module = point.text("module");
      Optional<Long> visits = point.count("visits");
      if (time.isEmpty() || unit.isEmpty() || module.isEmpty() || visits.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(PageQuerySeries.point(time.get(), unit.get().name(), module.get().trim(), visits.get()));
    });
  }
}
