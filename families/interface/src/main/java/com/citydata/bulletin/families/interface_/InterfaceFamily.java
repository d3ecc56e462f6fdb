package com.citydata.bulletin.families.interface_;

import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.family.RankingRequest;
import com.citydata.bulletin.family.RankingTable;
import com.citydata.bulletin.family.SeriesFamily;
import com.citydata.bulletin.ingest.CounterPoints;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.ingest.PointReader;
import com.citydata.bulletin.ranking.WeeklyRanking;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.WindowQuery;
import io.vertx.core.Future;
import java.util.List;

/** Interface calls (接口调用): per unit and business system, calls since the last report; 附件3. */
public final class InterfaceFamily extends SeriesFamily {
  static final String TABLE = "interface-calls";
  private static final CounterPoints POINTS = new CounterPoints(InterfaceSeries.TIME, InterfaceSeries.UNIT, InterfaceSeries.SYSTEM,
      InterfaceSeries.CALLS, InterfaceSeries::write);

  public InterfaceFamily() {
    super("interface", InterfaceSeries.POINT);
  }

  @Override
  protected void point(PointReader point, IngestContext context, LineBatch.Builder lines) {
    POINTS.point(point, context, lines);
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
            List.of(InterfaceSeries.UNIT.stored(), InterfaceSeries.SYSTEM.stored()), window.start(), window.end()))
        .map(rows -> rows.stream().map(row -> new SystemFigures(row.tag(0), row.tag(1),
            row.cumulative(InterfaceSeries.CALLS.stored()), row.weekly(InterfaceSeries.CALLS.stored()))).toList());
  }

  @Override
  public String title() {
    return "接口调用";
  }
}
