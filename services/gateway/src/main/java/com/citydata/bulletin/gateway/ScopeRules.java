package com.citydata.bulletin.gateway;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.Names;
import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.family.Family;
import com.citydata.bulletin.family.FamilyRegistry;
import io.vertx.core.json.JsonArray;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a collector or a reporter is and what it may post for: its name, families by name, and catalog units, kept by
 * their own names so that the check at ingest compares canonical names whatever name a point uses. The API and the
 * desk's pages check them alike.
 */
final class ScopeRules {
  static final Set<String> FAMILIES = FamilyRegistry.installed().families().stream().map(Family::name)
      .collect(Collectors.toUnmodifiableSet());

  private ScopeRules() {
  }

  /** A collector's or account's name, by the rule of unit names: it is shown, typed and kept exactly as given. */
  static void name(Object name, List<FieldError> problems) {
    (name instanceof String text ? Names.problem(text) : Optional.of("is required"))
        .ifPresent(p -> problems.add(new FieldError(null, "name", p)));
  }

  /** The installed families named, each once; a problem for each other name. */
  static List<String> families(JsonArray families, List<FieldError> problems) {
    Set<String> known = new LinkedHashSet<>();
    for (int i = 0; i < families.size(); i++) {
      Object family = families.getValue(i);
      if (family instanceof String name && FAMILIES.contains(name)) {
        known.add(name);
      } else {
        problems.add(new FieldError(i, "families", "'" + family + "' is not a family; one of " + FAMILIES.stream().sorted().toList()));
      }
    }
    return List.copyOf(known);
  }

  /** Each unit by its catalog name, once: an alias is kept as the unit it stands for; an unknown one is a problem. */
  static List<String> units(Catalog catalog, JsonArray units, List<FieldError> problems) {
    Set<String> canonical = new LinkedHashSet<>();
    for (int i = 0; i < units.size(); i++) {
      Object value = units.getValue(i);
      Optional<String> problem = value instanceof String name ? Names.problem(name) : Optional.of("must be a unit's name");
      if (problem.isPresent()) {
        problems.add(new FieldError(i, "units", problem.get()));
        continue;
      }
      Optional<Unit> unit = catalog.resolve((String) value);
      if (unit.isEmpty()) {
        problems.add(new FieldError(i, "units", "unknown unit '" + value + "'; add it or an alias to the catalog first"));
      } else {
        canonical.add(unit.get().name());
      }
    }
    return new ArrayList<>(canonical);
  }
}
