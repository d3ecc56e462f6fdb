package com.citydata.bulletin.auth;

import java.util.Set;

/**
 * Who made a request: the admin, or a collector with the families it may post and the units it may post for (none:
 * every unit).
 */
public record Principal(String id, String name, boolean admin, Set<String> families, Set<String> units) {

  public Principal {
    families = Set.copyOf(families);
    units = Set.copyOf(units);
  }

  public static Principal administrator() {
    return new Principal("admin", "admin", true, Set.of(), Set.of());
  }

  public boolean mayPost(String family) {
    return families.contains(family);
  }
}
