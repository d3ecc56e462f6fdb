package com.citydata.bulletin.families.elicence;

import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.PointField;
import com.citydata.bulletin.series.PointShape;
import com.citydata.bulletin.series.SeriesSchema;
import java.time.Instant;

/**
 * The e-licence (电子证照) point, each property declared once: per unit and licence catalogue entry, records put in
 * store and uses since the last report, and the entry's name and work status as last reported. The name and status
 * are stored as licence_name and work_status: the stores reserve the word name.
 */
final class ElicenceSeries {
  static final PointField TIME = PointField.time("time", "时间", "when the figures were taken");
  static final PointField UNIT = PointField.reporter("unit", "单位", "a catalog unit's name or alias, stored under the name");
  static final PointField CODE = PointField.tag("code", "目录序号", "the licence catalogue entry, e.g. CGW330401");
  static final PointField NAME = PointField.text("name", "目录名称", "the entry's name as of the report").storedAs("licence_name");
  static final PointField STATUS = PointField.text("status", "结构化数工作进度", "the entry's work status as of the report, e.g. 已归集")
      .storedAs("work_status");
  static final PointField ADDED = PointField.counter("added", "入库数据量", "条",
      "records put in store since the entry's previous report");
  static final PointField USES = PointField.counter("uses", "使用情况", "次", "uses since the entry's previous report");
  static final PointShape POINT = PointShape.of("elicence_entries", TIME, UNIT, CODE, NAME, STATUS, ADDED, USES);
  static final SeriesSchema SCHEMA = POINT.schema();

  private ElicenceSeries() {
  }

  /** Tags and fields in sorted order, the order InfluxDB prefers. */
  static void write(LineBatch.Builder lines, Instant time, String unit, String code, String name, String status, long added,
      long uses) {
    lines.point(POINT.measurement()).tag(CODE.stored(), code).tag(UNIT.stored(), unit)
        .field(ADDED.stored(), added).field(NAME.stored(), name).field(USES.stored(), uses).field(STATUS.stored(), status)
        .at(time);
  }
}
