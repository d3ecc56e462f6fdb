package com.citydata.bulletin.families.pagequery;

import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.ranking.RankedRows;
import com.citydata.bulletin.ranking.WeekOverWeek;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's 附件6 (页面查询排名表): the ten units with the most page-query visits this week, each with the number of
 * query modules it ever reported, the rest summed, and the total.
 */
public final class PageQueryRanking {
  /** One unit's modules and visits. */
  record UnitVisits(String unit, long modules, long cumulative, long weekly) {
  }

  static final Comparator<UnitVisits> ORDER = Comparator
      .comparingLong(UnitVisits::weekly).reversed()
      .thenComparing(Comparator.comparingLong(UnitVisits::cumulative).reversed())
      .thenComparing(UnitVisits::unit);

  private PageQueryRanking() {
  }

  public static JsonObject table(String tableName, WeekWindow window, Collection<ModuleFigures> figures) {
    return table(tableName, window, figures, WeekOverWeek.none());
  }

  public static WeekOverWeek previous(Collection<ModuleFigures> lastWeek) {
    return WeekOverWeek.against(ranked(lastWeek), UnitVisits::unit, UnitVisits::weekly);
  }

  public static JsonObject table(String tableName, WeekWindow window, Collection<ModuleFigures> figures, WeekOverWeek lastWeek) {
    List<UnitVisits> ranked = ranked(figures);
    List<UnitVisits> rest = RankedRows.rest(ranked);
    JsonArray rows = RankedRows.rows(RankedRows.top(ranked), v -> new JsonObject().put("unit", v.unit())
        .put("modules", v.modules()).put("cumulative", v.cumulative()).put("weekly", v.weekly()),
        UnitVisits::unit, "weekly", UnitVisits::weekly, lastWeek);
    JsonObject total = sum(ranked)
        // Modules are counted by name across units: a module shared by many districts is one module visited.
        .put("modules_visited", figures.stream().filter(f -> f.weekly() > 0).map(ModuleFigures::module).distinct().count())
        .put("modules_ever_visited", figures.stream().filter(f -> f.cumulative() > 0).map(ModuleFigures::module).distinct().count());
    return RankedRows.table(tableName, window, rows, rest.isEmpty() ? null : sum(rest), RankedRows.weeklyTotal(total, lastWeek));
  }

  private static List<UnitVisits> ranked(Collection<ModuleFigures> figures) {
    Map<String, List<ModuleFigures>> byUnit = new LinkedHashMap<>();
    figures.forEach(f -> byUnit.computeIfAbsent(f.unit(), u -> new ArrayList<>()).add(f));
    List<UnitVisits> ranked = new ArrayList<>();
    byUnit.forEach((unit, modules) -> ranked.add(new UnitVisits(unit,
        modules.stream().map(ModuleFigures::module).distinct().count(),
        modules.stream().mapToLong(ModuleFigures::cumulative).sum(),
        modules.stream().mapToLong(ModuleFigures::weekly).sum())));
    ranked.sort(ORDER);
    return ranked;
  }

  private static JsonObject sum(List<UnitVisits> units) {
    return new JsonObject()
        .put("units", units.size())
        .put("modules", units.stream().mapToLong(UnitVisits::modules).sum())
        .put("cumulative", units.stream().mapToLong(UnitVisits::cumulative).sum())
        .put("weekly", units.stream().mapToLong(UnitVisits::weekly).sum());
  }
}
