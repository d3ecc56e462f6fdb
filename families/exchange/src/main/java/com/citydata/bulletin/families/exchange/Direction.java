package com.citydata.bulletin.families.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Which way records moved: collected into the platform (归集) or pushed out of it (推送). */
public enum Direction {
  COLLECT("collect"),
  PUSH("push");

  private final String wireName;

  Direction(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<Direction> fromWire(String name) {
    return Arrays.stream(values()).filter(d -> d.wireName.equals(name)).findFirst();
  }

  public static List<String> wireNames() {
    return Arrays.stream(values()).map(Direction::wireName).toList();
  }
}
