package com.citydata.bulletin.domain;

import java.time.Duration;

/**
 * A request a service cannot fulfil, with the HTTP status the gateway returns and the message of the JSON error
 * body; a 503 or 429 may say when the same request is worth retrying.
 */
public final class ServiceFailure extends RuntimeException {
  private final int status;
  private final long retryAfterSeconds;

  public ServiceFailure(int status, String message) {
    this(status, message, 0);
  }

  private ServiceFailure(int status, String message, long retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** A 503: a store or service is down or busy, and the same request may succeed after {@code retryAfter}. */
  public static ServiceFailure unavailable(String message, Duration retryAfter) {
    return new ServiceFailure(503, message, Math.max(1, retryAfter.toSeconds()));
  }

  public static ServiceFailure notFound(String message) {
    return new ServiceFailure(404, message);
  }

  public static ServiceFailure badRequest(String message) {
    return new ServiceFailure(400, message);
  }

  public int status() {
    return status;
  }

  /** Whole seconds after which the same request may succeed, or 0 when there is no such time. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
