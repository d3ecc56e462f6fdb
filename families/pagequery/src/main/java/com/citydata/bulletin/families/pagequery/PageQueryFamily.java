package com.citydata.bulletin.families.pagequery;

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

/** Page queries (页面查询): per unit and query module, visits since the last report; 附件6's first table. */
public final class PageQueryFamily extends SeriesFamily {
  static final String TABLE = "pagequery-visits";
  private static final CounterPoints POINTS = new CounterPoints(PageQuerySeries.TIME, PageQuerySeries.UNIT, PageQuerySeries.MODULE,
      PageQuerySeries.VISITS, PageQuerySeries::write);

  public PageQueryFamily() {
    super("pagequery", PageQuerySeries.POINT);
  }

  @Override
  protected void point(PointReader point, IngestContext context, LineBatch.Builder lines) {
    POINTS.point(point, context, lines);
  }

  @Override
  public List<RankingTable> rankings() {
    return List.of(RankingTable.of(TABLE, "PageQueryRanking", request -> WeeklyRanking.rank(request,
        window -> figures(request, window), PageQueryRanking::previous,
        (now, lastWeek) -> PageQueryRanking.table(TABLE, request.window(), now, lastWeek))));
  }

  @Override
  public BulletinPart bulletin() {
    return new PageQueryBulletin();
  }

  private static Future<List<ModuleFigures>> figures(RankingRequest request, WeekWindow window) {
    return request.series().window(WindowQuery.of(PageQuerySeries.SCHEMA,
            List.of(PageQuerySeries.UNIT.stored(), PageQuerySeries.MODULE.stored()), window.start(), window.end()))
        .map(rows -> rows.stream().map(row -> new ModuleFigures(row.tag(0), row.tag(1),
            row.cumulative(PageQuerySeries.VISITS.stored()), row.weekly(PageQuerySeries.VISITS.stored()))).toList());
  }

  @Override
  public String title() {
    return "页面查询";
  }
}
