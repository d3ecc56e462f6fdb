package com.citydata.bulletin.families.opendata;

import static com.citydata.bulletin.series.SeriesSchema.counter;
import static com.citydata.bulletin.series.SeriesSchema.gauge;

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
import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.series.WindowQuery;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Open data (数据开放): per unit, the data sets it has opened (a gauge) and their downloads since its previous report
 * (an increment). A family written from scratch against the family API alone, to show what adding one takes.
 */
public final class OpenDataFamily extends SeriesFamily {
  static final String TABLE = "opendata-downloads";
  private static final String UNIT = "unit";
  private static final String DATASETS = "datasets";
  private static final String DOWNLOADS = "downloads";
  private static final Set<String> FIELDS = Set.of("time", UNIT, DATASETS, DOWNLOADS);
  private static final SeriesSchema SCHEMA = new SeriesSchema("opendata", List.of(UNIT),
      List.of(gauge(DATASETS), counter(DOWNLOADS)));

  /** One unit's figures for a window. */
  record UnitFigures(String unit, long datasets, long cumulative, long weekly) {
  }

  public OpenDataFamily() {
    super("opendata", SCHEMA);
  }

  @Override
  protected void point(PointReader point, IngestContext context, LineBatch.Builder lines) {
    point.rejectUnknownFields(FIELDS);
    Optional<Instant> time = point.time("time", context.now());
    Optional<Unit> unit = point.unit(UNIT, context);
    Optional<Long> datasets = point.count(DATASETS);
    Optional<Long> downloads = point.count(DOWNLOADS);
    if (time.isEmpty() || unit.isEmpty() || datasets.isEmpty() || downloads.isEmpty()) {
      return;
    }
    lines.point(SCHEMA.measurement()).tag(UNIT, unit.get().name())
        .field(DATASETS, datasets.get()).field(DOWNLOADS, downloads.get()).at(time.get());
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
    return request.series().window(WindowQuery.of(SCHEMA, List.of(UNIT), window.start(), window.end()))
        .map(rows -> rows.stream().map(row -> new UnitFigures(row.tag(0), row.gauge(DATASETS), row.cumulative(DOWNLOADS),
            row.weekly(DOWNLOADS))).toList());
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
        .put(DATASETS, ranked.stream().mapToLong(UnitFigures::datasets).sum())
        .put("cumulative", ranked.stream().mapToLong(UnitFigures::cumulative).sum())
        .put("weekly", ranked.stream().mapToLong(UnitFigures::weekly).sum());
    return RankedRows.table(TABLE, window, RankedRows.rows(ranked, f -> new JsonObject().put(UNIT, f.unit())
            .put(DATASETS, f.datasets()).put("cumulative", f.cumulative()).put("weekly", f.weekly()),
        UnitFigures::unit, "weekly", UnitFigures::weekly, lastWeek), RankedRows.weeklyTotal(total, lastWeek));
  }
}
