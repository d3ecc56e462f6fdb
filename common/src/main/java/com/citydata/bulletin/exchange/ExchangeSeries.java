package com.citydata.bulletin.exchange;

import com.citydata.bulletin.storage.SeriesPoint;
import java.time.Instant;
import java.util.Map;

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

  private ExchangeSeries() {
  }

  public static SeriesPoint point(Instant time, Direction direction, String unit, long tables, long fields, long records) {
    return SeriesPoint.of(MEASUREMENT,
        Map.of(TAG_DIRECTION, direction.wireName(), TAG_UNIT, unit),
        Map.of(FIELD_TABLES, tables, FIELD_FIELDS, fields, FIELD_RECORDS, records),
        time);
  }
}
