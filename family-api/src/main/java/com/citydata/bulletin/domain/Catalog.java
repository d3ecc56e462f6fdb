package com.citydata.bulletin.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The unit catalog in catalog order, resolving a reported name or alias to its unit. */
public final class Catalog {
  private final List<Unit> units;
  private final Map<String, Unit> byNameOrAlias = new HashMap<>();
  private final Map<String, Integer> positions = new HashMap<>();

  public Catalog(List<Unit> units) {
    this.units = List.copyOf(units);
    for (int i = 0; i < this.units.size(); i++) {
      Unit unit = this.units.get(i);
      positions.put(unit.name(), i);
      byNameOrAlias.put(unit.name(), unit);
      unit.aliases().forEach(alias -> byNameOrAlias.putIfAbsent(alias, unit));
    }
  }

  public List<Unit> units() {
    return units;
  }

  public Optional<Unit> resolve(String nameOrAlias) {
    return Optional.ofNullable(byNameOrAlias.get(nameOrAlias));
  }

  /** Kind of a unit by canonical name; a name no longer in the catalog counts as a department. */
  public UnitKind kindOf(String name) {
    Unit unit = byNameOrAlias.get(name);
    return unit == null ? UnitKind.DEPARTMENT : unit.kind();
  }

  /** Catalog position; names not in the catalog sort last. */
  public int positionOf(String name) {
    return positions.getOrDefault(name, Integer.MAX_VALUE);
  }
}
