package com.citydata.bulletin.domain;

import java.util.List;

/** A request that breaks the contract; carries every problem found so a client can fix them in one go. */
public final class InvalidRequestException extends RuntimeException {
  private final List<FieldError> details;

  public InvalidRequestException(String message, List<FieldError> details) {
    super(message, null, false, false);
    this.details = List.copyOf(details);
  }

  public List<FieldError> details() {
    return details;
  }
}
