package com.citydata.bulletin.gateway;

import com.citydata.bulletin.accounts.Account;
import com.citydata.bulletin.accounts.AccountRepository;
import com.citydata.bulletin.accounts.Role;
import com.citydata.bulletin.accounts.Sessions;
import com.citydata.bulletin.domain.FieldError;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The accounts' page, /desk/admin/accounts: every account ({@code table#accounts}, a {@code <tr data-account
 * data-role>} each), a form that creates one, and for each a form that changes its role, scope or password, or
 * removes it, by the accounts API's rules. An admin may not demote or remove the account it is signed in with, so
 * that the desk always keeps the admin who is using it.
 */
final class DeskAccounts {
  private static final String PAGE = "/desk/admin/accounts";
  private final AccountRepository accounts;
  private final AccountChanges changes;
  private final ZoneId zone;

  DeskAccounts(AccountRepository accounts, AccountChanges changes, ZoneId zone) {
    this.accounts = accounts;
    this.changes = changes;
    this.zone = zone;
  }

  /** GET; {@code edit} names the account whose change form is opened. */
  void page(RoutingContext ctx) {
    DeskForms.admin(ctx).ifPresent(session -> show(ctx, session, 200, Optional.ofNullable(ctx.queryParams().get("done")).map(DeskAccounts::done),
        List.of(), Optional.ofNullable(ctx.queryParams().get("edit")).flatMap(DeskAdmin::uuid), new JsonObject()));
  }

  /** POST: a new account. */
  void create(RoutingContext ctx) {
    DeskForms.withForm(ctx, DeskForms.Need.ADMIN).ifPresent(session -> {
      JsonObject body = scope(ctx).put("name", DeskAdmin.field(ctx, "name")).put("password", DeskAdmin.field(ctx, "password"))
          .put("role", DeskAdmin.field(ctx, "role"));
      changes.create(body, session.account().principal().name())
          .onSuccess(account -> DeskForms.redirect(ctx, PAGE + "?done=created"))
          .onFailure(failure -> DeskAdmin.refused(ctx, failure,
              problems -> show(ctx, session, 400, Optional.empty(), problems, Optional.empty(), body)));
    });
  }

  /** POST …/{account}: {@code intent=change} its role, scope and (when typed) password; {@code intent=delete} removes it. */
  void change(RoutingContext ctx) {
    DeskForms.withForm(ctx, DeskForms.Need.ADMIN).ifPresent(session -> {
      Optional<UUID> id = DeskAdmin.uuid(ctx.pathParam("account"));
      if (id.isEmpty()) {
        DeskPages.message(ctx, 404, "没有这个账号", "没有账号 " + ctx.pathParam("account") + "。", PAGE);
        return;
      }
      boolean self = id.get().equals(session.account().id());
      String actor = session.account().principal().name();
      String intent = DeskAdmin.field(ctx, "intent");
      if (!intent.equals("change") && !intent.equals("delete")) {
        DeskPages.message(ctx, 400, "请求有误", "intent 必须是 change 或 delete，未作任何更改。", PAGE);
        return;
      }
      if (intent.equals("delete")) {
        if (self) {
          DeskPages.message(ctx, 409, "不能删除", "不能删除当前登录的账号；请用另一个管理员账号操作。", PAGE);
          return;
        }
        accounts.delete(id.get(), actor).onSuccess(removed -> {
          if (removed) {
            DeskForms.redirect(ctx, PAGE + "?done=deleted");
          } else {
            DeskPages.message(ctx, 404, "没有这个账号", "没有账号 " + id.get() + "，可能已被删除。", PAGE);
          }
        }).onFailure(ctx::fail);
        return;
      }
      JsonObject body = scope(ctx).put("role", DeskAdmin.field(ctx, "role"));
      if (!DeskAdmin.field(ctx, "password").isEmpty()) {
        body.put("password", DeskAdmin.field(ctx, "password"));
      }
      if (self && Role.named(body.getString("role")).filter(r -> r != Role.ADMIN).isPresent()) {
        show(ctx, session, 400, Optional.empty(), List.of(new FieldError(null, "role",
            "不能取消当前登录账号的管理员角色；请用另一个管理员账号操作")), id, body);
        return;
      }
      changes.update(id.get(), body, actor)
          .onSuccess(updated -> {
            if (updated.isEmpty()) {
              DeskPages.message(ctx, 404, "没有这个账号", "没有账号 " + id.get() + "，可能已被删除。", PAGE);
            } else {
              DeskForms.redirect(ctx, PAGE + "?done=changed");
            }
          })
          .onFailure(failure -> DeskAdmin.refused(ctx, failure, problems -> show(ctx, session, 400, Optional.empty(), problems, id, body)));
    });
  }

  /** The units (one a line) and checked families of a form, as the API's body has them. */
  private static JsonObject scope(RoutingContext ctx) {
    return new JsonObject().put("units", DeskAdmin.lines(ctx.request().getFormAttribute("units")))
        .put("families", DeskAdmin.checked(ctx, "families"));
  }

  private static String done(String what) {
    return switch (what) {
      case "created" -> "账号已创建。";
      case "deleted" -> "账号已删除，它的登录已全部结束。";
      default -> "账号已修改。改了角色或密码的，它的登录已全部结束。";
    };
  }

  private void show(RoutingContext ctx, Sessions.Session session, int status, Optional<String> notice, List<FieldError> problems,
      Optional<UUID> edit, JsonObject typed) {
    accounts.list().onSuccess(all -> DeskForms.guarded(ctx, () -> {
      Map<String, Object> model = DeskAdmin.model(session, notice, problems);
      model.put("accounts", all.stream().map(a -> account(a, edit.filter(a.id()::equals).filter(id -> !typed.isEmpty()).map(id -> typed), session.account().id()))
          .toList());
      model.put("edit", edit.map(UUID::toString).orElse(""));
      model.put("roles", Role.words().stream().map(word -> Map.of("role", word, "label", DeskPages.roleLabel(Role.named(word).orElseThrow())))
          .toList());
      boolean creating = edit.isEmpty() && !typed.isEmpty();
      model.put("form", Map.of("name", creating ? typed.getString("name", "") : "", "role", creating ? typed.getString("role") : Role.READER.word(),
          "units", creating ? DeskAdmin.text(typed.getJsonArray("units")) : "",
          "families", DeskAdmin.families(creating ? typed.getJsonArray("families") : new JsonArray())));
      DeskPages.send(ctx, status, "admin-accounts.ftlx", model);
    })).onFailure(ctx::fail);
  }

  /** An account's row and its change form, filled with what was typed when that change was refused. */
  private Map<String, Object> account(Account account, Optional<JsonObject> typed, UUID signedIn) {
    JsonObject shown = typed.orElse(account.toJson());
    return Map.of("id", account.id().toString(), "name", account.name(), "role", account.role().word(), "self", account.id().equals(signedIn),
        "role_label", DeskPages.roleLabel(account.role()), "units", account.units(), "families", DeskAdmin.titles(new JsonArray(account.families())),
        "locked", account.lockedUntil().filter(Instant.now()::isBefore).map(until -> DeskForms.shown(until, zone)).orElse(""),
        "form", Map.of("role", shown.getString("role"), "units", DeskAdmin.text(shown.getJsonArray("units")),
            "families", DeskAdmin.families(shown.getJsonArray("families"))));
  }
}
