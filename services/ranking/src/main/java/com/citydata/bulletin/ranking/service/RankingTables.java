package com.citydata.bulletin.ranking.service;

import com.citydata.bulletin.dingtalk.DingtalkDay;
import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.UnitKind;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.exchange.Direction;
import com.citydata.bulletin.ranking.DingtalkRanking;
import com.citydata.bulletin.ranking.ExchangeRanking;
import com.citydata.bulletin.ranking.InterfaceRanking;
import com.citydata.bulletin.ranking.PageQueryRanking;
import com.citydata.bulletin.ranking.WeekOverWeek;
import com.citydata.bulletin.storage.TimeSeriesReader;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The ranking tables by their public name (the seed's attachments). */
public final class RankingTables {

  /** One table: reads its figures for a window and ranks them, with last week's changes when asked for. */
  public interface Table {
    Future<JsonObject> compute(WeekWindow window, Catalog catalog, TimeSeriesReader reader, boolean changes);
  }

  private final Map<String, Table> tables = new LinkedHashMap<>();

  public RankingTables() {
    for (Direction direction : Direction.values()) {
      String name = "exchange-" + direction.wireName();
      tables.put(name, (window, catalog, reader, changes) -> rank(window, changes,
          w -> reader.exchangeFigures(direction, w.start(), w.end()),
          before -> ExchangeRanking.previous(catalog, before),
          (now, lastWeek) -> ExchangeRanking.table(name, window, catalog, now, lastWeek)));
    }
    tables.put("interface-calls", (window, catalog, reader, changes) -> rank(window, changes,
        w -> reader.interfaceFigures(w.start(), w.end()),
        InterfaceRanking::previous,
        (now, lastWeek) -> InterfaceRanking.table("interface-calls", window, now, lastWeek)));
    tables.put("pagequery-visits", (window, catalog, reader, changes) -> rank(window, changes,
        w -> reader.pageQueryFigures(w.start(), w.end()),
        PageQueryRanking::previous,
        (now, lastWeek) -> PageQueryRanking.table("pagequery-visits", window, now, lastWeek)));
    tables.put("dingtalk-city", dingtalk("dingtalk-city", false));
    tables.put("dingtalk-district", dingtalk("dingtalk-district", true));
  }

  public Optional<Table> find(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  public Set<String> names() {
    return tables.keySet();
  }

  private interface Read<T> {
    Future<List<T>> of(WeekWindow window);
  }

  /**
   * Reads this week and, for the changes, last week, then ranks. Without changes (a trend wants only totals) last
   * week is not read at all, and the response carries no "change" fields.
   */
  private static <T> Future<JsonObject> rank(WeekWindow window, boolean changes, Read<T> read,
      Function<List<T>, WeekOverWeek> previous, BiFunction<List<T>, WeekOverWeek, JsonObject> rank) {
    Future<List<T>> now = read.of(window);
    if (!changes) {
      return now.map(figures -> withoutChanges(rank.apply(figures, WeekOverWeek.none())));
    }
    Future<List<T>> before = read.of(window.previous());
    return Future.all(now, before).map(done -> rank.apply(now.result(), previous.apply(before.result())));
  }

  private static JsonObject withoutChanges(JsonObject table) {
    table.getJsonArray("rows").forEach(row -> ((JsonObject) row).remove("change"));
    table.getJsonObject("total").remove("change");
    return table;
  }

  /** 附件18 takes the units of kind district, 附件17 every other unit. */
  private static Table dingtalk(String name, boolean districts) {
    return (window, catalog, reader, changes) -> rank(window, changes,
        w -> reader.dingtalkDays(w.start(), w.end())
            .map(days -> days.stream().filter(d -> inScope(catalog, d, districts)).toList()),
        DingtalkRanking::previous,
        (now, lastWeek) -> DingtalkRanking.table(name, window, now, lastWeek));
  }

  private static boolean inScope(Catalog catalog, DingtalkDay day, boolean districts) {
    return (catalog.kindOf(day.unit()) == UnitKind.DISTRICT) == districts;
  }
}
