package com.citydata.bulletin.domain;

import io.vertx.core.json.JsonArray;
import java.util.List;

/** A request that breaks the contract; carries every problem found so a client can fix them in one go. */
public class InvalidRequestException extends RuntimeException {
  private final List<FieldError> details;

  public InvalidRequestException(String message, List<FieldError> details) {
    super(message, null, false, false);
    this.details = List.copyOf(details);
  }

  public List<FieldError> details() {
    return details;
  }

  /** The details as the error body carries them. */
  public JsonArray detailsJson() {
    return new JsonArray(details.stream().map(FieldError::toJson).toList());
  }
}
