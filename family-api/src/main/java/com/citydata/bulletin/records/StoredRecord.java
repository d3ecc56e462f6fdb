package com.citydata.bulletin.records;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;

/** One record of a family kept in PostgreSQL: what it is of (day, key) and its value. */
public record StoredRecord(String family, LocalDate day, String key, JsonObject value) {
}
