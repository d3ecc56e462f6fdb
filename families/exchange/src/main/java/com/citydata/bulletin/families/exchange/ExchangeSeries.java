package com.citydata.bulletin.families.exchange;

import static com.citydata.bulletin.series.SeriesSchema.counter;
import static com.citydata.bulletin.series.SeriesSchema.gauge;

import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.SeriesSchema;
import java.time.Instant;
import java.util.List;

/**
 * How data-exchange points are stored. Field names avoid SQL words (tables, fields) so the same names work in
 * InfluxQL and in QuestDB SQL unquoted.
 */
public final class ExchangeSeries {
  public static final String MEASUREMENT = "exchange";
  public static final String TAG_DIRECTION = "direction";
  public static final String TAG_UNIT = "unit";
  public static final String FIELD_TABLES = "table_count";
  public static final String FIELD_FIELDS = "field_count";
  public static final String FIELD_RECORDS = "records";
  public static final SeriesSchema SCHEMA = new SeriesSchema(MEASUREMENT, List.of(TAG_DIRECTION, TAG_UNIT),
      List.of(gauge(FIELD_TABLES), gauge(FIELD_FIELDS), counter(FIELD_RECORDS)));

  private ExchangeSeries() {
  }

  /** Tags and fields in sorted order, the order InfluxDB prefers. */
  public static void write(LineBatch.Builder lines, Instant time, Direction direction, String unit, long tables, long fields,
      long records) {
    lines.point(MEASUREMENT).tag(TAG_DIRECTION, direction.wireName()).tag(TAG_UNIT, unit)
        .field(FIELD_FIELDS, fields).field(FIELD_RECORDS, records).field(FIELD_TABLES, tables).at(time);
  }
}
