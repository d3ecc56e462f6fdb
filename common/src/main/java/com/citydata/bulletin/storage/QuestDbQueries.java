package com.citydata.bulletin.storage;

import static com.citydata.bulletin.exchange.ExchangeSeries.FIELD_FIELDS;
import static com.citydata.bulletin.exchange.ExchangeSeries.FIELD_RECORDS;
import static com.citydata.bulletin.exchange.ExchangeSeries.FIELD_TABLES;
import static com.citydata.bulletin.exchange.ExchangeSeries.MEASUREMENT;
import static com.citydata.bulletin.exchange.ExchangeSeries.TAG_DIRECTION;
import static com.citydata.bulletin.exchange.ExchangeSeries.TAG_UNIT;

import com.citydata.bulletin.dingtalk.DingtalkSeries;
import com.citydata.bulletin.interfacecalls.InterfaceSeries;
import com.citydata.bulletin.pagequery.PageQuerySeries;
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
          + "DEDUP UPSERT KEYS(timestamp, " + TAG_DIRECTION + ", " + TAG_UNIT + ")",
      "CREATE TABLE IF NOT EXISTS " + InterfaceSeries.MEASUREMENT + " ("
          + InterfaceSeries.TAG_UNIT + " SYMBOL, " + InterfaceSeries.TAG_SYSTEM + " SYMBOL, "
          + InterfaceSeries.FIELD_CALLS + " LONG, timestamp TIMESTAMP) TIMESTAMP(timestamp) PARTITION BY MONTH WAL "
          + "DEDUP UPSERT KEYS(timestamp, " + InterfaceSeries.TAG_UNIT + ", " + InterfaceSeries.TAG_SYSTEM + ")",
      "CREATE TABLE IF NOT EXISTS " + PageQuerySeries.MEASUREMENT + " ("
          + PageQuerySeries.TAG_UNIT + " SYMBOL, " + PageQuerySeries.TAG_MODULE + " SYMBOL, "
          + PageQuerySeries.FIELD_VISITS + " LONG, timestamp TIMESTAMP) TIMESTAMP(timestamp) PARTITION BY MONTH WAL "
          + "DEDUP UPSERT KEYS(timestamp, " + PageQuerySeries.TAG_UNIT + ", " + PageQuerySeries.TAG_MODULE + ")",
      "CREATE TABLE IF NOT EXISTS " + DingtalkSeries.MEASUREMENT + " ("
          + DingtalkSeries.TAG_UNIT + " SYMBOL, " + DingtalkSeries.FIELD_REGISTERED + " LONG, "
          + DingtalkSeries.FIELD_ACTIVATED + " LONG, " + DingtalkSeries.FIELD_ACTIVE + " LONG, "
          + DingtalkSeries.FIELD_WEEKLY_ACTIVE + " LONG, timestamp TIMESTAMP) TIMESTAMP(timestamp) PARTITION BY MONTH WAL "
          + "DEDUP UPSERT KEYS(timestamp, " + DingtalkSeries.TAG_UNIT + ")");

  static final List<String> TABLES = List.of(MEASUREMENT, InterfaceSeries.MEASUREMENT, PageQuerySeries.MEASUREMENT,
      DingtalkSeries.MEASUREMENT);

  static final String INTERFACE_FIGURES =
      "SELECT " + InterfaceSeries.TAG_UNIT + " AS unit, " + InterfaceSeries.TAG_SYSTEM + " AS system_name, "
          + "sum(" + InterfaceSeries.FIELD_CALLS + ") AS cumulative, "
          + "sum(CASE WHEN timestamp >= $1 THEN " + InterfaceSeries.FIELD_CALLS + " ELSE 0L END) AS weekly "
          + "FROM " + InterfaceSeries.MEASUREMENT + " WHERE timestamp < $2";

  static final String PAGE_QUERY_FIGURES =
      "SELECT " + PageQuerySeries.TAG_UNIT + " AS unit, " + PageQuerySeries.TAG_MODULE + " AS module_name, "
          + "sum(" + PageQuerySeries.FIELD_VISITS + ") AS cumulative, "
          + "sum(CASE WHEN timestamp >= $1 THEN " + PageQuerySeries.FIELD_VISITS + " ELSE 0L END) AS weekly "
          + "FROM " + PageQuerySeries.MEASUREMENT + " WHERE timestamp < $2";

  static final String DINGTALK_DAYS =
      "SELECT " + DingtalkSeries.TAG_UNIT + " AS unit, timestamp AS day, "
          + DingtalkSeries.FIELD_REGISTERED + " AS registered, " + DingtalkSeries.FIELD_ACTIVATED + " AS activated, "
          + DingtalkSeries.FIELD_ACTIVE + " AS active_users, " + DingtalkSeries.FIELD_WEEKLY_ACTIVE + " AS weekly_active "
          + "FROM " + DingtalkSeries.MEASUREMENT + " WHERE timestamp >= $1 AND timestamp < $2";

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
