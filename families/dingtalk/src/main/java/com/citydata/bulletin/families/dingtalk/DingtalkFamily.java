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
import java.util.Set;

/**
 * DingTalk activity (政务钉钉): one unit's gauges for one day. Registered ≥ activated ≥ active, and the optional
 * weekly_active (distinct users active in the seven days up to that date) is at most activated.
 */
public final class DingtalkFamily extends SeriesFamily {
  public static final String NAME = "dingtalk";
  private static final Set<String> FIELDS = Set.of("date", "unit", "registered", "activated", "active", "weekly_active");

  static final String CITY = "dingtalk-city";
  static final String DISTRICT = "dingtalk-district";

  public DingtalkFamily() {
    super(NAME, DingtalkSeries.SCHEMA);
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
        .map(points -> points.stream().map(p -> new DingtalkDay(p.tag(DingtalkSeries.TAG_UNIT), p.time(),
            p.number(DingtalkSeries.FIELD_REGISTERED), p.number(DingtalkSeries.FIELD_ACTIVATED), p.number(DingtalkSeries.FIELD_ACTIVE),
            DingtalkSeries.weeklyActive(p.fields().containsKey(DingtalkSeries.FIELD_WEEKLY_ACTIVE)
                ? p.number(DingtalkSeries.FIELD_WEEKLY_ACTIVE) : DingtalkSeries.NOT_REPORTED))).toList());
  }

  private static boolean inScope(Catalog catalog, DingtalkDay day, boolean districts) {
    return (catalog.kindOf(day.unit()) == UnitKind.DISTRICT) == districts;
  }

  @Override
  protected void point(PointReader point, IngestContext context, LineBatch.Builder lines) {
    point.rejectUnknownFields(FIELDS);
    Optional<LocalDate> date = point.date("date");
    Optional<Unit> unit = point.unit("unit", context);
    Optional<Long> registered = point.count("registered");
    Optional<Long> activated = point.count("activated");
    Optional<Long> active = point.count("active");
    Optional<Long> weeklyActive = point.optionalCount("weekly_active");
    if (date.isEmpty() || unit.isEmpty() || registered.isEmpty() || activated.isEmpty() || active.isEmpty()
        || (point.has("weekly_active") && weeklyActive.isEmpty())) {
      return;
    }
    boolean consistent = true;
    if (date.get().atStartOfDay(context.zone()).toInstant().isAfter(context.now())) {
      point.error("date", "'" + date.get() + "' has not begun yet");
      consistent = false;
    }
    if (activated.get() > registered.get()) {
      point.error("activated", "activated (" + activated.get() + ") exceeds registered (" + registered.get() + ")");
      consistent = false;
    }
    if (active.get() > activated.get()) {
      point.error("active", "active (" + active.get() + ") exceeds activated (" + activated.get() + ")");
      consistent = false;
    }
    if (weeklyActive.isPresent() && weeklyActive.get() > activated.get()) {
      point.error("weekly_active", "weekly_active (" + weeklyActive.get() + ") exceeds activated (" + activated.get() + ")");
      consistent = false;
    }
    if (!consistent) {
      return;
    }
    DingtalkSeries.write(lines, date.get().atStartOfDay(context.zone()).toInstant(), unit.get().name(),
        registered.get(), activated.get(), active.get(),
        weeklyActive.map(OptionalLong::of).orElse(OptionalLong.empty()));
  }
}
