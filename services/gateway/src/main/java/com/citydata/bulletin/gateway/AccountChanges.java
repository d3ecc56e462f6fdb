package com.citydata.bulletin.gateway;

import com.citydata.bulletin.accounts.Account;
import com.citydata.bulletin.accounts.AccountRepository;
import com.citydata.bulletin.accounts.Passwords;
import com.citydata.bulletin.accounts.Role;
import com.citydata.bulletin.catalog.CatalogRepository;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Creating and changing desk accounts from a body in the API's shape ({"name","password","role","units","families"}),
 * for the accounts API and the desk's accounts page alike: the name rule of unit names, the password's length, a role,
 * catalog units and installed families. A refusal is an {@link InvalidRequestException} naming every problem, or
 * {@link AccountRepository.NameTaken}; nothing is stored then.
 */
final class AccountChanges {
  private final AccountRepository accounts;
  private final CatalogRepository catalog;

  AccountChanges(AccountRepository accounts, CatalogRepository catalog) {
    this.accounts = accounts;
    this.catalog = catalog;
  }

  Future<Account> create(JsonObject body, String actor) {
    List<FieldError> problems = new ArrayList<>();
    Object name = body.getValue("name");
    ScopeRules.name(name, problems);
    Object password = body.getValue("password");
    (password instanceof String text ? Passwords.problem(text) : Optional.of("is required"))
        .ifPresent(p -> problems.add(new FieldError(null, "password", p)));
    Optional<Role> role = role(body.getValue("role"), problems);
    List<String> families = ScopeRules.families(body.getJsonArray("families", new JsonArray()), problems);
    return catalog.load().compose(units -> {
      List<String> named = ScopeRules.units(units, body.getJsonArray("units", new JsonArray()), problems);
      if (!problems.isEmpty()) {
        return Future.failedFuture(new InvalidRequestException("invalid account", problems));
      }
      return accounts.create((String) name, (String) password, role.orElseThrow(), named, families, actor);
    });
  }

  /** Changes what the body names (role, units, families, password); empty when there is no such account. */
  Future<Optional<Account>> update(UUID id, JsonObject body, String actor) {
    List<FieldError> problems = new ArrayList<>();
    Optional<String> password = Optional.ofNullable(body.getString("password"));
    password.flatMap(Passwords::problem).ifPresent(p -> problems.add(new FieldError(null, "password", p)));
    Optional<Role> role = body.containsKey("role") ? role(body.getValue("role"), problems) : Optional.empty();
    Optional<List<String>> families = Optional.ofNullable(body.getJsonArray("families")).map(f -> ScopeRules.families(f, problems));
    return catalog.load().compose(units -> {
      Optional<List<String>> named = Optional.ofNullable(body.getJsonArray("units")).map(u -> ScopeRules.units(units, u, problems));
      if (!problems.isEmpty()) {
        return Future.failedFuture(new InvalidRequestException("invalid account change", problems));
      }
      return accounts.update(id, new AccountRepository.Change(role, named, families, password), actor);
    });
  }

  private static Optional<Role> role(Object word, List<FieldError> problems) {
    Optional<Role> role = word instanceof String text ? Role.named(text) : Optional.empty();
    if (role.isEmpty()) {
      problems.add(new FieldError(null, "role", "must be one of " + String.join(", ", Role.words())));
    }
    return role;
  }
}
