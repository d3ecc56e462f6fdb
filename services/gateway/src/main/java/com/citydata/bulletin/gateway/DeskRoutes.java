package com.citydata.bulletin.gateway;

import com.citydata.bulletin.accounts.Account;
import com.citydata.bulletin.accounts.AccountRepository;
import com.citydata.bulletin.accounts.Role;
import com.citydata.bulletin.accounts.Sessions;
import com.citydata.bulletin.auth.Tokens;
import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.BusRetry;
import com.citydata.bulletin.bus.IngestRequest;
import com.citydata.bulletin.bus.Messages.BulletinQuery;
import com.citydata.bulletin.bus.Messages.Notes;
import com.citydata.bulletin.bus.Messages.Publish;
import com.citydata.bulletin.bus.Messages.SubscriptionRef;
import com.citydata.bulletin.catalog.AuditLog;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.WeekCalendar;
import com.citydata.bulletin.domain.WeekWindow;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.http.Cookie;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk, the office's pages: sign-in and sign-out, and the week page (who has not reported, each section's notes,
 * the draft as it will print). Pages work without script; every form carries its session's token, and a post
 * without it, or with another session's, is refused and changes nothing.
 */
final class DeskRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(DeskRoutes.class);
  static final List<String> SECTIONS = List.of("一", "二", "三", "四", "五");
  private static final Map<Role, String> ROLE_LABELS = Map.of(Role.ADMIN, "管理员", Role.EDITOR, "编辑", Role.REPORTER, "报送员",
      Role.READER, "读者");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  /** The login form's token lives as long as a person takes to type a password. */
  private static final Duration LOGIN_FORM = Duration.ofMinutes(30);

  private final Vertx vertx;
  private final Pool pool;
  private final AccountRepository accounts;
  private final DeskSessions sessions;
  private final WeekCalendar calendar;
  private final FailedAuthLimiter addresses;
  private final int failureLimit;
  private final Duration lock;
  private final Duration sessionAge;
  private final List<String> fileFamilies;
  private final BusRetry.Policy ingest;
  private final double changeFactor;

  DeskRoutes(Vertx vertx, Pool pool, AccountRepository accounts, DeskSessions sessions, WeekCalendar calendar, FailedAuthLimiter addresses,
      int failureLimit, Duration lock, Duration sessionAge, List<String> fileFamilies, BusRetry.Policy ingest, double changeFactor) {
    this.vertx = vertx;
    this.pool = pool;
    this.accounts = accounts;
    this.sessions = sessions;
    this.calendar = calendar;
    this.addresses = addresses;
    this.failureLimit = failureLimit;
    this.lock = lock;
    this.sessionAge = sessionAge;
    this.fileFamilies = List.copyOf(fileFamilies);
    this.ingest = ingest;
    this.changeFactor = changeFactor;
  }

  /** GET /desk: the coming bulletin day's page. */
  void home(RoutingContext ctx) {
    signedIn(ctx).ifPresent(session -> redirect(ctx, "/desk/" + comingBulletinDay()));
  }

  /** GET /desk/login: the form, with a fresh token in a cookie that the post must repeat. */
  void loginPage(RoutingContext ctx) {
    if (DeskSessions.session(ctx).isPresent()) {
      redirect(ctx, "/desk");
      return;
    }
    loginForm(ctx, 200, null, null);
  }

  private void loginForm(RoutingContext ctx, int status, String problem, String username) {
    String token = Tokens.generate();
    ctx.response().addCookie(sessions.cookie(DeskSessions.LOGIN_COOKIE, token, LOGIN_FORM));
    Map<String, Object> model = new HashMap<>();
    model.put("csrf", token);
    if (problem != null) {
      model.put("problem", problem);
    }
    if (username != null) {
      model.put("username", username);
    }
    DeskPages.send(ctx, status, "login.ftlx", model);
  }

  /** POST /desk/login: a good sign-in opens a new session and goes to the desk; nothing else changes. */
  void login(RoutingContext ctx) {
    Cookie formCookie = ctx.request().getCookie(DeskSessions.LOGIN_COOKIE);
    if (formCookie == null || !DeskSessions.sameToken(ctx.request().getFormAttribute(DeskSessions.CSRF_FIELD), formCookie.getValue())) {
      DeskPages.message(ctx, 403, "无法登录", "登录表单已过期或不是本站的表单，请重新打开登录页。", "/desk/login");
      return;
    }
    String username = ctx.request().getFormAttribute("username");
    String password = ctx.request().getFormAttribute("password");
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      loginForm(ctx, 400, "请填写用户名和密码。", username);
      return;
    }
    String address = String.valueOf(ctx.request().remoteAddress().hostAddress());
    OptionalLong blocked = addresses.blocked(address);
    if (blocked.isPresent()) {
      ctx.response().putHeader("Retry-After", String.valueOf(blocked.getAsLong()));
      DeskPages.message(ctx, 429, "登录失败次数过多", "从这台电脑登录失败的次数过多，请 " + minutes(blocked.getAsLong()) + " 分钟后再试。",
          "/desk/login");
      return;
    }
    accounts.signIn(username, password, failureLimit, lock).onComplete(ar -> {
      if (ar.failed()) {
        ctx.fail(ar.cause());
        return;
      }
      AccountRepository.SignIn result = ar.result();
      if (result instanceof AccountRepository.SignedIn signedIn) {
        sessions.store().open(signedIn.account().id()).onComplete(opened -> {
          if (opened.failed()) {
            ctx.fail(opened.cause());
            return;
          }
          ctx.response().addCookie(sessions.cookie(DeskSessions.COOKIE, opened.result().cookie(), sessionAge))
              .addCookie(sessions.expired(DeskSessions.LOGIN_COOKIE));
          redirect(ctx, "/desk");
        });
      } else if (result instanceof AccountRepository.Locked locked) {
        addresses.failed(address);
        long seconds = Math.max(1, Duration.between(Instant.now(), locked.until()).toSeconds());
        ctx.response().putHeader("Retry-After", String.valueOf(seconds));
        DeskPages.message(ctx, 429, "账号已锁定", "该账号登录失败次数过多，已锁定至 " + SHOWN.format(locked.until().atZone(calendar.zone()))
            + "（约 " + minutes(seconds) + " 分钟），期间即使密码正确也无法登录。", "/desk/login");
      } else {
        addresses.failed(address);
        loginForm(ctx, 401, "用户名或密码不正确。", username);
      }
    });
  }

  /** POST /desk/logout: the session ends here and on every other member. */
  void logout(RoutingContext ctx) {
    withForm(ctx, false).ifPresent(session -> sessions.close(ctx).onComplete(ar -> {
      if (ar.failed()) {
        ctx.fail(ar.cause());
        return;
      }
      ctx.response().addCookie(sessions.expired(DeskSessions.COOKIE));
      redirect(ctx, "/desk/login");
    }));
  }

  /** GET /desk/{date}: the week page. */
  void week(RoutingContext ctx) {
    signedIn(ctx).ifPresent(session -> {
      String saved = ctx.queryParams().get("saved");
      String uploaded = ctx.queryParams().get("uploaded");
      String notice = saved != null && SECTIONS.contains(saved) ? "第" + saved + "部分的说明已保存。"
          : uploaded != null && fileFamilies.contains(uploaded) ? "文件已导入（" + uploaded + "），各行均已保存。" : null;
      weekPage(ctx, session, LocalDate.parse(ctx.pathParam("date")), Map.of(), notice, null, 200);
    });
  }

  /** GET /desk/{date}/draft: the live draft as it will print, for the week page's frame. */
  void draft(RoutingContext ctx) {
    signedIn(ctx).filter(session -> mayReadAll(ctx, session)).ifPresent(session -> BusRetry.<Buffer>request(vertx, Addresses.BULLETIN_GET,
            new BulletinQuery(ctx.pathParam("date"), "html", true, null, false), BusRetry.DOCUMENT)
        .onSuccess(reply -> ctx.response().putHeader("Content-Type", reply.headers().get(Addresses.CONTENT_TYPE))
            .putHeader("Cache-Control", "no-store").end(reply.body()))
        .onFailure(failure -> failed(ctx, failure)));
  }

  /** POST /desk/{date}/notes/{section}: preview (nothing stored) or save, by the same rules as the notes API. */
  void notes(RoutingContext ctx) {
    withForm(ctx, true).ifPresent(session -> {
      LocalDate day = LocalDate.parse(ctx.pathParam("date"));
      String section = ctx.pathParam("section");
      NoteForm.Result read = NoteForm.read(ctx.request().getFormAttribute("lead"), ctx.request().getFormAttribute("close"),
          ctx.request().getFormAttribute("carry"));
      Map<String, JsonObject> typed = Map.of(section, new JsonObject().put("lead", ctx.request().getFormAttribute("lead"))
          .put("close", ctx.request().getFormAttribute("close")).put("carry", "true".equals(ctx.request().getFormAttribute("carry"))));
      if (read.form() == null) {
        weekPage(ctx, session, day, typed, null, "第" + section + "部分的说明未保存：" + describe(read.problems()), 400);
        return;
      }
      if (!"save".equals(ctx.request().getFormAttribute("intent"))) {
        Map<String, JsonObject> preview = Map.of(section, typed.get(section).copy().put("preview", new JsonArray(
            new ArrayList<>(concat(read.form().lead(), read.form().close())))));
        weekPage(ctx, session, day, preview, "预览：第" + section + "部分的说明尚未保存。", null, 200);
        return;
      }
      BusRetry.<JsonObject>request(vertx, Addresses.NOTES_PUT, new Notes(day.toString(), section, read.form().toJson(),
              session.account().principal().name()), BusRetry.READ)
          .onSuccess(reply -> redirect(ctx, "/desk/" + day + "?saved=" + URLEncoder.encode(section, StandardCharsets.UTF_8)))
          .onFailure(failure -> failed(ctx, failure));
    });
  }

  /**
   * POST /desk/{date}/uploads/{family}: a family's file (the matters register) from the week page, checked by the
   * family as the API's upload is, all or nothing; every refused row is listed on the page, and nothing is kept.
   */
  void upload(RoutingContext ctx) {
    withForm(ctx, true).ifPresent(session -> {
      String day = LocalDate.parse(ctx.pathParam("date")).toString();
      String family = ctx.pathParam("family");
      if (!fileFamilies.contains(family)) {
        DeskPages.message(ctx, 404, "无此上传", "没有名为 " + family + " 的文件上传。", "/desk/" + day);
        return;
      }
      Uploads.file(vertx, ctx).onComplete(read -> {
        if (read.failed()) {
          ctx.fail(read.cause());
          return;
        }
        if (read.result().isEmpty()) {
          weekPage(ctx, session, LocalDate.parse(day), Map.of(), null, "请选择要上传的文件（.xlsx 或 .csv）。", 400);
          return;
        }
        Uploads.Upload file = read.result().get();
        BusRetry.<JsonObject>request(vertx, Addresses.ingest(family), IngestRequest.file(Buffer.buffer(file.bytes()), file.mediaType(), day,
                session.account().principal().units()), ingest)
            .onSuccess(reply -> redirect(ctx, "/desk/" + day + "?uploaded=" + family))
            .onFailure(failure -> {
              if (failure instanceof ReplyException reply && reply.failureCode() == 400) {
                JsonObject body = ApiErrors.serviceBody(reply);
                List<Map<String, Object>> rows = body.getJsonArray("details", new JsonArray()).stream().map(JsonObject.class::cast)
                    .map(d -> Map.<String, Object>of("row", d.getValue("index") == null ? "" : String.valueOf(d.getValue("index")),
                        "column", Objects.requireNonNullElse(d.getString("field"), ""), "message", d.getString("message", "")))
                    .toList();
                weekPage(ctx, session, LocalDate.parse(day), Map.of(), null, "文件未导入，未保存任何一行：" + body.getString("error", ""), 400, rows);
              } else {
                failed(ctx, failure);
              }
            });
      });
    });
  }

  /** GET /desk/admin/audit: who changed what, and when, newest first; for admins only. */
  void audit(RoutingContext ctx) {
    signedIn(ctx).ifPresent(session -> {
      if (session.account().role() != Role.ADMIN) {
        DeskPages.message(ctx, 403, "无权查看", "只有管理员可以查看操作记录。", "/desk");
        return;
      }
      OptionalInt limit = AuditLimit.of(ctx);
      if (limit.isEmpty()) {
        DeskPages.message(ctx, 400, "请求有误", AuditLimit.RULE, "/desk/admin/audit");
        return;
      }
      AuditLog.recent(pool, limit.getAsInt()).onSuccess(entries -> DeskPages.send(ctx, 200, "audit.ftlx", Map.of(
          "entries", entries.stream().map(JsonObject.class::cast).map(e -> Map.<String, Object>of("id", e.getLong("id"),
              "at", SHOWN.format(Instant.parse(e.getString("at")).atZone(calendar.zone())), "actor", e.getString("actor"),
              "action", e.getString("action"), "detail", e.getJsonObject("detail").encode())).toList())))
          .onFailure(ctx::fail);
    });
  }

  /**
   * POST /desk/{date}/publish: first what changed against the last published revision of the day (intent review),
   * then, confirmed, the publishing itself and the way to its deliveries.
   */
  void publish(RoutingContext ctx) {
    withForm(ctx, true).ifPresent(session -> {
      String day = LocalDate.parse(ctx.pathParam("date")).toString();
      if ("confirm".equals(ctx.request().getFormAttribute("intent"))) {
        BusRetry.<JsonObject>request(vertx, Addresses.BULLETIN_PUBLISH, new Publish(day, session.account().principal().name()), BusRetry.ONCE)
            .onSuccess(reply -> redirect(ctx, "/desk/" + day + "/deliveries?revision=" + reply.body().getInteger("revision")))
            .onFailure(failure -> failed(ctx, failure));
        return;
      }
      Future<String> draft = markdown(new BulletinQuery(day, "md", true, null, false)).map(Optional::orElseThrow);
      Future<Optional<String>> published = markdown(new BulletinQuery(day, "md", false, null, true));
      Future<JsonObject> list = BusRetry.<JsonObject>request(vertx, Addresses.BULLETIN_LIST, null, BusRetry.READ).map(reply -> reply.body());
      Future.all(draft, published, list).onComplete(ar -> guarded(ctx, () -> {
        if (ar.failed()) {
          failed(ctx, ar.cause());
          return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("date", day);
        model.put("csrf", session.csrf());
        model.put("first", published.result().isEmpty());
        model.put("revision", latestRevision(list.result(), day));
        model.put("changes", published.result().map(before -> LineDiff.of(before, draft.result())).orElse(List.of()).stream()
            .map(c -> Map.of("kind", c.kind().name().toLowerCase(Locale.ROOT), "line", c.line().replace("**", ""))).toList());
        DeskPages.send(ctx, 200, "publish.ftlx", model);
      }));
    });
  }

  /** GET /desk/{date}/deliveries?revision=N: each subscription's delivery of that revision. */
  void deliveries(RoutingContext ctx) {
    signedIn(ctx).ifPresent(session -> {
      String day = ctx.pathParam("date");
      String revisionText = ctx.queryParams().get("revision");
      if (revisionText == null || !revisionText.matches("[1-9][0-9]{0,8}")) {
        DeskPages.message(ctx, 400, "请求有误", "revision 必须是正整数。", "/desk/" + day);
        return;
      }
      int revision = Integer.parseInt(revisionText);
      BusRetry.<JsonObject>request(vertx, Addresses.SUBSCRIPTION_LIST, null, BusRetry.READ)
          .compose(reply -> {
            List<JsonObject> subscriptions = reply.body().getJsonArray("subscriptions").stream().map(JsonObject.class::cast).toList();
            List<Future<Map<String, Object>>> states = subscriptions.stream().map(s -> delivery(s, day, revision)).toList();
            return Future.all(states).map(all -> states.stream().map(Future::result).toList());
          })
          .onSuccess(deliveries -> DeskPages.send(ctx, 200, "deliveries.ftlx", Map.of("date", day, "revision", revision,
              "deliveries", deliveries)))
          .onFailure(failure -> failed(ctx, failure));
    });
  }

  private static final Map<String, String> STATE_LABELS = Map.of("pending", "待发送", "retrying", "重试中", "delivered", "已送达",
      "failed", "发送失败");

  /** A subscription's delivery of a revision: pending until the outbox has tried, retrying after a failed try. */
  private Future<Map<String, Object>> delivery(JsonObject subscription, String day, int revision) {
    return BusRetry.<JsonObject>request(vertx, Addresses.SUBSCRIPTION_DELIVERIES, new SubscriptionRef(subscription.getString("id"), null),
            BusRetry.READ)
        .map(reply -> {
          Optional<JsonObject> found = reply.body().getJsonArray("deliveries").stream().map(JsonObject.class::cast)
              .filter(d -> day.equals(d.getString("date")) && revision == d.getInteger("revision") && "published".equals(d.getString("event")))
              .findFirst();
          String state = found.map(d -> "pending".equals(d.getString("state")) && d.getInteger("attempts", 0) > 0 ? "retrying"
              : d.getString("state")).orElse("pending");
          Map<String, Object> shown = new HashMap<>();
          shown.put("id", subscription.getString("id"));
          shown.put("name", subscription.getString("name"));
          shown.put("state", state);
          shown.put("state_label", STATE_LABELS.getOrDefault(state, state));
          shown.put("error", found.map(d -> d.getString("last_error")).orElse(null));
          return shown;
        });
  }

  /** The page's bulletin in Markdown, or none when that revision does not exist (a day never published). */
  private Future<Optional<String>> markdown(BulletinQuery query) {
    return BusRetry.<Buffer>request(vertx, Addresses.BULLETIN_GET, query, BusRetry.DOCUMENT)
        .map(reply -> Optional.of(reply.body().toString(StandardCharsets.UTF_8)))
        .recover(failure -> failure instanceof ReplyException reply && reply.failureCode() == 404 ? Future.succeededFuture(Optional.empty())
            : Future.failedFuture(failure));
  }

  private static int latestRevision(JsonObject list, String day) {
    return list.getJsonArray("bulletins", new JsonArray()).stream().map(JsonObject.class::cast)
        .filter(b -> day.equals(b.getString("date")))
        .flatMap(b -> b.getJsonArray("revisions", new JsonArray()).stream().map(JsonObject.class::cast))
        .mapToInt(r -> r.getInteger("revision", 0)).max().orElse(0);
  }

  private void weekPage(RoutingContext ctx, Sessions.Session session, LocalDate day, Map<String, JsonObject> typed, String notice,
      String problem, int status) {
    weekPage(ctx, session, day, typed, notice, problem, status, List.of());
  }

  private void weekPage(RoutingContext ctx, Sessions.Session session, LocalDate day, Map<String, JsonObject> typed, String notice,
      String problem, int status, List<Map<String, Object>> refused) {
    WeekWindow window = calendar.windowEndingOn(day);
    Future<JsonObject> reporting = BusRetry.<JsonObject>request(vertx, Addresses.REPORTING, new JsonObject().put("date", day.toString()),
        BusRetry.READ).map(reply -> reply.body());
    List<Future<JsonObject>> notes = SECTIONS.stream().map(section -> notes(day, section)).toList();
    boolean readsAll = session.account().role() != Role.REPORTER;
    Future<JsonObject> draft = readsAll ? BusRetry.<Buffer>request(vertx, Addresses.BULLETIN_GET,
            new BulletinQuery(day.toString(), "json", true, null, false), BusRetry.DOCUMENT).map(reply -> new JsonObject(reply.body()))
        : Future.succeededFuture(new JsonObject());
    Future.all(reporting, Future.all(notes), draft).onComplete(ar -> guarded(ctx, () -> {
      if (ar.failed()) {
        failed(ctx, ar.cause());
        return;
      }
      Map<String, Object> model = new HashMap<>();
      model.put("date", day.toString());
      model.put("from", window.firstDay().toString());
      model.put("to", day.toString());
      model.put("previous", window.previous().bulletinDay().toString());
      model.put("next", day.plusDays(WeekWindow.DAYS).toString());
      model.put("csrf", session.csrf());
      model.put("editor", session.account().role().edits());
      model.put("draft", session.account().role() != Role.REPORTER);
      model.put("account", Map.of("name", session.account().name(), "role_label", ROLE_LABELS.get(session.account().role())));
      List<Map<String, Object>> families = families(reporting.result().getJsonArray("families"), session.account());
      model.put("families", families);
      model.put("silent_count", families.stream().mapToInt(f -> ((List<?>) f.get("silent")).size()).sum());
      List<Map<String, Object>> sections = new ArrayList<>();
      for (int i = 0; i < SECTIONS.size(); i++) {
        sections.add(section(SECTIONS.get(i), notes.get(i).result(), typed.get(SECTIONS.get(i))));
      }
      model.put("sections", sections);
      model.put("uploads", fileFamilies);
      model.put("moved", DraftChecks.moved(draft.result(), changeFactor).stream().map(m -> Map.<String, Object>of("attachment", m.attachment(),
          "table", m.table(), "row", m.row(), "percent", (m.percent().signum() > 0 ? "+" : "") + m.percent().stripTrailingZeros().toPlainString()))
          .toList());
      model.put("factor", BigDecimal.valueOf(changeFactor).stripTrailingZeros().toPlainString());
      model.put("refused", refused);
      if (notice != null) {
        model.put("notice", notice);
      }
      if (problem != null) {
        model.put("problem", problem);
      }
      DeskPages.send(ctx, status, "week.ftlx", model);
    }));
  }

  /** A section's notes as that day prints them, or none; a section without notes answers 404, which is no failure. */
  private Future<JsonObject> notes(LocalDate day, String section) {
    return BusRetry.<JsonObject>request(vertx, Addresses.NOTES_GET, new Notes(day.toString(), section, null, null), BusRetry.READ)
        .map(reply -> reply.body())
        .recover(failure -> failure instanceof ReplyException reply && reply.failureCode() == 404 ? Future.succeededFuture(new JsonObject())
            : Future.failedFuture(failure));
  }

  private static Map<String, Object> section(String numeral, JsonObject stored, JsonObject typed) {
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("numeral", numeral);
    if (typed != null) {
      section.put("lead", Objects.requireNonNullElse(typed.getString("lead"), ""));
      section.put("close", Objects.requireNonNullElse(typed.getString("close"), ""));
      section.put("carry", typed.getBoolean("carry", false));
      if (typed.containsKey("preview")) {
        section.put("preview", typed.getJsonArray("preview").getList());
      }
    } else {
      section.put("lead", lines(stored.getJsonArray("lead", new JsonArray())));
      section.put("close", lines(stored.getJsonArray("close", new JsonArray())));
      section.put("carry", stored.getBoolean("carry", false));
    }
    return section;
  }

  /** Every family's status; a reporter sees its own families and units only (none listed: every unit). */
  private List<Map<String, Object>> families(JsonArray statuses, Account account) {
    boolean reporter = account.role() == Role.REPORTER;
    List<Map<String, Object>> families = new ArrayList<>();
    for (Object item : statuses) {
      JsonObject status = (JsonObject) item;
      if (reporter && !account.families().contains(status.getString("family"))) {
        continue;
      }
      Predicate<String> shown = unit -> !reporter || account.units().isEmpty() || account.units().contains(unit);
      families.add(Map.of("family", status.getString("family"), "title", status.getString("title", status.getString("family")),
          "reported", reporters(status.getJsonArray("reported"), shown), "silent", reporters(status.getJsonArray("silent"), shown)));
    }
    return families;
  }

  private List<Map<String, Object>> reporters(JsonArray reporters, Predicate<String> shown) {
    return reporters.stream().map(JsonObject.class::cast).filter(r -> shown.test(r.getString("unit")))
        .map(r -> Map.<String, Object>of("unit", r.getString("unit"),
            "last_text", SHOWN.format(Instant.parse(r.getString("last")).atZone(calendar.zone())))).toList();
  }

  /** The draft prints every unit's figures: a reporter, who may see its own units' only, is refused it. */
  private static boolean mayReadAll(RoutingContext ctx, Sessions.Session session) {
    if (session.account().role() == Role.REPORTER) {
      DeskPages.message(ctx, 403, "无权查看", "报送员只能查看本单位的报送情况，草稿包含各单位的数据。", "/desk");
      return false;
    }
    return true;
  }

  private static String lines(JsonArray paragraphs) {
    return paragraphs.stream().map(String::valueOf).collect(Collectors.joining("\n"));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String describe(List<FieldError> problems) {
    return problems.stream().map(p -> ("lead".equals(p.field()) ? "开头" : "结尾") + " " + p.message()).collect(Collectors.joining("；"));
  }

  private LocalDate comingBulletinDay() {
    return LocalDate.now(calendar.zone()).with(TemporalAdjusters.nextOrSame(calendar.bulletinWeekday()));
  }

  /** The session, or a redirect to the sign-in page. */
  private static Optional<Sessions.Session> signedIn(RoutingContext ctx) {
    Optional<Sessions.Session> session = DeskSessions.session(ctx);
    if (session.isEmpty()) {
      redirect(ctx, "/desk/login");
    }
    return session;
  }

  /**
   * The session of a form post that carries its token, or the refusal already sent: 403 without a session, without
   * the token or with another session's, and without an editor's role where {@code editing}.
   */
  private static Optional<Sessions.Session> withForm(RoutingContext ctx, boolean editing) {
    Optional<Sessions.Session> session = DeskSessions.session(ctx);
    if (session.isEmpty()) {
      DeskPages.message(ctx, 403, "未登录", "请先登录，再提交表单。", "/desk/login");
      return Optional.empty();
    }
    if (!DeskSessions.sameToken(ctx.request().getFormAttribute(DeskSessions.CSRF_FIELD), session.get().csrf())) {
      DeskPages.message(ctx, 403, "表单已失效", "这份表单不属于当前的登录，未作任何更改。请重新打开页面再提交。", "/desk");
      return Optional.empty();
    }
    if (editing && !session.get().account().role().edits()) {
      DeskPages.message(ctx, 403, "无权操作", "只有编辑和管理员可以修改说明。", "/desk");
      return Optional.empty();
    }
    return session;
  }

  /** Runs a callback's work so that what it throws fails the request, which would otherwise hang until its idle timeout. */
  private static void guarded(RoutingContext ctx, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      ctx.fail(e);
    }
  }

  private static void redirect(RoutingContext ctx, String location) {
    ctx.response().setStatusCode(303).putHeader("Location", location).end();
  }

  private static void failed(RoutingContext ctx, Throwable failure) {
    if (failure instanceof ReplyException reply && reply.failureCode() >= 400 && reply.failureCode() < 500) {
      DeskPages.message(ctx, reply.failureCode(), "无法完成", ApiErrors.serviceError(reply), "/desk");
    } else {
      ctx.fail(failure);
    }
  }

  /** A desk route's failure as a page: a bad request says what was wrong, anything else is logged, never shown. */
  static void failure(RoutingContext ctx) {
    int status = ctx.statusCode() >= 400 && ctx.statusCode() < 500 ? ctx.statusCode() : 500;
    if (status == 500) {
      LOG.error("{} {} failed", ctx.request().method(), ctx.request().path(), ctx.failure());
      DeskPages.message(ctx, 500, "出错了", "服务器未能完成这个请求，原因已记录。请稍后再试。", "/desk");
    } else {
      DeskPages.message(ctx, status, "请求有误", ctx.failure() == null ? "请求不完整。" : ctx.failure().getMessage(), "/desk");
    }
  }

  private static long minutes(long seconds) {
    return Math.max(1, (seconds + 59) / 60);
  }
}
