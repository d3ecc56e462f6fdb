package com.citydata.bulletin.bench;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The benchmark's one HTTP/1.1 client, as collectors and readers use the product; any answer but 2xx throws. */
final class Http {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** An answer that is not 2xx, with what the server said. */
  static final class Refused extends IllegalStateException {
    Refused(String request, int status, String body) {
      super(request + " answered " + status + ": " + (body.length() > 500 ? body.substring(0, 500) + "…" : body));
    }
  }

  String json(String method, String url, String bearer, JsonObject body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Authorization", "Bearer " + bearer);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.method(method, HttpRequest.BodyPublishers.ofString(body.encode())).header("Content-Type", "application/json");
    }
    return send(method + " " + url, request);
  }

  /** A GET whose body is only counted, as a PDF's is. */
  void fetch(String url, String bearer) throws Exception {
    HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
        .header("Authorization", "Bearer " + bearer).build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() / 100 != 2) {
      throw new Refused("GET " + url, response.statusCode(), new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** Line protocol, as text, with whatever Authorization header the receiver takes. */
  void lines(URI uri, String authorization, String lines) throws Exception {
    send("POST " + uri, HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Authorization", authorization)
        .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(lines)));
  }

  private String send(String what, HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new Refused(what, response.statusCode(), response.body());
    }
    return response.body();
  }
}
