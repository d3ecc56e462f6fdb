package com.citydata.bulletin.platform;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The malformed form posts of the desk, from the served contract: for every operation with {@code x-form}, its form
 * as a page would send it with one field broken at a time (bytes that are no UTF-8, a surrogate's bytes, an escape
 * that is none, a NUL, a bell, blank or ideographic space where one item a line is not asked for, a value four
 * thousand characters long), its path
 * parameters broken, its token missing, foreign or repeated, and the body in another type. Each form is one that
 * would change something were its broken field right, so that a case that slipped through shows in the stores.
 */
final class DeskFormCases {
  /** Field values as written in the body: each one percent-encoded or raw, as a broken client would send it. */
  static final List<String> BROKEN = List.of("%FF", "%ED%A0%80", "%zz", "%00", "%07", "%20", "%E3%80%80", "x".repeat(4000));

  record Case(String operation, String what, String path, String contentType, byte[] body) {
  }

  private DeskFormCases() {
  }

  /**
   * @param valid  a value each field and path parameter takes when it is not the one broken, by name
   * @param csrf   the session's own form token
   * @param others another session's
   */
  static List<Case> of(JsonObject document, Map<String, String> valid, String csrf, String others) {
    List<Case> cases = new ArrayList<>();
    document.getJsonObject("paths").forEach(entry -> {
      JsonObject item = (JsonObject) entry.getValue();
      JsonObject post = item.getJsonObject("post");
      if (post == null || !post.getBoolean("x-form", false)) {
        return;
      }
      String id = post.getString("operationId");
      List<String> pathParameters = new ArrayList<>();
      JsonArray parameters = new JsonArray();
      item.getJsonArray("parameters", new JsonArray()).forEach(parameters::add);
      post.getJsonArray("parameters", new JsonArray()).forEach(parameters::add);
      parameters.stream().map(JsonObject.class::cast).filter(p -> "path".equals(p.getString("in"))).forEach(p -> pathParameters.add(p.getString("name")));
      JsonObject content = post.getJsonObject("requestBody").getJsonObject("content");
      boolean multipart = content.containsKey("multipart/form-data");
      JsonObject schema = content.getJsonObject(multipart ? "multipart/form-data" : "application/x-www-form-urlencoded").getJsonObject("schema");
      Map<String, String> form = new LinkedHashMap<>();
      form.put("csrf", encode(csrf));
      schema.getJsonObject("properties").fieldNames().stream().filter(f -> !f.equals("csrf") && !f.equals("file"))
          .forEach(f -> form.put(f, encode(value(valid, id, f))));
      String path = path(entry.getKey(), pathParameters, valid, id, null, null);

      for (String parameter : pathParameters) {
        for (String broken : List.of("%FF", "..", "%2F", "0000-00-00", "x".repeat(300))) {
          cases.add(urlencoded(id, "path " + parameter + "=" + abbreviate(broken), path(entry.getKey(), pathParameters, valid, id, parameter, broken),
              form));
        }
      }
      if (multipart) {
        cases.addAll(multipartCases(id, path, csrf, others));
        return;
      }
      for (String field : form.keySet()) {
        if (field.equals("csrf")) {
          continue;
        }
        // In a field of one item a line, a blank line is a separator, not a value: blank is a good value there.
        boolean lines = schema.getJsonObject("properties").getJsonObject(field).getString("description", "").toLowerCase(Locale.ROOT)
            .contains("one a line");
        for (String broken : BROKEN) {
          if (lines && (broken.equals("%20") || broken.equals("%E3%80%80"))) {
            continue;
          }
          Map<String, String> one = new LinkedHashMap<>(form);
          one.put(field, broken);
          cases.add(urlencoded(id, field + "=" + abbreviate(broken), path, one));
        }
      }
      Map<String, String> without = new LinkedHashMap<>(form);
      without.remove("csrf");
      cases.add(urlencoded(id, "no csrf", path, without));
      Map<String, String> foreign = new LinkedHashMap<>(form);
      foreign.put("csrf", encode(others));
      cases.add(urlencoded(id, "another session's csrf", path, foreign));
      cases.add(new Case(id, "csrf twice, the first foreign", path, "application/x-www-form-urlencoded",
          ("csrf=" + encode(others) + "&" + body(form)).getBytes(StandardCharsets.US_ASCII)));
      cases.add(new Case(id, "as JSON", path, "application/json", new JsonObject(new LinkedHashMap<>(form)).encode()
          .getBytes(StandardCharsets.UTF_8)));
      cases.add(new Case(id, "as text", path, "text/plain", body(without).getBytes(StandardCharsets.US_ASCII)));
      cases.add(new Case(id, "no body", path, null, null));
    });
    return cases;
  }

  private static List<Case> multipartCases(String id, String path, String csrf, String others) {
    String boundary = "corpus-boundary";
    String type = "multipart/form-data; boundary=" + boundary;
    List<Case> cases = new ArrayList<>();
    for (String[] file : new String[][] {{"register.csv", "text/csv", "%FF"}, {"register.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "PK not a zip"}, {"register.csv", "text/csv", ""}, {"register.txt", "text/plain", "a,b\n1,2\n"}}) {
      byte[] content = file[2].equals("%FF") ? new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1} : file[2].getBytes(StandardCharsets.UTF_8);
      cases.add(new Case(id, "file " + file[0] + " " + abbreviate(file[2]), path, type,
          DeskClient.multipart(boundary, csrf, file[0], file[1], content)));
      cases.add(new Case(id, "another session's csrf, file " + file[0], path, type,
          DeskClient.multipart(boundary, others, file[0], file[1], content)));
    }
    cases.add(new Case(id, "no file", path, type, ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf + "\r\n--"
        + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)));
    cases.add(new Case(id, "a boundary that never closes", path, type, ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
        + csrf).getBytes(StandardCharsets.UTF_8)));
    cases.add(new Case(id, "no boundary", path, "multipart/form-data", ("csrf=" + csrf).getBytes(StandardCharsets.UTF_8)));
    return cases;
  }

  private static String value(Map<String, String> valid, String operation, String field) {
    String value = valid.getOrDefault(operation + "." + field, valid.get(field));
    if (value == null) {
      throw new IllegalStateException("the corpus has no valid value for " + operation + "." + field + "; add one");
    }
    return value;
  }

  private static String path(String template, List<String> parameters, Map<String, String> valid, String operation, String broken,
      String with) {
    String path = template;
    for (String parameter : parameters) {
      String value = parameter.equals(broken) ? with : encode(value(valid, operation, parameter));
      path = path.replace("{" + parameter + "}", value);
    }
    return path;
  }

  private static Case urlencoded(String id, String what, String path, Map<String, String> form) {
    return new Case(id, what, path, "application/x-www-form-urlencoded", body(form).getBytes(StandardCharsets.US_ASCII));
  }

  private static String body(Map<String, String> form) {
    StringBuilder body = new StringBuilder();
    form.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&").append(name).append('=').append(value));
    return body.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String abbreviate(String value) {
    return value.length() > 20 ? value.substring(0, 8) + "…(" + value.length() + ")" : value.toLowerCase(Locale.ROOT);
  }
}
