package com.citydata.bulletin.families.matterintegration;

import static com.citydata.bulletin.series.SeriesSchema.gauge;

import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.UnitKind;
import com.citydata.bulletin.family.RankingRequest;
import com.citydata.bulletin.family.RankingTable;
import com.citydata.bulletin.family.SeriesFamily;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.ingest.PointReader;
import com.citydata.bulletin.ranking.ProgressTable;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.series.WindowQuery;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Matters connected to the one-window platform (附件9, 附件10): per unit, the matters planned (待确认总数) and
 * connected, and those connected beyond the plan, gauges reported on a day. Departments and districts rank apart.
 */
public final class MatterIntegrationFamily extends SeriesFamily {
  static final String DEPARTMENTS = "matter-integration-departments";
  static final String DISTRICTS = "matter-integration-districts";
  /** Departments, companies and special sources rank in 附件9, districts in 附件10; the city level in neither. */
  private static final Set<UnitKind> RANKED = EnumSet.complementOf(EnumSet.of(UnitKind.CITY));
  static final String PLANNED = "planned";
  static final String CONNECTED = "connected";
  static final String EXTRA = "extra";
  static final SeriesSchema SCHEMA = new SeriesSchema("matter_integration", List.of("unit"),
      List.of(gauge(PLANNED), gauge(CONNECTED), gauge(EXTRA)));
  private static final Set<String> FIELDS = Set.of("date", "unit", "planned", "connected", "extra");

  public MatterIntegrationFamily() {
    super("matter-integration", SCHEMA);
  }

  @Override
  protected void point(PointReader point, IngestContext context, LineBatch.Builder lines) {
    point.rejectUnknownFields(FIELDS);
    Optional<LocalDate> date = point.pastDate("date", context.now(), context.zone());
    Optional<Unit> unit = point.unit("unit", context, RANKED, "the units connecting matters");
    Optional<Long> planned = point.count("planned");
    Optional<Long> connected = point.count("connected");
    Optional<Long> extra = point.has("extra") ? point.count("extra") : Optional.of(0L);
    if (date.isEmpty() || unit.isEmpty() || planned.isEmpty() || connected.isEmpty() || extra.isEmpty()
        || !point.atMost("connected", connected.get(), "planned", planned.get())) {
      return;
    }
    lines.point(SCHEMA.measurement()).tag("unit", unit.get().name()).field(CONNECTED, connected.get()).field(EXTRA, extra.get())
        .field(PLANNED, planned.get()).at(date.get().atStartOfDay(context.zone()).toInstant());
  }

  /** 附件9 takes the departments (neither the city level nor a district), 附件10 the districts. */
  @Override
  public List<RankingTable> rankings() {
    return List.of(
        RankingTable.of(DEPARTMENTS, "MatterIntegrationTable", r -> table(r, DEPARTMENTS, k -> k != UnitKind.CITY && k != UnitKind.DISTRICT)),
        RankingTable.of(DISTRICTS, "MatterIntegrationTable", r -> table(r, DISTRICTS, k -> k == UnitKind.DISTRICT)));
  }

  @Override
  public BulletinPart bulletin() {
    return new MatterIntegrationBulletin();
  }

  private static Future<JsonObject> table(RankingRequest request, String name, Predicate<UnitKind> scope) {
    return request.series().window(WindowQuery.of(SCHEMA, List.of("unit"), request.window().start(), request.window().end()))
        .map(rows -> ProgressTable.table(name, request.window(), request.catalog(), rows.stream()
            .filter(r -> scope.test(request.catalog().kindOf(r.tag(0))))
            .map(r -> new ProgressTable.Progress(r.tag(0), r.gauge(PLANNED), r.gauge(CONNECTED), r.gauge(EXTRA))).toList()));
  }
}
