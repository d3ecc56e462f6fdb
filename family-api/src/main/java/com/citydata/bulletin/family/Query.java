package com.citydata.bulletin.family;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/**
 * A read of a family's own, one operation of its contract (e.g. {@code GET /api/v1/indicators}). The gateway hands
 * it the request's validated path and query parameters; the ranking service answers it.
 */
public interface Query {

  /** The operationId in the family's contract fragment. */
  String operationId();

  /** Readers may call it with any valid token unless the contract's {@code x-access} says otherwise. */
  Future<JsonObject> answer(JsonObject parameters, QueryContext context);
}
