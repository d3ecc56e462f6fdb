package com.citydata.bulletin.families.systemintegration;

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
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Self-built business systems connected to the one-window platform (附件8): per unit of kind city or district, the
 * systems planned and connected, gauges reported on a day.
 */
public final class SystemIntegrationFamily extends SeriesFamily {
  static final String TABLE = "system-integration";
  private static final PointField DATE = PointField.date("date", "日期", "the day the figures hold on, in the bulletin's time zone");
  private static final PointField UNIT = PointField.reporter("unit", "单位",
      "a catalog unit of kind city or district, by name or alias, stored under the name");
  private static final PointField PLANNED = PointField.gauge("planned", "计划接入总数", "套", "systems the unit plans to connect, now");
  private static final PointField CONNECTED = PointField.gauge("connected", "已接入数", "套", "systems connected now; at most planned");
  private static final PointShape POINT = PointShape.of("system_integration", DATE, UNIT, PLANNED, CONNECTED);
  private static final SeriesSchema SCHEMA = POINT.schema();

  public SystemIntegrationFamily() {
    super("system-integration", POINT);
  }

  @Override
  protected void point(PointReader point, IngestContext context, LineBatch.Builder lines) {
    point.rejectUnknownFields(POINT);
    Optional<LocalDate> date = point.pastDate(DATE.name(), context.now(), context.zone());
    Optional<Unit> unit = point.unit(UNIT, context, Set.of(UnitKind.CITY, UnitKind.DISTRICT), "integrating units");
    Optional<Long> planned = point.count(PLANNED);
    Optional<Long> connected = point.count(CONNECTED);
    if (date.isEmpty() || unit.isEmpty() || planned.isEmpty() || connected.isEmpty()
        || !point.atMost(CONNECTED.name(), connected.get(), PLANNED.name(), planned.get())) {
      return;
    }
    lines.point(POINT.measurement()).tag(UNIT.stored(), unit.get().name()).field(CONNECTED.stored(), connected.get())
        .field(PLANNED.stored(), planned.get()).at(date.get().atStartOfDay(context.zone()).toInstant());
  }

  @Override
  public List<RankingTable> rankings() {
    return List.of(RankingTable.of(TABLE, "SystemIntegrationTable", SystemIntegrationFamily::table));
  }

  @Override
  public BulletinPart bulletin() {
    return new SystemIntegrationBulletin();
  }

  /** Each unit's latest figures up to the window's end; the city level and the districts summed apart. */
  private static Future<JsonObject> table(RankingRequest request) {
    return request.series().window(WindowQuery.of(SCHEMA, List.of(UNIT.stored()), request.window().start(), request.window().end()))
        .map(rows -> {
          List<ProgressTable.Progress> progress = rows.stream()
              .map(r -> new ProgressTable.Progress(r.tag(0), r.gauge(PLANNED.stored()), r.gauge(CONNECTED.stored()), 0)).toList();
          JsonObject table = ProgressTable.table(TABLE, request.window(), request.catalog(), progress);
          table.getJsonObject("total").remove("extra");
          return table
              .put("city", ProgressTable.sum(progress.stream().filter(p -> request.catalog().kindOf(p.unit()) == UnitKind.CITY).toList()))
              .put("districts", ProgressTable.sum(progress.stream().filter(p -> request.catalog().kindOf(p.unit()) != UnitKind.CITY).toList()));
        });
  }

  @Override
  public String title() {
    return "自建业务办理系统接入“一窗平台”";
  }
}
