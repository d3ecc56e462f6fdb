package com.citydata.bulletin.report;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What sentences are written from: the bulletin day, this week's ranking tables that have data (by table id, as
 * the rankings API gives them) and the attachment numbers they are printed under.
 */
public record BulletinContext(LocalDate day, Map<String, JsonObject> tables, Map<String, Integer> attachments) {

  public boolean has(String table) {
    return tables.containsKey(table);
  }

  public JsonObject total(String table) {
    return tables.get(table).getJsonObject("total");
  }

  public Optional<Integer> attachment(String table) {
    return Optional.ofNullable(attachments.get(table));
  }

  /**
   * A named value of a table that carries {@code values} (the platform figures of section 一), when reported: the
   * sentences that state one are left out without it.
   */
  public Optional<Number> value(String table, String name) {
    JsonObject found = tables.get(table);
    Object value = found == null ? null : found.getJsonObject("values", new JsonObject()).getValue(name);
    return value instanceof Number n ? Optional.of(n) : Optional.empty();
  }
}
