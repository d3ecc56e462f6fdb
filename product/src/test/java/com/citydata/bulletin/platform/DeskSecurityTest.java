package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.citydata.bulletin.testing.TestPostgres;
import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The desk's sign-in, sessions and forms over real HTTP, as a browser or a hostile page would use them: the cookie's
 * flags, forms refused without their session's token, roles, the lock after failed sign-ins, sessions that survive a
 * restart and end at expiry and at sign-out, and every account change in the audit log once.
 */
class DeskSecurityTest {
  private static final String DAY = "2018-07-20";
  private static final String PASSWORD = "editor-password-long";
  private static RunningPlatform running;

  /** What the product logs while passwords are sent, to look for them in. */
  private static final ListAppender<ILoggingEvent> LOG = new ListAppender<>();

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.putUnits(new JsonObject().put("name", "市公安局").put("kind", "department"),
        new JsonObject().put("name", "市民政局").put("kind", "department"));
    account("editor", PASSWORD, "editor", null);
    account("reader", "reader-password-long", "reader", null);
    account("reporter", "reporter-password-long", "reporter", new JsonObject().put("units", new JsonArray().add("市公安局"))
        .put("families", new JsonArray().add("exchange")));
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static String account(String name, String password, String role, JsonObject more) {
    JsonObject body = new JsonObject().put("name", name).put("password", password).put("role", role);
    if (more != null) {
      body.mergeIn(more);
    }
    Api.Response created = running.api.post("/api/v1/accounts", RunningPlatform.ADMIN, body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).doesNotContain(password).doesNotContain("argon2");
    return created.json().getString("id");
  }

  private DeskClient client() {
    return new DeskClient(running.platform.port());
  }

  @Test
  void aGoodSignInGivesANewStrictHttpOnlySessionCookieEachTime() {
    DeskClient first = client();
    DeskClient.Page signedIn = first.signIn("editor", PASSWORD);
    assertThat(signedIn.status()).isEqualTo(303);
    assertThat(signedIn.header("Location")).isEqualTo("/desk");
    String cookie = signedIn.setCookies().stream().filter(c -> c.startsWith("bulletin_session=")).findFirst().orElseThrow();
    assertThat(cookie.toLowerCase(java.util.Locale.ROOT)).contains("; httponly").contains("; samesite=strict").contains("; path=/")
        .doesNotContain("secure");

    DeskClient second = client();
    second.signIn("editor", PASSWORD);
    assertThat(second.cookies.get("bulletin_session")).isNotEqualTo(first.cookies.get("bulletin_session"));

    DeskClient.Page home = first.get("/desk");
    assertThat(home.status()).isEqualTo(303);
    assertThat(home.header("Location")).matches("/desk/\\d{4}-\\d{2}-\\d{2}");
    DeskClient.Page week = first.get("/desk/" + DAY);
    assertThat(week.status()).isEqualTo(200);
    for (String day : new String[] {"2018-02-30", "2018-13-01", "20180720"}) {
      DeskClient.Page bad = first.get("/desk/" + day);
      assertThat(bad.status()).as(day).isEqualTo(400);
      assertThat(bad.body()).as(day).contains("请求有误").doesNotContain("Exception");
      assertThat(first.post("/desk/" + day + "/notes/二", Map.of("csrf", week.csrf(), "lead", "x", "intent", "save")).status()).as(day)
          .isEqualTo(400);
    }
    assertThat(week.body()).contains("editor（编辑）").contains("id=\"missing\"");
    assertThat(week.header("Content-Security-Policy")).contains("form-action 'self'").contains("frame-ancestors 'none'")
        .doesNotContain("script-src");
  }

  @Test
  void anyoneNotSignedInIsSentToTheLoginPageAndAWrongPasswordIsRefused() {
    DeskClient stranger = client();
    DeskClient.Page page = stranger.get("/desk/" + DAY);
    assertThat(page.status()).isEqualTo(303);
    assertThat(page.header("Location")).isEqualTo("/desk/login");
    DeskClient.Page wrong = stranger.signIn("editor", "not-the-password");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.body()).contains("用户名或密码不正确");
    assertThat(stranger.cookies).doesNotContainKey("bulletin_session");
    DeskClient.Page nobody = stranger.signIn("nobody-has-this-name", "whatever-password");
    assertThat(nobody.status()).isEqualTo(401);
  }

  @Test
  void aLoginPostWithoutItsFormsTokenSignsNobodyIn() {
    DeskClient forged = client();
    DeskClient.Page page = forged.post("/desk/login", Map.of("username", "editor", "password", PASSWORD, "csrf", "guessed"));
    assertThat(page.status()).isEqualTo(403);
    assertThat(forged.cookies).doesNotContainKey("bulletin_session");
  }

  @Test
  void aFormPostedWithoutOrWithAnotherSessionsTokenIsRefusedAndChangesNothing() {
    DeskClient editor = client();
    editor.signIn("editor", PASSWORD);
    DeskClient other = client();
    other.signIn("editor", PASSWORD);
    String othersToken = other.get("/desk/" + DAY).csrf();

    DeskClient.Page without = editor.post("/desk/" + DAY + "/notes/二", Map.of("lead", "未经许可的说明", "intent", "save"));
    DeskClient.Page foreign = editor.post("/desk/" + DAY + "/notes/二", Map.of("lead", "未经许可的说明", "intent", "save", "csrf", othersToken));
    DeskClient.Page stranger = client().post("/desk/" + DAY + "/notes/二", Map.of("lead", "未经许可的说明", "intent", "save", "csrf", othersToken));

    assertThat(without.status()).isEqualTo(403);
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(stranger.status()).isEqualTo(403);
    assertThat(foreign.body()).contains("未作任何更改");
    assertThat(running.api.get("/api/v1/bulletins/" + DAY + "/notes/二", RunningPlatform.ADMIN).status()).isEqualTo(404);

    DeskClient.Page publishWithout = editor.post("/desk/" + DAY + "/publish", Map.of("intent", "confirm"));
    DeskClient.Page publishForeign = editor.post("/desk/" + DAY + "/publish", Map.of("intent", "confirm", "csrf", othersToken));
    assertThat(publishWithout.status()).isEqualTo(403);
    assertThat(editor.post("/desk/" + DAY + "/uploads/matters", Map.of("csrf", othersToken)).status()).isEqualTo(403);
    assertThat(publishForeign.status()).isEqualTo(403);
    assertThat(running.api.get("/api/v1/bulletins", RunningPlatform.ADMIN).json().getJsonArray("bulletins")).isEmpty();

    DeskClient.Page logout = editor.post("/desk/logout", Map.of("csrf", othersToken));
    assertThat(logout.status()).isEqualTo(403);
    assertThat(editor.get("/desk/" + DAY).status()).isEqualTo(200);
  }

  @Test
  void anEditorSavesNotesThatTheNotesApiThenServesAndAReaderOrReporterMayNot() {
    DeskClient editor = client();
    editor.signIn("editor", PASSWORD);
    String csrf = editor.get("/desk/" + DAY).csrf();
    DeskClient.Page preview = editor.post("/desk/" + DAY + "/notes/三", Map.of("lead", "第一段\n\n第二段", "intent", "preview", "csrf", csrf));
    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.body()).contains("data-preview=\"三\"").contains("<p>第一段</p>").contains("尚未保存");
    assertThat(running.api.get("/api/v1/bulletins/" + DAY + "/notes/三", RunningPlatform.ADMIN).status()).isEqualTo(404);

    DeskClient.Page saved = editor.post("/desk/" + DAY + "/notes/三", Map.of("lead", "第一段\n\n第二段", "carry", "true", "intent", "save",
        "csrf", csrf));
    assertThat(saved.status()).isEqualTo(303);
    JsonObject notes = running.api.get("/api/v1/bulletins/" + DAY + "/notes/三", RunningPlatform.ADMIN).json();
    assertThat(notes.getJsonArray("lead")).containsExactly("第一段", "第二段");
    // Typed indents are kept as typed, on the page as through the API.
    assertThat(editor.post("/desk/" + DAY + "/notes/四", Map.of("lead", "　　首行缩进的一段", "intent", "save", "csrf", csrf)).status())
        .isEqualTo(303);
    assertThat(running.api.get("/api/v1/bulletins/" + DAY + "/notes/四", RunningPlatform.ADMIN).json().getJsonArray("lead"))
        .containsExactly("　　首行缩进的一段");
    assertThat(notes.getBoolean("carry")).isTrue();

    for (String[] who : new String[][] {{"reader", "reader-password-long"}, {"reporter", "reporter-password-long"}}) {
      DeskClient someone = client();
      someone.signIn(who[0], who[1]);
      DeskClient.Page week = someone.get("/desk/" + DAY);
      assertThat(week.status()).isEqualTo(200);
      assertThat(week.body()).doesNotContain("value=\"save\"");
      DeskClient.Page refused = someone.post("/desk/" + DAY + "/notes/三", Map.of("lead", "改掉", "intent", "save", "csrf", week.csrf()));
      assertThat(refused.status()).as(who[0]).isEqualTo(403);
      assertThat(week.body()).doesNotContain("data-action=\"publish\"");
      assertThat(someone.post("/desk/" + DAY + "/publish", Map.of("intent", "confirm", "csrf", week.csrf())).status()).as(who[0])
          .isEqualTo(403);
    }
    assertThat(running.api.get("/api/v1/bulletins/" + DAY + "/notes/三", RunningPlatform.ADMIN).json().getJsonArray("lead"))
        .containsExactly("第一段", "第二段");

    // The save is in the audit log once, under the editor's name, for the API and for an admin's page alike.
    JsonArray entries = running.api.get("/api/v1/audit?limit=1000", RunningPlatform.ADMIN).json().getJsonArray("entries");
    assertThat(entries.stream().map(JsonObject.class::cast).filter(e -> e.getString("action").equals("bulletins.notes.put")
        && e.getString("actor").equals("editor") && e.getJsonObject("detail").encode().contains("第一段"))).hasSize(1);
    assertThat(running.api.get("/api/v1/audit", running.collector("audit-reader", "exchange")).status()).isEqualTo(403);
    account("auditor", "auditor-password-long", "admin", null);
    DeskClient admin = client();
    admin.signIn("auditor", "auditor-password-long");
    DeskClient.Page audit = admin.get("/desk/admin/audit");
    assertThat(audit.status()).isEqualTo(200);
    assertThat(audit.body()).contains("id=\"audit\"").contains("data-action=\"bulletins.notes.put\"").contains("第一段");
    assertThat(editor.get("/desk/admin/audit").status()).isEqualTo(403);

    // A change of notes keeps what they were before.
    assertThat(running.api.put("/api/v1/bulletins/" + DAY + "/notes/三", RunningPlatform.ADMIN, new JsonObject()
        .put("lead", new JsonArray().add("改过的一段"))).status()).isEqualTo(200);
    JsonObject changed = running.api.get("/api/v1/audit?limit=1", RunningPlatform.ADMIN).json().getJsonArray("entries").getJsonObject(0);
    assertThat(changed.getString("action")).isEqualTo("bulletins.notes.put");
    assertThat(changed.getJsonObject("detail").getJsonObject("before").getJsonArray("lead")).containsExactly("第一段", "第二段");
    assertThat(changed.getJsonObject("detail").getJsonObject("after").getJsonArray("lead")).containsExactly("改过的一段");
  }

  @Test
  void aSignedInCallToTheApiActsAsItsAccountAndAChangeNeedsTheSessionsToken() {
    DeskClient reporter = client();
    reporter.signIn("reporter", "reporter-password-long");
    String csrf = reporter.get("/desk/" + DAY).csrf();
    assertThat(reporter.json("GET", "/api/v1/accounts", null, null).status()).isEqualTo(403);
    assertThat(reporter.json("GET", "/api/v1/catalog/units", null, null).status()).isEqualTo(200);
    DeskClient.Page ranking = reporter.json("GET", "/api/v1/rankings/exchange-collect?date=" + DAY, null, null);
    assertThat(ranking.status()).as("every unit's figures").isEqualTo(403);
    assertThat(ranking.body()).contains("reporter");
    assertThat(reporter.json("GET", "/api/v1/reporting?date=" + DAY, null, null).status()).isEqualTo(403);
    assertThat(reporter.json("GET", "/api/v1/bulletins/" + DAY + "?draft=true", null, null).status()).isEqualTo(403);

    String point = "{\"points\": [{\"time\": \"2018-07-16T09:30:00+08:00\", \"direction\": \"collect\", \"unit\": \"%s\", "
        + "\"tables\": 1, \"fields\": 2, \"records\": 3}]}";
    assertThat(reporter.json("POST", "/api/v1/ingest/exchange", point.formatted("市公安局"), null).status()).isEqualTo(403);
    DeskClient.Page othersUnit = reporter.json("POST", "/api/v1/ingest/exchange", point.formatted("市民政局"), csrf);
    assertThat(othersUnit.status()).isEqualTo(403);
    assertThat(othersUnit.body()).contains("市民政局");
    assertThat(reporter.json("POST", "/api/v1/ingest/interface", "{\"points\": []}", csrf).status()).isEqualTo(403);
    assertThat(reporter.json("POST", "/api/v1/ingest/exchange", point.formatted("市公安局"), csrf).status()).isEqualTo(200);
    String etl = running.collector("etl-civil-affairs", "exchange");
    assertThat(running.api.post("/api/v1/ingest/exchange", etl, new JsonObject(point.formatted("市民政局"))).status()).isEqualTo(200);
    DeskClient editor = client();
    editor.signIn("editor", PASSWORD);
    assertThat(editor.get("/desk/" + DAY).body()).contains("data-unit=\"市民政局\"");
    DeskClient.Page week = reporter.get("/desk/" + DAY);
    assertThat(week.body()).contains("data-family=\"exchange\"").doesNotContain("data-family=\"interface\"")
        .doesNotContain("data-unit=\"市民政局\"").doesNotContain("id=\"draft\"");
    assertThat(reporter.get("/desk/" + DAY + "/draft").status()).isEqualTo(403);
    assertThat(running.api.get("/api/v1/reporting?date=" + DAY, RunningPlatform.ADMIN).json().getJsonArray("families").stream()
        .map(JsonObject.class::cast).filter(f -> f.getString("family").equals("exchange")).findFirst().orElseThrow()
        .getJsonArray("reported").getJsonObject(0).getString("unit")).isEqualTo("市公安局");
  }

  @Test
  void aReporterUploadsItsOwnUnitsFiguresAsASpreadsheetAndNoOneElses() {
    DeskClient reporter = client();
    reporter.signIn("reporter", "reporter-password-long");
    String day = "2018-08-03";
    DeskClient.Page week = reporter.get("/desk/" + day);
    assertThat(week.body()).contains("data-upload=\"exchange\"").contains("data-template=\"exchange\"")
        .doesNotContain("data-upload=\"matters\"").doesNotContain("data-upload=\"interface\"");
    DeskClient.Page template = reporter.get("/api/v1/ingest/exchange/template.xlsx");
    assertThat(template.status()).isEqualTo(200);
    assertThat(reporter.get("/api/v1/ingest/interface/template.xlsx").status()).isEqualTo(403);

    String header = "time,direction,unit,tables,fields,records\n";
    byte[] others = (header + "2018-07-30 10:00,collect,市民政局,1,2,3\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    DeskClient.Page refused = reporter.upload("/desk/" + day + "/uploads/exchange", week.csrf(), "民政局.csv", "text/csv", others);
    assertThat(refused.status()).isIn(400, 403);
    assertThat(refused.body()).contains("市民政局");
    byte[] bad = (header + "2018-07-30 10:00,collect,市公安局,1,2,很多\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    DeskClient.Page badCell = reporter.upload("/desk/" + day + "/uploads/exchange", week.csrf(), "公安局.csv", "text/csv", bad);
    assertThat(badCell.status()).isEqualTo(400);
    assertThat(badCell.body()).contains("id=\"refused\"").contains("data-row=\"2\"").contains("records");
    assertThat(reporter.upload("/desk/" + day + "/uploads/matters", week.csrf(), "r.csv", "text/csv", bad).status()).isEqualTo(403);
    assertThat(exchangeRows(day)).as("nothing of the refused sheets").isEmpty();

    byte[] own = (header + "2018-07-30 10:00,collect,市公安局,38,477,1273000\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    DeskClient.Page stored = reporter.upload("/desk/" + day + "/uploads/exchange", week.csrf(), "公安局.csv", "text/csv", own);
    assertThat(stored.status()).as(stored.body()).isEqualTo(303);
    assertThat(reporter.get(stored.header("Location")).body()).contains("文件已导入（数据归集和推送）");
    assertThat(exchangeRows(day)).containsExactly("市公安局");

    // Or typed on the page: the reporter's row carries its unit; a bad cell is named by the form's row.
    assertThat(week.body()).contains("data-figures=\"exchange\"").contains("name=\"unit.0\" value=\"市公安局\"");
    Map<String, String> typed = new java.util.HashMap<>(Map.of("csrf", week.csrf(), "time.0", "2018-07-31 12:00", "direction.0", "push",
        "unit.0", "市公安局", "tables.0", "38", "fields.0", "477", "records.0", "十二"));
    DeskClient.Page badTyped = reporter.post("/desk/" + day + "/figures/exchange", typed);
    assertThat(badTyped.status()).isEqualTo(400);
    assertThat(badTyped.body()).contains("data-row=\"1\"").contains("records");
    typed.put("records.0", "12");
    assertThat(reporter.post("/desk/" + day + "/figures/exchange", typed).status()).isEqualTo(303);
    assertThat(running.api.get("/api/v1/rankings/exchange-push?week=" + day, RunningPlatform.ADMIN).json().getJsonArray("rows").stream()
        .map(JsonObject.class::cast).map(r -> r.getString("unit")).toList()).containsExactly("市公安局");
    typed.put("unit.0", "市民政局");
    assertThat(reporter.post("/desk/" + day + "/figures/exchange", typed).status()).as("another unit's").isIn(400, 403);
  }

  /** The units of the week's exchange collection ranking. */
  private static java.util.List<String> exchangeRows(String day) {
    return running.api.get("/api/v1/rankings/exchange-collect?week=" + day, RunningPlatform.ADMIN).json().getJsonArray("rows").stream()
        .map(JsonObject.class::cast).map(r -> r.getString("unit")).toList();
  }

  @Test
  void tenFailedSignInsLockTheAccountEvenForTheRightPassword() {
    account("locked-out", "locked-out-password", "reader", null);
    DeskClient someone = client();
    for (int i = 0; i < 9; i++) {
      assertThat(someone.signIn("locked-out", "wrong-password-" + i).status()).isEqualTo(401);
    }
    DeskClient.Page tenth = someone.signIn("locked-out", "wrong-password-9");
    assertThat(tenth.status()).isEqualTo(429);
    DeskClient.Page right = client().signIn("locked-out", "locked-out-password");
    assertThat(right.status()).isEqualTo(429);
    assertThat(right.body()).contains("账号已锁定").contains("即使密码正确也无法登录");
    assertThat(right.header("Retry-After")).isNotNull();
    assertThat(running.api.get("/api/v1/accounts", RunningPlatform.ADMIN).json().getJsonArray("accounts").stream()
        .map(JsonObject.class::cast).filter(a -> a.getString("name").equals("locked-out")).findFirst().orElseThrow()
        .getString("locked_until")).isNotNull();
  }

  @Test
  void sessionsSurviveARestartAndEndAtSignOutAtExpiryAndWithTheirAccount() throws Exception {
    String id = account("short-lived", "short-lived-password", "reader", null);
    DeskClient kept = client();
    kept.signIn("editor", PASSWORD);
    DeskClient expiring = client();
    expiring.signIn("editor", PASSWORD);
    DeskClient leaving = client();
    leaving.signIn("editor", PASSWORD);
    DeskClient removed = client();
    removed.signIn("short-lived", "short-lived-password");

    running = running.restart();
    kept = copy(kept);
    assertThat(kept.get("/desk/" + DAY).status()).isEqualTo(200);

    sql("UPDATE sessions SET seen_at = now() - interval '2 hours' WHERE account_id = (SELECT id FROM accounts WHERE name = 'editor') "
        + "AND id_hash = sha256(convert_to('" + expiring.cookies.get("bulletin_session") + "', 'UTF8'))");
    assertThat(copy(expiring).get("/desk/" + DAY).status()).isEqualTo(303);

    DeskClient leave = copy(leaving);
    String csrf = leave.get("/desk/" + DAY).csrf();
    assertThat(leave.post("/desk/logout", Map.of("csrf", csrf)).status()).isEqualTo(303);
    assertThat(leave.cookies).doesNotContainKey("bulletin_session");
    DeskClient replay = copy(leaving);
    assertThat(replay.get("/desk/" + DAY).status()).isEqualTo(303);

    assertThat(running.api.delete("/api/v1/accounts/" + id, RunningPlatform.ADMIN).status()).isEqualTo(204);
    assertThat(copy(removed).get("/desk/" + DAY).status()).isEqualTo(303);
  }

  @Test
  void accountRulesAreHeldAndEachChangeIsAuditedOnce() throws Exception {
    Api.Response shortPassword = running.api.post("/api/v1/accounts", RunningPlatform.ADMIN, new JsonObject().put("name", "x1")
        .put("password", "short").put("role", "editor"));
    assertThat(shortPassword.status()).isEqualTo(400);
    assertThat(shortPassword.body()).contains("password").contains("at least 12");
    Api.Response unknownUnit = running.api.post("/api/v1/accounts", RunningPlatform.ADMIN, new JsonObject().put("name", "x2")
        .put("password", "long-enough-password").put("role", "reporter").put("units", new JsonArray().add("不存在的局")));
    assertThat(unknownUnit.status()).isEqualTo(400);
    assertThat(unknownUnit.body()).contains("不存在的局");
    Api.Response taken = running.api.post("/api/v1/accounts", RunningPlatform.ADMIN, new JsonObject().put("name", "editor")
        .put("password", "long-enough-password").put("role", "editor"));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(running.api.post("/api/v1/accounts", "not-a-token", new JsonObject().put("name", "x3")
        .put("password", "long-enough-password").put("role", "admin")).status()).isEqualTo(401);

    String id = account("audited", "audited-password-1", "reader", null);
    Api.Response changed = running.api.raw("PATCH", "/api/v1/accounts/" + id, "Bearer " + RunningPlatform.ADMIN, "application/json",
        "{\"role\": \"editor\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().getString("role")).isEqualTo("editor");
    assertThat(sqlCount("SELECT count(*) FROM audit_log WHERE action = 'accounts.create' AND detail->'after'->>'name' = 'audited'")).isEqualTo(1);
    assertThat(sqlCount("SELECT count(*) FROM audit_log WHERE action = 'accounts.update' AND detail->>'id' = '" + id
        + "' AND detail->'before'->>'role' = 'reader' AND detail->'after'->>'role' = 'editor'")).isEqualTo(1);
    assertThat(sqlCount("SELECT count(*) FROM audit_log WHERE action LIKE 'accounts.%' AND detail->>'id' = '" + id + "'"))
        .as("its creation and its one change").isEqualTo(2);
    assertThat(sqlCount("SELECT count(*) FROM audit_log WHERE detail::text LIKE '%audited-password-1%'")).isZero();
  }

  @Test
  void noPasswordIsEverLogged() {
    // Everything down to DEBUG, the libraries' too (the PostgreSQL client, Netty, Vert.x), while passwords go by.
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Map<Logger, Level> levels = new java.util.HashMap<>();
    root.getLoggerContext().getLoggerList().forEach(logger -> {
      levels.put(logger, logger.getLevel());
      logger.setLevel(Level.DEBUG);
    });
    LOG.start();
    root.addAppender(LOG);
    try {
      signInsAndPasswordChanges();
    } finally {
      root.detachAppender(LOG);
      levels.forEach(Logger::setLevel);
    }
    List<String> logged = LOG.list.stream().map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
        : e.getThrowableProxy().getMessage())).toList();
    assertThat(logged).as("what the product logged").anyMatch(line -> line.contains("desk sign-in: log-watch"))
        .anyMatch(line -> line.contains("desk sign-in refused"));
    for (String password : List.of("logged-never-password-1", "logged-never-password-2", "logged-never-wrong-password",
        "logged-never-admin-pass", "short-pw")) {
      assertThat(logged).as(password).noneMatch(line -> line.contains(password));
    }
  }

  private void signInsAndPasswordChanges() {
    String set = "logged-never-password-1";
    String changed = "logged-never-password-2";
    String wrong = "logged-never-wrong-password";
    String id = account("log-watch", set, "reader", null);
    assertThat(client().signIn("log-watch", wrong).status()).isEqualTo(401);
    assertThat(client().signIn("log-watch", set).status()).isEqualTo(303);
    DeskClient admin = client();
    account("log-admin", "logged-never-admin-pass", "admin", null);
    admin.signIn("log-admin", "logged-never-admin-pass");
    String csrf = admin.get("/desk/admin/accounts").csrf();
    assertThat(admin.post("/desk/admin/accounts/" + id, Map.of("csrf", csrf, "intent", "change", "role", "reader", "password", changed))
        .status()).isEqualTo(303);
    assertThat(admin.post("/desk/admin/accounts", Map.of("csrf", csrf, "name", "log-short", "password", "short-pw", "role", "reader"))
        .status()).isEqualTo(400);
    assertThat(client().signIn("log-watch", changed).status()).isEqualTo(303);
  }

  private DeskClient copy(DeskClient client) {
    DeskClient copy = client();
    copy.cookies.putAll(client.cookies);
    return copy;
  }

  private static void sql(String statement) throws SQLException {
    try (Connection conn = connect(); Statement st = conn.createStatement()) {
      st.execute(statement);
    }
  }

  private static long sqlCount(String query) throws SQLException {
    try (Connection conn = connect(); Statement st = conn.createStatement(); ResultSet rows = st.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static Connection connect() throws SQLException {
    String url = running.platform.config().require(com.citydata.bulletin.config.AppConfig.PG_URL);
    return DriverManager.getConnection(TestPostgres.jdbc(url), TestPostgres.user(url), null);
  }
}
