package com.citydata.bulletin.gateway;

import com.citydata.bulletin.bus.ServiceReplies;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.ValidatorErrorType;
import io.vertx.openapi.validation.ValidatorException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into a JSON error body with a 4xx/5xx status; never a stack trace. */
public final class ApiErrors {
  private static final Pattern PARAMETER = Pattern.compile("(?:query|path|header|cookie) parameter (\\S+)");
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
  /** Retry-After, in seconds, when a service is gone, busy or stopping: long enough for a restart or a failover. */
  static final String SERVICE_RETRY_AFTER = "5";

  private ApiErrors() {
  }

  public static void send(RoutingContext ctx, int status, String error, List<FieldError> details) {
    send(ctx, status, ServiceReplies.body(error, details));
  }

  private static void send(RoutingContext ctx, int status, JsonObject body) {
    if (ctx.response().ended()) {
      return;
    }
    // A rejected HTTP/1 request's body is left unread (it may be huge), so its connection cannot carry another
    // request; HTTP/2 ends just the stream.
    boolean bodyUnread = !ctx.request().isEnded() && ctx.request().version() != HttpVersion.HTTP_2;
    if (bodyUnread) {
      ctx.response().putHeader("Connection", "close");
    }
    ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .end(body.encode())
        .onComplete(sent -> {
          if (bodyUnread) {
            ctx.request().connection().close();
          }
        });
  }

  /** A 429: the caller is to wait the whole seconds of Retry-After before trying again. */
  public static void tooManyRequests(RoutingContext ctx, long retryAfterSeconds, String error) {
    ctx.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
    send(ctx, 429, error + "; retry after " + retryAfterSeconds + " s", List.of());
  }

  /** The router's failure handler. */
  public static void handle(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    if (failure instanceof HttpException http && http.getCause() instanceof ValidatorException invalid) {
      send(ctx, 400, "the request does not match the API contract", details(invalid));
    } else if (failure instanceof ValidatorException invalid) {
      // The validator throws some faults unwrapped, e.g. a query value with a '%' that starts no escape.
      send(ctx, 400, "the request does not match the API contract", details(invalid));
    } else if (failure instanceof HttpException http) {
      send(ctx, http.getStatusCode(), statusMessage(http.getStatusCode(), http.getPayload()), List.of());
    } else if (failure instanceof DecodeException) {
      send(ctx, 400, "the body is not valid JSON", List.of());
    } else if (failure instanceof ReplyException reply) {
      fromService(ctx, reply);
    } else if (failure instanceof InvalidRequestException invalid) {
      send(ctx, 400, ServiceReplies.body(invalid.getMessage(), invalid.detailsJson()));
    } else if (ctx.statusCode() >= 400 && ctx.statusCode() < 500 && failure == null) {
      send(ctx, ctx.statusCode(), statusMessage(ctx.statusCode(), null), List.of());
    } else {
      LOG.error("{} {} failed", ctx.request().method(), ctx.request().path(), failure);
      send(ctx, 500, "internal error; the gateway logged the cause", List.of());
    }
  }

  /** A service answered with a failure, or no service instance is there to answer. */
  public static void fromService(RoutingContext ctx, ReplyException reply) {
    if (reply.failureType() == ReplyFailure.NO_HANDLERS) {
      ctx.response().putHeader("Retry-After", SERVICE_RETRY_AFTER);
      send(ctx, 503, "the service for this request is not running; retry later", List.of());
    } else if (reply.failureType() == ReplyFailure.TIMEOUT) {
      // A service that did not answer is busy or gone: nothing the client sent was wrong, and it may try again.
      ctx.response().putHeader("Retry-After", SERVICE_RETRY_AFTER);
      send(ctx, 503, "the service did not answer in time; retry later", List.of());
    } else {
      JsonObject body = parse(reply.getMessage());
      int status = reply.failureCode() >= 400 && reply.failureCode() < 600 ? reply.failureCode() : 500;
      Object retryAfter = body.getValue(ServiceReplies.RETRY_AFTER);
      if (retryAfter instanceof Number seconds && (status == 503 || status == 429)) {
        ctx.response().putHeader("Retry-After", String.valueOf(seconds.longValue()));
      }
      ctx.response()
          .setStatusCode(status)
          .putHeader("Content-Type", "application/json; charset=utf-8")
          .end(body.encode());
    }
  }

  /** The words of a service's refusal, for a page to show. */
  static String serviceError(ReplyException reply) {
    return serviceBody(reply).getString("error", "internal error");
  }

  /** A service's refusal as the API would answer it: {"error", "details"}. */
  static JsonObject serviceBody(ReplyException reply) {
    return parse(reply.getMessage());
  }

  private static JsonObject parse(String message) {
    try {
      return new JsonObject(message);
    } catch (RuntimeException e) {
      return new JsonObject().put("error", "internal error");
    }
  }

  static List<FieldError> details(ValidatorException invalid) {
    Matcher parameter = PARAMETER.matcher(invalid.getMessage());
    String place = parameter.find() ? parameter.group(1) : invalid.getMessage().startsWith("Can't decode URL value") ? "query" : "body";
    if (invalid instanceof SchemaValidationException schema && schema.getOutputUnit() != null) {
      List<FieldError> details = ValidationDetails.from(schema.getOutputUnit(), place);
      if (!details.isEmpty()) {
        return details;
      }
    }
    if (invalid.type() == ValidatorErrorType.MISSING_REQUIRED_PARAMETER && "body".equals(place)) {
      return List.of(ValidationDetails.EMPTY_BODY);
    }
    if (invalid.getMessage().contains("can't be decoded")) {
      return List.of(new FieldError(null, "body", "is not valid JSON"));
    }
    return List.of(new FieldError(null, place, invalid.getMessage()));
  }

  private static String statusMessage(int status, String payload) {
    return switch (status) {
      case 401 -> "missing or invalid bearer token";
      case 403 -> payload != null ? payload : "this token may not do that";
      case 404 -> "no such resource";
      case 405 -> "method not allowed here";
      case 413 -> "the body is larger than the limit of this server";
      case 415 -> "the body must be JSON (Content-Type: application/json)";
      default -> payload != null ? payload : "request failed";
    };
  }
}
