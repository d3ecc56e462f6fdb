package com.citydata.bulletin.interfacecalls;

import com.citydata.bulletin.storage.SeriesPoint;
import java.time.Instant;
import java.util.Map;

/** How interface calls (接口调用) are stored: per unit and business system, calls since the last report. */
public final class InterfaceSeries {
  public static final String MEASUREMENT = "interface_calls";
  public static final String TAG_UNIT = "unit";
  public static final String TAG_SYSTEM = "system_name";
  public static final String FIELD_CALLS = "calls";

  private InterfaceSeries() {
  }

  public static SeriesPoint point(Instant time, String unit, String system, long calls) {
    return SeriesPoint.of(MEASUREMENT, Map.of(TAG_UNIT, unit, TAG_SYSTEM, system), Map.of(FIELD_CALLS, calls), time);
  }
}
