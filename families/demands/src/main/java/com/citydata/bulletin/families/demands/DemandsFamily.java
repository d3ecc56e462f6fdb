package com.citydata.bulletin.families.demands;

import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.family.RankingRequest;
import com.citydata.bulletin.family.RankingTable;
import com.citydata.bulletin.family.SeriesFamily;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.ingest.PointReader;
import com.citydata.bulletin.ranking.RankingWindows;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.WindowQuery;
import com.citydata.bulletin.series.WindowRow;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sharing demands (各部门提出数据共享需求): the open push, interface and page-query demands of each unit, gauges
 * reported on a day; 附件6's second table sums them over units on the last four bulletin days.
 */
public final class DemandsFamily extends SeriesFamily {
  static final String TABLE = "sharing-demands";
  /** The bulletin days the table shows, the week's own last. */
  static final int DAYS = 4;

  public DemandsFamily() {
    super("demands", DemandsSeries.POINT);
  }

  @Override
  protected void point(PointReader point, IngestContext context, LineBatch.Builder lines) {
    point.rejectUnknownFields(DemandsSeries.POINT);
    Optional<LocalDate> date = point.pastDate(DemandsSeries.DATE.name(), context.now(), context.zone());
    Optional<Unit> unit = point.unit(DemandsSeries.UNIT, context);
    Optional<Long> push = point.count(DemandsSeries.PUSH);
    Optional<Long> interfaces = point.count(DemandsSeries.INTERFACE);
    Optional<Long> pageQueries = point.count(DemandsSeries.PAGEQUERY);
    if (date.isEmpty() || unit.isEmpty() || push.isEmpty() || interfaces.isEmpty() || pageQueries.isEmpty()) {
      return;
    }
    DemandsSeries.write(lines, date.get().atStartOfDay(context.zone()).toInstant(), unit.get().name(),
        push.get(), interfaces.get(), pageQueries.get());
  }

  @Override
  public List<RankingTable> rankings() {
    return List.of(RankingTable.of(TABLE, "SharingDemandsTable", DemandsFamily::table));
  }

  @Override
  public BulletinPart bulletin() {
    return new DemandsBulletin();
  }

  /** Each row sums, over units, each unit's latest figures on or before that bulletin day. */
  private static Future<JsonObject> table(RankingRequest request) {
    List<WeekWindow> days = new ArrayList<>();
    WeekWindow window = request.window();
    for (int i = 0; i < DAYS; i++) {
      days.add(0, window);
      window = window.previous();
    }
    List<Future<List<WindowRow>>> reads = days.stream().map(day -> request.series().window(
        WindowQuery.of(DemandsSeries.SCHEMA, List.of(DemandsSeries.UNIT.stored()), day.start(), day.end()))).toList();
    return Future.all(reads).map(done -> {
      JsonArray rows = new JsonArray();
      JsonObject last = null;
      for (int i = 0; i < days.size(); i++) {
        List<WindowRow> units = reads.get(i).result();
        last = new JsonObject()
            .put("date", days.get(i).bulletinDay().toString())
            .put("units", units.size())
            .put("push", units.stream().mapToLong(u -> u.gauge(DemandsSeries.PUSH.stored())).sum())
            .put("interface", units.stream().mapToLong(u -> u.gauge(DemandsSeries.INTERFACE.stored())).sum())
            .put("pagequery", units.stream().mapToLong(u -> u.gauge(DemandsSeries.PAGEQUERY.stored())).sum());
        rows.add(last);
      }
      return new JsonObject()
          .put("table", TABLE)
          .put("window", RankingWindows.toJson(request.window()))
          .put("rows", rows)
          .put("total", last.copy().put("date", request.window().bulletinDay().toString()));
    });
  }

  @Override
  public String title() {
    return "数据共享需求";
  }
}
