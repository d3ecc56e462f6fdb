package com.citydata.bulletin.gateway;

import com.citydata.bulletin.catalog.CatalogCache;
import com.citydata.bulletin.catalog.CatalogRepository;
import com.citydata.bulletin.domain.InvalidRequestException;
import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.UnitKind;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;

/** PUT and GET /api/v1/catalog/units. */
final class CatalogRoutes {
  private final CatalogRepository catalog;

  CatalogRoutes(CatalogRepository catalog) {
    this.catalog = catalog;
  }

  void put(RoutingContext ctx) {
    JsonObject body = ctx.body().asJsonObject();
    List<Unit> units = new ArrayList<>();
    for (Object item : body.getJsonArray("units")) {
      JsonObject unit = (JsonObject) item;
      JsonArray aliases = unit.getJsonArray("aliases", new JsonArray());
      units.add(new Unit(unit.getString("name"), UnitKind.fromWire(unit.getString("kind")).orElseThrow(),
          aliases.stream().map(a -> (String) a).toList()));
    }
    catalog.upsert(units, BearerAuth.principal(ctx).name(), body)
        .onSuccess(n -> {
          CatalogCache.changed(ctx.vertx());
          Responses.json(ctx, 200, new JsonObject().put("upserted", n));
        })
        .onFailure(failure -> {
          if (failure instanceof InvalidRequestException invalid) {
            ApiErrors.send(ctx, 400, invalid.getMessage(), invalid.details());
          } else {
            ctx.fail(failure);
          }
        });
  }

  void list(RoutingContext ctx) {
    catalog.load()
        .onSuccess(units -> Responses.json(ctx, 200, new JsonObject().put("units", new JsonArray(units.units().stream()
            .map(u -> new JsonObject().put("name", u.name()).put("kind", u.kind().wireName())
                .put("aliases", new JsonArray(u.aliases())))
            .toList()))))
        .onFailure(ctx::fail);
  }
}
