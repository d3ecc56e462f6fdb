package com.citydata.bulletin.platform;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser's part in the desk's HTTP, without a browser: it keeps cookies, follows no redirect, posts forms. */
final class DeskClient {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  final Map<String, String> cookies = new LinkedHashMap<>();

  record Page(int status, String body, Map<String, List<String>> headers) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).flatMap(e -> e.getValue().stream()).findFirst()
          .orElse(null);
    }

    List<String> setCookies() {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("set-cookie")).flatMap(e -> e.getValue().stream()).toList();
    }

    /** The first form token on the page. */
    String csrf() {
      Matcher m = CSRF.matcher(body);
      if (!m.find()) {
        throw new IllegalStateException("no csrf on the page: " + body);
      }
      return m.group(1);
    }
  }

  DeskClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  Page get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  Page post(String path, Map<String, String> form) {
    String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  Page json(String method, String path, String body, String csrf) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (csrf != null) {
      request.header("X-CSRF-Token", csrf);
    }
    return send(request);
  }

  /** A request as sent, byte for byte, with the client's cookies. */
  Page raw(String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request);
  }

  /** A form's file, as a browser posts it: the form token and the file in a multipart body. */
  Page upload(String path, String csrf, String fileName, String type, byte[] content) {
    String boundary = "desk-client-boundary";
    return raw("POST", path, "multipart/form-data; boundary=" + boundary, multipart(boundary, csrf, fileName, type, content));
  }

  /** A multipart body of a form's token and one file part named "file". */
  static byte[] multipart(String boundary, String csrf, String fileName, String type, byte[] content) {
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return body;
  }

  /** Signs in through the form as a person would; the answer is the form post's. */
  Page signIn(String name, String password) {
    Page form = get("/desk/login");
    return post("/desk/login", Map.of("username", name, "password", password, "csrf", form.csrf()));
  }

  private Page send(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Page page = new Page(response.statusCode(), response.body(), response.headers().map());
      for (String set : page.setCookies()) {
        String pair = set.split(";", 2)[0];
        String name = pair.substring(0, pair.indexOf('='));
        String value = pair.substring(pair.indexOf('=') + 1);
        if (value.isEmpty() || set.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
          cookies.remove(name);
        } else {
          cookies.put(name, value);
        }
      }
      return page;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
