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
import com.citydata.bulletin.storage.TimeSeriesReader;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ranking tables by their public name (the seed's attachments): each reads its figures for the window and
 * for the week before, and ranks this week's with last week's changes.
 */
public final class RankingTables {

  /** One table: reads its figures for a window and ranks them. */
  public interface Table {
    Future<JsonObject> compute(WeekWindow window, Catalog catalog, TimeSeriesReader reader);
  }

  private final Map<String, Table> tables = new LinkedHashMap<>();

  public RankingTables() {
    for (Direction direction : Direction.values()) {
      String name = "exchange-" + direction.wireName();
      tables.put(name, (window, catalog, reader) -> bothWeeks(window,
          w -> reader.exchangeFigures(direction, w.start(), w.end()),
          (now, before) -> ExchangeRanking.table(name, window, catalog, now, ExchangeRanking.previous(catalog, before))));
    }
    tables.put("interface-calls", (window, catalog, reader) -> bothWeeks(window,
        w -> reader.interfaceFigures(w.start(), w.end()),
        (now, before) -> InterfaceRanking.table("interface-calls", window, now, InterfaceRanking.previous(before))));
    tables.put("pagequery-visits", (window, catalog, reader) -> bothWeeks(window,
        w -> reader.pageQueryFigures(w.start(), w.end()),
        (now, before) -> PageQueryRanking.table("pagequery-visits", window, now, PageQueryRanking.previous(before))));
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

  private interface Rank<T> {
    JsonObject rank(List<T> thisWeek, List<T> lastWeek);
  }

  private static <T> Future<JsonObject> bothWeeks(WeekWindow window, Read<T> read, Rank<T> rank) {
    Future<List<T>> now = read.of(window);
    Future<List<T>> before = read.of(window.previous());
    return Future.all(now, before).map(done -> rank.rank(now.result(), before.result()));
  }

  /** 附件18 takes the units of kind district, 附件17 every other unit. */
  private static Table dingtalk(String name, boolean districts) {
    return (window, catalog, reader) -> bothWeeks(window,
        w -> reader.dingtalkDays(w.start(), w.end())
            .map(days -> days.stream().filter(d -> inScope(catalog, d, districts)).toList()),
        (now, before) -> DingtalkRanking.table(name, window, now, DingtalkRanking.previous(before)));
  }

  private static boolean inScope(Catalog catalog, DingtalkDay day, boolean districts) {
    return (catalog.kindOf(day.unit()) == UnitKind.DISTRICT) == districts;
  }
}
