package com.citydata.bulletin.gateway;

import com.citydata.bulletin.accounts.Account;
import com.citydata.bulletin.accounts.AccountRepository;
import com.citydata.bulletin.domain.FieldError;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * POST, GET /api/v1/accounts and PATCH, DELETE /api/v1/accounts/{account}: the desk's accounts (admin). The contract
 * checks the shape; {@link AccountChanges} the rules it cannot say.
 */
final class AccountRoutes {
  private final AccountRepository accounts;
  private final AccountChanges changes;

  AccountRoutes(AccountRepository accounts, AccountChanges changes) {
    this.accounts = accounts;
    this.changes = changes;
  }

  void create(RoutingContext ctx) {
    changes.create(ctx.body().asJsonObject(), BearerAuth.principal(ctx).name())
        .onSuccess(account -> Responses.json(ctx, 201, account.toJson()))
        .onFailure(failure -> fail(ctx, failure));
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
    Object role = ctx.body().asJsonObject().getValue("role");
    if (self(ctx, id.get()) && role != null && !"admin".equals(role)) {
      ApiErrors.send(ctx, 409, "an admin's session cannot take the admin role from its own account; another admin can",
          List.of(new FieldError(null, "role", "not of the account signed in")));
      return;
    }
    changes.update(id.get(), ctx.body().asJsonObject(), BearerAuth.principal(ctx).name())
        .onSuccess(updated -> {
          if (updated.isEmpty()) {
            ApiErrors.send(ctx, 404, "no account " + id.get(), List.of());
          } else {
            Responses.json(ctx, 200, updated.get().toJson());
          }
        })
        .onFailure(failure -> fail(ctx, failure));
  }

  void delete(RoutingContext ctx) {
    Optional<UUID> id = id(ctx);
    if (id.isEmpty()) {
      return;
    }
    if (self(ctx, id.get())) {
      ApiErrors.send(ctx, 409, "an admin's session cannot remove its own account; another admin can", List.of());
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
    Optional<UUID> id = DeskAdmin.uuid(ctx.pathParam("account"));
    if (id.isEmpty()) {
      ApiErrors.send(ctx, 404, "no account " + ctx.pathParam("account"), List.of());
    }
    return id;
  }

  /** Whether the call comes from a session of that very account: the desk always keeps the admin who is using it. */
  private static boolean self(RoutingContext ctx, UUID account) {
    return BearerAuth.principal(ctx).id().equals(Account.principalId(account));
  }

  private static void fail(RoutingContext ctx, Throwable failure) {
    if (failure instanceof AccountRepository.NameTaken taken) {
      ApiErrors.send(ctx, 409, taken.getMessage(), List.of(new FieldError(null, "name", taken.getMessage())));
    } else {
      ctx.fail(failure);
    }
  }
}
