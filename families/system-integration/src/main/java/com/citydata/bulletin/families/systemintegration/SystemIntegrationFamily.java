package com.citydata.bulletin.families.systemintegration;

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
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Self-built business systems connected to the one-window platform (附件8): per unit of kind city or district, the
 * systems planned and connected, gauges reported on a day.
 */
public final class SystemIntegrationFamily extends SeriesFamily {
  static final String TABLE = "system-integration";
  static final String PLANNED = "planned";
  static final String CONNECTED = "connected";
  static final SeriesSchema SCHEMA = new SeriesSchema("system_integration", List.of("unit"), List.of(gauge(PLANNED), gauge(CONNECTED)));
  private static final Set<String> FIELDS = Set.of("date", "unit", "planned", "connected");

  public SystemIntegrationFamily() {
    super("system-integration", SCHEMA);
  }

  @Override
  protected void point(PointReader point, IngestContext context, LineBatch.Builder lines) {
    point.rejectUnknownFields(FIELDS);
    Optional<LocalDate> date = point.pastDate("date", context.now(), context.zone());
    Optional<Unit> unit = point.unit("unit", context, Set.of(UnitKind.CITY, UnitKind.DISTRICT), "integrating units");
    Optional<Long> planned = point.count("planned");
    Optional<Long> connected = point.count("connected");
    if (date.isEmpty() || unit.isEmpty() || planned.isEmpty() || connected.isEmpty()
        || !point.atMost("connected", connected.get(), "planned", planned.get())) {
      return;
    }
    lines.point(SCHEMA.measurement()).tag("unit", unit.get().name()).field(CONNECTED, connected.get()).field(PLANNED, planned.get())
        .at(date.get().atStartOfDay(context.zone()).toInstant());
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
    return request.series().window(WindowQuery.of(SCHEMA, List.of("unit"), request.window().start(), request.window().end()))
        .map(rows -> {
          List<ProgressTable.Progress> progress = rows.stream()
              .map(r -> new ProgressTable.Progress(r.tag(0), r.gauge(PLANNED), r.gauge(CONNECTED), 0)).toList();
          JsonObject table = ProgressTable.table(TABLE, request.window(), request.catalog(), progress);
          table.getJsonObject("total").remove("extra");
          return table
              .put("city", ProgressTable.sum(progress.stream().filter(p -> request.catalog().kindOf(p.unit()) == UnitKind.CITY).toList()))
              .put("districts", ProgressTable.sum(progress.stream().filter(p -> request.catalog().kindOf(p.unit()) != UnitKind.CITY).toList()));
        });
  }
}
