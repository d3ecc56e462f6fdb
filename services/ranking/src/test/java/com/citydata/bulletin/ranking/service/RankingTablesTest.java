package com.citydata.bulletin.ranking.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.dingtalk.DingtalkDay;
import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.UnitKind;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.exchange.Direction;
import com.citydata.bulletin.exchange.ExchangeFigures;
import com.citydata.bulletin.interfacecalls.SystemFigures;
import com.citydata.bulletin.pagequery.ModuleFigures;
import com.citydata.bulletin.storage.TimeSeriesReader;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which windows a table reads, with and without week-over-week changes; the stores' own reads are tested elsewhere. */
class RankingTablesTest {
  private static final WeekWindow WEEK = new WeekWindow(LocalDate.of(2018, 7, 20), ZoneId.of("Asia/Shanghai"));
  private final Catalog catalog = new Catalog(List.of(new Unit("市公安局", UnitKind.DEPARTMENT, List.of())));
  private final List<Instant> windowsRead = new ArrayList<>();

  private final TimeSeriesReader reader = new TimeSeriesReader() {
    @Override
    public Future<List<ExchangeFigures>> exchangeFigures(Direction direction, Instant start, Instant end) {
      windowsRead.add(start);
      return Future.succeededFuture(List.of(new ExchangeFigures("市公安局", 100, 10, 1, 1)));
    }

    @Override
    public Future<List<SystemFigures>> interfaceFigures(Instant start, Instant end) {
      return Future.succeededFuture(List.of());
    }

    @Override
    public Future<List<ModuleFigures>> pageQueryFigures(Instant start, Instant end) {
      return Future.succeededFuture(List.of());
    }

    @Override
    public Future<List<DingtalkDay>> dingtalkDays(Instant start, Instant end) {
      return Future.succeededFuture(List.of());
    }

    @Override
    public Future<Void> close() {
      return Future.succeededFuture();
    }
  };

  @Test
  void changesReadLastWeekToo() {
    JsonObject table = new RankingTables().find("exchange-collect").orElseThrow().compute(WEEK, catalog, reader, true).result();
    assertThat(windowsRead).containsExactlyInAnyOrder(WEEK.start(), WEEK.previous().start());
    assertThat(table.getJsonArray("rows").getJsonObject(0).getJsonObject("change").getLong("weekly")).isZero();
  }

  @Test
  void withoutChangesOnlyThisWeekIsReadAndNoChangeIsClaimed() {
    JsonObject table = new RankingTables().find("exchange-collect").orElseThrow().compute(WEEK, catalog, reader, false).result();
    assertThat(windowsRead).containsExactly(WEEK.start());
    assertThat(table.getJsonArray("rows").getJsonObject(0).containsKey("change")).isFalse();
    assertThat(table.getJsonObject("total").containsKey("change")).isFalse();
    assertThat(table.getJsonObject("total").getLong("weekly")).isEqualTo(10);
  }
}
