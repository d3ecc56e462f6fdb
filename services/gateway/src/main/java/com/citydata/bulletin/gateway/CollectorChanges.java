package com.citydata.bulletin.gateway;

import com.citydata.bulletin.catalog.CatalogRepository;
import com.citydata.bulletin.catalog.CollectorRepository;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Registering a collector from a body in the API's shape ({"name","families","units"}), for the collectors API and
 * the desk's collectors page alike. A refusal is an {@link InvalidRequestException} naming every problem; nothing is
 * stored then.
 */
final class CollectorChanges {
  private final CollectorRepository collectors;
  private final CatalogRepository catalog;

  CollectorChanges(CollectorRepository collectors, CatalogRepository catalog) {
    this.collectors = collectors;
    this.catalog = catalog;
  }

  /** The collector: {"id","token","units"}, its token shown this once. */
  Future<JsonObject> create(JsonObject body, String actor) {
    List<FieldError> problems = new ArrayList<>();
    Object name = body.getValue("name");
    ScopeRules.name(name, problems);
    List<String> families = ScopeRules.families(body.getJsonArray("families", new JsonArray()), problems);
    if (families.isEmpty() && problems.stream().noneMatch(p -> "families".equals(p.field()))) {
      problems.add(new FieldError(null, "families", "name at least one family the collector posts"));
    }
    return catalog.load().compose(units -> {
      List<String> canonical = ScopeRules.units(units, body.getJsonArray("units", new JsonArray()), problems);
      if (!problems.isEmpty()) {
        return Future.failedFuture(new InvalidRequestException("invalid collector: " + problems.stream()
            .map(e -> e.field() + (e.index() == null ? "" : "[" + e.index() + "]") + " " + e.message()).collect(Collectors.joining("; ")),
            problems));
      }
      return collectors.create((String) name, families, canonical, actor).map(created -> new JsonObject()
          .put("id", created.id().toString()).put("token", created.token()).put("units", new JsonArray(canonical)));
    });
  }
}
