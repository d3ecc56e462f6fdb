package com.citydata.bulletin.families.onewindow;

import static com.citydata.bulletin.storage.SeriesSchema.counter;
import static com.citydata.bulletin.storage.SeriesSchema.gauge;

import com.citydata.bulletin.storage.SeriesPoint;
import com.citydata.bulletin.storage.SeriesSchema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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

  static SeriesPoint region(Instant time, String region, long matters, long offices, long cases, long online, long accepted,
      long completed) {
    return SeriesPoint.of(REGIONS.measurement(), Map.of(TAG_REGION, region), Map.of(MATTERS, matters, OFFICES, offices,
        CASES, cases, ONLINE_CASES, online, ACCEPTED, accepted, COMPLETED, completed), time);
  }

  static SeriesPoint joint(Instant time, String process, long applied, long accepted, long completed) {
    return SeriesPoint.of(JOINT.measurement(), Map.of(TAG_PROCESS, process), Map.of(APPLIED, applied, ACCEPTED, accepted,
        COMPLETED, completed), time);
  }
}
