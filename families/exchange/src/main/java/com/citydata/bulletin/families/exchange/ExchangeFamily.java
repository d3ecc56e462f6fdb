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

/**
 * Data exchange (归集/推送): per unit, records collected or pushed since the last report (an increment) and the
 * current number of resource tables and fields (gauges).
 */
public final class ExchangeFamily extends SeriesFamily {
  public static final String NAME = "exchange";

  public ExchangeFamily() {
    super(NAME, ExchangeSeries.POINT);
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
            Map.of(ExchangeSeries.DIRECTION.stored(), direction.wireName()), List.of(ExchangeSeries.UNIT.stored()), window.start(),
            window.end()))
        .map(rows -> rows.stream().map(row -> new ExchangeFigures(row.tag(0), row.cumulative(ExchangeSeries.RECORDS.stored()),
            row.weekly(ExchangeSeries.RECORDS.stored()), row.gauge(ExchangeSeries.TABLES.stored()),
            row.gauge(ExchangeSeries.FIELDS.stored()))).toList());
  }

  @Override
  protected void point(PointReader point, IngestContext context, LineBatch.Builder lines) {
    point.rejectUnknownFields(ExchangeSeries.POINT);
    Optional<Instant> time = point.time(ExchangeSeries.TIME, context.now());
    Optional<Direction> direction = point.choice(ExchangeSeries.DIRECTION, Direction::fromWire);
    Optional<Unit> unit = point.unit(ExchangeSeries.UNIT, context);
    Optional<Long> tables = point.count(ExchangeSeries.TABLES);
    Optional<Long> fields = point.count(ExchangeSeries.FIELDS);
    Optional<Long> records = point.count(ExchangeSeries.RECORDS);
    if (time.isEmpty() || direction.isEmpty() || unit.isEmpty() || tables.isEmpty() || fields.isEmpty() || records.isEmpty()) {
      return;
    }
    ExchangeSeries.write(lines, time.get(), direction.get(), unit.get().name(), tables.get(), fields.get(), records.get());
  }

  @Override
  public String title() {
    return "数据归集和推送";
  }
}
