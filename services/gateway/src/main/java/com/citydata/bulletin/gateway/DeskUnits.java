package com.citydata.bulletin.gateway;

import com.citydata.bulletin.accounts.Sessions;
import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.UnitKind;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog's page, /desk/admin/units: every unit in the catalog's order ({@code table#units}, a
 * {@code <tr data-unit data-kind>} a unit), moved up or down one place at a time, and a form that adds a unit or
 * changes one's kind and aliases, by the catalog API's rules.
 */
final class DeskUnits {
  static final Map<UnitKind, String> KIND_LABELS = Map.of(UnitKind.DEPARTMENT, "市级部门", UnitKind.DISTRICT, "区、县（市）",
      UnitKind.COMPANY, "企业", UnitKind.SPECIAL, "专项数据源", UnitKind.CITY, "市本级");
  private static final String PAGE = "/desk/admin/units";
  private final CatalogChanges catalog;

  DeskUnits(CatalogChanges catalog) {
    this.catalog = catalog;
  }

  /** GET: the catalog; {@code edit} names a unit whose kind and aliases the form is filled with. */
  void page(RoutingContext ctx) {
    DeskForms.admin(ctx).ifPresent(session -> {
      Optional<String> notice = ctx.queryParams().contains("saved") ? Optional.of("单位已保存。")
          : ctx.queryParams().contains("moved") ? Optional.of("顺序已调整。") : Optional.empty();
      show(ctx, session, 200, notice, List.of(), Optional.ofNullable(ctx.queryParams().get("edit")), Optional.empty());
    });
  }

  /** POST: adds the unit, or changes the kind and aliases of the unit of that name (its aliases one a line). */
  void save(RoutingContext ctx) {
    DeskForms.withForm(ctx, DeskForms.Need.ADMIN).ifPresent(session -> {
      JsonObject unit = new JsonObject().put("name", DeskAdmin.field(ctx, "name")).put("kind", DeskAdmin.field(ctx, "kind"))
          .put("aliases", DeskAdmin.lines(ctx.request().getFormAttribute("aliases")));
      catalog.upsert(new JsonArray().add(unit), session.account().principal().name())
          .onSuccess(n -> DeskForms.redirect(ctx, PAGE + "?saved=1#unit-" + URLEncoder.encode(unit.getString("name"), StandardCharsets.UTF_8)
              .replace("+", "%20")))
          .onFailure(failure -> DeskAdmin.refused(ctx, failure, problems -> show(ctx, session, 400, Optional.empty(),
              // The form holds one unit: the index of the request's units would only mislead.
              problems.stream().map(p -> new FieldError(null, p.field(), p.message())).toList(), Optional.empty(), Optional.of(unit))));
    });
  }

  /** POST …/order: moves a unit one place up or down in the catalog's order. */
  void move(RoutingContext ctx) {
    DeskForms.withForm(ctx, DeskForms.Need.ADMIN).ifPresent(session -> {
      String name = DeskAdmin.field(ctx, "unit");
      String move = DeskAdmin.field(ctx, "move");
      if (!move.equals("up") && !move.equals("down")) {
        show(ctx, session, 400, Optional.empty(), List.of(new FieldError(null, "move", "must be up or down, got '" + move + "'")),
            Optional.empty(), Optional.empty());
        return;
      }
      catalog.move(name, move.equals("up") ? -1 : 1, session.account().principal().name())
          .onSuccess(units -> DeskForms.redirect(ctx, PAGE + "?moved=1#unit-" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")))
          .onFailure(failure -> DeskAdmin.refused(ctx, failure,
              problems -> show(ctx, session, 400, Optional.empty(), problems, Optional.empty(), Optional.empty())));
    });
  }

  private void show(RoutingContext ctx, Sessions.Session session, int status, Optional<String> notice, List<FieldError> problems,
      Optional<String> edit, Optional<JsonObject> typed) {
    catalog.load().onSuccess(units -> DeskForms.guarded(ctx, () -> {
      Map<String, Object> model = DeskAdmin.model(session, notice, problems);
      model.put("units", units.units().stream().map(u -> Map.<String, Object>of("name", u.name(), "kind", u.kind().wireName(),
          "kind_label", KIND_LABELS.get(u.kind()), "aliases", u.aliases())).toList());
      model.put("kinds", KIND_LABELS.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .map(k -> Map.of("kind", k.getKey().wireName(), "label", k.getValue())).toList());
      model.put("form", form(units, edit, typed));
      DeskPages.send(ctx, status, "admin-units.ftlx", model);
    })).onFailure(ctx::fail);
  }

  /** The form's values: what was typed when it was refused, else the unit being changed, else empty for a new one. */
  private static Map<String, Object> form(Catalog units, Optional<String> edit, Optional<JsonObject> typed) {
    Map<String, Object> form = new LinkedHashMap<>();
    if (typed.isPresent()) {
      form.put("name", typed.get().getString("name"));
      form.put("kind", typed.get().getString("kind"));
      form.put("aliases", DeskAdmin.text(typed.get().getJsonArray("aliases")));
      return form;
    }
    Optional<Unit> unit = edit.flatMap(units::resolve);
    form.put("name", unit.map(Unit::name).orElse(""));
    form.put("kind", unit.map(u -> u.kind().wireName()).orElse(UnitKind.DEPARTMENT.wireName()));
    form.put("aliases", unit.map(u -> DeskAdmin.text(new JsonArray(u.aliases()))).orElse(""));
    return form;
  }
}
