package com.citydata.bulletin.dingtalk;

import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.ingest.IngestFamily;
import com.citydata.bulletin.ingest.PointReader;
import com.citydata.bulletin.ingest.PointsParser;
import com.citydata.bulletin.storage.SeriesPoint;
import io.vertx.core.json.JsonArray;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * DingTalk activity (政务钉钉): one unit's gauges for one day. Registered ≥ activated ≥ active, and the optional
 * weekly_active (distinct users active in the seven days up to that date) is at most activated.
 */
public final class DingtalkFamily implements IngestFamily {
  public static final String NAME = "dingtalk";
  private static final Set<String> FIELDS = Set.of("date", "unit", "registered", "activated", "active", "weekly_active");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<SeriesPoint> toSeries(JsonArray points, IngestContext context) {
    return PointsParser.parseAll(points, point -> parse(point, context));
  }

  private static Optional<SeriesPoint> parse(PointReader point, IngestContext context) {
    point.rejectUnknownFields(FIELDS);
    Optional<LocalDate> date = point.date("date");
    Optional<Unit> unit = point.unit("unit", context.catalog());
    Optional<Long> registered = point.count("registered");
    Optional<Long> activated = point.count("activated");
    Optional<Long> active = point.count("active");
    Optional<Long> weeklyActive = point.optionalCount("weekly_active");
    if (date.isEmpty() || unit.isEmpty() || registered.isEmpty() || activated.isEmpty() || active.isEmpty()
        || (point.has("weekly_active") && weeklyActive.isEmpty())) {
      return Optional.empty();
    }
    boolean consistent = true;
    if (date.get().atStartOfDay(context.zone()).toInstant().isAfter(context.now())) {
      point.error("date", "'" + date.get() + "' has not begun yet");
      consistent = false;
    }
    if (activated.get() > registered.get()) {
      point.error("activated", "activated (" + activated.get() + ") exceeds registered (" + registered.get() + ")");
      consistent = false;
    }
    if (active.get() > activated.get()) {
      point.error("active", "active (" + active.get() + ") exceeds activated (" + activated.get() + ")");
      consistent = false;
    }
    if (weeklyActive.isPresent() && weeklyActive.get() > activated.get()) {
      point.error("weekly_active", "weekly_active (" + weeklyActive.get() + ") exceeds activated (" + activated.get() + ")");
      consistent = false;
    }
    if (!consistent) {
      return Optional.empty();
    }
    return Optional.of(DingtalkSeries.point(date.get().atStartOfDay(context.zone()).toInstant(), unit.get().name(),
        registered.get(), activated.get(), active.get(),
        weeklyActive.map(OptionalLong::of).orElse(OptionalLong.empty())));
  }
}
