package com.citydata.bulletin.families.exchange;

import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.PointField;
import com.citydata.bulletin.series.PointShape;
import com.citydata.bulletin.series.SeriesSchema;
import java.time.Instant;

/**
 * The data-exchange point, each property declared once. Tables and fields are stored as table_count and field_count:
 * SQL words would need quoting in InfluxQL and QuestDB SQL.
 */
public final class ExchangeSeries {
  static final PointField TIME = PointField.time("time", "时间", "when the count was taken");
  static final PointField DIRECTION = PointField.choice("direction", "方向",
      "collected into the platform (归集) or pushed out of it (推送)", Direction.wireNames());
  static final PointField UNIT = PointField.reporter("unit", "单位", "a catalog unit's name or alias, stored under the name");
  static final PointField TABLES = PointField.gauge("tables", "资源表", "张", "the unit's resource tables now").storedAs("table_count");
  static final PointField FIELDS = PointField.gauge("fields", "字段项", "个", "the unit's fields now").storedAs("field_count");
  static final PointField RECORDS = PointField.counter("records", "归集量 / 推送量", "条", "records since the unit's previous report");
  static final PointShape POINT = PointShape.of("exchange", TIME, DIRECTION, UNIT, TABLES, FIELDS, RECORDS);
  public static final String MEASUREMENT = POINT.measurement();
  public static final SeriesSchema SCHEMA = POINT.schema();

  private ExchangeSeries() {
  }

  /** Tags and fields in sorted order, the order InfluxDB prefers. */
  public static void write(LineBatch.Builder lines, Instant time, Direction direction, String unit, long tables, long fields,
      long records) {
    lines.point(MEASUREMENT).tag(DIRECTION.stored(), direction.wireName()).tag(UNIT.stored(), unit)
        .field(FIELDS.stored(), fields).field(RECORDS.stored(), records).field(TABLES.stored(), tables).at(time);
  }
}
