package com.citydata.bulletin.gateway;

import com.citydata.bulletin.auth.Principal;
import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.BusRetry;
import com.citydata.bulletin.bus.IngestRequest;
import com.citydata.bulletin.bus.Messages.FamilyQuery;
import com.citydata.bulletin.bus.Messages.RankingQuery;
import com.citydata.bulletin.domain.FieldError;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Routes that hand the request to a service over the event bus and relay its answer. */
final class ServiceRoutes {
  private final Vertx vertx;
  private final BusRetry.Policy ingest;

  ServiceRoutes(Vertx vertx, BusRetry.Policy ingest) {
    this.vertx = vertx;
    this.ingest = ingest;
  }

  /**
   * Hands a family's request to its ingest service: the points (or a list's items) of a JSON body, or an uploaded
   * file, the raw body or the "file" part of a form; with the day the path names, when it names one, and the units
   * the collector may post for, which the ingest service enforces where it resolves each point's unit.
   */
  void ingest(RoutingContext ctx, String family) {
    Principal principal = BearerAuth.principal(ctx);
    String day = ctx.queryParams().get("date") != null ? ctx.queryParams().get("date") : ctx.pathParam("date");
    String contentType = ctx.request().getHeader("Content-Type");
    if (contentType != null && !JsonBodyRule.mediaType(contentType).equals(JsonBodyRule.JSON)) {
      Uploads.file(vertx, ctx).onSuccess(file -> {
        if (file.isEmpty()) {
          ApiErrors.send(ctx, 400, "no file: send it as the body or as the \"file\" part of a multipart/form-data request", List.of());
          return;
        }
        request(ctx, Addresses.ingest(family), IngestRequest.file(Buffer.buffer(file.get().bytes()), file.get().mediaType(), day,
            principal.units()), ingest);
      }).onFailure(ctx::fail);
      return;
    }
    JsonObject body = ctx.body().asJsonObject();
    JsonArray points = body.containsKey("items") ? body.getJsonArray("items") : body.getJsonArray("points");
    request(ctx, Addresses.ingest(family), IngestRequest.points(points, day, principal.units()), ingest);
  }

  /**
   * Hands a time-series family's JSON body to its ingest service unparsed, once its envelope matches the contract: the
   * service reads the points as the body streams.
   */
  void ingestStreamed(RoutingContext ctx, String family, String operationId, PointsEnvelope envelope) {
    if (ctx.request().getHeader("Content-Type") == null) {
      // JsonBodyRule checked a declared type; an undeclared one is refused as the router refuses it elsewhere.
      ctx.fail(415);
      return;
    }
    Buffer body = ctx.body().buffer();
    Optional<List<FieldError>> problems;
    try {
      problems = envelope.problems(operationId, body);
    } catch (DecodeException e) {
      ApiErrors.send(ctx, 400, "the body is not valid JSON", List.of());
      return;
    }
    if (problems.isPresent()) {
      ApiErrors.send(ctx, 400, "the request does not match the API contract", problems.get());
      return;
    }
    request(ctx, Addresses.ingest(family), IngestRequest.json(body, null, BearerAuth.principal(ctx).units()), ingest);
  }

  /**
   * InfluxDB's write API for a family's line protocol: {@code bucket} names the family (the organisation is not used),
   * {@code precision} the timestamps' unit. The contract checked the parameters (the bucket is one of the time-series
   * families); the family checks the lines.
   */
  void write(RoutingContext ctx) {
    String bucket = ctx.queryParams().get("bucket");
    String precision = ctx.queryParams().get("precision") == null ? "ns" : ctx.queryParams().get("precision");
    Principal principal = BearerAuth.principal(ctx);
    if (!principal.mayPost(bucket)) {
      ApiErrors.send(ctx, 403, "this collector may not post to the family " + bucket, List.of());
      return;
    }
    Buffer body = ctx.body().buffer();
    if (body == null || body.length() == 0) {
      ApiErrors.send(ctx, 400, "no lines: the body is empty", List.of());
      return;
    }
    BusRetry.<JsonObject>request(vertx, Addresses.ingest(bucket), IngestRequest.lines(body, precision, principal.units()), ingest)
        // InfluxDB answers a write with 204 and no body; its clients expect nothing else.
        .onSuccess(reply -> ctx.response().setStatusCode(204).end())
        .onFailure(failure -> fail(ctx, failure));
  }

  /**
   * A time-series family's spreadsheet to fill in, for whoever may post the family (and the admin and editors), with
   * the family's contract example as its sample row.
   */
  void template(RoutingContext ctx, String format, Map<String, JsonObject> samples) {
    String family = ctx.pathParam("family");
    Principal principal = BearerAuth.principal(ctx);
    if (!principal.mayPost(family) && !principal.editor()) {
      ApiErrors.send(ctx, 403, "this token may not post the family '" + family + "', so it has no template of it", List.of());
      return;
    }
    BusRetry.<Buffer>request(vertx, Addresses.ingestTemplate(family), new JsonObject().put("format", format)
            .put("sample", samples.getOrDefault(family, new JsonObject())), BusRetry.READ)
        .onSuccess(reply -> ctx.response().putHeader("Content-Type", reply.headers().get(Addresses.CONTENT_TYPE))
            .putHeader("Content-Disposition", "attachment; filename=\"" + family + "-template." + format + "\"")
            .putHeader("Cache-Control", "no-store").end(reply.body()))
        .onFailure(failure -> fail(ctx, failure));
  }

  /**
   * PUT /api/v1/ingest/{family}/opening-balances: a JSON body, or a spreadsheet of them with the day in {@code ?date=};
   * the family's ingest service reads either by the same rules.
   */
  void putBalances(RoutingContext ctx) {
    JsonObject message = new JsonObject().put("op", "put").put("actor", BearerAuth.principal(ctx).name());
    String type = ctx.request().getHeader("Content-Type");
    if (type == null) {
      // JsonBodyRule checked a declared type; a body of no type is refused as the router refuses it elsewhere.
      ctx.fail(415);
      return;
    }
    if (JsonBodyRule.mediaType(type).equals(JsonBodyRule.JSON)) {
      JsonObject body;
      try {
        body = ctx.body().asJsonObject();
      } catch (DecodeException | ClassCastException e) {
        ApiErrors.send(ctx, 400, "the body is not a JSON object", List.of());
        return;
      }
      balances(ctx, message.put("body", body));
      return;
    }
    Uploads.file(vertx, ctx).onSuccess(file -> {
      if (file.isEmpty()) {
        ApiErrors.send(ctx, 400, "no file: send it as the body or as the \"file\" part of a multipart/form-data request", List.of());
        return;
      }
      balances(ctx, message.put("date", ctx.queryParams().get("date")).put("file", file.get().bytes()).put("media_type", file.get().mediaType()));
    }).onFailure(ctx::fail);
  }

  /** PUT and GET /api/v1/ingest/{family}/opening-balances: answered by the family's ingest service, which has its rules. */
  void balances(RoutingContext ctx, JsonObject message) {
    request(ctx, Addresses.openingBalances(ctx.pathParam("family")), message, "put".equals(message.getString("op")) ? BusRetry.ONCE
        : BusRetry.READ);
  }

  /** POST /api/v1/reminders/{date}: the bulletin day's reminder, now. */
  void reminder(RoutingContext ctx) {
    String date = ctx.pathParam("date");
    try {
      LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      ApiErrors.send(ctx, 400, "'" + date + "' is not a day of the calendar", List.of(new FieldError(null, "date", "is not a day: " + date)));
      return;
    }
    request(ctx, Addresses.REMINDER_SEND, new JsonObject().put("date", date), BusRetry.ONCE);
  }

  void ranking(RoutingContext ctx) {
    request(ctx, Addresses.RANKING, new RankingQuery(ctx.pathParam("table"), ctx.queryParams().get("week"), true), BusRetry.READ);
  }

  /** A family's own read: its validated path and query parameters, answered by the ranking service. */
  void query(RoutingContext ctx, String operationId) {
    JsonObject parameters = new JsonObject();
    ctx.pathParams().forEach(parameters::put);
    ctx.queryParams().forEach(parameters::put);
    request(ctx, Addresses.query(operationId), new FamilyQuery(parameters), BusRetry.READ);
  }

  private void request(RoutingContext ctx, String address, Object message, BusRetry.Policy policy) {
    BusRetry.<JsonObject>request(vertx, address, message, policy)
        .onSuccess(reply -> Responses.json(ctx, 200, reply.body()))
        .onFailure(failure -> fail(ctx, failure));
  }

  private static void fail(RoutingContext ctx, Throwable failure) {
    if (failure instanceof ReplyException reply) {
      ApiErrors.fromService(ctx, reply);
    } else {
      ctx.fail(failure);
    }
  }
}
