package com.citydata.bulletin.families.interface_;

import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.PointField;
import com.citydata.bulletin.series.PointShape;
import com.citydata.bulletin.series.SeriesSchema;
import java.time.Instant;

/**
 * The interface-calls (接口调用) point, each property declared once: per unit and business system, calls since the
 * last report. The system is stored as system_name: the stores reserve the word.
 */
public final class InterfaceSeries {
  static final PointField TIME = PointField.time("time", "时间", "when the count was taken");
  static final PointField UNIT = PointField.reporter("unit", "单位", "a catalog unit's name or alias, stored under the name");
  static final PointField SYSTEM = PointField.tag("system", "业务系统", "the business system calling, kept as sent")
      .storedAs("system_name");
  static final PointField CALLS = PointField.counter("calls", "调用次数", "次", "calls since the system's previous report");
  static final PointShape POINT = PointShape.of("interface_calls", TIME, UNIT, SYSTEM, CALLS);
  public static final String MEASUREMENT = POINT.measurement();
  public static final SeriesSchema SCHEMA = POINT.schema();

  private InterfaceSeries() {
  }

  public static void write(LineBatch.Builder lines, Instant time, String unit, String system, long calls) {
    lines.point(MEASUREMENT).tag(SYSTEM.stored(), system).tag(UNIT.stored(), unit).field(CALLS.stored(), calls).at(time);
  }
}
