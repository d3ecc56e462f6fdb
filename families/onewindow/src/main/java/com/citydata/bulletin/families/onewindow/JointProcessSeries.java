package com.citydata.bulletin.families.onewindow;

import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.PointField;
import com.citydata.bulletin.series.PointShape;
import com.citydata.bulletin.series.SeriesSchema;
import java.time.Instant;

/**
 * The joint-process point (联办), each property declared once: per process, its applications, accepted and completed
 * since the last report (increments).
 */
final class JointProcessSeries {
  static final PointField TIME = PointField.time("time", "时间", "when the figures were taken");
  static final PointField PROCESS = PointField.tag("process", "联办", "the joint process's name as printed; not a catalog unit");
  static final PointField APPLIED = PointField.counter("applied", "申请", "件", "applications since the process's previous report");
  static final PointField ACCEPTED = PointField.counter("accepted", "受理", "件", "applications accepted since the previous report");
  static final PointField COMPLETED = PointField.counter("completed", "办结", "件", "applications completed since the previous report");
  static final PointShape POINT = PointShape.of("joint_processes", TIME, PROCESS, APPLIED, ACCEPTED, COMPLETED);
  static final SeriesSchema SCHEMA = POINT.schema();

  private JointProcessSeries() {
  }

  /** Fields in sorted order, the order InfluxDB prefers. */
  static void write(LineBatch.Builder lines, Instant time, String process, long applied, long accepted, long completed) {
    lines.point(POINT.measurement()).tag(PROCESS.stored(), process).field(ACCEPTED.stored(), accepted)
        .field(APPLIED.stored(), applied).field(COMPLETED.stored(), completed).at(time);
  }
}
