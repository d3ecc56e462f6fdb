package com.citydata.bulletin.gateway;

import com.citydata.bulletin.catalog.CatalogRepository;
import com.citydata.bulletin.catalog.CollectorRepository;
import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.Names;
import com.citydata.bulletin.domain.Unit;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** POST, GET and DELETE /api/v1/collectors. */
final class CollectorRoutes {
  private final CollectorRepository collectors;
  private final CatalogRepository catalog;

  CollectorRoutes(CollectorRepository collectors, CatalogRepository catalog) {
    this.collectors = collectors;
    this.catalog = catalog;
  }

  void create(RoutingContext ctx) {
    JsonObject body = ctx.body().asJsonObject();
    String name = body.getString("name");
    Optional<String> problem = Names.problem(name);
    if (problem.isPresent()) {
      ApiErrors.send(ctx, 400, "invalid collector", List.of(new FieldError(null, "name", problem.get())));
      return;
    }
    List<String> families = body.getJsonArray("families").stream().map(String.class::cast).distinct().toList();
    List<String> named = body.getJsonArray("units", new JsonArray()).stream().map(String.class::cast).toList();
    catalog.load().onSuccess(units -> {
      List<FieldError> errors = new ArrayList<>();
      List<String> canonical = canonicalUnits(named, units, errors);
      if (!errors.isEmpty()) {
        ApiErrors.send(ctx, 400, "invalid collector units: " + errors.stream()
            .map(e -> "units[" + e.index() + "] " + e.message()).collect(Collectors.joining("; ")), errors);
        return;
      }
      collectors.create(name, families, canonical, BearerAuth.principal(ctx).name())
          .onSuccess(created -> Responses.json(ctx, 201,
              new JsonObject().put("id", created.id().toString()).put("token", created.token()).put("units", new JsonArray(canonical))))
          .onFailure(ctx::fail);
    }).onFailure(ctx::fail);
  }

  /**
   * The catalog's own names of the units a collector is limited to: an alias is kept as the unit it stands for, so
   * the check at ingest compares canonical names whatever name a point uses.
   */
  private static List<String> canonicalUnits(List<String> named, Catalog catalog, List<FieldError> errors) {
    Set<String> canonical = new LinkedHashSet<>();
    for (int i = 0; i < named.size(); i++) {
      String unitName = named.get(i);
      Optional<String> problem = Names.problem(unitName);
      if (problem.isPresent()) {
        errors.add(new FieldError(i, "units", problem.get()));
        continue;
      }
      Optional<Unit> unit = catalog.resolve(unitName);
      if (unit.isEmpty()) {
        errors.add(new FieldError(i, "units", "unknown unit '" + unitName + "'; add it or an alias to the catalog first"));
      } else {
        canonical.add(unit.get().name());
      }
    }
    return List.copyOf(canonical);
  }

  void list(RoutingContext ctx) {
    collectors.list()
        .onSuccess(all -> Responses.json(ctx, 200, new JsonObject().put("collectors", all)))
        .onFailure(ctx::fail);
  }

  void revoke(RoutingContext ctx) {
    UUID id;
    try {
      id = UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      ApiErrors.send(ctx, 404, "no active collector " + ctx.pathParam("id"), List.of());
      return;
    }
    collectors.revoke(id, BearerAuth.principal(ctx).name())
        .onSuccess(revoked -> {
          if (revoked) {
            ctx.response().setStatusCode(204).end();
          } else {
            ApiErrors.send(ctx, 404, "no active collector " + id, List.of());
          }
        })
        .onFailure(ctx::fail);
  }
}
