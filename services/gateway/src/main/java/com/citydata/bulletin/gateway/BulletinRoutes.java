package com.citydata.bulletin.gateway;

import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.BusRetry;
import com.citydata.bulletin.bus.DocumentFormat;
import com.citydata.bulletin.bus.Messages.BulletinQuery;
import com.citydata.bulletin.bus.Messages.Notes;
import com.citydata.bulletin.bus.Messages.Publish;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.Names;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET /api/v1/bulletins, GET /api/v1/bulletins/{date}[.ext], POST /api/v1/bulletins/{date}/publish and the
 * bulletin's editorial notes. The format comes from ?format=, else the path's extension, else the Accept header.
 * The pages a browser opens, /bulletins and /bulletins/{date}[.pdf|.docx], serve published revisions only.
 */
final class BulletinRoutes {
  private static final Pattern FILE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:\\.([a-z]+))?$");
  private static final Pattern PAGE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:\\.(html|pdf|docx))?$");
  private final Vertx vertx;

  BulletinRoutes(Vertx vertx) {
    this.vertx = vertx;
  }

  void get(RoutingContext ctx) {
    Matcher file = FILE.matcher(ctx.pathParam("file"));
    if (!file.matches()) {
      ApiErrors.send(ctx, 404, "no bulletin '" + ctx.pathParam("file") + "'; ask for /api/v1/bulletins/YYYY-MM-DD", List.of());
      return;
    }
    Optional<DocumentFormat> format = format(ctx, file.group(2));
    if (format.isEmpty()) {
      return;
    }
    if (!revisionIsValid(ctx)) {
      return;
    }
    String revision = ctx.queryParams().get("revision");
    BulletinQuery request = new BulletinQuery(file.group(1), format.get().extension(), Boolean.parseBoolean(ctx.queryParams().get("draft")),
        revision == null ? null : Integer.valueOf(revision), false);
    BusRetry.<Buffer>request(vertx, Addresses.BULLETIN_GET, request, BusRetry.DOCUMENT)
        .onSuccess(reply -> send(ctx, reply, file.group(1), format.get()))
        .onFailure(failure -> fail(ctx, failure));
  }

  /** GET /bulletins/{file}: the latest published revision, or ?revision=N, as a page, a PDF or a Word file. */
  void page(RoutingContext ctx) {
    Matcher file = PAGE.matcher(ctx.pathParam("file"));
    if (!file.matches()) {
      ApiErrors.send(ctx, 404, "no bulletin '" + ctx.pathParam("file") + "'; ask for /bulletins/YYYY-MM-DD, .pdf or .docx", List.of());
      return;
    }
    DocumentFormat format = DocumentFormat.named(file.group(2) == null ? "html" : file.group(2)).orElseThrow();
    if (!revisionIsValid(ctx)) {
      return;
    }
    String revision = ctx.queryParams().get("revision");
    BulletinQuery request = new BulletinQuery(file.group(1), format.extension(), false, revision == null ? null : Integer.valueOf(revision),
        true);
    BusRetry.<Buffer>request(vertx, Addresses.BULLETIN_GET, request, BusRetry.DOCUMENT)
        .onSuccess(reply -> send(ctx, reply, file.group(1), format))
        .onFailure(failure -> fail(ctx, failure));
  }

  /** GET /bulletins: the archive of published bulletins as a page. */
  void archivePage(RoutingContext ctx) {
    BusRetry.<Buffer>request(vertx, Addresses.BULLETIN_ARCHIVE_PAGE, null, BusRetry.READ)
        .onSuccess(reply -> ctx.response().putHeader("Content-Type", reply.headers().get(Addresses.CONTENT_TYPE)).end(reply.body()))
        .onFailure(failure -> fail(ctx, failure));
  }

  void publish(RoutingContext ctx) {
    Publish request = new Publish(ctx.pathParam("date"), BearerAuth.principal(ctx).name());
    BusRetry.<JsonObject>request(vertx, Addresses.BULLETIN_PUBLISH, request, BusRetry.ONCE)
        .onSuccess(reply -> Responses.json(ctx, 201, reply.body()))
        .onFailure(failure -> fail(ctx, failure));
  }

  void list(RoutingContext ctx) {
    BusRetry.<JsonObject>request(vertx, Addresses.BULLETIN_LIST, null, BusRetry.READ)
        .onSuccess(reply -> Responses.json(ctx, 200, reply.body()))
        .onFailure(failure -> fail(ctx, failure));
  }

  /** PUT, GET and DELETE /api/v1/bulletins/{date}/notes/{section}: the bulletin service keeps the notes. */
  void putNotes(RoutingContext ctx) {
    // The contract's pattern keeps C0 controls out; C1 controls and lone surrogates would be stored altered.
    List<FieldError> problems = new ArrayList<>();
    for (String part : List.of("lead", "close")) {
      JsonArray paragraphs = ctx.body().asJsonObject().getJsonArray(part, new JsonArray());
      for (int i = 0; i < paragraphs.size(); i++) {
        int index = i;
        Names.textProblem(paragraphs.getString(i)).ifPresent(p -> problems.add(new FieldError(index, part, p)));
      }
    }
    if (!problems.isEmpty()) {
      ApiErrors.send(ctx, 400, "invalid notes", problems);
      return;
    }
    // Storing notes replaces them, so a repeat after a lost member is safe.
    Responses.relay(vertx, ctx, Addresses.NOTES_PUT, new Notes(ctx.pathParam("date"), ctx.pathParam("section"),
        ctx.body().asJsonObject(), BearerAuth.principal(ctx).name()), BusRetry.READ, 200);
  }

  void getNotes(RoutingContext ctx) {
    Responses.relay(vertx, ctx, Addresses.NOTES_GET, new Notes(ctx.pathParam("date"), ctx.pathParam("section"), null, null),
        BusRetry.READ, 200);
  }

  void deleteNotes(RoutingContext ctx) {
    Responses.relay(vertx, ctx, Addresses.NOTES_DELETE, new Notes(ctx.pathParam("date"), ctx.pathParam("section"), null,
        BearerAuth.principal(ctx).name()), BusRetry.ONCE, 204);
  }

  /** ?revision=N, when given, is a whole number from 1 to 2^31-1; otherwise the 400 is sent. */
  private static boolean revisionIsValid(RoutingContext ctx) {
    String text = ctx.queryParams().get("revision");
    if (text == null || text.matches("[1-9][0-9]{0,9}") && Long.parseLong(text) <= Integer.MAX_VALUE) {
      return true;
    }
    ApiErrors.send(ctx, 400, "revision must be a whole number from 1 to " + Integer.MAX_VALUE + ", got '" + text + "'",
        List.of(new FieldError(null, "revision", "must be a whole number from 1 to " + Integer.MAX_VALUE)));
    return false;
  }

  /** Empty when the client accepts none of the formats; the 406 is then sent. */
  private static Optional<DocumentFormat> format(RoutingContext ctx, String extension) {
    String asked = ctx.queryParams().get("format");
    if (asked != null || extension != null) {
      Optional<DocumentFormat> format = DocumentFormat.named(asked != null ? asked : extension);
      if (format.isEmpty()) {
        ApiErrors.send(ctx, asked != null ? 400 : 404, "unknown format '" + (asked != null ? asked : extension)
            + "'; one of json, html, markdown (md), docx, pdf", List.of());
      }
      return format;
    }
    Optional<DocumentFormat> accepted = DocumentFormat.accepted(ctx.request().getHeader("Accept"));
    if (accepted.isEmpty()) {
      ApiErrors.send(ctx, 406, "the bulletin is served as application/json, text/html, text/markdown, "
          + "application/vnd.openxmlformats-officedocument.wordprocessingml.document or application/pdf", List.of());
    }
    return accepted;
  }

  private static void send(RoutingContext ctx, Message<Buffer> reply, String date, DocumentFormat format) {
    String name = URLEncoder.encode("每周通报-" + date + "." + format.extension(), StandardCharsets.UTF_8).replace("+", "%20");
    String disposition = format == DocumentFormat.DOCX ? "attachment" : "inline";
    ctx.response()
        .putHeader("Content-Type", reply.headers().get(Addresses.CONTENT_TYPE))
        .putHeader("Content-Disposition", disposition + "; filename=\"bulletin-" + date + "." + format.extension()
            + "\"; filename*=UTF-8''" + name)
        .putHeader("Vary", "Accept")
        .end(reply.body());
  }

  private static void fail(RoutingContext ctx, Throwable failure) {
    if (failure instanceof ReplyException reply) {
      ApiErrors.fromService(ctx, reply);
    } else {
      ctx.fail(failure);
    }
  }
}
