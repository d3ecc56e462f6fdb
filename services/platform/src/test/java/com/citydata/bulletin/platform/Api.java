package com.citydata.bulletin.platform;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A client of the product's HTTP API over real loopback HTTP, as a collector or an office would call it. */
final class Api {
  /** HTTP/1.1 as the collectors in the field speak it; the JDK client would otherwise try an h2c upgrade. */
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  record Response(int status, String body, HttpHeaders headers) {
    JsonObject json() {
      return new JsonObject(body);
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  private final String base;

  Api(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  Response get(String path, String token) {
    return send(request(path, token).GET());
  }

  Response getWith(String path, String token, String accept) {
    return send(request(path, token).header("Accept", accept).GET());
  }

  Response post(String path, String token, String contentType, String body) {
    HttpRequest.Builder request = request(path, token).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request);
  }

  Response post(String path, String token, JsonObject body) {
    return post(path, token, "application/json", body.encode());
  }

  /** A binary body (Word, PDF); fails on any status but 200. */
  byte[] bytes(String path, String token) {
    try {
      HttpResponse<byte[]> response = HTTP.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Response put(String path, String token, JsonObject body) {
    return send(request(path, token).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body.encode(), StandardCharsets.UTF_8)));
  }

  Response delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  /** Posts a collector's points in batches of 2,000, as a collector splits them, and fails on anything but 200. */
  void postAll(String token, String family, java.util.List<JsonObject> points) {
    for (int i = 0; i < points.size(); i += 2000) {
      Response response = post("/api/v1/ingest/" + family, token, new JsonObject()
          .put("points", new io.vertx.core.json.JsonArray(new java.util.ArrayList<>(points.subList(i, Math.min(points.size(), i + 2000))))));
      if (response.status() != 200) {
        throw new IllegalStateException("posting " + family + " answered " + response);
      }
    }
  }

  /** Registers a collector for the families and returns its token. */
  String collector(String adminToken, String name, String... families) {
    Response created = post("/api/v1/collectors", adminToken,
        new JsonObject().put("name", name).put("families", new io.vertx.core.json.JsonArray(java.util.List.of(families))));
    if (created.status() != 201) {
      throw new IllegalStateException("creating a collector answered " + created);
    }
    return created.json().getString("token");
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private static Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
