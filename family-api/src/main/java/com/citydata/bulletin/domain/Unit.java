package com.citydata.bulletin.domain;

import java.util.List;

/** A catalog unit: a department, district, company or special source, with the other names it is reported under. */
public record Unit(String name, UnitKind kind, List<String> aliases) {
  public Unit {
    aliases = List.copyOf(aliases);
  }
}
