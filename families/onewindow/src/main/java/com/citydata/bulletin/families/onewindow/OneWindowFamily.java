package com.citydata.bulletin.families.onewindow;

import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.UnitKind;
import com.citydata.bulletin.family.RankingRequest;
import com.citydata.bulletin.family.RankingTable;
import com.citydata.bulletin.family.SeriesFamily;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.ingest.PointReader;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.WindowQuery;
import com.citydata.bulletin.series.WindowRow;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one-window platform's use per region (一窗受理, 附件7): matters and offices, cases and online cases, accepted
 * and completed. Its table also carries the joint processes (联办) of {@link JointProcessFamily}.
 */
public final class OneWindowFamily extends SeriesFamily {
  static final String TABLE = "onewindow-regions";
  static final Set<UnitKind> REGION_KINDS = Set.of(UnitKind.CITY, UnitKind.DISTRICT);

  public OneWindowFamily() {
    super("onewindow", OneWindowSeries.POINT);
  }

  @Override
  protected void point(PointReader point, IngestContext context, LineBatch.Builder lines) {
    point.rejectUnknownFields(OneWindowSeries.POINT);
    Optional<Instant> time = point.time(OneWindowSeries.TIME, context.now());
    Optional<Unit> region = point.unit(OneWindowSeries.REGION, context, REGION_KINDS, "one-window regions");
    Optional<Long> matters = point.count(OneWindowSeries.MATTERS);
    Optional<Long> offices = point.count(OneWindowSeries.OFFICES);
    Optional<Long> cases = point.count(OneWindowSeries.CASES);
    Optional<Long> online = point.count(OneWindowSeries.ONLINE_CASES);
    Optional<Long> accepted = point.count(OneWindowSeries.ACCEPTED);
    Optional<Long> completed = point.count(OneWindowSeries.COMPLETED);
    if (time.isEmpty() || region.isEmpty() || matters.isEmpty() || offices.isEmpty() || cases.isEmpty() || online.isEmpty()
        || accepted.isEmpty() || completed.isEmpty()
        || !point.atMost(OneWindowSeries.ONLINE_CASES.name(), online.get(), OneWindowSeries.CASES.name(), cases.get())) {
      return;
    }
    OneWindowSeries.write(lines, time.get(), region.get().name(), matters.get(), offices.get(), cases.get(), online.get(),
        accepted.get(), completed.get());
  }

  @Override
  public List<RankingTable> rankings() {
    return List.of(RankingTable.of(TABLE, "OneWindowRanking", OneWindowFamily::rank));
  }

  @Override
  public BulletinPart bulletin() {
    return new OneWindowBulletin();
  }

  /** Progress figures up to the window's end, not a weekly amount: no week-over-week change. */
  private static Future<JsonObject> rank(RankingRequest request) {
    Future<List<WindowRow>> regions = request.series().window(WindowQuery.of(OneWindowSeries.SCHEMA,
        List.of(OneWindowSeries.REGION.stored()), request.window().start(), request.window().end()));
    Future<List<WindowRow>> joint = request.series().window(WindowQuery.of(JointProcessSeries.SCHEMA,
        List.of(JointProcessSeries.PROCESS.stored()), request.window().start(), request.window().end()));
    return Future.all(regions, joint).map(done -> OneWindowRanking.table(TABLE, request.window(), request.catalog(),
        regions.result(), joint.result()));
  }

  @Override
  public String title() {
    return "“一窗受理”平台应用";
  }
}
