package com.citydata.bulletin.families.interface_;

import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.ranking.RankedRows;
import com.citydata.bulletin.ranking.WeekOverWeek;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The seed's 附件3 (接口调用排名表): the ten business systems with the most calls this week, the rest summed, and
 * the total over every system with calls up to the window's end.
 */
public final class InterfaceRanking {
  static final Comparator<SystemFigures> ORDER = Comparator
      .comparingLong(SystemFigures::weekly).reversed()
      .thenComparing(Comparator.comparingLong(SystemFigures::cumulative).reversed())
      .thenComparing(SystemFigures::unit)
      .thenComparing(SystemFigures::system);

  private InterfaceRanking() {
  }

  public static JsonObject table(String tableName, WeekWindow window, Collection<SystemFigures> figures) {
    return table(tableName, window, figures, WeekOverWeek.none());
  }

  public static WeekOverWeek previous(Collection<SystemFigures> lastWeek) {
    return WeekOverWeek.against(ranked(lastWeek), InterfaceRanking::key, SystemFigures::weekly);
  }

  public static JsonObject table(String tableName, WeekWindow window, Collection<SystemFigures> figures, WeekOverWeek lastWeek) {
    List<SystemFigures> ranked = ranked(figures);
    List<SystemFigures> rest = RankedRows.rest(ranked);
    JsonArray rows = RankedRows.rows(RankedRows.top(ranked), f -> new JsonObject().put("unit", f.unit())
        .put("system", f.system()).put("cumulative", f.cumulative()).put("weekly", f.weekly()),
        InterfaceRanking::key, "weekly", SystemFigures::weekly, lastWeek);
    return RankedRows.table(tableName, window, rows, rest.isEmpty() ? null : sum(rest),
        RankedRows.weeklyTotal(sum(ranked), lastWeek));
  }

  private static List<SystemFigures> ranked(Collection<SystemFigures> figures) {
    List<SystemFigures> ranked = new ArrayList<>(figures);
    ranked.sort(ORDER);
    return ranked;
  }

  private static String key(SystemFigures f) {
    return f.unit() + '\u001f' + f.system();
  }

  /** units: the distinct units owning the systems summed, so a unit with systems in and out of the top ten counts in both. */
  private static JsonObject sum(List<SystemFigures> figures) {
    return new JsonObject()
        .put("units", figures.stream().map(SystemFigures::unit).distinct().count())
        .put("systems", figures.size())
        .put("cumulative", figures.stream().mapToLong(SystemFigures::cumulative).sum())
        .put("weekly", figures.stream().mapToLong(SystemFigures::weekly).sum());
  }
}
