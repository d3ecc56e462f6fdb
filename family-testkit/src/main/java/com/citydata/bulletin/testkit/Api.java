package com.citydata.bulletin.testkit;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A client of the product's HTTP API over real loopback HTTP, as a collector or an office would call it. */
public final class Api {
  /** HTTP/1.1 as the collectors in the field speak it; the JDK client would otherwise try an h2c upgrade. */
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public record Response(int status, String body, HttpHeaders headers) {
    /** No answer came at all. */
    public static Response none(String why) {
      return new Response(0, why, HttpHeaders.of(java.util.Map.of(), (name, value) -> true));
    }

    public JsonObject json() {
      return new JsonObject(body);
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  private final String base;

  public Api(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public Response get(String path, String token) {
    return send(request(path, token).GET());
  }

  public Response getWith(String path, String token, String accept) {
    return send(request(path, token).header("Accept", accept).GET());
  }

  public Response post(String path, String token, String contentType, String body) {
    HttpRequest.Builder request = request(path, token).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request);
  }

  public Response post(String path, String token, JsonObject body) {
    return post(path, token, "application/json", body.encode());
  }

  /** A binary body (Word, PDF); fails on any status but 200. */
  public byte[] bytes(String path, String token) {
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

  public Response put(String path, String token, JsonObject body) {
    return send(request(path, token).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body.encode(), StandardCharsets.UTF_8)));
  }

  public Response delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  /** Posts a collector's points in batches of 2,000, as a collector splits them, and fails on anything but 200. */
  public void postAll(String token, String family, java.util.List<JsonObject> points) {
    for (int i = 0; i < points.size(); i += 2000) {
      Response response = post("/api/v1/ingest/" + family, token, new JsonObject()
          .put("points", new io.vertx.core.json.JsonArray(new java.util.ArrayList<>(points.subList(i, Math.min(points.size(), i + 2000))))));
      if (response.status() != 200) {
        throw new IllegalStateException("posting " + family + " answered " + response);
      }
    }
  }

  /** Registers a collector for the families and returns its token. */
  public String collector(String adminToken, String name, String... families) {
    Response created = post("/api/v1/collectors", adminToken,
        new JsonObject().put("name", name).put("families", new io.vertx.core.json.JsonArray(java.util.List.of(families))));
    if (created.status() != 201) {
      throw new IllegalStateException("creating a collector answered " + created);
    }
    return created.json().getString("token");
  }

  /**
   * Any request as a client might send it, malformed ones included: any method, the raw Authorization header (none
   * when null), any Content-Type (none when null) and body bytes (none when null). Written on a plain socket because
   * the server may answer (a 413) and close before a large body is sent, which the JDK client reports as a broken pipe
   * instead of the answer.
   */
  public Response raw(String method, String path, String authorization, String contentType, byte[] body) {
    StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + base.substring("http://".length())
        + "\r\nConnection: close\r\n");
    if (authorization != null) {
      head.append("Authorization: ").append(authorization).append("\r\n");
    }
    if (contentType != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      try {
        socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.UTF_8));
        if (body != null) {
          socket.getOutputStream().write(body);
        }
        socket.getOutputStream().flush();
      } catch (IOException refusedMidway) {
        // The answer was sent before the body was read; it is still there to read.
      }
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + ": " + e, e);
    }
  }

  private static Response parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int headEnd = text.indexOf("\r\n\r\n");
    if (headEnd < 0) {
      throw new IllegalStateException("no HTTP answer: " + text);
    }
    String head = text.substring(0, headEnd).toLowerCase(java.util.Locale.ROOT);
    int status = Integer.parseInt(text.substring(9, 12));
    byte[] body = java.util.Arrays.copyOfRange(raw, headEnd + 4, raw.length);
    if (head.contains("\r\ntransfer-encoding: chunked")) {
      java.io.ByteArrayOutputStream decoded = new java.io.ByteArrayOutputStream();
      int at = 0;
      while (true) {
        int lineEnd = new String(body, at, body.length - at, StandardCharsets.ISO_8859_1).indexOf("\r\n") + at;
        int size = Integer.parseInt(new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
        if (size == 0) {
          break;
        }
        decoded.write(body, lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
      }
      body = decoded.toByteArray();
    }
    java.util.Map<String, java.util.List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String line : text.substring(0, headEnd).split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new java.util.ArrayList<>()).add(line.substring(colon + 1).trim());
      }
    }
    return new Response(status, new String(body, StandardCharsets.UTF_8), HttpHeaders.of(headers, (name, value) -> true));
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
