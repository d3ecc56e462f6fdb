package com.citydata.bulletin.gateway;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bodies are JSON, but for the operations whose contract takes files or line protocol ({@code x-ingest: file, lines}), or
 * a spreadsheet of points ({@code x-sheets}), in the media types it lists: a request that sends a body of another type
 * gets 415 before anything reads it.
 */
final class JsonBodyRule {
  static final String JSON = "application/json";
  private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);
  private final OperationIndex<Set<String>> mediaTypes;

  JsonBodyRule(JsonObject document) {
    mediaTypes = new OperationIndex<>(document, JsonBodyRule::accepted);
  }

  private static Set<String> accepted(JsonObject operation) {
    JsonObject content = operation.getJsonObject("requestBody", new JsonObject()).getJsonObject("content", new JsonObject());
    return Contract.familyReadsBody(operation) || operation.getBoolean(ServedContract.SHEETS, false) ? Set.copyOf(content.fieldNames())
        : Set.of(JSON);
  }

  void handle(RoutingContext ctx) {
    HttpMethod method = ctx.request().method();
    boolean mayHaveBody = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
    String contentType = ctx.request().getHeader("Content-Type");
    if (mayHaveBody && contentType != null) {
      Set<String> accepted = mediaTypes.find(method, ctx.request().path()).orElse(Set.of(JSON));
      if (!accepted.contains(mediaType(contentType))) {
        ApiErrors.send(ctx, 415, "the body must be " + String.join(" or ", accepted.stream().sorted().toList()) + ", got " + contentType,
            List.of());
        return;
      }
      Matcher charset = CHARSET.matcher(contentType);
      // JSON is read as UTF-8 (RFC 8259); a body declared in another charset would be read altered.
      if (mediaType(contentType).equals(JSON) && charset.find() && !charset.group(1).equalsIgnoreCase("utf-8")) {
        ApiErrors.send(ctx, 415, "a JSON body must be UTF-8, got charset=" + charset.group(1), List.of());
        return;
      }
    }
    ctx.next();
  }

  static String mediaType(String contentType) {
    return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
  }
}
