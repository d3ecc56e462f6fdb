package com.citydata.bulletin.ingest;

import com.citydata.bulletin.domain.ServiceFailure;
import com.citydata.bulletin.domain.Unit;
import java.util.Set;
import java.util.TreeSet;

/**
 * The units a collector may post for, by canonical catalog name; empty means every unit. Checked where a point's
 * unit is resolved against the catalog, the one step every family's unit passes through, so no family can forget it.
 */
public record UnitScope(Set<String> units) {
  public static final UnitScope ALL = new UnitScope(Set.of());

  public UnitScope {
    units = Set.copyOf(units);
  }

  /**
   * Refuses the whole request with a 403 naming the unit: posting for another unit is a matter of the token's
   * rights, not of the point's form, so it is not one more field error among others.
   */
  void check(Unit unit, int index, String field) {
    if (!units.isEmpty() && !units.contains(unit.name())) {
      throw new ServiceFailure(403, "this token may post only for " + String.join(", ", new TreeSet<>(units))
          + "; point " + index + " (" + field + ") is for the unit '" + unit.name() + "'");
    }
  }
}
