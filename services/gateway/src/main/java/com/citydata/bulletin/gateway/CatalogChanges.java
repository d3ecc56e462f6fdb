package com.citydata.bulletin.gateway;

import com.citydata.bulletin.catalog.CatalogCache;
import com.citydata.bulletin.catalog.CatalogRepository;
import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import com.citydata.bulletin.domain.Names;
import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.UnitKind;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Changes to the unit catalog, from the catalog API and the desk's units page alike: units in the API's shape
 * ({"name","kind","aliases"}), and the catalog's order. Every member's catalog cache hears of a change once it is
 * committed. A refusal is an {@link InvalidRequestException} naming every problem; nothing is stored then.
 */
final class CatalogChanges {
  private final Vertx vertx;
  private final CatalogRepository catalog;

  CatalogChanges(Vertx vertx, CatalogRepository catalog) {
    this.vertx = vertx;
    this.catalog = catalog;
  }

  Future<Catalog> load() {
    return catalog.load();
  }

  /** Adds new units after the others and changes known ones; @return how many were given */
  Future<Integer> upsert(JsonArray units, String actor) {
    List<FieldError> problems = new ArrayList<>();
    List<Unit> parsed = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      JsonObject unit = units.getJsonObject(i);
      Optional<UnitKind> kind = UnitKind.fromWire(unit.getString("kind"));
      if (kind.isEmpty()) {
        problems.add(new FieldError(i, "kind", "must be one of " + Arrays.stream(UnitKind.values()).map(UnitKind::wireName).toList()));
        // The name's and aliases' own problems too, so one correction of the form is enough.
        int index = i;
        Names.problem(unit.getString("name", "")).ifPresent(p -> problems.add(new FieldError(index, "name", p)));
        unit.getJsonArray("aliases", new JsonArray()).stream().map(String::valueOf).forEach(alias -> Names.problem(alias)
            .ifPresent(p -> problems.add(new FieldError(index, "aliases", "'" + alias + "' " + p))));
        continue;
      }
      parsed.add(new Unit(unit.getString("name"), kind.get(),
          unit.getJsonArray("aliases", new JsonArray()).stream().map(String.class::cast).toList()));
    }
    if (!problems.isEmpty()) {
      return Future.failedFuture(new InvalidRequestException("invalid units; nothing was changed", problems));
    }
    return catalog.upsert(parsed, actor).onSuccess(n -> CatalogCache.changed(vertx));
  }

  /** Puts these units first, the others after them in their order. */
  Future<Catalog> reorder(List<String> names, String actor) {
    return catalog.reorder(names, actor).onSuccess(units -> CatalogCache.changed(vertx));
  }

  /** Moves a unit a place up (-1) or down (+1). */
  Future<Catalog> move(String name, int by, String actor) {
    return catalog.move(name, by, actor).onSuccess(units -> CatalogCache.changed(vertx));
  }

  /** The catalog as the API lists it: {"units":[{"name","kind","aliases"}]}, in its order. */
  static JsonObject listing(Catalog units) {
    return new JsonObject().put("units", new JsonArray(units.units().stream().map(CatalogRepository::json).toList()));
  }
}
