package com.citydata.bulletin.families.indicators;

import com.citydata.bulletin.family.Batch;
import com.citydata.bulletin.family.Family;
import com.citydata.bulletin.family.Query;
import com.citydata.bulletin.family.QueryContext;
import com.citydata.bulletin.family.RankingTable;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.ingest.PointReader;
import com.citydata.bulletin.ingest.PointsParser;
import com.citydata.bulletin.ranking.RankingWindows;
import com.citydata.bulletin.records.RecordStore;
import com.citydata.bulletin.records.StoredRecord;
import com.citydata.bulletin.series.SeriesSchema;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Platform figures (存储容量, 接口数, 账号数 …): named gauges by date, kept in PostgreSQL as exact decimals. The
 * bulletin reads the latest of each on or before its day through the {@code indicators} table.
 */
public final class IndicatorsFamily implements Family {
  static final String NAME = "indicators";
  /** Fifteen significant digits pass through JSON's doubles unchanged. */
  static final int DIGITS = 15;
  private static final Set<String> FIELDS = Set.of("date", "name", "value");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<SeriesSchema> series() {
    return Optional.empty();
  }

  @Override
  public Batch parse(JsonArray points, IngestContext context) {
    return new Batch.Records(PointsParser.parseAll(points, point -> parse(point, context)));
  }

  private static Optional<StoredRecord> parse(PointReader point, IngestContext context) {
    point.rejectUnknownFields(FIELDS);
    Optional<LocalDate> date = point.pastDate("date", context.now(), context.zone());
    Optional<Indicator> indicator = point.choice("name", Indicator::named, Indicator.names());
    Optional<BigDecimal> value = point.decimal("value", DIGITS);
    if (date.isEmpty() || indicator.isEmpty() || value.isEmpty()) {
      return Optional.empty();
    }
    if (indicator.get().whole() && value.get().scale() > 0) {
      point.error("value", indicator.get().name() + " is a count and must be a whole number, got " + value.get().toPlainString());
      return Optional.empty();
    }
    return Optional.of(new StoredRecord(NAME, date.get(), indicator.get().name(),
        new JsonObject().put("value", value.get().scale() <= 0 ? (Object) value.get().longValueExact() : (Object) value.get().doubleValue())));
  }

  /** Not a ranking: the week's platform figures as of the bulletin day, which section 一 and 五 quote. */
  @Override
  public List<RankingTable> rankings() {
    return List.of(RankingTable.of(NAME, "IndicatorsTable", request -> latest(request.records(), request.window().bulletinDay())
        .map(figures -> figures.put("table", NAME).put("window", RankingWindows.toJson(request.window()))),
        table -> !table.getJsonObject("values", new JsonObject()).isEmpty()));
  }

  @Override
  public List<Query> queries() {
    return List.of(new Query() {
      @Override
      public String operationId() {
        return "getIndicators";
      }

      @Override
      public Future<JsonObject> answer(JsonObject parameters, QueryContext context) {
        String date = parameters.getString("date");
        LocalDate day = date == null ? LocalDate.now(context.calendar().zone()) : LocalDate.parse(date);
        return latest(context.records(), day).map(figures -> figures.put("date", day.toString()));
      }
    });
  }

  /** {"values": {name: value}, "indicators": [{name, label, unit, value, date}]} in the documented order. */
  static Future<JsonObject> latest(RecordStore records, LocalDate day) {
    return records.latest(NAME, day).map(found -> {
      JsonObject values = new JsonObject();
      JsonArray list = new JsonArray();
      found.stream().sorted(Comparator.comparingInt(r -> Indicator.names().indexOf(r.key()))).forEach(record -> {
        Optional<Indicator> indicator = Indicator.named(record.key());
        Object value = record.value().getValue("value");
        values.put(record.key(), value);
        list.add(new JsonObject().put("name", record.key()).put("label", indicator.map(Indicator::label).orElse(""))
            .put("unit", indicator.map(Indicator::unit).orElse("")).put("value", value).put("date", record.day().toString()));
      });
      return new JsonObject().put("values", values).put("indicators", list);
    });
  }

  @Override
  public String title() {
    return "平台数据";
  }
}
