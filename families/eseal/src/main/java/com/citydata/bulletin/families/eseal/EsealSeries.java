package com.citydata.bulletin.families.eseal;

import static com.citydata.bulletin.series.SeriesSchema.counter;

import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.SeriesSchema;
import java.time.Instant;
import java.util.List;

/** How e-seal use (电子签章) is stored: per region and seal, stamps since the last report. */
final class EsealSeries {
  static final String TAG_REGION = "region";
  static final String TAG_SEAL = "seal";
  static final String FIELD_STAMPS = "stamps";
  static final SeriesSchema SCHEMA = new SeriesSchema("eseal_stamps", List.of(TAG_REGION, TAG_SEAL), List.of(counter(FIELD_STAMPS)));

  private EsealSeries() {
  }

  static void write(LineBatch.Builder lines, Instant time, String region, String seal, long stamps) {
    lines.point(SCHEMA.measurement()).tag(TAG_REGION, region).tag(TAG_SEAL, seal).field(FIELD_STAMPS, stamps).at(time);
  }
}
