package com.citydata.bulletin.ranking.service;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.exchange.Direction;
import com.citydata.bulletin.ranking.ExchangeRanking;
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
  }

  public Optional<Table> find(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  public Set<String> names() {
    return tables.keySet();
  }

  private static Table exchange(String name, Direction direction) {
    return (window, catalog, reader) -> reader.exchangeFigures(direction, window.start(), window.end())
        .map(figures -> ExchangeRanking.table(name, window, catalog, figures));
  }
}
