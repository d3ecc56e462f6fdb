package com.citydata.bulletin.catalog;

/** SQL of the catalog, collectors and audit log. */
final class CatalogQueries {
  static final String LIST_UNITS =
      "SELECT u.name, u.kind, array_remove(array_agg(a.alias ORDER BY a.alias), NULL) AS aliases "
          + "FROM units u LEFT JOIN unit_aliases a ON a.unit_id = u.id "
          + "GROUP BY u.id ORDER BY u.position, u.id";

  /** Serialises catalog writers so positions stay dense and in arrival order. */
  static final String LOCK_UNITS = "LOCK TABLE units IN SHARE ROW EXCLUSIVE MODE";

  static final String UPSERT_UNIT =
      "INSERT INTO units (name, kind, position) "
          + "VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM units)) "
          + "ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, updated_at = now() "
          + "RETURNING id";

  static final String SET_POSITION = "UPDATE units SET position = $2, updated_at = now() WHERE name = $1";

  static final String DELETE_ALIASES = "DELETE FROM unit_aliases WHERE unit_id = $1";

  static final String INSERT_ALIAS = "INSERT INTO unit_aliases (alias, unit_id) VALUES ($1, $2)";

  static final String INSERT_COLLECTOR =
      "INSERT INTO collectors (id, name, families, units, token_hash) VALUES ($1, $2, $3, $4, $5)";

  static final String REVOKE_COLLECTOR =
      "UPDATE collectors SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING name, families, units";

  static final String FIND_COLLECTOR_BY_TOKEN =
      "SELECT id, name, families, units FROM collectors WHERE token_hash = $1 AND revoked_at IS NULL";

  static final String LIST_COLLECTORS =
      "SELECT id, name, families, units, created_at, revoked_at FROM collectors ORDER BY created_at, id";

  static final String INSERT_AUDIT = "INSERT INTO audit_log (actor, action, detail) VALUES ($1, $2, $3)";

  private CatalogQueries() {
  }
}
