package com.citydata.bulletin.storage;

import static com.citydata.bulletin.exchange.ExchangeSeries.FIELD_FIELDS;
import static com.citydata.bulletin.exchange.ExchangeSeries.FIELD_RECORDS;
import static com.citydata.bulletin.exchange.ExchangeSeries.FIELD_TABLES;
import static com.citydata.bulletin.exchange.ExchangeSeries.MEASUREMENT;
import static com.citydata.bulletin.exchange.ExchangeSeries.TAG_DIRECTION;
import static com.citydata.bulletin.exchange.ExchangeSeries.TAG_UNIT;

import java.util.List;

/** QuestDB DDL and queries, in one place. */
final class QuestDbQueries {
  /**
   * Tables are created ahead of the first write so that they have dedup keys: a point re-posted with the same
   * time and tags replaces the earlier one, as it does in InfluxDB.
   */
  static final List<String> SCHEMA = List.of(
      "CREATE TABLE IF NOT EXISTS " + MEASUREMENT + " ("
          + TAG_DIRECTION + " SYMBOL, " + TAG_UNIT + " SYMBOL, "
          + FIELD_TABLES + " LONG, " + FIELD_FIELDS + " LONG, " + FIELD_RECORDS + " LONG, "
          + "timestamp TIMESTAMP) TIMESTAMP(timestamp) PARTITION BY MONTH WAL "
          + "DEDUP UPSERT KEYS(timestamp, " + TAG_DIRECTION + ", " + TAG_UNIT + ")");

  static final List<String> TABLES = List.of(MEASUREMENT);

  /** last() follows the designated timestamp, so it is the last gauge value at or before the window's end. */
  static final String EXCHANGE_FIGURES =
      "SELECT " + TAG_UNIT + " AS unit, "
          + "sum(" + FIELD_RECORDS + ") AS cumulative, "
          + "sum(CASE WHEN timestamp >= $2 THEN " + FIELD_RECORDS + " ELSE 0L END) AS weekly, "
          + "last(" + FIELD_TABLES + ") AS tables, "
          + "last(" + FIELD_FIELDS + ") AS fields "
          + "FROM " + MEASUREMENT + " WHERE " + TAG_DIRECTION + " = $1 AND timestamp < $3";

  private QuestDbQueries() {
  }
}
