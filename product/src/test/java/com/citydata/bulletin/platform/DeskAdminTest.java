package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin pages under /desk/admin/ over real HTTP: only an admin's session sees them or changes anything through
 * them, never without its own form token; a refused form names its problems and stores nothing; each change is in the
 * audit log once, with what was before and after; and the catalog's order, which the units page moves, is an API too.
 */
class DeskAdminTest {
  private static final List<String> PAGES = List.of("/desk/admin/units", "/desk/admin/collectors", "/desk/admin/accounts",
      "/desk/admin/subscriptions", "/desk/admin/audit");
  private static RunningPlatform running;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.putUnits(new JsonObject().put("name", "市公安局").put("kind", "department"),
        new JsonObject().put("name", "市民政局").put("kind", "department").put("aliases", new JsonArray().add("民政局")));
    for (String[] account : new String[][] {{"管理员甲", "admin"}, {"管理员乙", "admin"}, {"编辑甲", "editor"}, {"读者甲", "reader"}}) {
      Api.Response created = running.api.post("/api/v1/accounts", RunningPlatform.ADMIN, new JsonObject().put("name", account[0])
          .put("password", "a-long-password-" + account[1]).put("role", account[1]));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
    }
    Api.Response reporter = running.api.post("/api/v1/accounts", RunningPlatform.ADMIN, new JsonObject().put("name", "报送员甲")
        .put("password", "a-long-password-reporter").put("role", "reporter").put("units", new JsonArray().add("市公安局"))
        .put("families", new JsonArray().add("exchange")));
    assertThat(reporter.status()).as(reporter.body()).isEqualTo(201);
    Api.Response kept = running.api.post("/api/v1/subscriptions", RunningPlatform.ADMIN, new JsonObject().put("name", "留着的订阅")
        .put("kind", "webhook").put("url", "http://127.0.0.1:9/kept").put("secret", "kept-secret").put("events", new JsonArray().add("published")));
    assertThat(kept.status()).as(kept.body()).isEqualTo(201);
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static DeskClient signedIn(String name, String role) {
    DeskClient client = new DeskClient(running.platform.port());
    assertThat(client.signIn(name, "a-long-password-" + role).status()).isEqualTo(303);
    return client;
  }

  /** Every admin form with fields that would change something, were it allowed. */
  private static List<Map.Entry<String, Map<String, String>>> forms() {
    String collector = running.api.get("/api/v1/collectors", RunningPlatform.ADMIN).json().getJsonArray("collectors").stream()
        .map(JsonObject.class::cast).filter(c -> !c.getBoolean("revoked")).map(c -> c.getString("id")).findFirst().orElse("none");
    String account = running.api.get("/api/v1/accounts", RunningPlatform.ADMIN).json().getJsonArray("accounts").stream()
        .map(JsonObject.class::cast).filter(a -> a.getString("name").equals("读者甲")).map(a -> a.getString("id")).findFirst().orElseThrow();
    String subscription = running.api.get("/api/v1/subscriptions", RunningPlatform.ADMIN).json().getJsonArray("subscriptions").stream()
        .map(JsonObject.class::cast).filter(a -> a.getString("name").equals("留着的订阅")).map(a -> a.getString("id")).findFirst().orElseThrow();
    return List.of(
        Map.entry("/desk/admin/units", Map.of("name", "市新设局", "kind", "department", "aliases", "")),
        Map.entry("/desk/admin/units/order", Map.of("unit", "市民政局", "move", "up")),
        Map.entry("/desk/admin/collectors", Map.of("name", "偷偷的采集端", "families", "exchange")),
        Map.entry("/desk/admin/collectors/" + collector + "/revoke", Map.of()),
        Map.entry("/desk/admin/accounts", Map.of("name", "偷偷的管理员", "password", "a-long-password-x", "role", "admin")),
        Map.entry("/desk/admin/accounts/" + account, Map.of("intent", "change", "role", "admin")),
        Map.entry("/desk/admin/accounts/" + account, Map.of("intent", "delete")),
        Map.entry("/desk/admin/subscriptions", Map.of("name", "偷偷的订阅", "kind", "webhook", "url", "http://127.0.0.1:9/x", "secret", "s",
            "events", "published")),
        Map.entry("/desk/admin/subscriptions/" + subscription + "/delete", Map.of()));
  }

  /** What the admin forms could change, as the API reads it. */
  private static String everything() {
    return running.api.get("/api/v1/catalog/units", RunningPlatform.ADMIN).body()
        + running.api.get("/api/v1/collectors", RunningPlatform.ADMIN).body()
        + running.api.get("/api/v1/accounts", RunningPlatform.ADMIN).body().replaceAll("\"locked_until\":[^,]*,", "")
        + running.api.get("/api/v1/subscriptions", RunningPlatform.ADMIN).body();
  }

  @Test
  void onlyAnAdminsSessionWithItsOwnTokenSeesOrChangesAnything() {
    running.collector("etl-police", "exchange");
    String before = everything();
    DeskClient stranger = new DeskClient(running.platform.port());
    for (String page : PAGES) {
      DeskClient.Page answer = stranger.get(page);
      assertThat(answer.status()).as(page).isEqualTo(303);
      assertThat(answer.header("Location")).isEqualTo("/desk/login");
    }
    for (String[] who : new String[][] {{"编辑甲", "editor"}, {"读者甲", "reader"}, {"报送员甲", "reporter"}}) {
      DeskClient someone = signedIn(who[0], who[1]);
      String csrf = someone.get("/desk/2018-07-20").csrf();
      for (String page : PAGES) {
        DeskClient.Page answer = someone.get(page);
        assertThat(answer.status()).as(who[0] + " " + page).isEqualTo(403);
        assertThat(answer.body()).contains("只有管理员");
      }
      forms().forEach(entry -> {
        Map<String, String> form = new java.util.HashMap<>(entry.getValue());
        form.put("csrf", csrf);
        assertThat(someone.post(entry.getKey(), form).status()).as(who[0] + " " + entry.getKey()).isEqualTo(403);
      });
    }
    DeskClient admin = signedIn("管理员甲", "admin");
    DeskClient other = signedIn("管理员乙", "admin");
    String othersToken = other.get("/desk/admin/units").csrf();
    forms().forEach(entry -> {
      String path = entry.getKey();
      assertThat(admin.post(path, entry.getValue()).status()).as("no token " + path).isEqualTo(403);
      Map<String, String> form = new java.util.HashMap<>(entry.getValue());
      form.put("csrf", othersToken);
      assertThat(admin.post(path, form).status()).as("another's token " + path).isEqualTo(403);
      assertThat(stranger.post(path, form).status()).as("signed out " + path).isEqualTo(403);
    });
    assertThat(everything()).isEqualTo(before);
    for (String page : PAGES) {
      DeskClient.Page answer = admin.get(page);
      assertThat(answer.status()).as(page).isEqualTo(200);
      assertThat(answer.header("Content-Security-Policy")).as(page).contains("form-action 'self'").doesNotContain("script-src");
    }
  }

  @Test
  void refusedFormsNameTheirProblemsAndStoreNothing() {
    DeskClient admin = signedIn("管理员甲", "admin");
    String csrf = admin.get("/desk/admin/units").csrf();
    String before = everything();
    record Refused(String path, Map<String, String> form, String field) {
    }
    List<Refused> refusals = List.of(
        new Refused("/desk/admin/units", Map.of("name", "市公安局", "kind", "department", "aliases", "民政局"), "aliases"),
        new Refused("/desk/admin/units", Map.of("name", " 市公安局", "kind", "department"), "name"),
        new Refused("/desk/admin/units", Map.of("name", "市新局", "kind", "ministry"), "kind"),
        new Refused("/desk/admin/units/order", Map.of("unit", "民政局", "move", "up"), "unit"),
        new Refused("/desk/admin/units/order", Map.of("unit", "市民政局", "move", "sideways"), "move"),
        new Refused("/desk/admin/collectors", Map.of("name", "无类别"), "families"),
        new Refused("/desk/admin/collectors", Map.of("name", "未知单位", "families", "exchange", "units", "市公安局\n市不存在局"), "units"),
        new Refused("/desk/admin/collectors", Map.of("name", "坏类别", "families", "nonsense"), "families"),
        new Refused("/desk/admin/accounts", Map.of("name", "短密码", "password", "short", "role", "editor"), "password"),
        new Refused("/desk/admin/accounts", Map.of("name", "编辑甲", "password", "a-long-password-x", "role", "editor"), "name"),
        new Refused("/desk/admin/accounts", Map.of("name", "无角色", "password", "a-long-password-x", "role", "boss"), "role"),
        new Refused("/desk/admin/subscriptions", Map.of("name", "外网", "kind", "webhook", "url", "http://10.1.2.3/hook", "secret", "s",
            "events", "published"), "url"),
        new Refused("/desk/admin/subscriptions", Map.of("name", "无推送", "kind", "webhook", "url", "http://127.0.0.1:9/hook", "secret", "s"),
            "events"));
    for (Refused refused : refusals) {
      Map<String, String> form = new java.util.HashMap<>(refused.form());
      form.put("csrf", csrf);
      DeskClient.Page page = admin.post(refused.path(), form);
      assertThat(page.status()).as(refused.toString()).isEqualTo(400);
      assertThat(page.body()).as(refused.toString()).contains("id=\"problems\"").contains("data-field=\"" + refused.field() + "\"")
          .contains("未作任何更改").doesNotContain("Exception").doesNotContain("a-long-password-x");
    }
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void eachChangeIsAuditedOnceWithWhatWasBeforeAndAfter() {
    DeskClient admin = signedIn("管理员乙", "admin");
    String csrf = admin.get("/desk/admin/units").csrf();
    long from = newestAudit();
    assertThat(admin.post("/desk/admin/units", Map.of("csrf", csrf, "name", "市审计局", "kind", "department", "aliases", "审计局")).status())
        .isEqualTo(303);
    assertThat(admin.post("/desk/admin/units", Map.of("csrf", csrf, "name", "市审计局", "kind", "department", "aliases", "审计局\r\n市审计")).status())
        .isEqualTo(303);
    assertThat(admin.post("/desk/admin/units/order", Map.of("csrf", csrf, "unit", "市审计局", "move", "up")).status()).isEqualTo(303);
    DeskClient.Page token = admin.post("/desk/admin/collectors", Map.of("csrf", csrf, "name", "审计采集", "families", "exchange",
        "units", "审计局"));
    assertThat(token.status()).isEqualTo(200);
    String collector = token.body().replaceFirst("(?s).*data-collector=\"([^\"]+)\".*", "$1");
    assertThat(admin.post("/desk/admin/collectors/" + collector + "/revoke", Map.of("csrf", csrf)).status()).isEqualTo(303);
    assertThat(admin.post("/desk/admin/accounts", Map.of("csrf", csrf, "name", "审计员", "password", "a-long-password-auditor",
        "role", "reader")).status()).isEqualTo(303);
    String account = running.api.get("/api/v1/accounts", RunningPlatform.ADMIN).json().getJsonArray("accounts").stream()
        .map(JsonObject.class::cast).filter(a -> a.getString("name").equals("审计员")).findFirst().orElseThrow().getString("id");
    assertThat(admin.post("/desk/admin/accounts/" + account, Map.of("csrf", csrf, "intent", "change", "role", "reporter",
        "units", "市审计局", "families", "exchange")).status()).isEqualTo(303);
    assertThat(admin.post("/desk/admin/accounts/" + account, Map.of("csrf", csrf, "intent", "delete")).status()).isEqualTo(303);
    assertThat(admin.post("/desk/admin/subscriptions", Map.of("csrf", csrf, "name", "审计群", "kind", "dingtalk",
        "url", "http://127.0.0.1:9/robot/send?access_token=a", "secret", "SECabc", "events", "published")).status()).isEqualTo(303);
    String subscription = running.api.get("/api/v1/subscriptions", RunningPlatform.ADMIN).json().getJsonArray("subscriptions").stream()
        .map(JsonObject.class::cast).filter(a -> a.getString("name").equals("审计群")).findFirst().orElseThrow().getString("id");
    assertThat(admin.post("/desk/admin/subscriptions/" + subscription + "/delete", Map.of("csrf", csrf)).status()).isEqualTo(303);

    List<JsonObject> entries = running.api.get("/api/v1/audit?limit=1000", RunningPlatform.ADMIN).json().getJsonArray("entries").stream()
        .map(JsonObject.class::cast).filter(e -> e.getLong("id") > from).toList();
    assertThat(entries).allSatisfy(e -> assertThat(e.getString("actor")).isEqualTo("管理员乙"));
    assertThat(entries.stream().map(e -> e.getString("action")).toList()).containsExactly("subscriptions.delete", "subscriptions.create",
        "accounts.delete", "accounts.update", "accounts.create", "collectors.revoke", "collectors.create", "catalog.units.order",
        "catalog.units.upsert", "catalog.units.upsert");
    JsonObject changedUnit = entries.get(8).getJsonObject("detail");
    assertThat(changedUnit.getJsonArray("before").getJsonObject(0).getJsonArray("aliases")).containsExactly("审计局");
    assertThat(changedUnit.getJsonArray("after").getJsonObject(0).getJsonArray("aliases")).containsExactly("审计局", "市审计");
    assertThat(entries.get(9).getJsonObject("detail").getJsonArray("before").hasNull(0)).isTrue();
    JsonObject moved = entries.get(7).getJsonObject("detail");
    assertThat(moved.getJsonArray("before").getList()).endsWith("市审计局");
    assertThat(moved.getJsonArray("after").getList()).endsWith("市审计局", moved.getJsonArray("before").getString(moved.getJsonArray("before").size() - 2));
    assertThat(entries.get(6).getJsonObject("detail").getJsonObject("after").getJsonArray("units")).containsExactly("市审计局");
    // Every entry says what it was before and after, null where it did not exist; a robot's access_token is masked.
    assertThat(entries).allSatisfy(e -> assertThat(e.getJsonObject("detail").fieldNames()).contains("before", "after"));
    assertThat(entries.get(1).getJsonObject("detail").getJsonObject("after").getString("url")).endsWith("?access_token=…");
    assertThat(entries.get(5).getJsonObject("detail").getJsonObject("before").getString("name")).isEqualTo("审计采集");
    assertThat(entries.get(3).getJsonObject("detail").getJsonObject("after").getString("role")).isEqualTo("reporter");
    assertThat(entries.get(2).getJsonObject("detail").getJsonObject("before").getString("name")).isEqualTo("审计员");
    assertThat(entries.get(0).getJsonObject("detail").getJsonObject("before").getString("name")).isEqualTo("审计群");
    assertThat(entries.toString()).doesNotContain("a-long-password-auditor").doesNotContain("SECabc");
  }

  @Test
  void anAdminKeepsItsOwnAccountAndTheCatalogsOrderIsAnApi() {
    DeskClient admin = signedIn("管理员甲", "admin");
    String csrf = admin.get("/desk/admin/accounts").csrf();
    String self = running.api.get("/api/v1/accounts", RunningPlatform.ADMIN).json().getJsonArray("accounts").stream()
        .map(JsonObject.class::cast).filter(a -> a.getString("name").equals("管理员甲")).findFirst().orElseThrow().getString("id");
    assertThat(admin.post("/desk/admin/accounts/" + self, Map.of("csrf", csrf, "intent", "delete")).status()).isEqualTo(409);
    DeskClient.Page demoted = admin.post("/desk/admin/accounts/" + self, Map.of("csrf", csrf, "intent", "change", "role", "reader"));
    assertThat(demoted.status()).isEqualTo(400);
    assertThat(demoted.body()).contains("data-field=\"role\"");
    assertThat(admin.get("/desk/admin/accounts").status()).isEqualTo(200);
    // Nor through the API with its session.
    assertThat(admin.json("DELETE", "/api/v1/accounts/" + self, null, csrf).status()).isEqualTo(409);
    assertThat(admin.json("PATCH", "/api/v1/accounts/" + self, "{\"role\": \"reader\"}", csrf).status()).isEqualTo(409);
    assertThat(admin.get("/desk/admin/accounts").status()).as("still an admin, still signed in").isEqualTo(200);

    List<String> names = running.api.get("/api/v1/catalog/units", RunningPlatform.ADMIN).json().getJsonArray("units").stream()
        .map(JsonObject.class::cast).map(u -> u.getString("name")).toList();
    List<String> reversed = new java.util.ArrayList<>(names);
    java.util.Collections.reverse(reversed);
    Api.Response twice = running.api.put("/api/v1/catalog/order", RunningPlatform.ADMIN,
        new JsonObject().put("units", new JsonArray().add(names.get(1)).add(names.get(1))));
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.body()).contains(names.get(1)).contains("twice");
    Api.Response first = running.api.put("/api/v1/catalog/order", RunningPlatform.ADMIN,
        new JsonObject().put("units", new JsonArray().add(names.get(names.size() - 1))));
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    List<String> expected = new java.util.ArrayList<>(names.subList(0, names.size() - 1));
    expected.add(0, names.get(names.size() - 1));
    assertThat(first.json().getJsonArray("units").stream().map(JsonObject.class::cast).map(u -> u.getString("name")).toList())
        .as("the unit named first, the others after it in their order").isEqualTo(expected);
    Api.Response alias = running.api.put("/api/v1/catalog/order", RunningPlatform.ADMIN,
        new JsonObject().put("units", new JsonArray(reversed.stream().map(n -> n.equals("市民政局") ? "民政局" : n).toList())));
    assertThat(alias.status()).isEqualTo(400);
    assertThat(alias.body()).contains("alias of 市民政局");
    assertThat(running.api.put("/api/v1/catalog/order", running.collector("etl-order", "exchange"),
        new JsonObject().put("units", new JsonArray(reversed))).status()).isEqualTo(403);
    Api.Response ordered = running.api.put("/api/v1/catalog/order", RunningPlatform.ADMIN, new JsonObject().put("units", new JsonArray(reversed)));
    assertThat(ordered.status()).as(ordered.body()).isEqualTo(200);
    assertThat(ordered.json().getJsonArray("units").stream().map(JsonObject.class::cast).map(u -> u.getString("name")).toList())
        .isEqualTo(reversed);
    assertThat(running.api.get("/api/v1/catalog/units", RunningPlatform.ADMIN).json().getJsonArray("units").getJsonObject(0)
        .getString("name")).isEqualTo(reversed.get(0));
    running.api.put("/api/v1/catalog/order", RunningPlatform.ADMIN, new JsonObject().put("units", new JsonArray(names)));
  }

  private static long newestAudit() {
    JsonArray entries = running.api.get("/api/v1/audit?limit=1", RunningPlatform.ADMIN).json().getJsonArray("entries");
    return entries.isEmpty() ? 0 : entries.getJsonObject(0).getLong("id");
  }
}
