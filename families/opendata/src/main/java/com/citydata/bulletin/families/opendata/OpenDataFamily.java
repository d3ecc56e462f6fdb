package com.citydata.bulletin.families.opendata;

import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.family.RankingRequest;
import com.citydata.bulletin.family.RankingTable;
import com.citydata.bulletin.family.SeriesFamily;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.ingest.PointReader;
import com.citydata.bulletin.ranking.RankedRows;
import com.citydata.bulletin.ranking.WeekOverWeek;
import com.citydata.bulletin.ranking.WeeklyRanking;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.PointField;
import com.citydata.bulletin.series.PointShape;
import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.series.WindowQuery;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Open data (数据开放): per unit, the data sets it has opened (a gauge) and their downloads since its previous report
 * (an increment). A family written from scratch against the family API alone, to show what adding one takes.
 */
public final class OpenDataFamily extends SeriesFamily {
  static final String TABLE = "opendata-downloads";
  private static final PointField TIME = PointField.time("time", "时间", "when the figures were taken");
  private static final PointField UNIT = PointField.reporter("unit", "单位", "a catalog unit's name or alias, stored under the name");
  private static final PointField DATASETS = PointField.gauge("datasets", "数据集", "个", "data sets the unit has opened, now");
  private static final PointField DOWNLOADS = PointField.counter("downloads", "下载", "次", "downloads since the unit's previous report");
  private static final PointShape POINT = PointShape.of("opendata", TIME, UNIT, DATASETS, DOWNLOADS);
  private static final SeriesSchema SCHEMA = POINT.schema();

  /** One unit's figures for a window. */
  record UnitFigures(String unit, long datasets, long cumulative, long weekly) {
  }

  public OpenDataFamily() {
    super("opendata", POINT);
  }

  @Override
  protected void point(PointReader point, IngestContext context, LineBatch.Builder lines) {
    point.rejectUnknownFields(POINT);
    Optional<Instant> time = point.time(TIME, context.now());
    Optional<Unit> unit = point.unit(UNIT, context);
    Optional<Long> datasets = point.count(DATASETS);
    Optional<Long> downloads = point.count(DOWNLOADS);
    if (time.isEmpty() || unit.isEmpty() || datasets.isEmpty() || downloads.isEmpty()) {
      return;
    }
    lines.point(POINT.measurement()).tag(UNIT.stored(), unit.get().name())
        .field(DATASETS.stored(), datasets.get()).field(DOWNLOADS.stored(), downloads.get()).at(time.get());
  }

  /** Every unit by its weekly downloads (ties: more data sets, then name), and the total. */
  @Override
  public List<RankingTable> rankings() {
    return List.of(RankingTable.of(TABLE, "OpenDataRanking", request -> WeeklyRanking.rank(request,
        window -> figures(request, window),
        lastWeek -> WeekOverWeek.against(ranked(lastWeek), UnitFigures::unit, UnitFigures::weekly,
            lastWeek.stream().mapToLong(UnitFigures::weekly).sum()),
        (now, lastWeek) -> table(request.window(), now, lastWeek))));
  }

  @Override
  public BulletinPart bulletin() {
    return new OpenDataBulletin();
  }

  private static Future<List<UnitFigures>> figures(RankingRequest request, WeekWindow window) {
    return request.series().window(WindowQuery.of(SCHEMA, List.of(UNIT.stored()), window.start(), window.end()))
        .map(rows -> rows.stream().map(row -> new UnitFigures(row.tag(0), row.gauge(DATASETS.stored()),
            row.cumulative(DOWNLOADS.stored()), row.weekly(DOWNLOADS.stored()))).toList());
  }

  private static List<UnitFigures> ranked(List<UnitFigures> figures) {
    List<UnitFigures> ranked = new ArrayList<>(figures);
    ranked.sort(Comparator.comparingLong(UnitFigures::weekly).reversed()
        .thenComparing(Comparator.comparingLong(UnitFigures::datasets).reversed()).thenComparing(UnitFigures::unit));
    return ranked;
  }

  static JsonObject table(WeekWindow window, List<UnitFigures> figures, WeekOverWeek lastWeek) {
    List<UnitFigures> ranked = ranked(figures);
    JsonObject total = new JsonObject()
        .put("units", ranked.size())
        .put("datasets", ranked.stream().mapToLong(UnitFigures::datasets).sum())
        .put("cumulative", ranked.stream().mapToLong(UnitFigures::cumulative).sum())
        .put("weekly", ranked.stream().mapToLong(UnitFigures::weekly).sum());
    return RankedRows.table(TABLE, window, RankedRows.rows(ranked, f -> new JsonObject().put("unit", f.unit())
            .put("datasets", f.datasets()).put("cumulative", f.cumulative()).put("weekly", f.weekly()),
        UnitFigures::unit, "weekly", UnitFigures::weekly, lastWeek), RankedRows.weeklyTotal(total, lastWeek));
  }

  @Override
  public String title() {
    return "数据开放";
  }
}
