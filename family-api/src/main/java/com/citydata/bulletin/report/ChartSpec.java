package com.citydata.bulletin.report;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** A chart of weekly totals: its id, caption, value axis, bars or lines, and the series it draws. */
public record ChartSpec(String id, String title, String axis, boolean bars, List<Line> lines) {

  /** A series: label, ranking table, total field, and the unit conversion for the axis. */
  public record Line(String label, String table, String field, DoubleUnaryOperator scale) {
  }
}
