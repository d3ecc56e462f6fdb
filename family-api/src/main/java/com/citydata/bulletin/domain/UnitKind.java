package com.citydata.bulletin.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a catalog unit is; {@link #SPECIAL} units (data sources such as 城市数据大脑) are listed apart in rankings, the
 * {@link #CITY} unit (杭州市本级) is the city level that regional tables put first.
 */
public enum UnitKind {
  DEPARTMENT("department"),
  DISTRICT("district"),
  COMPANY("company"),
  SPECIAL("special"),
  CITY("city");

  private final String wireName;

  UnitKind(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<UnitKind> fromWire(String name) {
    return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
  }
}
