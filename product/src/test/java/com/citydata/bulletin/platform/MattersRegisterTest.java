package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The matters register as the office uploads it: random registers give the counts and lists an independent count
 * gives; the same register as .xlsx, as UTF-8 CSV, as GB18030 CSV and as a form's file part gives the same answer;
 * a register with bad rows, or a header it does not know, is refused whole with every problem named.
 */
class MattersRegisterTest {
  private static final List<String> UNITS = List.of("市质监局", "市城管委", "市公安局", "市国土局", "市民政局", "市民宗局", "市税务局, 东区");
  private static final List<String> EXCEPTIONS = List.of("", "", "", "列入本单位不宜上网清单", "使用省级系统", "办件量极少");
  private static final List<String> CONCLUSIONS = List.of("", "", "", "", "故障", "未开通在线办理");
  private static final List<String> CITIES = List.of("", "", "", "嘉兴", "宁波", "湖州");
  private static RunningPlatform running;
  private static String reader;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    reader = running.api.collector(RunningPlatform.ADMIN, "office", "exchange");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static List<List<String>> randomRegister(long seed, int matters) {
    Random random = new Random(seed);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < matters; i++) {
      boolean address = random.nextInt(10) < 8;
      rows.add(List.of(UNITS.get(random.nextInt(UNITS.size())), "事项 " + i + (random.nextBoolean() ? "（审核转报）" : ""),
          random.nextBoolean() ? "个人;" : "法人;其他组织;", address ? "https://127.0.0.1/apply/" + i : "", random.nextInt(4) == 0 ? "否" : "是",
          EXCEPTIONS.get(random.nextInt(EXCEPTIONS.size())), CONCLUSIONS.get(random.nextInt(CONCLUSIONS.size())),
          random.nextBoolean() ? "12月底前" : "", CITIES.get(random.nextInt(CITIES.size())), random.nextBoolean() ? "不可办" : "未开通在线办理",
          "许可-" + String.format("%05d", i) + "-000", "(五星)网上申报、全程在线、办结取件(统一认证)", "否", "否", "否", "地级市"));
    }
    return rows;
  }

  private static Api.Response importFile(String date, String contentType, byte[] file) {
    return send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/matters/import?date=" + date)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
  }

  private static Api.Response importForm(String date, String fileName, byte[] file) {
    String boundary = "----bulletin-register";
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + file.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(file, 0, body, head.length, file.length);
    System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
    return send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/matters/import?date=" + date))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private static String base() {
    return "http://127.0.0.1:" + running.platform.port();
  }

  private static Api.Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
          .send(request.header("Authorization", "Bearer " + RunningPlatform.ADMIN).build(), HttpResponse.BodyHandlers.ofString());
      return new Api.Response(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject summary(String week) {
    Api.Response response = running.api.get("/api/v1/matters/summary?week=" + week, reader);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonObject summary = response.json();
    summary.remove("week");
    summary.remove("snapshot");
    return summary;
  }

  /** The counts and lists an office clerk would make of the register, by the definitions of 附件13–16. */
  private static JsonObject expected(List<List<String>> rows) {
    long unified = rows.stream().filter(r -> !r.get(3).isEmpty() && r.get(4).equals("是")).count();
    JsonObject summary = new JsonObject().put("matters", rows.size()).put("with_address", rows.stream().filter(r -> !r.get(3).isEmpty()).count())
        .put("unified_auth", unified).put("online_rate", (double) unified / rows.size());
    summary.put("rectifying", list(rows, r -> !r.get(6).isEmpty()));
    summary.put("elsewhere", list(rows, r -> !r.get(8).isEmpty()));
    summary.put("no_address", list(rows, r -> r.get(3).isEmpty() && r.get(5).isEmpty()));
    summary.put("no_unified_auth", list(rows, r -> !r.get(3).isEmpty() && r.get(4).equals("否") && r.get(5).isEmpty()));
    return summary;
  }

  private static JsonObject list(List<List<String>> rows, Predicate<List<String>> member) {
    List<List<String>> items = rows.stream().filter(member).toList();
    Map<String, Integer> byUnit = new TreeMap<>(Collator.getInstance(Locale.CHINA));
    items.forEach(r -> byUnit.merge(r.get(0), 1, Integer::sum));
    JsonArray units = new JsonArray();
    byUnit.forEach((unit, count) -> units.add(new JsonObject().put("unit", unit).put("count", count)));
    JsonArray listed = new JsonArray();
    for (List<String> r : items) {
      listed.add(new JsonObject().put("unit", r.get(0)).put("name", r.get(1)).put("subjects", r.get(2)).put("address", r.get(3))
          .put("unified_auth", r.get(4).equals("是")).put("exception", r.get(5)).put("conclusion", r.get(6)).put("deadline", r.get(7))
          .put("elsewhere", r.get(8)).put("online_here", r.get(9)).put("code", r.get(10)).put("mode", r.get(11)).put("unsuitable", r.get(12))
          .put("rare", r.get(13)).put("secret", r.get(14)).put("level", r.get(15)));
    }
    return new JsonObject().put("count", items.size()).put("items", listed).put("by_unit", units);
  }

  @Test
  void randomRegistersGiveTheCountsAnIndependentCountGivesInEveryFileFormat() {
    for (long seed = 1; seed <= 3; seed++) {
      List<List<String>> rows = randomRegister(seed, 200 + (int) seed * 50);
      JsonObject expected = expected(rows);
      String week = "2018-0" + (6 + seed) + "-06";
      List<Runnable> uploads = List.of(
          () -> assertThat(importFile(week, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              RegisterFiles.xlsx(RegisterFiles.COLUMNS, rows)).status()).isEqualTo(200),
          () -> assertThat(importFile(week, "text/csv", RegisterFiles.csv(RegisterFiles.COLUMNS, rows, StandardCharsets.UTF_8)).status()).isEqualTo(200),
          () -> assertThat(importFile(week, "text/csv; charset=GB18030", RegisterFiles.csv(RegisterFiles.COLUMNS, rows, Charset.forName("GB18030")))
              .status()).isEqualTo(200),
          () -> assertThat(importForm(week, "权力事项库.xlsx", RegisterFiles.xlsx(RegisterFiles.COLUMNS, rows)).status()).isEqualTo(200));
      for (Runnable upload : uploads) {
        // A first, different register for the day, which the upload replaces whole.
        assertThat(importFile(week, "text/csv", RegisterFiles.csv(RegisterFiles.COLUMNS, randomRegister(seed + 100, 10), StandardCharsets.UTF_8))
            .status()).isEqualTo(200);
        upload.run();
        assertThat(summary(week)).as("seed %d", seed).isEqualTo(expected);
      }
    }
  }

  @Test
  void aRegisterWithBadRowsIsRefusedWholeWithEveryBadRowNamed() {
    List<List<String>> good = randomRegister(7, 20);
    assertThat(importFile("2018-05-04", "text/csv", RegisterFiles.csv(RegisterFiles.COLUMNS, good, StandardCharsets.UTF_8)).status()).isEqualTo(200);
    JsonObject before = summary("2018-05-04");
    List<List<String>> bad = new ArrayList<>(good);
    List<String> noUnit = new ArrayList<>(good.get(2));
    noUnit.set(0, "");
    bad.set(2, noUnit);
    List<String> maybe = new ArrayList<>(good.get(9));
    maybe.set(4, "可能");
    bad.set(9, maybe);

    Api.Response response = importFile("2018-05-04", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        RegisterFiles.xlsx(RegisterFiles.COLUMNS, bad));

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().getJsonArray("details")).containsExactly(
        new JsonObject().put("index", 4).put("field", "部门名称").put("message", "is empty"),
        new JsonObject().put("index", 11).put("field", "统一认证").put("message", "must be 是 or 否, got '可能'"));
    assertThat(summary("2018-05-04")).isEqualTo(before);
  }

  @Test
  void aHeaderTheRegisterDoesNotHaveIsNamedAndAMissingOneToo() {
    List<String> header = new ArrayList<>(RegisterFiles.COLUMNS);
    header.set(1, "事项名称");
    Api.Response response = importFile("2018-04-06", "text/csv", RegisterFiles.csv(header, randomRegister(8, 3), StandardCharsets.UTF_8));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().getJsonArray("details").stream().map(d -> ((JsonObject) d).getString("field") + ": "
        + ((JsonObject) d).getString("message"))).anySatisfy(m -> assertThat(m).startsWith("事项名称: unknown column"))
        .contains("权力名称: missing column");
    // No snapshot of this class's tests is that early, so nothing of the refused file shows.
    assertThat(running.api.get("/api/v1/matters/summary?week=2018-04-06", reader).json().getInteger("matters")).isZero();
  }

  @Test
  void whatIsNotARegisterIsRefused() {
    assertThat(importFile("2018-05-18", "text/plain", "部门名称".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(415);
    assertThat(importFile("2018-05-18", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {1, 2, 3}).status())
        .isEqualTo(400);
    assertThat(send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/matters/import")).header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString("x"))).status()).isEqualTo(400);
    // Only the admin imports; a reader's token cannot.
    assertThat(running.api.post("/api/v1/matters/import?date=2018-05-18", reader, "text/csv", "部门名称").status()).isEqualTo(403);
  }
}
