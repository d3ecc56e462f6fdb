package com.citydata.bulletin.families.eseal;

import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.UnitKind;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.family.RankingRequest;
import com.citydata.bulletin.family.RankingTable;
import com.citydata.bulletin.family.SeriesFamily;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.ingest.PointReader;
import com.citydata.bulletin.ranking.WeeklyRanking;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.WindowQuery;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** E-seals (电子签章): per region (the city level or a district) and seal, stamps since the last report; 附件4. */
public final class EsealFamily extends SeriesFamily {
  static final String REGIONS = "eseal-regions";
  static final String CITY_SEALS = "eseal-city-seals";
  private static final Set<UnitKind> REGION_KINDS = Set.of(UnitKind.CITY, UnitKind.DISTRICT);

  public EsealFamily() {
    super("eseal", EsealSeries.POINT);
  }

  @Override
  protected void point(PointReader point, IngestContext context, LineBatch.Builder lines) {
    point.rejectUnknownFields(EsealSeries.POINT);
    Optional<Instant> time = point.time(EsealSeries.TIME, context.now());
    Optional<Unit> region = point.unit(EsealSeries.REGION, context, REGION_KINDS, "e-seal regions");
    Optional<String> seal = point.name(EsealSeries.SEAL);
    Optional<Long> stamps = point.count(EsealSeries.STAMPS);
    if (time.isEmpty() || region.isEmpty() || seal.isEmpty() || stamps.isEmpty()) {
      return;
    }
    EsealSeries.write(lines, time.get(), region.get().name(), seal.get(), stamps.get());
  }

  @Override
  public List<RankingTable> rankings() {
    return List.of(
        RankingTable.of(REGIONS, "EsealRegionsRanking", request -> WeeklyRanking.rank(request, window -> seals(request, window),
            before -> EsealRanking.previousRegions(request.catalog(), before),
            (now, lastWeek) -> EsealRanking.regionTable(REGIONS, request.window(), request.catalog(), now, lastWeek))),
        RankingTable.of(CITY_SEALS, "EsealCitySealsRanking", request -> WeeklyRanking.rank(request, window -> seals(request, window),
            before -> EsealRanking.previousCitySeals(request.catalog(), before),
            (now, lastWeek) -> EsealRanking.citySealTable(CITY_SEALS, request.window(), request.catalog(), now, lastWeek)),
            table -> table.getJsonObject("total").getLong("seals", 0L) > 0));
  }

  @Override
  public BulletinPart bulletin() {
    return new EsealBulletin();
  }

  private static Future<List<SealFigures>> seals(RankingRequest request, WeekWindow window) {
    return request.series().window(WindowQuery.of(EsealSeries.SCHEMA,
            List.of(EsealSeries.REGION.stored(), EsealSeries.SEAL.stored()), window.start(), window.end()))
        .map(rows -> rows.stream().map(row -> new SealFigures(row.tag(0), row.tag(1),
            row.cumulative(EsealSeries.STAMPS.stored()), row.weekly(EsealSeries.STAMPS.stored()))).toList());
  }

  @Override
  public String title() {
    return "电子签章";
  }
}
