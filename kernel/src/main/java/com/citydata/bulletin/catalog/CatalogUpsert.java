package com.citydata.bulletin.catalog;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.Names;
import com.citydata.bulletin.domain.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that an upsert keeps every name unambiguous: each unit name and alias must point at exactly one unit,
 * counting the catalog as it will be once the upsert replaced the aliases of the units it names.
 */
public final class CatalogUpsert {
  private CatalogUpsert() {
  }

  public static List<FieldError> conflicts(Catalog existing, List<Unit> upserts) {
    Map<String, Integer> upsertIndex = new HashMap<>();
    for (int i = 0; i < upserts.size(); i++) {
      upsertIndex.putIfAbsent(upserts.get(i).name(), i);
    }
    // Owner of each name after the upsert: existing names first, minus aliases the upsert replaces.
    Map<String, String> owner = new HashMap<>();
    for (Unit unit : existing.units()) {
      owner.put(unit.name(), unit.name());
      if (!upsertIndex.containsKey(unit.name())) {
        unit.aliases().forEach(alias -> owner.put(alias, unit.name()));
      }
    }
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < upserts.size(); i++) {
      Unit unit = upserts.get(i);
      int index = i;
      Names.problem(unit.name()).ifPresent(problem -> errors.add(new FieldError(index, "name", "'" + unit.name() + "' " + problem)));
      for (String alias : unit.aliases()) {
        Names.problem(alias).ifPresent(problem -> errors.add(new FieldError(index, "aliases", "'" + alias + "' " + problem)));
      }
      if (upsertIndex.get(unit.name()) != i) {
        errors.add(new FieldError(i, "name", "'" + unit.name() + "' is listed twice in this request"));
        continue;
      }
      String holder = owner.putIfAbsent(unit.name(), unit.name());
      if (holder != null && !holder.equals(unit.name())) {
        errors.add(new FieldError(i, "name", "'" + unit.name() + "' is already an alias of " + holder));
      }
    }
    for (int i = 0; i < upserts.size(); i++) {
      Unit unit = upserts.get(i);
      Set<String> listed = new HashSet<>();
      for (String alias : unit.aliases()) {
        String holder = owner.putIfAbsent(alias, unit.name());
        if (!listed.add(alias)) {
          errors.add(new FieldError(i, "aliases", "'" + alias + "' is listed twice"));
        } else if (holder != null && !holder.equals(unit.name())) {
          errors.add(new FieldError(i, "aliases", "'" + alias + "' already names " + holder));
        } else if (alias.equals(unit.name())) {
          errors.add(new FieldError(i, "aliases", "'" + alias + "' is the unit's own name"));
        }
      }
    }
    return errors;
  }

  /** What keeps {@code names} from heading the catalog's order: each must be a unit's own name, once. */
  public static List<FieldError> orderProblems(Catalog existing, List<String> names) {
    Set<String> units = new HashSet<>();
    existing.units().forEach(u -> units.add(u.name()));
    List<FieldError> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (!units.contains(name)) {
        problems.add(new FieldError(i, "units", "'" + name + "' is not the name of a unit of the catalog"
            + existing.resolve(name).map(u -> "; it is an alias of " + u.name()).orElse("")));
      } else if (!seen.add(name)) {
        problems.add(new FieldError(i, "units", "'" + name + "' is listed twice"));
      }
    }
    return problems;
  }
}
