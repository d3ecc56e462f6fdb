package com.citydata.bulletin.auth;

import java.util.Set;

/** Who made a request: the admin, or a collector with the families it may post. */
public record Principal(String id, String name, boolean admin, Set<String> families) {

  public static Principal administrator() {
    return new Principal("admin", "admin", true, Set.of());
  }

  public boolean mayPost(String family) {
    return families.contains(family);
  }
}
