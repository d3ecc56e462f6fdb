package com.citydata.bulletin.families.pagequery;

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

/** Page queries (页面查询): per unit and query module, visits since the last report; 附件6's first table. */
public final class PageQueryFamily implements Family {
  static final String TABLE = "pagequery-visits";
  private static final CounterPoints POINTS = new CounterPoints("module", "visits", PageQuerySeries::point);

  @Override
  public String name() {
    return "pagequery";
  }

  @Override
  public Optional<SeriesSchema> series() {
    return Optional.of(PageQuerySeries.SCHEMA);
  }

  @Override
  public Batch parse(JsonArray points, IngestContext context) {
    return new Batch.Series(POINTS.parse(points, context));
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
            List.of(PageQuerySeries.TAG_UNIT, PageQuerySeries.TAG_MODULE), window.start(), window.end()))
        .map(rows -> rows.stream().map(row -> new ModuleFigures(row.tag(0), row.tag(1),
            row.cumulative(PageQuerySeries.FIELD_VISITS), row.weekly(PageQuerySeries.FIELD_VISITS))).toList());
  }
}
