package com.citydata.bulletin.bus;

import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import com.citydata.bulletin.domain.ServiceFailure;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a service answers a request it cannot fulfil: the failure code is the HTTP status the gateway returns, the
 * message the JSON error body. Anything unexpected is logged here and reaches the client as a bare 500.
 */
public final class ServiceReplies {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceReplies.class);

  /** The body field naming, in whole seconds, when a 503 or 429 is worth retrying; the gateway copies it to Retry-After. */
  public static final String RETRY_AFTER = "retry_after_seconds";

  private ServiceReplies() {
  }

  public static void reply(Message<?> message, Throwable failure) {
    if (failure instanceof InvalidRequestException invalid) {
      message.fail(400, body(invalid.getMessage(), invalid.detailsJson()).encode());
    } else if (failure instanceof ServiceFailure known) {
      JsonObject body = body(known.getMessage(), List.of());
      if (known.retryAfterSeconds() > 0) {
        body.put(RETRY_AFTER, known.retryAfterSeconds());
      }
      message.fail(known.status(), body.encode());
    } else {
      LOG.error("request on {} failed", message.address(), failure);
      message.fail(500, body("internal error; the service logged the cause", List.of()).encode());
    }
  }

  public static JsonObject body(String error, List<FieldError> details) {
    return body(error, new JsonArray(details.stream().map(FieldError::toJson).toList()));
  }

  public static JsonObject body(String error, JsonArray details) {
    JsonObject body = new JsonObject().put("error", error);
    if (!details.isEmpty()) {
      body.put("details", details);
    }
    return body;
  }
}
