package com.citydata.bulletin.families.exchange;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.UnitKind;
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
 * The seed's 附件1 (数据归集排名表) and 附件2 (数据推送排名表): the ten non-special units with the largest weekly
 * amount, the rest summed as "others", special sources apart, and a total over every unit that reported.
 */
public final class ExchangeRanking {
  static final Comparator<ExchangeFigures> ORDER = Comparator
      .comparingLong(ExchangeFigures::weekly).reversed()
      .thenComparing(Comparator.comparingLong(ExchangeFigures::cumulative).reversed())
      .thenComparing(ExchangeFigures::unit);

  private ExchangeRanking() {
  }

  /** @param figures every unit with a report up to the window's end */
  public static JsonObject table(String tableName, WeekWindow window, Catalog catalog, Collection<ExchangeFigures> figures) {
    return table(tableName, window, catalog, figures, WeekOverWeek.none());
  }

  /** Last week's non-special units in ranking order, to compare this week's rows with. */
  public static WeekOverWeek previous(Catalog catalog, Collection<ExchangeFigures> lastWeek) {
    // Special sources are not ranked, but they count in the total as they do this week.
    return WeekOverWeek.against(ranked(catalog, lastWeek), ExchangeFigures::unit, ExchangeFigures::weekly,
        lastWeek.stream().mapToLong(ExchangeFigures::weekly).sum());
  }

  public static JsonObject table(String tableName, WeekWindow window, Catalog catalog, Collection<ExchangeFigures> figures,
      WeekOverWeek lastWeek) {
    List<ExchangeFigures> ranked = ranked(catalog, figures);
    List<ExchangeFigures> special = new ArrayList<>();
    for (ExchangeFigures f : figures) {
      if (catalog.kindOf(f.unit()) == UnitKind.SPECIAL) {
        special.add(f);
      }
    }
    special.sort(Comparator.comparingInt((ExchangeFigures f) -> catalog.positionOf(f.unit())).thenComparing(ExchangeFigures::unit));

    JsonArray rows = RankedRows.rows(RankedRows.top(ranked), ExchangeRanking::figuresJson, ExchangeFigures::unit,
        "weekly", ExchangeFigures::weekly, lastWeek);
    List<ExchangeFigures> rest = RankedRows.rest(ranked);
    JsonObject others = rest.isEmpty() ? null
        : sum(rest).put("label", rest.get(0).unit() + "等其他部门").put("units", rest.size());

    List<ExchangeFigures> all = new ArrayList<>(figures);
    JsonObject total = sum(all)
        .put("units", all.size())
        .put("active_units", all.stream().filter(f -> f.weekly() > 0).count());
    return RankedRows.table(tableName, window, rows, others, RankedRows.weeklyTotal(total, lastWeek))
        .put("special", new JsonArray(special.stream().map(ExchangeRanking::figuresJson).toList()));
  }

  private static List<ExchangeFigures> ranked(Catalog catalog, Collection<ExchangeFigures> figures) {
    List<ExchangeFigures> ranked = new ArrayList<>();
    for (ExchangeFigures f : figures) {
      if (catalog.kindOf(f.unit()) != UnitKind.SPECIAL) {
        ranked.add(f);
      }
    }
    ranked.sort(ORDER);
    return ranked;
  }

  private static JsonObject figuresJson(ExchangeFigures f) {
    return new JsonObject()
        .put("unit", f.unit())
        .put("tables", f.tables())
        .put("fields", f.fields())
        .put("cumulative", f.cumulative())
        .put("weekly", f.weekly());
  }

  private static JsonObject sum(List<ExchangeFigures> figures) {
    return new JsonObject()
        .put("tables", figures.stream().mapToLong(ExchangeFigures::tables).sum())
        .put("fields", figures.stream().mapToLong(ExchangeFigures::fields).sum())
        .put("cumulative", figures.stream().mapToLong(ExchangeFigures::cumulative).sum())
        .put("weekly", figures.stream().mapToLong(ExchangeFigures::weekly).sum());
  }
}
