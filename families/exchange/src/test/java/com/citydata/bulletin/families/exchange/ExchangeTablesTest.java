package com.citydata.bulletin.families.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.UnitKind;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.family.RankingRequest;
import com.citydata.bulletin.series.PointRow;
import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.series.TimeSeriesReader;
import com.citydata.bulletin.series.WindowQuery;
import com.citydata.bulletin.series.WindowRow;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which windows a table reads, with and without week-over-week changes; the stores' own reads are tested elsewhere. */
class ExchangeTablesTest {
  private static final WeekWindow WEEK = new WeekWindow(LocalDate.of(2018, 7, 20), ZoneId.of("Asia/Shanghai"));
  private final Catalog catalog = new Catalog(List.of(new Unit("市公安局", UnitKind.DEPARTMENT, List.of())));
  private final List<WindowQuery> queries = new ArrayList<>();

  private final TimeSeriesReader reader = new TimeSeriesReader() {
    @Override
    public Future<List<WindowRow>> window(WindowQuery query) {
      queries.add(query);
      return Future.succeededFuture(List.of(new WindowRow(List.of("市公安局"), Map.of("records", 100L), Map.of("records", 10L),
          Map.of("table_count", 1L, "field_count", 1L), Instant.EPOCH)));
    }

    @Override
    public Future<List<PointRow>> points(SeriesSchema schema, Instant start, Instant end) {
      return Future.succeededFuture(List.of());
    }

    @Override
    public Future<Void> close() {
      return Future.succeededFuture();
    }
  };

  private JsonObject collect(boolean changes) {
    return new ExchangeFamily().rankings().get(0).compute(new RankingRequest(WEEK, catalog, reader, null, changes)).result();
  }

  @Test
  void changesReadLastWeekToo() {
    JsonObject table = collect(true);
    assertThat(queries.stream().map(WindowQuery::start)).containsExactlyInAnyOrder(WEEK.start(), WEEK.previous().start());
    assertThat(queries).allSatisfy(q -> assertThat(q.filter()).isEqualTo(Map.of("direction", "collect")));
    assertThat(table.getJsonArray("rows").getJsonObject(0).getJsonObject("change").getLong("weekly")).isZero();
  }

  @Test
  void withoutChangesOnlyThisWeekIsReadAndNoChangeIsClaimed() {
    JsonObject table = collect(false);
    assertThat(queries.stream().map(WindowQuery::start)).containsExactly(WEEK.start());
    assertThat(table.getJsonArray("rows").getJsonObject(0).containsKey("change")).isFalse();
    assertThat(table.getJsonObject("total").containsKey("change")).isFalse();
    assertThat(table.getJsonObject("total").getLong("weekly")).isEqualTo(10);
  }
}
