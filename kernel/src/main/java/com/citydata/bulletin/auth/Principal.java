package com.citydata.bulletin.auth;

import java.util.Set;

/**
 * Who made a request: the admin, an editor, or a collector (or a reporter's account, which posts as one) with the
 * families it may post and the units it may post for (none: every unit). The admin may do all an editor may.
 */
public record Principal(String id, String name, boolean admin, boolean editor, Set<String> families, Set<String> units) {

  public Principal {
    families = Set.copyOf(families);
    units = Set.copyOf(units);
    editor = editor || admin;
  }

  public static Principal administrator() {
    return new Principal("admin", "admin", true, true, Set.of(), Set.of());
  }

  public boolean mayPost(String family) {
    return families.contains(family);
  }
}
