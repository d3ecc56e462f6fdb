package com.citydata.bulletin.accounts;

import com.citydata.bulletin.auth.Principal;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A person who signs in to the desk; the password hash never leaves the repository. */
public record Account(UUID id, String name, Role role, List<String> units, List<String> families, Optional<Instant> lockedUntil,
    Instant createdAt) {

  public Account {
    units = List.copyOf(units);
    families = List.copyOf(families);
  }

  /**
   * Who the account is to the access rules: an admin or editor by its role; a reporter posts as a collector of its
   * families and units; a reader may only read.
   */
  public Principal principal() {
    boolean reporter = role == Role.REPORTER;
    return new Principal(principalId(id), name, role == Role.ADMIN, role.edits(), reporter ? Set.copyOf(families) : Set.of(),
        reporter ? Set.copyOf(units) : Set.of());
  }

  /** The principal id of an account's session, as rate limits and the access rules know it. */
  public static String principalId(UUID account) {
    return "account:" + account;
  }

  /** As the API shows it: no password, no hash. */
  public JsonObject toJson() {
    return new JsonObject().put("id", id.toString()).put("name", name).put("role", role.word())
        .put("units", new JsonArray(units)).put("families", new JsonArray(families))
        .put("locked_until", lockedUntil.map(Instant::toString).orElse(null))
        .put("created_at", createdAt.toString());
  }
}
