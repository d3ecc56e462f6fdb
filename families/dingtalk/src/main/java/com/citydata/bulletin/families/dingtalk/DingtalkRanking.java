package com.citydata.bulletin.families.dingtalk;

import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.ranking.RankedRows;
import com.citydata.bulletin.ranking.RankingWindows;
import com.citydata.bulletin.ranking.WeekOverWeek;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The seed's 附件17 (市本级单位) and 附件18 (各区县) 政务钉钉活跃率排名表: every unit with figures in the window,
 * by daily active rate. Both rates divide by 注册数, as the seed's do: its 附件17 total is 6052 / 24955 = 24%, and
 * over 激活数 fewer than half its rows reach their printed rates. Rates are unrounded fractions; rendering them as
 * whole percents belongs to the bulletin.
 */
public final class DingtalkRanking {

  /** One unit's week: last registered and activated, mean daily active users. */
  record UnitWeek(String unit, long registered, long activated, double dailyActive, OptionalLong weeklyActive) {

    double activationRate() {
      return ratio(activated, registered);
    }

    double dailyActiveRate() {
      return ratio(dailyActive, registered);
    }
  }

  static final Comparator<UnitWeek> ORDER = Comparator
      .comparingDouble(UnitWeek::dailyActiveRate).reversed()
      .thenComparing(Comparator.comparingLong(UnitWeek::activated).reversed())
      .thenComparing(UnitWeek::unit);

  private DingtalkRanking() {
  }

  /** @param days the window's days of the units in this table's scope */
  public static JsonObject table(String tableName, WeekWindow window, Collection<DingtalkDay> days) {
    return table(tableName, window, days, WeekOverWeek.none());
  }

  /** Compared by daily active users, the figure the rate rests on. */
  public static WeekOverWeek previous(Collection<DingtalkDay> lastWeek) {
    return WeekOverWeek.against(ranked(lastWeek), UnitWeek::unit, UnitWeek::dailyActive);
  }

  public static JsonObject table(String tableName, WeekWindow window, Collection<DingtalkDay> days, WeekOverWeek lastWeek) {
    List<UnitWeek> ranked = ranked(days);

    JsonArray rows = RankedRows.rows(ranked, w -> new JsonObject().put("unit", w.unit())
        .put("registered", w.registered()).put("activated", w.activated()).put("activation_rate", w.activationRate())
        .put("daily_active", w.dailyActive()).put("daily_active_rate", w.dailyActiveRate()),
        UnitWeek::unit, "daily_active", UnitWeek::dailyActive, lastWeek);
    long registered = ranked.stream().mapToLong(UnitWeek::registered).sum();
    long activated = ranked.stream().mapToLong(UnitWeek::activated).sum();
    double dailyActive = ranked.stream().mapToDouble(UnitWeek::dailyActive).sum();
    JsonObject total = new JsonObject()
        .put("units", ranked.size())
        .put("registered", registered)
        .put("activated", activated)
        .put("activation_rate", ratio(activated, registered))
        .put("daily_active", dailyActive)
        .put("daily_active_rate", ratio(dailyActive, registered))
        .put("weekly_active", ranked.stream().mapToLong(w -> w.weeklyActive().orElse(0)).sum())
        .put("change", lastWeek.total("daily_active", dailyActive));
    return new JsonObject()
        .put("table", tableName)
        .put("window", RankingWindows.toJson(window))
        .put("rows", rows)
        .put("total", total);
  }

  private static List<UnitWeek> ranked(Collection<DingtalkDay> days) {
    Map<String, List<DingtalkDay>> byUnit = new LinkedHashMap<>();
    days.stream().sorted(Comparator.comparing(DingtalkDay::day))
        .forEach(d -> byUnit.computeIfAbsent(d.unit(), u -> new ArrayList<>()).add(d));
    List<UnitWeek> ranked = new ArrayList<>();
    byUnit.forEach((unit, week) -> ranked.add(summarise(unit, week)));
    ranked.sort(ORDER);
    return ranked;
  }

  /** Means run over the days the unit reported; a unit that missed days is not diluted by them. */
  static UnitWeek summarise(String unit, List<DingtalkDay> week) {
    DingtalkDay last = week.get(week.size() - 1);
    double dailyActive = week.stream().mapToLong(DingtalkDay::active).average().orElse(0);
    OptionalLong weeklyActive = OptionalLong.empty();
    for (DingtalkDay day : week) {
      if (day.weeklyActive().isPresent()) {
        weeklyActive = day.weeklyActive();
      }
    }
    return new UnitWeek(unit, last.registered(), last.activated(), dailyActive, weeklyActive);
  }

  private static double ratio(double part, long whole) {
    return whole == 0 ? 0.0 : part / whole;
  }
}
