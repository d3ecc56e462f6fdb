package com.citydata.bulletin.bulletin;

/** SQL of the bulletin archive. */
final class BulletinQueries {
  /** Serialises publications of one date so revisions are dense. */
  static final String LOCK_DATE = "SELECT pg_advisory_xact_lock(hashtext('bulletin'), $1)";

  static final String NEXT_REVISION =
      "SELECT coalesce(max(revision), 0) + 1 AS revision FROM bulletin_revisions WHERE bulletin_date = $1";

  static final String INSERT_REVISION =
      "INSERT INTO bulletin_revisions (bulletin_date, revision, published_by, content, html, markdown, docx, pdf) "
          + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING published_at";

  static final String INSERT_SNAPSHOT =
      "INSERT INTO ranking_snapshots (bulletin_date, revision, table_name, content) VALUES ($1, $2, $3, $4)";

  /** The revision asked for, or the latest when $2 is null. */
  static final String FIND_REVISION =
      "SELECT content, html, markdown, docx, pdf FROM bulletin_revisions "
          + "WHERE bulletin_date = $1 AND ($2::int IS NULL OR revision = $2) ORDER BY revision DESC LIMIT 1";

  static final String LIST =
      "SELECT bulletin_date, revision, published_at, published_by FROM bulletin_revisions "
          + "ORDER BY bulletin_date DESC, revision DESC";

  static final String CLAIM_DRAFT =
      "INSERT INTO bulletin_drafts (bulletin_date, claimed_by) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING bulletin_date";

  static final String SAVE_DRAFT = "UPDATE bulletin_drafts SET built_at = now(), content = $2 WHERE bulletin_date = $1";

  static final String LIST_DRAFTS = "SELECT bulletin_date, built_at FROM bulletin_drafts WHERE built_at IS NOT NULL";

  private BulletinQueries() {
  }
}
