package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.gateway.ServedContract;
import com.citydata.bulletin.platform.embedded.EmbeddedQuestDb;
import com.citydata.bulletin.testing.SharedQuestDb;
import com.citydata.bulletin.testing.TestPostgres;
import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import com.citydata.bulletin.testkit.Units;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A corpus of malformed requests generated from the served OpenAPI document, every operation of every family
 * included: each request is the operation's own valid example (accepted first, so it is known to be valid) with one
 * thing wrong, or a request whose token, method, parameters, media type or size is wrong. Every one must be a 4xx
 * with a JSON error naming what is wrong, and after the whole corpus both stores hold exactly what they held before.
 */
class MalformedRequestCorpusTest {
  private static final String VALID_DAY = "2018-07-20";
  /** The fields the product reads as names (stored as tags or keys), so the whole name rule applies to them. */
  private static final Set<String> NAME_FIELDS = Set.of("name", "aliases", "system", "module", "seal", "code", "process");
  private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "PATCH");

  private static RunningPlatform running;
  private static String collector;
  /** The account the corpus changes one thing of at a time. */
  private static String account;
  private static String narrowCollector;
  private static String revokedCollector;
  private static JsonObject document;

  /** One malformed request and the words of which at least one its error must hold, whatever the case. */
  private record Case(String operation, String what, String method, String path, String authorization, String contentType,
                      byte[] body, List<String> names) {
  }

  /** A JSON value as it is written in the body, so that lone surrogates and numbers beyond a long go out as sent. */
  private record Raw(String json) {
  }

  /** The family whose line the door's example is. */
  private static final String LINES_FAMILY = "exchange";

  private record Operation(String id, String method, String template, JsonObject spec, JsonArray parameters) {
    String access() {
      return spec.getString("x-access");
    }
  }

  @BeforeAll
  static void start() throws Exception {
    // Its bad tokens are cases of their own: the per-address limit on them must not answer for the rest. Nor may a
    // token's rate limit: once the gateway stopped walking points the corpus ran faster than 200 requests a second.
    running = RunningPlatform.start(Map.of(AppConfig.AUTH_FAILURE_LIMIT, "100000", AppConfig.RATE_LIMIT_PER_SECOND, "100000",
        AppConfig.RATE_LIMIT_BURST, "100000"));
    document = ServedContract.installed().json();
    collector = running.api.collector(RunningPlatform.ADMIN, "corpus", FamilyRegistry.installed().families().stream()
        .map(f -> f.name()).toArray(String[]::new));
    narrowCollector = running.api.collector(RunningPlatform.ADMIN, "corpus-narrow", "dingtalk");
    revokedCollector = running.api.collector(RunningPlatform.ADMIN, "corpus-revoked", "exchange");
    String id = running.api.get("/api/v1/collectors", RunningPlatform.ADMIN).json().getJsonArray("collectors").stream()
        .map(JsonObject.class::cast).filter(c -> c.getString("name").equals("corpus-revoked")).findFirst().orElseThrow().getString("id");
    assertThat(running.api.delete("/api/v1/collectors/" + id, RunningPlatform.ADMIN).status()).isEqualTo(204);
    Api.Response created = running.api.post("/api/v1/accounts", RunningPlatform.ADMIN, new JsonObject().put("name", "corpus-account")
        .put("password", "corpus-password-long-enough").put("role", "reader"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    account = created.json().getString("id");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void everyMalformedRequestIsA4xxNamingTheProblemAndNothingIsStored() throws Exception {
    List<Operation> operations = operations();
    seedCatalog(operations);
    for (Operation operation : operations) {
      acceptExample(operation);
    }
    // A published bulletin, so that a read of it with one bad parameter is refused for that parameter alone.
    Api.Response published = running.api.post("/api/v1/bulletins/" + VALID_DAY + "/publish", RunningPlatform.ADMIN, "application/json", "");
    assertThat(published.status()).as(published.body()).isEqualTo(201);
    List<Case> corpus = new ArrayList<>();
    for (Operation operation : operations) {
      corpus.addAll(cases(operation));
    }
    corpus.addAll(wrongMethods(operations));
    Map<String, String> before = snapshot();

    Map<String, Integer> perOperation = new TreeMap<>();
    Map<Integer, Integer> perStatus = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (Case c : corpus) {
      Api.Response response;
      try {
        response = running.api.raw(c.method(), c.path(), c.authorization(), c.contentType(), c.body());
      } catch (IllegalStateException noAnswer) {
        response = Api.Response.none(noAnswer.getMessage());
      }
      perOperation.merge(c.operation(), 1, Integer::sum);
      perStatus.merge(response.status(), 1, Integer::sum);
      String problem = problem(c, response);
      if (problem != null) {
        failures.add(c.operation() + " " + c.what() + " (" + c.method() + " " + c.path() + "): " + problem);
      }
    }
    Map<String, String> after = snapshot();

    System.out.println("Malformed-request corpus: " + corpus.size() + " cases over " + perOperation.size() + " operations; statuses "
        + perStatus + "; cases per operation " + perOperation);
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(1000);
    assertThat(perOperation.keySet()).containsAll(operations.stream().map(Operation::id).toList());
    assertThat(failures).as(failures.size() + " failures").isEmpty();
    assertThat(after).isEqualTo(before);
  }

  /**
   * The desk's form posts, each broken one way, sent by a signed-in admin with its session's cookie: none may answer
   * 5xx or a stack trace, a refusal is a page, and the stores hold after them what they held before. Left out of that
   * comparison: sessions and failed sign-ins, as a request seen touches its session and a failed sign-in is counted on
   * purpose, and the rankings' rollups, a cache that the drafts these pages show fill as they are read.
   */
  @Test
  void everyMalformedDeskFormIsRefusedAsAPageAndNothingIsStored() throws Exception {
    running.putUnits(new JsonObject().put("name", "语料单位甲").put("kind", "department"),
        new JsonObject().put("name", "语料单位乙").put("kind", "department"));
    Api.Response admin = running.api.post("/api/v1/accounts", RunningPlatform.ADMIN, new JsonObject().put("name", "corpus-admin")
        .put("password", "corpus-admin-password").put("role", "admin"));
    assertThat(admin.status()).as(admin.body()).isEqualTo(201);
    DeskClient desk = new DeskClient(running.platform.port());
    assertThat(desk.signIn("corpus-admin", "corpus-admin-password").status()).isEqualTo(303);
    DeskClient other = new DeskClient(running.platform.port());
    assertThat(other.signIn("corpus-admin", "corpus-admin-password").status()).isEqualTo(303);
    // A real subscription, so that a delete slipping through shows in the stores.
    Api.Response kept = running.api.post("/api/v1/subscriptions", RunningPlatform.ADMIN, new JsonObject().put("name", "corpus-kept")
        .put("kind", "webhook").put("url", "http://127.0.0.1:9/kept").put("secret", "kept-secret").put("events", new JsonArray().add("published")));
    assertThat(kept.status()).as(kept.body()).isEqualTo(201);
    String subscription = kept.json().getString("id");
    String narrow = running.api.get("/api/v1/collectors", RunningPlatform.ADMIN).json().getJsonArray("collectors").stream()
        .map(JsonObject.class::cast).filter(c -> c.getString("name").equals("corpus-narrow")).findFirst().orElseThrow().getString("id");
    Map<String, String> valid = new java.util.HashMap<>(Map.ofEntries(Map.entry("date", VALID_DAY), Map.entry("section", "二"),
        Map.entry("family", "matters"), Map.entry("deskFigures.family", "exchange"), Map.entry("account", account), Map.entry("deskCollectorRevoke.id", narrow),
        Map.entry("deskSubscriptionDelete.id", subscription), Map.entry("lead", "语料说明"), Map.entry("close", "语料结尾"),
        Map.entry("carry", "true"), Map.entry("deskNotes.intent", "save"), Map.entry("deskPublish.intent", "confirm"),
        Map.entry("deskAccountChange.intent", "change"), Map.entry("deskAccountChange.role", "editor"), Map.entry("name", "语料名称"),
        Map.entry("kind", "department"), Map.entry("deskSubscriptionCreate.kind", "webhook"), Map.entry("aliases", "语料别名"),
        Map.entry("unit", "语料单位乙"), Map.entry("move", "up"), Map.entry("families", "exchange"), Map.entry("units", "语料单位甲"),
        Map.entry("password", "corpus-password-long"), Map.entry("role", "reader"), Map.entry("url", "http://127.0.0.1:9/corpus"),
        Map.entry("secret", "corpus-secret"), Map.entry("events", "published"), Map.entry("username", "corpus-admin")));
    List<DeskFormCases.Case> corpus = DeskFormCases.of(document, valid, desk.get("/desk/admin/units").csrf(),
        other.get("/desk/admin/units").csrf());
    Set<String> touched = Set.of("postgresql sessions", "postgresql signin_failures", "postgresql series_rollup_state",
        "postgresql series_rollups");
    Map<String, String> before = new TreeMap<>(snapshot());
    before.keySet().removeAll(touched);

    Map<String, Integer> perOperation = new TreeMap<>();
    Map<Integer, Integer> perStatus = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (DeskFormCases.Case c : corpus) {
      DeskClient.Page page = desk.raw("POST", c.path(), c.contentType(), c.body());
      perOperation.merge(c.operation(), 1, Integer::sum);
      perStatus.merge(page.status(), 1, Integer::sum);
      // "/desk/../publish" is "/publish", no page of the desk's: the API's JSON 404 answers it.
      boolean refusedAsPage = page.status() < 400 || String.valueOf(page.header("Content-Type")).startsWith(c.path().startsWith("/desk/../")
          ? "application/json" : "text/html");
      if (page.status() >= 500 || !refusedAsPage || page.body().contains("Exception") || page.body().contains("	at ")) {
        failures.add(c.operation() + " " + c.what() + " (POST " + c.path() + "): answered " + page.status() + " " + abbreviate(page.body()));
      }
    }
    assertThat(desk.get("/desk/admin/units").status()).as("the corpus's session is still signed in").isEqualTo(200);
    Map<String, String> after = new TreeMap<>(snapshot());
    after.keySet().removeAll(touched);

    System.out.println("Desk form corpus: " + corpus.size() + " cases over " + perOperation.size() + " operations; statuses " + perStatus
        + "; cases per operation " + perOperation);
    assertThat(perOperation.keySet()).containsAll(operations(true).stream().filter(o -> o.spec().getBoolean("x-form", false))
        .map(Operation::id).toList());
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
    assertThat(failures).as(failures.size() + " failures").isEmpty();
    assertThat(after).isEqualTo(before);
  }

  /** Null when the answer is what a client must get: a 4xx, a JSON error naming the problem. */
  private static String problem(Case c, Api.Response response) {
    if (response.status() < 400 || response.status() >= 500) {
      return "answered " + response.status() + ": " + abbreviate(response.body());
    }
    JsonObject error;
    try {
      error = new JsonObject(response.body());
    } catch (RuntimeException e) {
      return response.status() + " without a JSON body: " + abbreviate(response.body());
    }
    if (error.getString("error", "").isBlank()) {
      return response.status() + " without an error message: " + abbreviate(response.body());
    }
    String body = response.body().toLowerCase(Locale.ROOT);
    if (c.names().stream().noneMatch(name -> body.contains(name.toLowerCase(Locale.ROOT)))) {
      return response.status() + " names none of " + c.names() + ": " + abbreviate(response.body());
    }
    return null;
  }

  private static String abbreviate(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }

  // ---- the operations of the served document

  private static List<Operation> operations() {
    return operations(false);
  }

  /** @param desk the desk's operations instead of the API's */
  private static List<Operation> operations(boolean desk) {
    List<Operation> operations = new ArrayList<>();
    document.getJsonObject("paths").forEach(path -> {
      JsonObject item = (JsonObject) path.getValue();
      item.forEach(op -> {
        // The desk's pages answer a browser with pages and redirects, not JSON errors: their form posts are the
        // cases of everyMalformedDeskFormIsRefusedAsAPageAndNothingIsStored.
        if (METHODS.contains(op.getKey().toUpperCase(Locale.ROOT)) && ((JsonObject) op.getValue()).getBoolean("x-desk", false) == desk) {
          JsonObject spec = (JsonObject) op.getValue();
          JsonArray parameters = new JsonArray();
          item.getJsonArray("parameters", new JsonArray()).forEach(parameters::add);
          spec.getJsonArray("parameters", new JsonArray()).forEach(parameters::add);
          operations.add(new Operation(spec.getString("operationId"), op.getKey().toUpperCase(Locale.ROOT), path.getKey(), spec, parameters));
        }
      });
    });
    return operations;
  }

  private static JsonObject resolve(JsonObject schema) {
    String ref = schema.getString("$ref");
    if (ref == null) {
      return schema;
    }
    return resolve(document.getJsonObject("components").getJsonObject("schemas").getJsonObject(ref.substring(ref.lastIndexOf('/') + 1)));
  }

  private static List<JsonObject> parameters(Operation operation, String in) {
    return operation.parameters().stream().map(JsonObject.class::cast).filter(p -> in.equals(p.getString("in"))).toList();
  }

  private static String validValue(JsonObject parameter) {
    JsonObject schema = resolve(parameter.getJsonObject("schema"));
    if (parameter.getString("name").equals("bucket")) {
      return LINES_FAMILY;
    }
    // A parameter whose valid values depend on the body names the one its example is for.
    if (parameter.containsKey("example")) {
      return String.valueOf(parameter.getValue("example"));
    }
    if (schema.containsKey("enum")) {
      return schema.getJsonArray("enum").getString(0);
    }
    if (schema.getString("pattern", "").contains("\\d{4}") || "date".equals(schema.getString("format"))) {
      return VALID_DAY;
    }
    return switch (parameter.getString("name")) {
      case "table" -> FamilyRegistry.installed().tables().get(0).id();
      case "id" -> UUID.randomUUID().toString();
      case "account" -> account;
      default -> throw new IllegalStateException("no valid value known for the parameter " + parameter);
    };
  }

  private static String path(Operation operation, Map<String, String> values) {
    String path = operation.template();
    for (JsonObject parameter : parameters(operation, "path")) {
      String name = parameter.getString("name");
      path = path.replace("{" + name + "}", encode(values.getOrDefault(name, validValue(parameter))));
    }
    List<String> query = new ArrayList<>();
    for (JsonObject parameter : parameters(operation, "query")) {
      String name = parameter.getString("name");
      if (values.containsKey(name)) {
        if (values.get(name) != null) {
          query.add(name + "=" + encode(values.get(name)));
        }
      } else if (parameter.getBoolean("required", false)) {
        query.add(name + "=" + encode(validValue(parameter)));
      }
    }
    return query.isEmpty() ? path : path + "?" + String.join("&", query);
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The token that may call the operation, so that what is exercised is validation, not access. */
  private static String authorization(Operation operation) {
    return switch (operation.access()) {
      case "admin", "editor" -> "Bearer " + RunningPlatform.ADMIN;
      case "collector", "reader" -> "Bearer " + collector;
      default -> null;
    };
  }

  private static JsonObject jsonContent(Operation operation) {
    return operation.spec().getJsonObject("requestBody", new JsonObject()).getJsonObject("content", new JsonObject())
        .getJsonObject("application/json");
  }

  private static boolean takesFiles(Operation operation) {
    return "file".equals(operation.spec().getString("x-ingest"));
  }

  private static boolean takesLines(Operation operation) {
    return "lines".equals(operation.spec().getString("x-ingest"));
  }

  /** The family a collector operation posts to: its own, or for the line-protocol door the bucket of its example. */
  private static String family(Operation operation) {
    return takesLines(operation) ? LINES_FAMILY : operation.spec().getString("x-family");
  }

  private static String linesExample(Operation operation) {
    return operation.spec().getJsonObject("requestBody").getJsonObject("content").getJsonObject("text/plain").getString("example");
  }

  // ---- the state the corpus starts from

  /** Every unit the examples name is in the catalog, so that an example is refused for its one fault alone. */
  private static void seedCatalog(List<Operation> operations) {
    JsonArray examples = new JsonArray();
    for (Operation operation : operations) {
      JsonObject content = jsonContent(operation);
      if (content != null && content.containsKey("example")) {
        examples.add(content.getValue("example"));
      }
    }
    Api.Response put = running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, new JsonObject().put("units",
        new JsonArray(Units.inExample(examples))));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
  }

  private static void acceptExample(Operation operation) {
    JsonObject content = jsonContent(operation);
    byte[] body = null;
    String contentType = null;
    if (content != null) {
      body = json(content.getValue("example")).getBytes(StandardCharsets.UTF_8);
      contentType = "application/json";
    } else if (takesFiles(operation)) {
      body = csvExample(operation).getBytes(StandardCharsets.UTF_8);
      contentType = "text/csv";
    } else if (takesLines(operation)) {
      body = linesExample(operation).getBytes(StandardCharsets.UTF_8);
      contentType = "text/plain";
    }
    if (body == null) {
      return;
    }
    Api.Response response = running.api.raw(operation.method(), path(operation, Map.of()), authorization(operation), contentType, body);
    assertThat(response.status()).as(operation.id() + " with its example: " + abbreviate(response.body())).isBetween(200, 299);
  }

  private static String csvExample(Operation operation) {
    return operation.spec().getJsonObject("requestBody").getJsonObject("content").getJsonObject("text/csv").getString("example");
  }

  private static String json(Object value) {
    if (value instanceof Raw raw) {
      return raw.json();
    }
    if (value instanceof JsonObject object) {
      return object.stream().map(e -> new JsonArray().add(e.getKey()).encode().replaceAll("^\\[|\\]$", "") + ":" + json(e.getValue()))
          .collect(Collectors.joining(",", "{", "}"));
    }
    if (value instanceof JsonArray array) {
      return array.stream().map(MalformedRequestCorpusTest::json).collect(Collectors.joining(",", "[", "]"));
    }
    return new JsonArray().add(value).encode().replaceAll("^\\[|\\]$", "");
  }

  // ---- the corpus

  private static List<Case> cases(Operation operation) {
    List<Case> cases = new ArrayList<>();
    String id = operation.id();
    String path = path(operation, Map.of());
    JsonObject content = jsonContent(operation);
    byte[] validBody = content != null ? json(content.getValue("example")).getBytes(StandardCharsets.UTF_8)
        : takesFiles(operation) ? csvExample(operation).getBytes(StandardCharsets.UTF_8)
        : takesLines(operation) ? linesExample(operation).getBytes(StandardCharsets.UTF_8) : null;
    String validType = content != null ? "application/json" : takesFiles(operation) ? "text/csv" : takesLines(operation) ? "text/plain" : null;
    String auth = authorization(operation);
    Function<String, Case> unauthorized = header -> new Case(id, "authorization " + header, operation.method(), path, header, validType,
        validBody, List.of("token"));

    if (!Set.of("public", "published").contains(operation.access())) {
      cases.add(unauthorized.apply(null));
      cases.add(unauthorized.apply("Bearer "));
      cases.add(unauthorized.apply("Bearer not-a-token"));
      cases.add(unauthorized.apply("Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8))));
      cases.add(unauthorized.apply(RunningPlatform.ADMIN));
      cases.add(unauthorized.apply("Bearer " + RunningPlatform.ADMIN + "x"));
      cases.add(unauthorized.apply("Bearer " + revokedCollector));
    }
    if (operation.access().equals("admin")) {
      cases.add(new Case(id, "a collector's token", operation.method(), path, "Bearer " + collector, validType, validBody, List.of("admin")));
    }
    if (operation.access().equals("editor")) {
      cases.add(new Case(id, "a collector's token", operation.method(), path, "Bearer " + collector, validType, validBody, List.of("editor")));
    }
    // A template names its family in the path; SheetDoorTest holds who may have it.
    if (operation.access().equals("collector") && family(operation) != null && !"dingtalk".equals(family(operation))) {
      cases.add(new Case(id, "a collector not granted the family", operation.method(), path, "Bearer " + narrowCollector, validType, validBody,
          List.of(family(operation))));
    }

    for (JsonObject parameter : operation.parameters().stream().map(JsonObject.class::cast).toList()) {
      String name = parameter.getString("name");
      for (String bad : badParameterValues(parameter)) {
        cases.add(new Case(id, parameter.getString("in") + " " + name + "=" + bad, operation.method(), path(operation, Map.of(name, bad)),
            auth, validType, validBody, List.of(name, bad, bad.split("\\.")[0], bad.substring(bad.indexOf('.') + 1))));
      }
      if (parameter.getBoolean("required", false) && "query".equals(parameter.getString("in"))) {
        Map<String, String> missing = new java.util.HashMap<>();
        missing.put(name, null);
        cases.add(new Case(id, "no " + name, operation.method(), path(operation, missing), auth, validType, validBody, List.of(name)));
      }
    }

    if (content != null) {
      cases.addAll(bodyCases(operation, path, auth, content));
    } else if (takesFiles(operation)) {
      cases.addAll(fileCases(operation, path, auth));
    } else if (takesLines(operation)) {
      cases.addAll(lineCases(operation, path, auth));
    }
    return cases;
  }

  private static List<String> badParameterValues(JsonObject parameter) {
    JsonObject schema = resolve(parameter.getJsonObject("schema"));
    String name = parameter.getString("name");
    List<String> bad = new ArrayList<>();
    if ("integer".equals(schema.getString("type"))) {
      bad.addAll(List.of("2147483648", "9223372036854775808", "1e3", "0", "-1", "1.5", "", "x", "0x10", " 1"));
    } else if ("boolean".equals(schema.getString("type"))) {
      bad.addAll(List.of("yes", "2", ""));
    } else if (schema.containsKey("enum")) {
      bad.addAll(List.of("no-such-" + name, "", "%"));
    } else if (schema.getString("pattern", "").contains("\\d{4}") || "date".equals(schema.getString("format"))) {
      bad.addAll(List.of("2018-02-30", "2018-13-01", "2018-00-10", "2018-07-32", "20180720", "2018-7-20", "18-07-20", "0000-00-00",
          "-2018-07-20", "2018-07-20T00:00:00Z", "x", ""));
      if (schema.getString("pattern", "").contains("\\.")) {
        bad.addAll(List.of("2018-02-30.pdf", "2018-07-20.exe", "2018-07-20.", "2018-07-20.PDF"));
      }
    } else if (name.equals("table")) {
      bad.addAll(List.of("no-such-table", "exchange-collect.json", "%"));
    } else if (name.equals("id")) {
      bad.addAll(List.of("not-a-uuid", UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000"));
    }
    return bad;
  }

  private static List<Case> bodyCases(Operation operation, String path, String auth, JsonObject content) {
    String id = operation.id();
    String method = operation.method();
    String example = json(content.getValue("example"));
    byte[] utf8 = example.getBytes(StandardCharsets.UTF_8);
    List<Case> cases = new ArrayList<>();
    List<String> notJson = List.of("json", "body");
    cases.add(new Case(id, "no body", method, path, auth, "application/json", null, notJson));
    cases.add(new Case(id, "no body, no type", method, path, auth, null, null, notJson));
    cases.add(new Case(id, "body without a type", method, path, auth, null, utf8, notJson));
    for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml", "text/json", "application/jsonx")) {
      cases.add(new Case(id, "Content-Type " + type, method, path, auth, type, utf8, List.of("application/json")));
    }
    for (String charset : List.of("GBK", "GB18030", "ISO-8859-1", "UTF-16", "latin1", "\"big5\"")) {
      String name = charset.replace("\"", "");
      byte[] encoded = Charset.isSupported(name) ? example.getBytes(Charset.forName(name)) : utf8;
      cases.add(new Case(id, "charset " + charset, method, path, auth, "application/json; charset=" + charset, encoded, List.of("utf-8")));
    }
    for (String text : List.of("", " ", "x", "{", "[", "{}x", "null", "1", "\"points\"", "[]", "{\"a\":}", "{'a':1}",
        example.substring(0, example.length() / 2), example.substring(0, example.length() - 1), example + "}", example + ",{}")) {
      cases.add(new Case(id, "body " + abbreviate(text), method, path, auth, "application/json", text.getBytes(StandardCharsets.UTF_8),
          List.of("json", "body", "object", "request")));
    }
    int quote = example.indexOf('"') + 1;
    byte[] invalidUtf8 = (example.substring(0, quote) + "\u0001" + example.substring(quote)).getBytes(StandardCharsets.UTF_8);
    invalidUtf8[quote] = (byte) 0xFF;
    cases.add(new Case(id, "a byte that is not UTF-8", method, path, auth, "application/json", invalidUtf8,
        List.of("json", "utf-8", "body")));
    int limit = running.platform.config().bodyLimitBytes();
    byte[] huge = (example.substring(0, example.length() - 1) + ",\"padding\":\"" + "x".repeat(limit) + "\"}").getBytes(StandardCharsets.UTF_8);
    cases.add(new Case(id, "a body over the limit", method, path, auth, "application/json", huge, List.of("limit")));
    byte[] spaces = (" ".repeat(limit + 1) + example).getBytes(StandardCharsets.UTF_8);
    cases.add(new Case(id, "a body over the limit, whitespace", method, path, auth, "application/json", spaces, List.of("limit")));

    Object body = new JsonObject(example);
    List<Mutation> mutations = new ArrayList<>();
    mutateInto(resolve(content.getJsonObject("schema")), body, List.of(), "body", mutations, body);
    for (Mutation m : mutations) {
      cases.add(new Case(id, m.where() + " = " + abbreviate(m.what()), method, path, auth, "application/json",
          json(m.body()).getBytes(StandardCharsets.UTF_8), List.of(m.field())));
    }
    return cases;
  }

  private static List<Case> fileCases(Operation operation, String path, String auth) {
    String id = operation.id();
    String method = operation.method();
    String csv = csvExample(operation);
    String header = csv.substring(0, csv.indexOf('\n'));
    List<Case> cases = new ArrayList<>();
    cases.add(new Case(id, "no body", method, path, auth, "text/csv", null, List.of("file", "body", "empty", "header")));
    cases.add(new Case(id, "application/json", method, path, auth, "application/json", csv.getBytes(StandardCharsets.UTF_8), List.of("text/csv")));
    cases.add(new Case(id, "text/plain", method, path, auth, "text/plain", csv.getBytes(StandardCharsets.UTF_8), List.of("text/csv")));
    cases.add(new Case(id, "header alone", method, path, auth, "text/csv", header.getBytes(StandardCharsets.UTF_8), List.of("row", "matter", "empty")));
    cases.add(new Case(id, "a column missing", method, path, auth, "text/csv",
        csv.replaceFirst("部门名称,", "").getBytes(StandardCharsets.UTF_8), List.of("部门名称")));
    cases.add(new Case(id, "an unknown column", method, path, auth, "text/csv",
        csv.replaceFirst("\n", ",不存在的列\n").getBytes(StandardCharsets.UTF_8), List.of("不存在的列")));
    cases.add(new Case(id, "统一认证 neither 是 nor 否", method, path, auth, "text/csv",
        csv.replaceFirst(",是,", ",也许,").getBytes(StandardCharsets.UTF_8), List.of("统一认证")));
    cases.add(new Case(id, "a NUL in a name", method, path, auth, "text/csv",
        csv.replaceFirst("小客车增量指标配置", "小客车\u0000增量").getBytes(StandardCharsets.UTF_8), List.of("权力名称", "control")));
    cases.add(new Case(id, "a spreadsheet that is not one", method, path, auth,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK\u0003\u0004 not a zip".getBytes(StandardCharsets.UTF_8),
        List.of("xlsx", "workbook", "spreadsheet", "file")));
    cases.add(new Case(id, "a form without its file part", method, path, auth, "multipart/form-data; boundary=b",
        "--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8), List.of("file")));
    int limit = running.platform.config().bodyLimitBytes();
    cases.add(new Case(id, "a file over the limit", method, path, auth, "text/csv",
        (csv + "x".repeat(limit)).getBytes(StandardCharsets.UTF_8), List.of("limit")));
    return cases;
  }

  private static List<Case> lineCases(Operation operation, String path, String auth) {
    String id = operation.id();
    String method = operation.method();
    String line = linesExample(operation).strip();
    List<Case> cases = new ArrayList<>();
    java.util.function.BiConsumer<String, List<String>> add = (what, expected) -> cases.add(new Case(id, what, method, path, auth,
        "text/plain", what.startsWith("body ") ? what.substring(5).getBytes(StandardCharsets.UTF_8) : null, expected));
    cases.add(new Case(id, "no body", method, path, auth, "text/plain", null, List.of("empty", "lines")));
    cases.add(new Case(id, "application/json", method, path, auth, "application/json", line.getBytes(StandardCharsets.UTF_8),
        List.of("text/plain")));
    add.accept("body " + line.replaceFirst("^exchange", "interface"), List.of("measurement"));
    add.accept("body " + line.replaceFirst("unit=[^ ,]+", "unit=市不存在局"), List.of("unknown unit"));
    add.accept("body " + line.replaceFirst("records=\\d+i", "records=-1i"), List.of("records", "less than 0"));
    add.accept("body " + line.replaceFirst("records=\\d+i", "records=1.5"), List.of("records", "fraction"));
    add.accept("body " + line.replaceFirst("records=\\d+i", "records=\"1\""), List.of("records", "string"));
    add.accept("body " + line.replaceFirst(",records=\\d+i", ""), List.of("records", "required"));
    add.accept("body " + line.replaceFirst(" \\d+$", " soon"), List.of("timestamp"));
    add.accept("body " + line.replaceFirst(" ", ""), List.of("line 1"));
    add.accept("body " + line + " extra", List.of("timestamp"));
    add.accept("body " + line.replaceFirst("tables=", "tables=1i,tables="), List.of("twice"));
    add.accept("body " + line.replace("unit=", "unit=市公安局\\,"), List.of("unit"));
    cases.add(new Case(id, "not UTF-8", method, path, auth, "text/plain", new byte[] {'e', 'x', (byte) 0xC3, '\n'}, List.of("UTF-8")));
    int limit = running.platform.config().bodyLimitBytes();
    cases.add(new Case(id, "lines over the limit", method, path, auth, "text/plain", (line + "\n").repeat(limit / line.length() + 1)
        .getBytes(StandardCharsets.UTF_8), List.of("limit")));
    return cases;
  }

  /** The body with one value replaced (or removed, when {@code replacement} is null), and the field its error must name. */
  private record Mutation(Object body, String where, String what, String field) {
  }

  private static final Object REMOVE = new Object();

  private static void mutateInto(JsonObject schema, Object value, List<Object> at, String field, List<Mutation> out, Object root) {
    Function<Object, Mutation> replace = replacement -> new Mutation(replaced(root, at, replacement), String.join(".", at.stream().map(String::valueOf).toList()),
        replacement == REMOVE ? "(absent)" : json(replacement), field);
    String type = schema.getString("type", schema.containsKey("properties") ? "object" : "");
    switch (type) {
      case "object" -> {
        JsonObject properties = schema.getJsonObject("properties", new JsonObject());
        JsonArray required = schema.getJsonArray("required", new JsonArray());
        JsonObject object = (JsonObject) value;
        for (String property : properties.fieldNames()) {
          List<Object> inner = append(at, property);
          if (object.containsKey(property)) {
            mutateInto(resolve(properties.getJsonObject(property)), object.getValue(property), inner, property, out, root);
          }
          if (required.contains(property)) {
            out.add(new Mutation(replaced(root, inner, REMOVE), String.join(".", inner.stream().map(String::valueOf).toList()), "(absent)", property));
            out.add(new Mutation(replaced(root, inner, new Raw("null")), String.join(".", inner.stream().map(String::valueOf).toList()), "null", property));
          }
        }
        out.add(new Mutation(replaced(root, append(at, "unexpected_field"), 1), String.join(".", append(at, "unexpected_field").stream().map(String::valueOf).toList()),
            "1", "unexpected_field"));
        if (!at.isEmpty()) {
          // The contract's validator names the item by its index and says what it expected.
          Function<Object, Mutation> notAnObject = replacement -> new Mutation(replaced(root, at, replacement),
              String.join(".", at.stream().map(String::valueOf).toList()), json(replacement), "expected object");
          out.add(notAnObject.apply(new Raw("\"x\"")));
          out.add(notAnObject.apply(new Raw("[]")));
        }
      }
      case "array" -> {
        JsonArray array = (JsonArray) value;
        out.add(replace.apply(new Raw("{}")));
        out.add(replace.apply(new Raw("\"x\"")));
        if (schema.getInteger("minItems", 0) > 0) {
          out.add(replace.apply(new Raw("[]")));
        }
        if (schema.containsKey("maxItems") && !array.isEmpty()) {
          JsonArray tooMany = new JsonArray();
          for (int i = 0; i <= schema.getInteger("maxItems"); i++) {
            tooMany.add(array.getValue(0));
          }
          out.add(new Mutation(replaced(root, at, tooMany), String.join(".", at.stream().map(String::valueOf).toList()),
              tooMany.size() + " items", field));
        }
        if (!array.isEmpty()) {
          mutateInto(resolve(schema.getJsonObject("items", new JsonObject())), array.getValue(0), append(at, 0), field, out, root);
        }
      }
      case "string" -> {
        for (String bad : badStrings(schema, field)) {
          out.add(replace.apply(new Raw(bad)));
        }
      }
      case "integer" -> {
        List<String> bad = new ArrayList<>(List.of("-1", "1000000000001", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "1e13", "1e309", "-1e309", "1e400", "1.5", "0.1", "\"5\"", "true", "[]", "{}"));
        out.addAll(bad.stream().map(b -> replace.apply(new Raw(b))).toList());
      }
      case "number" -> out.addAll(List.of("-1", "\"5\"", "true", "[]", "1e309", "-1e309", "1e400").stream().map(b -> replace.apply(new Raw(b))).toList());
      case "boolean" -> out.addAll(List.of("\"true\"", "1", "\"yes\"", "[]").stream().map(b -> replace.apply(new Raw(b))).toList());
      default -> throw new IllegalStateException("no mutations for the schema " + schema + " of " + field);
    }
  }

  /** JSON string literals, escaped as a client would send them, that the field must refuse. */
  private static List<String> badStrings(JsonObject schema, String field) {
    List<String> bad = new ArrayList<>(List.of("5", "true", "[]", "{}", "\"a\\u0000b\"", "\"\\u0000\"", "\"a\\u0001b\"", "\"a\\u001fb\"",
        "\"a\\nb\"", "\"a\\u007fb\"", "\"a\\u0085b\"", "\"a\\u009fb\"", "\"a\\ud800b\"", "\"a\\udc00\"", "\"\\ud800\""));
    String format = schema.getString("format", "");
    if (schema.containsKey("enum")) {
      bad.addAll(List.of("\"no-such-value\"", "\"\"", "\"" + schema.getJsonArray("enum").getString(0).toUpperCase(Locale.ROOT) + "\""));
    } else if (format.equals("date-time")) {
      bad.addAll(List.of("\"1969-12-31T23:59:59Z\"", "\"1900-01-01T00:00:00+08:00\"", "\"2018-07-16T09:30:00\"", "\"2018-02-30T09:30:00+08:00\"",
          "\"2018-07-16\"", "\"2018-07-16T25:00:00+08:00\"", "\"+10000-01-01T00:00:00Z\"", "\"-000001-01-01T00:00:00Z\"", "\"x\"", "\"\"",
          "1531704600000", "\"2999-01-01T00:00:00Z\""));
    } else if (format.equals("date")) {
      bad.addAll(List.of("\"1969-12-31\"", "\"0001-01-01\"", "\"2018-02-30\"", "\"2018-7-16\"", "\"20180716\"", "\"2018-07-16T00:00:00Z\"",
          "\"x\"", "\"\"", "20180716"));
    } else if (field.equals("unit") || field.equals("region")) {
      bad.addAll(List.of("\"不存在的单位\"", "\"\"", "\" 市公安局\""));
    } else if (NAME_FIELDS.contains(field)) {
      bad.addAll(List.of("\"\"", "\"a\\\\b\"", "\"系统\\\\\"", "\"\\\\\"", "\" 系统\"", "\"系统 \"", "\"\\u3000系统\"", "\"系统\\u3000\"",
          "\"\\u3000\"", "\"系统\\t\"", "\"" + "名".repeat(101) + "\"", "\"" + "𠀀".repeat(101) + "\"", "\"e\\u0301\""));
    } else if (schema.getInteger("minLength", 0) > 0) {
      bad.add("\"\"");
    }
    return bad;
  }

  private static List<Object> append(List<Object> at, Object step) {
    List<Object> next = new ArrayList<>(at);
    next.add(step);
    return next;
  }

  /** A deep copy of the body with the value at the path replaced; {@link #REMOVE} removes it. */
  private static Object replaced(Object root, List<Object> at, Object replacement) {
    Object copy = root instanceof JsonObject o ? o.copy() : ((JsonArray) root).copy();
    Object parent = copy;
    for (int i = 0; i < at.size() - 1; i++) {
      parent = parent instanceof JsonObject o ? o.getValue((String) at.get(i)) : ((JsonArray) parent).getValue((Integer) at.get(i));
    }
    Object last = at.get(at.size() - 1);
    if (parent instanceof JsonObject o) {
      if (replacement == REMOVE) {
        o.remove((String) last);
      } else {
        o.put((String) last, replacement);
      }
    } else {
      ((JsonArray) parent).set((Integer) last, replacement);
    }
    return copy;
  }

  /** A wrong method on every path: 405 with the methods the path has. */
  private static List<Case> wrongMethods(List<Operation> operations) {
    Map<String, List<Operation>> byPath = operations.stream().collect(Collectors.groupingBy(Operation::template, LinkedHashMap::new, Collectors.toList()));
    List<Case> cases = new ArrayList<>();
    byPath.forEach((template, ops) -> {
      Set<String> declared = ops.stream().map(Operation::method).collect(Collectors.toSet());
      for (String method : List.of("GET", "PUT", "POST", "DELETE", "PATCH")) {
        if (!declared.contains(method)) {
          cases.add(new Case(ops.get(0).id(), "method " + method, method, path(ops.get(0), Map.of()), "Bearer " + RunningPlatform.ADMIN,
              "application/json", method.equals("GET") || method.equals("DELETE") ? null : "{}".getBytes(StandardCharsets.UTF_8),
              List.of("allowed")));
        }
      }
    });
    return cases;
  }

  // ---- what the stores hold

  /**
   * Every PostgreSQL table's rows and every time-series measurement's rows, each as a digest of its content, so that
   * a case that replaced a stored value (same key, other figures) shows as well as one that added a row.
   */
  private static Map<String, String> snapshot() throws SQLException {
    Map<String, String> snapshot = new TreeMap<>();
    String url = running.platform.config().require(AppConfig.PG_URL);
    try (Connection conn = DriverManager.getConnection(TestPostgres.jdbc(url), TestPostgres.user(url), null);
         Statement st = conn.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet rows = st.executeQuery("SELECT count(*) || ' rows, ' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '-') FROM "
            + table + " t")) {
          rows.next();
          snapshot.put("postgresql " + table, rows.getString(1));
        }
      }
    }
    String pg = running.platform.config().require(AppConfig.QUESTDB_PG_URL);
    try (Connection conn = DriverManager.getConnection("jdbc:" + pg.substring(0, pg.indexOf("://") + 3) + pg.substring(pg.indexOf('@') + 1), EmbeddedQuestDb.USER, SharedQuestDb.PASSWORD);
         Statement st = conn.createStatement()) {
      for (String measurement : FamilyRegistry.installed().measurements()) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT * FROM " + measurement)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
              row.append(rs.getString(i)).append('|');
            }
            rows.add(row.toString());
          }
        } catch (SQLException e) {
          if (!String.valueOf(e.getMessage()).contains("does not exist")) {
            throw e;
          }
          rows.add("no table");
        }
        rows.sort(null);
        snapshot.put("questdb " + measurement, rows.size() + " rows, " + String.join("\n", rows).hashCode());
      }
    }
    assertThat(snapshot).as("what the stores hold").isNotEmpty();
    return snapshot;
  }
}
