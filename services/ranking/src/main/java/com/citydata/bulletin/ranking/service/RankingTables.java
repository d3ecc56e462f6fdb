package com.citydata.bulletin.ranking.service;

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
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The ranking tables by their public name (the seed's attachments), each a query plus a ranking rule. */
public final class RankingTables {

  /** One table: reads its figures for a window and ranks them. */
  public interface Table {
    Future<JsonObject> compute(WeekWindow window, Catalog catalog, TimeSeriesReader reader);
  }

  private final Map<String, Table> tables = new LinkedHashMap<>();

  public RankingTables() {
    tables.put("exchange-collect", exchange("exchange-collect", Direction.COLLECT));
    tables.put("exchange-push", exchange("exchange-push", Direction.PUSH));
    tables.put("interface-calls", (window, catalog, reader) -> reader.interfaceFigures(window.start(), window.end())
        .map(figures -> InterfaceRanking.table("interface-calls", window, figures)));
    tables.put("pagequery-visits", (window, catalog, reader) -> reader.pageQueryFigures(window.start(), window.end())
        .map(figures -> PageQueryRanking.table("pagequery-visits", window, figures)));
    tables.put("dingtalk-city", dingtalk("dingtalk-city", false));
    tables.put("dingtalk-district", dingtalk("dingtalk-district", true));
  }

  public Optional<Table> find(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  public Set<String> names() {
    return tables.keySet();
  }

  /** 附件18 takes the units of kind district, 附件17 every other unit. */
  private static Table dingtalk(String name, boolean districts) {
    return (window, catalog, reader) -> reader.dingtalkDays(window.start(), window.end())
        .map(days -> DingtalkRanking.table(name, window, days.stream()
            .filter(d -> (catalog.kindOf(d.unit()) == UnitKind.DISTRICT) == districts)
            .toList()));
  }

  private static Table exchange(String name, Direction direction) {
    return (window, catalog, reader) -> reader.exchangeFigures(direction, window.start(), window.end())
        .map(figures -> ExchangeRanking.table(name, window, catalog, figures));
  }
}
