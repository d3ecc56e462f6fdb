package com.citydata.bulletin.delivery;

import java.time.Duration;
import java.util.Optional;

/**
 * What one attempt came to. A 2xx delivered it. Connection failures, timeouts, 5xx and 429 may pass, so they are
 * retried; any other answer (a 4xx, a redirect, which is never followed) will not change by itself and fails the
 * delivery at once.
 */
public record Outcome(Kind kind, Integer status, Optional<Duration> retryAfter, String error) {
  public enum Kind { DELIVERED, RETRY, FAILED }

  public static Outcome answered(int status, Optional<Duration> retryAfter) {
    if (status >= 200 && status < 300) {
      return new Outcome(Kind.DELIVERED, status, Optional.empty(), null);
    }
    boolean passing = status == 429 || status >= 500;
    return new Outcome(passing ? Kind.RETRY : Kind.FAILED, status, passing ? retryAfter : Optional.empty(),
        "the receiver answered " + status + (status >= 300 && status < 400 ? " (redirects are not followed)" : ""));
  }

  public static Outcome unreachable(String error) {
    return new Outcome(Kind.RETRY, null, Optional.empty(), error);
  }

  /** The receiver or the rules refused it for good, whatever the status said. */
  public static Outcome refused(Integer status, String error) {
    return new Outcome(Kind.FAILED, status, Optional.empty(), error);
  }
}
