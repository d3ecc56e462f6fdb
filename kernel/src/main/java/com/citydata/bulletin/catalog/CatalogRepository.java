package com.citydata.bulletin.catalog;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.UnitKind;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The unit catalog in PostgreSQL. */
public final class CatalogRepository {
  private final Pool pool;

  public CatalogRepository(Pool pool) {
    this.pool = pool;
  }

  public Future<Catalog> load() {
    return load(pool);
  }

  private static Future<Catalog> load(SqlClient client) {
    return client.query(CatalogQueries.LIST_UNITS).execute().map(rows -> {
      List<Unit> units = new ArrayList<>();
      for (Row row : rows) {
        String[] aliases = row.getArrayOfStrings("aliases");
        units.add(new Unit(row.getString("name"), UnitKind.fromWire(row.getString("kind")).orElseThrow(),
            aliases == null ? List.of() : Arrays.asList(aliases)));
      }
      return new Catalog(units);
    });
  }

  /**
   * Inserts new units after the existing ones, in the order given, and updates the kind and aliases of known ones,
   * in one transaction. Names are checked against the catalog under the table lock, so two admins cannot give one
   * alias to two units; a conflict fails the whole request with an {@link InvalidRequestException}.
   */
  public Future<Integer> upsert(List<Unit> units, String actor) {
    return pool.withTransaction(conn -> conn.query(CatalogQueries.LOCK_UNITS).execute()
        .compose(locked -> load(conn))
        .compose(existing -> {
          List<FieldError> conflicts = CatalogUpsert.conflicts(existing, units);
          if (!conflicts.isEmpty()) {
            return Future.failedFuture(new InvalidRequestException("catalog names conflict; nothing was changed", conflicts));
          }
          Future<Void> chain = Future.succeededFuture();
          for (Unit unit : units) {
            chain = chain.compose(v -> upsertOne(conn, unit));
          }
          // Before: the named units as they were (a new one is not there); after: as given.
          JsonArray before = new JsonArray(units.stream().map(u -> existing.units().stream().filter(e -> e.name().equals(u.name()))
              .findFirst().map(CatalogRepository::json).orElse(null)).toList());
          return chain.compose(v -> AuditLog.record(conn, actor, "catalog.units.upsert", new JsonObject().put("before", before)
              .put("after", new JsonArray(units.stream().map(CatalogRepository::json).toList()))));
        })
        .map(units.size()));
  }

  /**
   * Puts the units named (each once, by its own name, not an alias) first, in the order given, and the others after
   * them in the order they had: the order reports and pages list units in. Under the table lock, so a unit added
   * meanwhile keeps its place among the others.
   */
  public Future<Catalog> reorder(List<String> names, String actor) {
    return reordered(existing -> {
      List<FieldError> problems = CatalogUpsert.orderProblems(existing, names);
      if (!problems.isEmpty()) {
        throw new InvalidRequestException("the order must name units of the catalog, each once; nothing was changed", problems);
      }
      List<String> order = new ArrayList<>(names);
      existing.units().stream().map(Unit::name).filter(name -> !names.contains(name)).forEach(order::add);
      return order;
    }, actor);
  }

  /**
   * Moves one unit a place up ({@code by} -1) or down (+1), decided under the table lock, so two admins moving at once
   * both move; a unit already first (or last) stays, and nothing is written.
   */
  public Future<Catalog> move(String name, int by, String actor) {
    return reordered(existing -> {
      List<String> order = new ArrayList<>(existing.units().stream().map(Unit::name).toList());
      int at = order.indexOf(name);
      if (at < 0) {
        String why = "'" + name + "' is not the name of a unit of the catalog"
            + existing.resolve(name).map(u -> "; it is an alias of " + u.name()).orElse("");
        throw new InvalidRequestException(why, List.of(new FieldError(null, "unit", why)));
      }
      order.add(Math.max(0, Math.min(order.size() - 1, at + by)), order.remove(at));
      return order;
    }, actor);
  }

  /** The catalog in the order {@code order} makes of it under the lock; positions written and audited only when it changed. */
  private Future<Catalog> reordered(java.util.function.Function<Catalog, List<String>> order, String actor) {
    return pool.withTransaction(conn -> conn.query(CatalogQueries.LOCK_UNITS).execute()
        .compose(locked -> load(conn))
        .compose(existing -> {
          List<String> before = existing.units().stream().map(Unit::name).toList();
          List<String> after = order.apply(existing);
          if (after.equals(before)) {
            return Future.succeededFuture(existing);
          }
          List<Tuple> positions = new ArrayList<>();
          for (int i = 0; i < after.size(); i++) {
            if (!after.get(i).equals(before.get(i))) {
              positions.add(Tuple.of(after.get(i), i + 1));
            }
          }
          return conn.preparedQuery(CatalogQueries.SET_POSITION).executeBatch(positions)
              .compose(v -> AuditLog.record(conn, actor, "catalog.units.order", new JsonObject().put("before", new JsonArray(before))
                  .put("after", new JsonArray(after))))
              .compose(v -> load(conn));
        }));
  }

  /** A unit as the API shows it: {"name","kind","aliases"}. */
  public static JsonObject json(Unit unit) {
    return new JsonObject().put("name", unit.name()).put("kind", unit.kind().wireName()).put("aliases", new JsonArray(unit.aliases()));
  }

  private static Future<Void> upsertOne(SqlConnection conn, Unit unit) {
    return conn.preparedQuery(CatalogQueries.UPSERT_UNIT)
        .execute(Tuple.of(unit.name(), unit.kind().wireName()))
        .compose(rows -> {
          long id = rows.iterator().next().getLong("id");
          return conn.preparedQuery(CatalogQueries.DELETE_ALIASES).execute(Tuple.of(id))
              .compose(v -> unit.aliases().isEmpty() ? Future.succeededFuture()
                  : conn.preparedQuery(CatalogQueries.INSERT_ALIAS)
                      .executeBatch(unit.aliases().stream().map(a -> Tuple.of(a, id)).toList()).mapEmpty())
              .mapEmpty();
        });
  }

}
