package com.citydata.bulletin.families.demands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.UnitKind;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.family.RankingRequest;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.series.PointRow;
import com.citydata.bulletin.series.SeriesSchema;
import com.citydata.bulletin.series.TimeSeriesReader;
import com.citydata.bulletin.series.WindowQuery;
import com.citydata.bulletin.series.WindowRow;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemandsFamilyTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final WeekWindow WEEK = new WeekWindow(LocalDate.of(2018, 7, 20), ZONE);
  private final Catalog catalog = new Catalog(List.of(new Unit("市公安局", UnitKind.DEPARTMENT, List.of())));

  /** Answers each day's query with one unit whose figures are the day of the month, so the rows show which day was read. */
  private final TimeSeriesReader reader = new TimeSeriesReader() {
    @Override
    public Future<List<WindowRow>> window(WindowQuery query) {
      long day = query.end().minusSeconds(1).atZone(ZONE).getDayOfMonth();
      return Future.succeededFuture(List.of(new WindowRow(List.of("市公安局"), Map.of(), Map.of(),
          Map.of("push_demands", day, "interface_demands", 2 * day, "pagequery_demands", 3 * day), Instant.EPOCH)));
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

  @Test
  void theTableShowsTheFourBulletinDaysEndingAtTheWeekOldestFirst() {
    JsonObject table = new DemandsFamily().rankings().get(0).compute(new RankingRequest(WEEK, catalog, reader, null, true)).result();

    assertThat(table.getJsonArray("rows").stream().map(r -> ((JsonObject) r).getString("date") + "=" + ((JsonObject) r).getLong("push")))
        .containsExactly("2018-06-29=29", "2018-07-06=6", "2018-07-13=13", "2018-07-20=20");
    assertThat(table.getJsonObject("total").getLong("pagequery")).isEqualTo(60);
  }

  @Test
  void aDayMustHaveBegun() {
    IngestContext context = new IngestContext(catalog, Instant.parse("2018-07-20T08:00:00Z"), ZONE);
    JsonArray points = new JsonArray().add(new JsonObject().put("date", "2018-07-21").put("unit", "市公安局")
        .put("push", 1).put("interface", 2).put("pagequery", 3));

    assertThatThrownBy(() -> new DemandsFamily().parse(points, context)).isInstanceOfSatisfying(InvalidRequestException.class,
        e -> assertThat(e.details()).containsExactly(new FieldError(0, "date", "'2018-07-21' has not begun yet")));
  }
}
