package com.citydata.bulletin.families.eseal;

import com.citydata.bulletin.series.LineBatch;
import com.citydata.bulletin.series.PointField;
import com.citydata.bulletin.series.PointShape;
import com.citydata.bulletin.series.SeriesSchema;
import java.time.Instant;

/** The e-seal (电子签章) point, each property declared once: per region and seal, stamps since the last report. */
final class EsealSeries {
  static final PointField TIME = PointField.time("time", "时间", "when the count was taken");
  static final PointField REGION = PointField.reporter("region", "区域",
      "a catalog unit of kind city or district, by name or alias, stored under the name");
  static final PointField SEAL = PointField.tag("seal", "印章名称", "the seal's name, kept as sent");
  static final PointField STAMPS = PointField.counter("stamps", "签章次数", "次", "stamps since the seal's previous report");
  static final PointShape POINT = PointShape.of("eseal_stamps", TIME, REGION, SEAL, STAMPS);
  static final SeriesSchema SCHEMA = POINT.schema();

  private EsealSeries() {
  }

  static void write(LineBatch.Builder lines, Instant time, String region, String seal, long stamps) {
    lines.point(POINT.measurement()).tag(REGION.stored(), region).tag(SEAL.stored(), seal).field(STAMPS.stored(), stamps)
        .at(time);
  }
}
