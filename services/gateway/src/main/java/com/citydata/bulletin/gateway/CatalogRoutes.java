package com.citydata.bulletin.gateway;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** PUT and GET /api/v1/catalog/units, PUT /api/v1/catalog/order. */
final class CatalogRoutes {
  private final CatalogChanges catalog;

  CatalogRoutes(CatalogChanges catalog) {
    this.catalog = catalog;
  }

  void put(RoutingContext ctx) {
    catalog.upsert(ctx.body().asJsonObject().getJsonArray("units"), BearerAuth.principal(ctx).name())
        .onSuccess(n -> Responses.json(ctx, 200, new JsonObject().put("upserted", n)))
        .onFailure(ctx::fail);
  }

  void list(RoutingContext ctx) {
    catalog.load().onSuccess(units -> Responses.json(ctx, 200, CatalogChanges.listing(units))).onFailure(ctx::fail);
  }

  /** Every unit's name, in the order reports and pages list them. */
  void order(RoutingContext ctx) {
    catalog.reorder(ctx.body().asJsonObject().getJsonArray("units").stream().map(String.class::cast).toList(),
            BearerAuth.principal(ctx).name())
        .onSuccess(units -> Responses.json(ctx, 200, CatalogChanges.listing(units)))
        .onFailure(ctx::fail);
  }
}
