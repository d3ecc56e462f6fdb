package com.citydata.bulletin.families.matterintegration;

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
import com.citydata.bulletin.series.PointField;
import com.citydata.bulletin.series.PointShape;
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
  private static final PointField DATE = PointField.date("date", "日期", "the day the figures hold on, in the bulletin's time zone");
  private static final PointField UNIT = PointField.reporter("unit", "单位",
      "a catalog unit not of kind city, by name or alias, stored under the name");
  private static final PointField PLANNED = PointField.gauge("planned", "待确认总数", "项", "matters the unit plans to connect, now");
  private static final PointField CONNECTED = PointField.gauge("connected", "已接入数", "项", "matters connected now; at most planned");
  private static final PointField EXTRA = PointField.gauge("extra", "超额接入事项数", "项", "matters connected beyond the plan; 0 when left out")
      .optional();
  private static final PointShape POINT = PointShape.of("matter_integration", DATE, UNIT, PLANNED, CONNECTED, EXTRA);
  private static final SeriesSchema SCHEMA = POINT.schema();

  public MatterIntegrationFamily() {
    super("matter-integration", POINT);
  }

  @Override
  protected void point(PointReader point, IngestContext context, LineBatch.Builder lines) {
    point.rejectUnknownFields(POINT);
    Optional<LocalDate> date = point.pastDate(DATE.name(), context.now(), context.zone());
    Optional<Unit> unit = point.unit(UNIT, context, RANKED, "the units connecting matters");
    Optional<Long> planned = point.count(PLANNED);
    Optional<Long> connected = point.count(CONNECTED);
    Optional<Long> extra = point.has(EXTRA.name()) ? point.count(EXTRA) : Optional.of(0L);
    if (date.isEmpty() || unit.isEmpty() || planned.isEmpty() || connected.isEmpty() || extra.isEmpty()
        || !point.atMost(CONNECTED.name(), connected.get(), PLANNED.name(), planned.get())) {
      return;
    }
    lines.point(POINT.measurement()).tag(UNIT.stored(), unit.get().name()).field(CONNECTED.stored(), connected.get())
        .field(EXTRA.stored(), extra.get()).field(PLANNED.stored(), planned.get())
        .at(date.get().atStartOfDay(context.zone()).toInstant());
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
    return request.series().window(WindowQuery.of(SCHEMA, List.of(UNIT.stored()), request.window().start(), request.window().end()))
        .map(rows -> ProgressTable.table(name, request.window(), request.catalog(), rows.stream()
            .filter(r -> scope.test(request.catalog().kindOf(r.tag(0))))
            .map(r -> new ProgressTable.Progress(r.tag(0), r.gauge(PLANNED.stored()), r.gauge(CONNECTED.stored()),
                r.gauge(EXTRA.stored()))).toList()));
  }

  @Override
  public String title() {
    return "事项接入“一窗受理”平台";
  }
}
