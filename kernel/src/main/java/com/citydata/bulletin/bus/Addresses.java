package com.citydata.bulletin.bus;

/** Event-bus addresses between the gateway and the services; what each takes is a record of {@link Messages}. */
public final class Addresses {
  public static final String RANKING = "bulletin.ranking";
  /** A bulletin's ranking requests in one message ({@link Messages.RankingBatch}), answered in order ({"answers": [...]}). */
  public static final String RANKING_BATCH = "bulletin.ranking.batch";
  /** A bulletin day's reporting status ({"date": "YYYY-MM-DD"}): per family, who reported in its window and who is silent. */
  public static final String REPORTING = "bulletin.reporting";
  public static final String BULLETIN_GET = "bulletin.bulletins.get";
  public static final String BULLETIN_PUBLISH = "bulletin.bulletins.publish";
  public static final String BULLETIN_LIST = "bulletin.bulletins.list";
  public static final String BULLETIN_ARCHIVE_PAGE = "bulletin.bulletins.archive-page";
  public static final String NOTES_PUT = "bulletin.notes.put";
  public static final String NOTES_GET = "bulletin.notes.get";
  public static final String NOTES_DELETE = "bulletin.notes.delete";
  public static final String SUBSCRIPTION_CREATE = "bulletin.subscriptions.create";
  public static final String SUBSCRIPTION_LIST = "bulletin.subscriptions.list";
  public static final String SUBSCRIPTION_DELETE = "bulletin.subscriptions.delete";
  public static final String SUBSCRIPTION_DELIVERIES = "bulletin.subscriptions.deliveries";
  /** Send a bulletin day's reminder now ({"date"}), once a day as its schedule does. */
  public static final String REMINDER_SEND = "bulletin.reminders.send";
  /** Published after the catalog of units changed, so every member's ingest services reload theirs. */
  public static final String CATALOG_CHANGED = "bulletin.catalog.changed";
  /** Reply header naming a binary reply's media type. */
  public static final String CONTENT_TYPE = "content-type";
  private static final String INGEST_PREFIX = "bulletin.ingest.";
  private static final String QUERY_PREFIX = "bulletin.query.";

  private Addresses() {
  }

  public static String ingest(String family) {
    return INGEST_PREFIX + family;
  }

  /** A family's ingest answers here with its store's state and spool depth. */
  public static String ingestStatus(String family) {
    return INGEST_PREFIX + family + ".status";
  }

  /**
   * A time-series family's spreadsheet to fill in, {"format": "xlsx" or "csv", "sample": a point}; the reply is the
   * file, its media type in {@link #CONTENT_TYPE}.
   */
  public static String ingestTemplate(String family) {
    return INGEST_PREFIX + family + ".template";
  }

  /** A time-series family's opening balances: {"op":"put","date","balances","actor"} or {"op":"get"}. */
  public static String openingBalances(String family) {
    return INGEST_PREFIX + family + ".opening-balances";
  }

  /** A family's own read, by the operationId of its contract. */
  public static String query(String operationId) {
    return QUERY_PREFIX + operationId;
  }
}
