package com.citydata.bulletin.gateway;

import com.citydata.bulletin.accounts.AccountRepository;
import com.citydata.bulletin.accounts.Passwords;
import com.citydata.bulletin.accounts.Role;
import com.citydata.bulletin.catalog.CatalogRepository;
import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.Names;
import com.citydata.bulletin.family.Family;
import com.citydata.bulletin.family.FamilyRegistry;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * POST, GET /api/v1/accounts and PATCH, DELETE /api/v1/accounts/{account}: the desk's accounts (admin). The contract
 * checks the shape; here the rules it cannot say: the name rule of unit names, the password's length, catalog units
 * (kept by their names) and known families.
 */
final class AccountRoutes {
  private static final Set<String> FAMILIES = FamilyRegistry.installed().families().stream().map(Family::name).collect(Collectors.toSet());
  private final AccountRepository accounts;
  private final CatalogRepository catalog;

  AccountRoutes(AccountRepository accounts, CatalogRepository catalog) {
    this.accounts = accounts;
    this.catalog = catalog;
  }

  void create(RoutingContext ctx) {
    JsonObject body = ctx.body().asJsonObject();
    List<FieldError> problems = new ArrayList<>();
    // The rule of unit names: a name signed in with must be kept, shown and typed exactly as given.
    Names.problem(body.getString("name")).ifPresent(p -> problems.add(new FieldError(null, "name", p)));
    Passwords.problem(body.getString("password")).ifPresent(p -> problems.add(new FieldError(null, "password", p)));
    List<String> families = families(body.getJsonArray("families", new JsonArray()), problems);
    catalog.load().compose(units -> {
      List<String> named = units(units, body.getJsonArray("units", new JsonArray()), problems);
      if (!problems.isEmpty()) {
        ApiErrors.send(ctx, 400, "invalid account", problems);
        return Future.succeededFuture();
      }
      return accounts.create(body.getString("name"), body.getString("password"), Role.named(body.getString("role")).orElseThrow(), named,
              families, BearerAuth.principal(ctx).name())
          .onSuccess(account -> Responses.json(ctx, 201, account.toJson()))
          .mapEmpty();
    }).onFailure(failure -> fail(ctx, failure));
  }

  void list(RoutingContext ctx) {
    accounts.list().onSuccess(list -> Responses.json(ctx, 200, new JsonObject().put("accounts", AccountRepository.toJson(list))))
        .onFailure(ctx::fail);
  }

  void update(RoutingContext ctx) {
    Optional<UUID> id = id(ctx);
    if (id.isEmpty()) {
      return;
    }
    JsonObject body = ctx.body().asJsonObject();
    List<FieldError> problems = new ArrayList<>();
    Optional<String> password = Optional.ofNullable(body.getString("password"));
    password.flatMap(Passwords::problem).ifPresent(p -> problems.add(new FieldError(null, "password", p)));
    Optional<List<String>> families = Optional.ofNullable(body.getJsonArray("families")).map(f -> families(f, problems));
    catalog.load().compose(units -> {
      Optional<List<String>> named = Optional.ofNullable(body.getJsonArray("units")).map(u -> units(units, u, problems));
      if (!problems.isEmpty()) {
        ApiErrors.send(ctx, 400, "invalid account change", problems);
        return Future.succeededFuture();
      }
      return accounts.update(id.get(), new AccountRepository.Change(Optional.ofNullable(body.getString("role")).flatMap(Role::named), named,
              families, password), BearerAuth.principal(ctx).name())
          .onSuccess(updated -> {
            if (updated.isEmpty()) {
              ApiErrors.send(ctx, 404, "no account " + id.get(), List.of());
            } else {
              Responses.json(ctx, 200, updated.get().toJson());
            }
          }).mapEmpty();
    }).onFailure(failure -> fail(ctx, failure));
  }

  void delete(RoutingContext ctx) {
    Optional<UUID> id = id(ctx);
    if (id.isEmpty()) {
      return;
    }
    accounts.delete(id.get(), BearerAuth.principal(ctx).name()).onSuccess(removed -> {
      if (removed) {
        ctx.response().setStatusCode(204).end();
      } else {
        ApiErrors.send(ctx, 404, "no account " + id.get(), List.of());
      }
    }).onFailure(ctx::fail);
  }

  private static Optional<UUID> id(RoutingContext ctx) {
    try {
      return Optional.of(UUID.fromString(ctx.pathParam("account")));
    } catch (IllegalArgumentException e) {
      ApiErrors.send(ctx, 404, "no account " + ctx.pathParam("account"), List.of());
      return Optional.empty();
    }
  }

  private static List<String> families(JsonArray families, List<FieldError> problems) {
    List<String> known = new ArrayList<>();
    for (int i = 0; i < families.size(); i++) {
      String family = families.getString(i);
      if (FAMILIES.contains(family)) {
        known.add(family);
      } else {
        problems.add(new FieldError(i, "families", "'" + family + "' is not a family; one of " + FAMILIES.stream().sorted().toList()));
      }
    }
    return known;
  }

  /** Each unit by its catalog name; an alias is taken and kept as the name, an unknown one refused. */
  private static List<String> units(Catalog catalog, JsonArray units, List<FieldError> problems) {
    List<String> named = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      String unit = units.getString(i);
      int index = i;
      catalog.resolve(unit).ifPresentOrElse(u -> named.add(u.name()),
          () -> problems.add(new FieldError(index, "units", "'" + unit + "' is not a unit of the catalog")));
    }
    return named;
  }

  private static void fail(RoutingContext ctx, Throwable failure) {
    if (failure instanceof AccountRepository.NameTaken taken) {
      ApiErrors.send(ctx, 409, taken.getMessage(), List.of(new FieldError(null, "name", taken.getMessage())));
    } else {
      ctx.fail(failure);
    }
  }
}
