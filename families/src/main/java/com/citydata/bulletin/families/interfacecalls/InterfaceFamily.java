package com.citydata.bulletin.families.interfacecalls;

import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.family.Batch;
import com.citydata.bulletin.family.Family;
import com.citydata.bulletin.family.RankingRequest;
import com.citydata.bulletin.family.RankingTable;
import com.citydata.bulletin.ingest.CounterPoints;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.ranking.WeeklyRanking;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.storage.SeriesSchema;
import com.citydata.bulletin.storage.WindowQuery;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import java.util.List;
import java.util.Optional;

/** Interface calls (接口调用): per unit and business system, calls since the last report; 附件3. */
public final class InterfaceFamily implements Family {
  static final String TABLE = "interface-calls";
  private static final CounterPoints POINTS = new CounterPoints("system", "calls", InterfaceSeries::point);

  @Override
  public String name() {
    return "interface";
  }

  @Override
  public Optional<SeriesSchema> series() {
    return Optional.of(InterfaceSeries.SCHEMA);
  }

  @Override
  public Batch parse(JsonArray points, IngestContext context) {
    return new Batch.Series(POINTS.parse(points, context));
  }

  @Override
  public List<RankingTable> rankings() {
    return List.of(RankingTable.of(TABLE, "InterfaceRanking", request -> WeeklyRanking.rank(request,
        window -> figures(request, window), InterfaceRanking::previous,
        (now, lastWeek) -> InterfaceRanking.table(TABLE, request.window(), now, lastWeek))));
  }

  @Override
  public BulletinPart bulletin() {
    return new InterfaceBulletin();
  }

  private static Future<List<SystemFigures>> figures(RankingRequest request, WeekWindow window) {
    return request.series().window(WindowQuery.of(InterfaceSeries.SCHEMA,
            List.of(InterfaceSeries.TAG_UNIT, InterfaceSeries.TAG_SYSTEM), window.start(), window.end()))
        .map(rows -> rows.stream().map(row -> new SystemFigures(row.tag(0), row.tag(1),
            row.cumulative(InterfaceSeries.FIELD_CALLS), row.weekly(InterfaceSeries.FIELD_CALLS))).toList());
  }
}
