package com.citydata.bulletin.families.eseal;

import static com.citydata.bulletin.storage.SeriesSchema.counter;

import com.citydata.bulletin.storage.SeriesPoint;
import com.citydata.bulletin.storage.SeriesSchema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** How e-seal use (电子签章) is stored: per region and seal, stamps since the last report. */
final class EsealSeries {
  static final String TAG_REGION = "region";
  static final String TAG_SEAL = "seal";
  static final String FIELD_STAMPS = "stamps";
  static final SeriesSchema SCHEMA = new SeriesSchema("eseal_stamps", List.of(TAG_REGION, TAG_SEAL), List.of(counter(FIELD_STAMPS)));

  private EsealSeries() {
  }

  static SeriesPoint point(Instant time, String region, String seal, long stamps) {
    return SeriesPoint.of(SCHEMA.measurement(), Map.of(TAG_REGION, region, TAG_SEAL, seal), Map.of(FIELD_STAMPS, stamps), time);
  }
}
