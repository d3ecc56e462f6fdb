package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With the seed week of all four families loaded, the bulletin of 2018-07-20 says what the seed's sections 一 and
 * 五 say, wherever those sentences rest on the four families, and carries the seed's attachments. Where the seed's
 * own figures cannot come out of any data, the test says which and why.
 */
class BulletinGoldenTest {
  private static RunningPlatform running;
  private static String reader;
  private static JsonObject bulletin;

  @BeforeAll
  static void loadTheSeedWeek() throws Exception {
    running = RunningPlatform.start(Map.of());
    SeedExchangeFixture exchange = new SeedExchangeFixture();
    SeedFamiliesFixture families = new SeedFamiliesFixture();
    Map<String, Object> units = new LinkedHashMap<>();
    exchange.catalog().getJsonArray("units").forEach(u -> units.put(((JsonObject) u).getString("name"), u));
    families.catalog().getJsonArray("units").forEach(u -> units.putIfAbsent(((JsonObject) u).getString("name"), u));
    assertThat(running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN,
        new JsonObject().put("units", new JsonArray(new ArrayList<>(units.values())))).status()).isEqualTo(200);
    String collector = running.api.collector(RunningPlatform.ADMIN, "etl", "exchange", "interface", "pagequery", "dingtalk");
    post(collector, "exchange", exchange.firstPosts());
    post(collector, "exchange", exchange.corrections());
    post(collector, "interface", families.interfacePoints);
    post(collector, "pagequery", families.pageQueryPoints);
    post(collector, "dingtalk", families.dingtalkPoints);
    reader = running.api.collector(RunningPlatform.ADMIN, "office", "exchange");
    Api.Response response = running.api.get("/api/v1/bulletins/2018-07-20", reader);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    bulletin = response.json();
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static void post(String token, String family, List<JsonObject> points) {
    for (int i = 0; i < points.size(); i += 2000) {
      Api.Response response = running.api.post("/api/v1/ingest/" + family, token, new JsonObject()
          .put("points", new JsonArray(new ArrayList<>(points.subList(i, Math.min(points.size(), i + 2000))))));
      assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
  }

  @Test
  void titleBlockIsTheSeeds() {
    assertThat(bulletin.getString("title")).isEqualTo("围绕“最多跑一次”改革 杭州市数据资源归集共享情况");
    assertThat(bulletin.getString("subtitle")).isEqualTo("每周通报");
    assertThat(bulletin.getString("issuer")).isEqualTo("杭州市数据资源管理局");
    assertThat(bulletin.getString("date_text")).isEqualTo("2018年7月20日");
    assertThat(bulletin.getString("status")).isEqualTo("draft");
  }

  @Test
  void sectionOneCollectionIsTheSeeds() {
    String text = paragraph("数据归集和共享情况", "(一) 归集情况");
    assertThat(text).startsWith("截止7月20日，归集59个部门、4,274张表、66,530个字段，累计总归集量388.48亿条。")
        .endsWith("本周归集总量3.33亿条，涉及省市21个部门，日均归集量0.48亿。详情见附件1。");
  }

  @Test
  void sectionOnePushIsTheSeeds() {
    assertThat(paragraph("数据归集和共享情况", "1、数据推送情况")).isEqualTo("截止7月20日，累计总推送363.02亿条数据量。"
        + "推送至省大数据中心、市级37个部门，1,200张表、18,337个字段，本周推送总量1.1亿条，涉及省市23个部门，日均推送量0.16亿左右。"
        + "详情见附件2。");
  }

  @Test
  void sectionOneInterfaceCallsAreTheSeedsWhereTheyCanBe() {
    String text = paragraph("数据归集和共享情况", "2、接口调用情况");
    assertThat(text).startsWith("提供45个市级部门、区、县（市）的67个系统调用服务接口，累计服务接口调用量7584万次。");
    // Not the seed's "本周服务接口调用320万次，日均调用量46万次": 附件3 cannot hold 131.7万 for its 57 other systems
    // (see SeedFamiliesGoldenTest), so the week's calls are the rows' 188.6万 plus at most 28.5万.
    assertThat(text).endsWith("本周服务接口调用217万次，日均调用量31万次。详情见附件3。");
  }

  @Test
  void sectionOnePageQueriesAreTheSeeds() {
    String text = paragraph("数据归集和共享情况", "3、页面查询情况");
    assertThat(text).contains("累计访问量677,030次。提供49个市级部门和区县（市）查询")
        .contains("本周共访问69个模块，访问量22,032次，日均访问量3,147次。").endsWith("详情见附件4。");
  }

  @Test
  void dingtalkSectionIsTheSeedsWhereItCanBe() {
    String text = paragraph("政务钉钉情况", "");
    // Not the seed's 123916 registered and 118169 activated: those count the whole city, more than 附件17 and 附件18
    // list together (24,955 + 86,986 registered as printed); here they are the sums of the attachments' rows, and
    // the rate is this week's 60,648 active users over them.
    assertThat(text).isEqualTo("截至7月20日,全市注册用户为112001人(激活用户108891人,其中本周活跃用户为60648人),活跃率为54%。"
        + "市本级单位政务钉钉应用情况排名详见附件5。各区县政务钉钉应用情况排名详见附件6。");
  }

  @Test
  void attachmentsAreTheRankingTables() {
    JsonArray attachments = bulletin.getJsonArray("attachments");
    assertThat(attachments.stream().map(a -> ((JsonObject) a).getString("title")).toList()).containsExactly(
        "数据归集排名表", "数据推送排名表", "接口调用排名表", "页面查询排名表", "市本级单位政务钉钉活跃率排名表", "各区县（市）政务钉钉活跃率排名表");
    List<String> tables = List.of("exchange-collect", "exchange-push", "interface-calls", "pagequery-visits", "dingtalk-city", "dingtalk-district");
    for (int i = 0; i < tables.size(); i++) {
      JsonObject ranking = running.api.get("/api/v1/rankings/" + tables.get(i) + "?week=2018-07-20", reader).json();
      assertThat(attachments.getJsonObject(i).getJsonObject("ranking")).isEqualTo(ranking);
    }
    JsonArray firstRow = attachments.getJsonObject(0).getJsonObject("layout").getJsonArray("rows").getJsonObject(0).getJsonArray("cells");
    assertThat(firstRow.getList().subList(0, 6)).containsExactly("1", "市卫生计生委", "27", "433", "11117.7", "401");
  }

  /** Every format over HTTP; the files are left in target/ for a person to look at. */
  @Test
  void everyFormatCarriesTheBulletin() throws Exception {
    Api.Response html = running.api.get("/api/v1/bulletins/2018-07-20?format=html", reader);
    assertThat(html.status()).isEqualTo(200);
    assertThat(html.body()).contains("<svg").contains("图 1 累计归集情况").contains("市城管委等其他部门").contains("草稿");
    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "bulletin-2018-07-20.html"),
        html.body().replace("/assets/fonts/", "../../fonts/src/main/resources/fonts/"));
    Api.Response markdown = running.api.get("/api/v1/bulletins/2018-07-20.md", reader);
    assertThat(markdown.body()).contains("| 1 | 市卫生计生委 | 27 | 433 | 11117.7 | 401 |");

    byte[] pdf = running.api.bytes("/api/v1/bulletins/2018-07-20.pdf", reader);
    java.nio.file.Files.write(java.nio.file.Path.of("target", "bulletin-2018-07-20.pdf"), pdf);
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertThat(text).contains("本周归集总量3.33亿条，涉及省市21个部门，日均归集量0.48亿。").contains("杭州市千岛湖原水股份有限公司");
    }
    byte[] docx = running.api.bytes("/api/v1/bulletins/2018-07-20.docx", reader);
    java.nio.file.Files.write(java.nio.file.Path.of("target", "bulletin-2018-07-20.docx"), docx);
    try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
      assertThat(doc.getTables()).hasSize(6);
      assertThat(doc.getTables().get(4).getRows()).hasSize(1 + 78 + 1);
    }
  }

  private static String paragraph(String section, String heading) {
    return bulletin.getJsonArray("sections").stream().map(JsonObject.class::cast)
        .filter(s -> s.getString("title").equals(section))
        .flatMap(s -> s.getJsonArray("paragraphs").stream().map(JsonObject.class::cast))
        .filter(p -> p.getString("heading").equals(heading))
        .map(p -> p.getString("text"))
        .findFirst().orElseThrow(() -> new AssertionError("no paragraph " + heading + " in " + section + ": " + bulletin.getJsonArray("sections")));
  }
}
