package com.citydata.bulletin.families.exchange;

import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.family.RankingRequest;
import com.citydata.bulletin.family.RankingTable;
import com.citydata.bulletin.family.SeriesFamily;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.ingest.PointReader;
import com.citydata.bulletin.ranking.WeeklyRanking;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.WindowQuery;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Data exchange (归集/推送): per unit, records collected or pushed since the last report (an increment) and the
 * current number of resource tables and fields (gauges).
 */
public final class ExchangeFamily extends SeriesFamily {
  public static final String NAME = "exchange";
  private static final Set<String> FIELDS = Set.of("time", "direction", "unit", "tables", "fields", "records");

  public ExchangeFamily() {
    super(NAME, ExchangeSeries.SCHEMA);
  }

  /** 附件1 (exchange-collect) and 附件2 (exchange-push). */
  @Override
  public List<RankingTable> rankings() {
    return Arrays.stream(Direction.values()).map(direction -> RankingTable.of(table(direction), "ExchangeRanking",
        request -> rank(request, direction))).toList();
  }

  @Override
  public BulletinPart bulletin() {
    return new ExchangeBulletin();
  }

  static String table(Direction direction) {
    return "exchange-" + direction.wireName();
  }

  private static Future<JsonObject> rank(RankingRequest request, Direction direction) {
    return WeeklyRanking.rank(request, window -> figures(request, direction, window),
        before -> ExchangeRanking.previous(request.catalog(), before),
        (now, lastWeek) -> ExchangeRanking.table(table(direction), request.window(), request.catalog(), now, lastWeek));
  }

  private static Future<List<ExchangeFigures>> figures(RankingRequest request, Direction direction, WeekWindow window) {
    return request.series().window(new WindowQuery(ExchangeSeries.SCHEMA,
            Map.of(ExchangeSeries.TAG_DIRECTION, direction.wireName()), List.of(ExchangeSeries.TAG_UNIT), window.start(), window.end()))
        .map(rows -> rows.stream().map(row -> new ExchangeFigures(row.tag(0), row.cumulative(ExchangeSeries.FIELD_RECORDS),
            row.weekly(ExchangeSeries.FIELD_RECORDS), row.gauge(ExchangeSeries.FIELD_TABLES), row.gauge(ExchangeSeries.FIELD_FIELDS))).toList());
  }

  @Override
  protected void point(PointReader point, IngestContext context, LineBatch.Builder lines) {
    point.rejectUnknownFields(FIELDS);
    Optional<Instant> time = point.time("time", context.now());
    Optional<Direction> direction = point.choice("direction", Direction::fromWire, Direction.wireNames());
    Optional<Unit> unit = point.unit("unit", context);
    Optional<Long> tables = point.count("tables");
    Optional<Long> fields = point.count("fields");
    Optional<Long> records = point.count("records");
    if (time.isEmpty() || direction.isEmpty() || unit.isEmpty() || tables.isEmpty() || fields.isEmpty() || records.isEmpty()) {
      return;
    }
    ExchangeSeries.write(lines, time.get(), direction.get(), unit.get().name(), tables.get(), fields.get(), records.get());
  }
}
