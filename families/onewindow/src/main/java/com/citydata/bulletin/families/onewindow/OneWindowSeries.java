package com.citydata.bulletin.families.onewindow;

import static com.citydata.bulletin.series.SeriesSchema.counter;
import static com.citydata.bulletin.series.SeriesSchema.gauge;

import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.SeriesSchema;
import java.time.Instant;
import java.util.List;

/**
 * How the one-window platform's use (一窗受理) is stored: per region, its matters and offices now (gauges) and the
 * cases, online cases, accepted and completed since the last report (increments); and per joint process (联办),
 * its applications, accepted and completed since the last report.
 */
final class OneWindowSeries {
  static final String TAG_REGION = "region";
  static final String MATTERS = "matters";
  static final String OFFICES = "offices";
  static final String CASES = "cases";
  static final String ONLINE_CASES = "online_cases";
  static final String ACCEPTED = "accepted";
  static final String COMPLETED = "completed";
  static final SeriesSchema REGIONS = new SeriesSchema("onewindow_regions", List.of(TAG_REGION), List.of(gauge(MATTERS),
      gauge(OFFICES), counter(CASES), counter(ONLINE_CASES), counter(ACCEPTED), counter(COMPLETED)));

  static final String TAG_PROCESS = "process";
  static final String APPLIED = "applied";
  static final SeriesSchema JOINT = new SeriesSchema("joint_processes", List.of(TAG_PROCESS),
      List.of(counter(APPLIED), counter(ACCEPTED), counter(COMPLETED)));

  private OneWindowSeries() {
  }

  /** Fields in sorted order, the order InfluxDB prefers. */
  static void writeRegion(LineBatch.Builder lines, Instant time, String region, long matters, long offices, long cases,
      long online, long accepted, long completed) {
    lines.point(REGIONS.measurement()).tag(TAG_REGION, region).field(ACCEPTED, accepted).field(CASES, cases)
        .field(COMPLETED, completed).field(MATTERS, matters).field(OFFICES, offices).field(ONLINE_CASES, online).at(time);
  }

  static void writeJoint(LineBatch.Builder lines, Instant time, String process, long applied, long accepted, long completed) {
    lines.point(JOINT.measurement()).tag(TAG_PROCESS, process).field(ACCEPTED, accepted).field(APPLIED, applied)
        .field(COMPLETED, completed).at(time);
  }
}
