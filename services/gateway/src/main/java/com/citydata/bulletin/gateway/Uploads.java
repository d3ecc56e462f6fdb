package com.citydata.bulletin.gateway;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Optional;

/**
 * A file a request carries: its whole body, or the {@code file} part of a multipart form (the API's and the desk's
 * alike), with its media type; a part named .csv or .xlsx is taken for what its name says, as browsers often send
 * spreadsheets as application/octet-stream.
 */
final class Uploads {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  record Upload(byte[] bytes, String mediaType) {
  }

  private Uploads() {
  }

  static Future<Optional<Upload>> file(Vertx vertx, RoutingContext ctx) {
    String header = ctx.request().getHeader("Content-Type");
    if (!JsonBodyRule.mediaType(header).equals("multipart/form-data")) {
      // With its parameters: a CSV's charset is one.
      Buffer body = ctx.body().buffer();
      return Future.succeededFuture(body == null || body.length() == 0 ? Optional.empty() : Optional.of(new Upload(body.getBytes(), header)));
    }
    Optional<FileUpload> part = ctx.fileUploads().stream().filter(f -> f.name().equals("file") && f.size() > 0).findFirst();
    if (part.isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    String mediaType = part.get().contentType();
    String fileName = part.get().fileName().toLowerCase(Locale.ROOT);
    if (fileName.endsWith(".csv") && !JsonBodyRule.mediaType(mediaType).equals("text/csv")) {
      mediaType = "text/csv";
    } else if (fileName.endsWith(".xlsx")) {
      mediaType = XLSX;
    }
    String type = mediaType;
    return vertx.fileSystem().readFile(part.get().uploadedFileName()).map(bytes -> Optional.of(new Upload(bytes.getBytes(), type)));
  }
}
