package com.citydata.bulletin.domain;

import io.vertx.core.json.JsonObject;

/** One problem in a request: which point (index, or null for the request itself), which field, what is wrong. */
public record FieldError(Integer index, String field, String message) {

  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    if (index != null) {
      json.put("index", index);
    }
    return json.put("field", field).put("message", message);
  }

  public static FieldError fromJson(JsonObject json) {
    return new FieldError(json.getInteger("index"), json.getString("field"), json.getString("message"));
  }
}
