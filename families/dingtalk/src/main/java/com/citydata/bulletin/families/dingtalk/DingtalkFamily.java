package com.citydata.bulletin.families.dingtalk;

import com.citydata.bulletin.domain.Catalog;
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
import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * DingTalk activity (政务钉钉): one unit's gauges for one day. Registered ≥ activated ≥ active, and the optional
 * weekly_active (distinct users active in the seven days up to that date) is at most activated.
 */
public final class DingtalkFamily extends SeriesFamily {
  public static final String NAME = "dingtalk";

  static final String CITY = "dingtalk-city";
  static final String DISTRICT = "dingtalk-district";

  public DingtalkFamily() {
    super(NAME, DingtalkSeries.POINT);
  }

  /** 附件18 takes the units of kind district, 附件17 every other unit. */
  @Override
  public List<RankingTable> rankings() {
    return List.of(table(CITY, false), table(DISTRICT, true));
  }

  @Override
  public BulletinPart bulletin() {
    return new DingtalkBulletin();
  }

  private static RankingTable table(String id, boolean districts) {
    return RankingTable.of(id, "DingtalkRanking", request -> WeeklyRanking.rank(request,
        window -> days(request, window).map(days -> days.stream().filter(d -> inScope(request.catalog(), d, districts)).toList()),
        DingtalkRanking::previous,
        (now, lastWeek) -> DingtalkRanking.table(id, request.window(), now, lastWeek)));
  }

  private static Future<List<DingtalkDay>> days(RankingRequest request, WeekWindow window) {
    return request.series().points(DingtalkSeries.SCHEMA, window.start(), window.end())
        .map(points -> points.stream().map(p -> new DingtalkDay(p.tag(DingtalkSeries.UNIT.stored()), p.time(),
            p.number(DingtalkSeries.REGISTERED.stored()), p.number(DingtalkSeries.ACTIVATED.stored()), p.number(DingtalkSeries.ACTIVE.stored()),
            DingtalkSeries.weeklyActive(p.fields().containsKey(DingtalkSeries.WEEKLY_ACTIVE.stored())
                ? p.number(DingtalkSeries.WEEKLY_ACTIVE.stored()) : DingtalkSeries.NOT_REPORTED))).toList());
  }

  private static boolean inScope(Catalog catalog, DingtalkDay day, boolean districts) {
    return (catalog.kindOf(day.unit()) == UnitKind.DISTRICT) == districts;
  }

  @Override
  protected void point(PointReader point, IngestContext context, LineBatch.Builder lines) {
    point.rejectUnknownFields(DingtalkSeries.POINT);
    Optional<LocalDate> date = point.date(DingtalkSeries.DATE);
    Optional<Unit> unit = point.unit(DingtalkSeries.UNIT, context);
    Optional<Long> registered = point.count(DingtalkSeries.REGISTERED);
    Optional<Long> activated = point.count(DingtalkSeries.ACTIVATED);
    Optional<Long> active = point.count(DingtalkSeries.ACTIVE);
    Optional<Long> weeklyActive = point.count(DingtalkSeries.WEEKLY_ACTIVE);
    if (date.isEmpty() || unit.isEmpty() || registered.isEmpty() || activated.isEmpty() || active.isEmpty()
        || (point.has(DingtalkSeries.WEEKLY_ACTIVE.name()) && weeklyActive.isEmpty())) {
      return;
    }
    boolean consistent = true;
    if (date.get().atStartOfDay(context.zone()).toInstant().isAfter(context.now())) {
      point.error(DingtalkSeries.DATE.name(), "'" + date.get() + "' has not begun yet");
      consistent = false;
    }
    consistent &= point.atMost(DingtalkSeries.ACTIVATED.name(), activated.get(), DingtalkSeries.REGISTERED.name(), registered.get());
    consistent &= point.atMost(DingtalkSeries.ACTIVE.name(), active.get(), DingtalkSeries.ACTIVATED.name(), activated.get());
    if (weeklyActive.isPresent()) {
      consistent &= point.atMost(DingtalkSeries.WEEKLY_ACTIVE.name(), weeklyActive.get(), DingtalkSeries.ACTIVATED.name(),
          activated.get());
    }
    if (!consistent) {
      return;
    }
    DingtalkSeries.write(lines, date.get().atStartOfDay(context.zone()).toInstant(), unit.get().name(),
        registered.get(), activated.get(), active.get(),
        weeklyActive.map(OptionalLong::of).orElse(OptionalLong.empty()));
  }

  @Override
  public String title() {
    return "政务钉钉";
  }
}
