package com.citydata.bulletin.gateway;

import com.citydata.bulletin.accounts.Account;
import com.citydata.bulletin.accounts.Role;
import com.citydata.bulletin.accounts.Sessions;
import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.BusRetry;
import com.citydata.bulletin.bus.IngestRequest;
import com.citydata.bulletin.bus.Messages.BulletinQuery;
import com.citydata.bulletin.bus.Messages.Notes;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.WeekCalendar;
import com.citydata.bulletin.domain.WeekWindow;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The week page /desk/{date} and what is posted from it: who has not reported, the rows to check, each section's
 * notes (previewed, then saved by the notes API's rules), a family's file, and the live draft in a frame.
 */
final class DeskWeek {
  static final List<String> SECTIONS = List.of("一", "二", "三", "四", "五");

  private final Vertx vertx;
  private final WeekCalendar calendar;
  /** Families that take a file of their own (the matters register): an editor's to upload. */
  private final List<String> fileFamilies;
  /** Time-series families, whose spreadsheet of points an editor, or a reporter of the family, uploads. */
  private final List<String> sheetFamilies;
  private final BusRetry.Policy ingest;
  private final double changeFactor;

  DeskWeek(Vertx vertx, WeekCalendar calendar, List<String> fileFamilies, List<String> sheetFamilies, BusRetry.Policy ingest,
      double changeFactor) {
    this.vertx = vertx;
    this.calendar = calendar;
    this.fileFamilies = List.copyOf(fileFamilies);
    this.sheetFamilies = List.copyOf(sheetFamilies);
    this.ingest = ingest;
    this.changeFactor = changeFactor;
  }

  /** GET /desk: the coming bulletin day's page. */
  void home(RoutingContext ctx) {
    DeskForms.signedIn(ctx).ifPresent(session -> DeskForms.redirect(ctx, "/desk/" + comingBulletinDay()));
  }

  /** GET /desk/{date}: the week page. */
  void week(RoutingContext ctx) {
    DeskForms.signedIn(ctx).ifPresent(session -> {
      String saved = ctx.queryParams().get("saved");
      String uploaded = ctx.queryParams().get("uploaded");
      String notice = saved != null && SECTIONS.contains(saved) ? "第" + saved + "部分的说明已保存。"
          : uploaded != null && (fileFamilies.contains(uploaded) || sheetFamilies.contains(uploaded))
              ? "文件已导入（" + DeskAdmin.titles(new JsonArray().add(uploaded)).get(0) + "），各行均已保存。" : null;
      weekPage(ctx, session, LocalDate.parse(ctx.pathParam("date")), Map.of(), notice, null, 200);
    });
  }

  /** GET /desk/{date}/draft: the live draft as it will print, for the week page's frame. */
  void draft(RoutingContext ctx) {
    DeskForms.signedIn(ctx).filter(session -> mayReadAll(ctx, session)).ifPresent(session -> BusRetry.<Buffer>request(vertx, Addresses.BULLETIN_GET,
            new BulletinQuery(ctx.pathParam("date"), "html", true, null, false), BusRetry.DOCUMENT)
        .onSuccess(reply -> ctx.response().putHeader("Content-Type", reply.headers().get(Addresses.CONTENT_TYPE))
            .putHeader("Cache-Control", "no-store").end(reply.body()))
        .onFailure(failure -> DeskForms.failed(ctx, failure)));
  }

  /** POST /desk/{date}/notes/{section}: preview (nothing stored) or save, by the same rules as the notes API. */
  void notes(RoutingContext ctx) {
    DeskForms.withForm(ctx, DeskForms.Need.EDITOR).ifPresent(session -> {
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
          .onSuccess(reply -> DeskForms.redirect(ctx, "/desk/" + day + "?saved=" + URLEncoder.encode(section, StandardCharsets.UTF_8)))
          .onFailure(failure -> DeskForms.failed(ctx, failure));
    });
  }

  /**
   * POST /desk/{date}/uploads/{family}: a family's file (a register a family takes as a spreadsheet) from the week page, checked by the
   * family as the API's upload is, all or nothing; every refused row is listed on the page, and nothing is kept.
   */
  void upload(RoutingContext ctx) {
    DeskForms.withForm(ctx, DeskForms.Need.SIGNED_IN).ifPresent(session -> {
      String day = LocalDate.parse(ctx.pathParam("date")).toString();
      String family = ctx.pathParam("family");
      if (!fileFamilies.contains(family) && !sheetFamilies.contains(family)) {
        DeskPages.message(ctx, 404, "无此上传", "没有名为 " + family + " 的文件上传。", "/desk/" + day);
        return;
      }
      if (!uploads(session.account()).contains(family)) {
        DeskPages.message(ctx, 403, "无权上传", "只有编辑、管理员和该类数据的报送员可以上传，未保存任何数据。", "/desk/" + day);
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
        store(ctx, session, LocalDate.parse(day), family, file.bytes(), file.mediaType(), 0);
      });
    });
  }

  /**
   * POST /desk/{date}/figures/{family}: a week's figures typed on the page, a row a point as the form's table has them,
   * read as the family's spreadsheet is (the same door, the same rules); a refusal names the form's row and column.
   */
  void figures(RoutingContext ctx) {
    DeskForms.withForm(ctx, DeskForms.Need.SIGNED_IN).ifPresent(session -> {
      LocalDate day = LocalDate.parse(ctx.pathParam("date"));
      String family = ctx.pathParam("family");
      if (!sheetFamilies.contains(family) || !uploads(session.account()).contains(family)) {
        DeskPages.message(ctx, 403, "无权报送", "只有编辑、管理员和该类数据的报送员可以报送，未保存任何数据。", "/desk/" + day);
        return;
      }
      Optional<byte[]> sheet = FigureForm.csv(FigureForm.shape(family), ctx.request().formAttributes());
      if (sheet.isEmpty()) {
        weekPage(ctx, session, day, Map.of(), null, "没有填写任何数据。", 400);
        return;
      }
      // The sheet's header is its row 1, so the form's first row is the sheet's second.
      store(ctx, session, day, family, sheet.get(), "text/csv; charset=utf-8", -1);
    });
  }

  /** Hands a family's file to its ingest service; a refusal is the week page with each refused row, {@code rowShift} added. */
  private void store(RoutingContext ctx, Sessions.Session session, LocalDate day, String family, byte[] bytes, String mediaType,
      int rowShift) {
    BusRetry.<JsonObject>request(vertx, Addresses.ingest(family), IngestRequest.file(Buffer.buffer(bytes), mediaType, day.toString(),
            session.account().principal().units()), ingest)
        .onSuccess(reply -> DeskForms.redirect(ctx, "/desk/" + day + "?uploaded=" + family))
        .onFailure(failure -> {
          if (failure instanceof ReplyException reply && reply.failureCode() == 400) {
            JsonObject body = ApiErrors.serviceBody(reply);
            // A register's rows come as {"index","field"}, a spreadsheet's cells as {"row","column"}; row 0 is the whole file.
            List<Map<String, Object>> rows = body.getJsonArray("details", new JsonArray()).stream().map(JsonObject.class::cast)
                .map(d -> {
                  Object row = d.containsKey("row") ? d.getValue("row") : d.getValue("index");
                  boolean whole = row == null || Integer.valueOf(0).equals(row);
                  return Map.<String, Object>of("row", whole ? "" : String.valueOf(((Number) row).intValue() + rowShift),
                      "column", Objects.requireNonNullElse(d.containsKey("column") ? d.getString("column") : d.getString("field"), ""),
                      "message", d.getString("message", ""));
                })
                .toList();
            weekPage(ctx, session, day, Map.of(), null, "未保存任何一行：" + body.getString("error", ""), 400, rows);
          } else {
            DeskForms.failed(ctx, failure);
          }
        });
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
    Future.all(reporting, Future.all(notes), draft).onComplete(ar -> DeskForms.guarded(ctx, () -> {
      if (ar.failed()) {
        DeskForms.failed(ctx, ar.cause());
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
      model.put("admin", session.account().role() == Role.ADMIN);
      model.put("draft", session.account().role() != Role.REPORTER);
      model.put("account", Map.of("name", session.account().name(), "role_label", DeskPages.roleLabel(session.account().role())));
      List<Map<String, Object>> families = families(reporting.result().getJsonArray("families"), session.account());
      model.put("families", families);
      model.put("silent_count", families.stream().mapToInt(f -> ((List<?>) f.get("silent")).size()).sum());
      List<Map<String, Object>> sections = new ArrayList<>();
      for (int i = 0; i < SECTIONS.size(); i++) {
        sections.add(section(SECTIONS.get(i), notes.get(i).result(), typed.get(SECTIONS.get(i))));
      }
      model.put("sections", sections);
      model.put("uploads", uploads(session.account()).stream().map(family -> Map.<String, Object>of("family", family,
          "title", DeskAdmin.titles(new JsonArray().add(family)).get(0), "sheet", sheetFamilies.contains(family))).toList());
      List<String> own = session.account().role() == Role.REPORTER ? session.account().units() : List.of();
      model.put("figures", uploads(session.account()).stream().filter(sheetFamilies::contains)
          .map(family -> FigureForm.model(family, DeskAdmin.titles(new JsonArray().add(family)).get(0), own, day)).toList());
      model.put("moved", DraftChecks.moved(draft.result(), changeFactor).stream().map(m -> Map.<String, Object>of("attachment", m.attachment(),
          "table", m.table(), "row", m.row(), "percent", (m.percent().signum() > 0 ? "+" : "") + m.percent().stripTrailingZeros().toPlainString()))
          .toList());
      JsonObject leftOut = draft.result().getJsonObject("left_out", new JsonObject());
      model.put("left_paragraphs", leftOut.getJsonArray("paragraphs", new JsonArray()).stream().map(JsonObject.class::cast)
          .map(JsonObject::getMap).toList());
      model.put("left_tables", leftOut.getJsonArray("tables", new JsonArray()).stream().map(JsonObject.class::cast)
          .map(JsonObject::getMap).toList());
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
            "last_text", DeskForms.shown(Instant.parse(r.getString("last")), calendar.zone()))).toList();
  }

  /** What an account may upload: an editor every family's file and spreadsheet, a reporter its own families' spreadsheets. */
  private List<String> uploads(Account account) {
    if (account.role().edits()) {
      List<String> all = new ArrayList<>(fileFamilies);
      all.addAll(sheetFamilies);
      return all;
    }
    return account.role() == Role.REPORTER ? sheetFamilies.stream().filter(account.families()::contains).toList() : List.of();
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
    Map<String, String> fields = Map.of("lead", "开头", "close", "结尾", "carry", "沿用");
    return problems.stream().map(p -> fields.getOrDefault(p.field(), p.field()) + " " + p.message()).collect(Collectors.joining("；"));
  }

  private LocalDate comingBulletinDay() {
    return LocalDate.now(calendar.zone()).with(TemporalAdjusters.nextOrSame(calendar.bulletinWeekday()));
  }
}
