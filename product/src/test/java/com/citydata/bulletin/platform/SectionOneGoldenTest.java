package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Collectors post the seed week of every family section 一 rests on, and the platform figures it quotes; the
 * bulletin of 2018-07-20 must then print section 一 in the seed's words and 附件1 to 附件6 with the seed's rows
 * (both tables of 附件4, all of 附件5, both of 附件6). Where the seed's figures cannot all hold, the test says
 * which and why.
 */
class SectionOneGoldenTest {
  private static RunningPlatform running;
  private static String reader;
  private static JsonObject bulletin;

  @BeforeAll
  static void loadTheSeedWeek() throws Exception {
    running = RunningPlatform.start(Map.of());
    SeedSectionOneFixture sectionOne = new SeedSectionOneFixture();
    SeedExchangeFixture exchange = new SeedExchangeFixture();
    SeedFamiliesFixture families = new SeedFamiliesFixture();
    // The e-seal regions first: 附件4 lists regions in catalogue order. A unit in several fixtures keeps its place
    // and gets the aliases any of them gives it.
    Map<String, JsonObject> units = new LinkedHashMap<>();
    for (JsonObject catalog : List.of(sectionOne.catalog(), exchange.catalog(), families.catalog())) {
      catalog.getJsonArray("units").forEach(u -> units.merge(((JsonObject) u).getString("name"), (JsonObject) u,
          (first, later) -> later.containsKey("aliases") ? first.copy().put("aliases", later.getJsonArray("aliases")) : first));
    }
    assertThat(running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN,
        new JsonObject().put("units", new JsonArray(new ArrayList<>(units.values())))).status()).isEqualTo(200);
    String collector = running.api.collector(RunningPlatform.ADMIN, "etl", "exchange", "interface", "pagequery", "dingtalk",
        "eseal", "elicence", "demands", "indicators");
    running.api.postAll(collector, "exchange", exchange.firstPosts());
    running.api.postAll(collector, "exchange", exchange.corrections());
    running.api.postAll(collector, "interface", families.interfacePoints);
    running.api.postAll(collector, "pagequery", families.pageQueryPoints);
    running.api.postAll(collector, "dingtalk", families.dingtalkPoints);
    running.api.postAll(collector, "eseal", sectionOne.esealPoints);
    running.api.postAll(collector, "elicence", sectionOne.elicencePoints);
    running.api.postAll(collector, "demands", sectionOne.demandPoints);
    running.api.postAll(collector, "indicators", sectionOne.indicatorPoints);
    reader = running.api.collector(RunningPlatform.ADMIN, "office", "exchange");
    Api.Response response = running.api.get("/api/v1/bulletins/2018-07-20", reader);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    bulletin = response.json();
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void collectionIsTheSeeds() {
    assertThat(paragraph("数据归集和共享情况", "(一) 归集情况")).isEqualTo("截止7月20日，归集59个部门、4,274张表、66,530个字段，"
        + "累计总归集量388.48亿条，存储容量46.65TB（不含非结构化数据）。其中为“最多跑一次”数据共享工作归集数据13.09亿条，"
        + "实现数据批量交换共享12.21亿条，开发571个接口（其中省接口210个），累计调用次数达7584万次，累计发布页面查询服务110项，"
        + "累计访问67.7万次。本周归集总量3.33亿条，涉及省市21个部门，日均归集量0.48亿。详情见附件1。");
  }

  @Test
  void pushIsTheSeeds() {
    assertThat(paragraph("数据归集和共享情况", "1、数据推送情况")).isEqualTo("截止7月20日，累计总推送363.02亿条数据量。"
        + "其中，向省大数据中心推送452张表、10,041个字段，0.76亿条。推送至省大数据中心、市级37个部门，1,200张表、18,337个字段，"
        + "本周推送总量1.1亿条，涉及省市23个部门，日均推送量0.16亿左右。详情见附件2。");
  }

  @Test
  void interfaceCallsESealsAndELicencesAreTheSeeds() {
    // Not the seed's “本周服务接口调用320万次，日均调用量46万次”: 附件3 cannot hold 131.7万 for its 57 other systems
    // (see SeedFamiliesGoldenTest), so the week's calls are the rows' 188.6万 plus at most 28.5万.
    assertThat(paragraph("数据归集和共享情况", "2、接口调用情况")).isEqualTo("目前接口已发布571个，其中在用接口数426个。"
        + "提供45个市级部门、区、县（市）的67个系统调用1660个服务接口，累计服务接口调用量7584万次。"
        + "目前电子签章累计完成1099个数字证书、1100个电子印章的制作，累计盖章次数为3310763，本周盖章30023次。"
        + "目前已完成29个部门67类4692832本证照和电子批文制作，提供16个部门34类2025240本电子证照和电子批文共享。"
        + "本周服务接口调用217万次，日均调用量31万次。详情见附件3，附件4，附件5。");
  }

  @Test
  void pageQueriesAreTheSeeds() {
    assertThat(paragraph("数据归集和共享情况", "3、页面查询情况")).isEqualTo("目前页面查询累计发布110个模块，可访问模块数109个，"
        + "累计访问量677,030次。提供49个市级部门和区县（市）查询，累计访问104个模块。目前，公共数据工作平台已为49个市级部门和区县（市），"
        + "1,417个市级部门、区县部门、乡镇及街道开通共享查询用户账号4,164个。目前已有49个部门、区县（市），304个市级部门、区县部门、"
        + "乡镇及街道，1321个用户帐号请求数据共享。本周共访问69个模块，访问量22,032次，日均访问量3,147次。详情见附件6。");
  }

  @Test
  void sectionOneHasTheSeedsHeadingsAndNothingElse() {
    JsonObject section = bulletin.getJsonArray("sections").getJsonObject(0);
    assertThat(section.getString("number")).isEqualTo("一");
    assertThat(section.getJsonArray("paragraphs").stream().map(p -> ((JsonObject) p).getString("heading")).toList())
        .containsExactly("(一) 归集情况", "(二) 共享情况", "1、数据推送情况", "2、接口调用情况", "3、页面查询情况");
  }

  @Test
  void dingtalkTakesTheCityWideFigures() {
    // The seed's 附件17 and 附件18 print here as 附件7 and 附件8: the attachments of sections 二 to 四 (the seed's 7 to
    // 16) have no data yet, and attachments are numbered by what is printed.
    assertThat(paragraph("政务钉钉情况", "")).isEqualTo("截至7月20日,全市注册用户为123916人(激活用户118169人,"
        + "其中本周活跃用户为60648人),活跃率为48%。市本级单位政务钉钉应用情况排名详见附件7。各区县政务钉钉应用情况排名详见附件8。");
  }

  @Test
  void attachmentsOneToSixAreTheSeeds() {
    assertThat(bulletin.getJsonArray("attachments").stream().map(a -> ((JsonObject) a).getString("title")).toList()).containsExactly(
        "数据归集排名表", "数据推送排名表", "接口调用排名表", "电子签章排名表", "证照入库使用统计表", "页面查询排名表",
        "市本级单位政务钉钉活跃率排名表", "各区县（市）政务钉钉活跃率排名表");
    List<String> tables = List.of("exchange-collect", "exchange-push", "interface-calls", "eseal-regions", "elicence-catalogue",
        "pagequery-visits");
    for (int i = 0; i < tables.size(); i++) {
      assertThat(attachment(i + 1).getJsonObject("ranking")).as(tables.get(i)).isEqualTo(ranking(tables.get(i)));
    }
    // 附件1 to 附件3 and 附件6's first table are checked row by row against the seed in ExchangeRankingGoldenTest and
    // SeedFamiliesGoldenTest; here their printed rows read as the seed's, 附件1–2 without a trailing .0 (401, 2),
    // 附件3 with one (21.0).
    assertPrintedAsSeed(table(1, 0), SeedExchangeTables.COLLECT, 6);
    assertPrintedAsSeed(table(2, 0), SeedExchangeTables.PUSH, 6);
    // 附件3's others row and 合计 cannot hold the seed's weekly calls (the 320万 named above): its ten systems only.
    List<List<String>> interfaces = cells(table(3, 0));
    List<List<String>> seedInterfaces = seed(SeedTables.INTERFACE);
    for (int r = 0; r < 10; r++) {
      assertThat(interfaces.get(r).subList(2, 5)).as("附件3 row %d", r + 1).isEqualTo(seedInterfaces.get(r).subList(2, 5));
    }
    assertPrintedAsSeed(table(6, 0), SeedTables.PAGE_QUERY, 5);
  }

  @Test
  void attachmentFourIsBothSeedTables() {
    JsonObject regions = table(4, 0);
    assertThat(regions.getJsonObject("layout").getJsonArray("columns").getList()).containsExactly("序号", "区域", "印章总数", "签署总数");
    assertThat(cells(regions)).containsExactlyElementsOf(seed(SeedSectionOneTables.ESEAL_REGIONS));
    JsonObject city = table(4, 1);
    assertThat(city.getString("caption")).isEqualTo("电子签章排名表(市本级)");
    assertThat(city.getString("note")).isEqualTo("注：只展示市本级有使用的签章情况。");
    assertThat(cells(city)).containsExactlyElementsOf(seed(SeedSectionOneTables.ESEAL_CITY_SEALS));
    assertThat(ranking("eseal-regions").getJsonObject("total").getLong("weekly")).isEqualTo(SeedSectionOneFixture.WEEKLY_STAMPS);
  }

  @Test
  void attachmentFiveIsTheSeeds() {
    JsonObject catalogue = table(5, 0);
    assertThat(catalogue.getJsonObject("layout").getJsonArray("columns").getList())
        .containsExactly("序号", "局名称", "目录序号", "目录名称", "结构化数工作进度", "已入库数据量", "入库周增量", "使用情况");
    // The seed prints a unit's number and name on its first entry only; its transcription repeats them.
    List<List<String>> expected = new ArrayList<>();
    String previous = null;
    for (List<String> line : seed(SeedSectionOneTables.ELICENCE)) {
      List<String> printed = new ArrayList<>(line);
      if (line.get(0).equals(previous)) {
        printed.set(0, "");
        printed.set(1, "");
      }
      previous = line.get(0);
      expected.add(printed);
    }
    assertThat(cells(catalogue)).containsExactlyElementsOf(expected);
  }

  @Test
  void attachmentSixCarriesTheSharingDemands() {
    JsonObject demands = table(6, 1);
    assertThat(demands.getString("caption")).isEqualTo("各部门提出数据共享需求统计情况");
    assertThat(demands.getJsonObject("layout").getJsonArray("columns").getList())
        .containsExactly("统计日期", "数据推送（项）", "接口调用（项）", "页面查询（项）");
    assertThat(cells(demands)).containsExactlyElementsOf(seed(SeedSectionOneTables.SHARING_DEMANDS));
  }

  @Test
  void theIndicatorsAreServedAsPosted() {
    JsonObject indicators = running.api.get("/api/v1/indicators?date=2018-07-20", reader).json();
    SeedSectionOneFixture.FIGURES.forEach((name, value) -> assertThat(new BigDecimal(indicators.getJsonObject("values")
        .getValue(name).toString())).as(name).isEqualByComparingTo(new BigDecimal(value.toString())));
    assertThat(running.api.get("/api/v1/indicators?date=2018-07-18", reader).json().getJsonObject("values")).isEmpty();
  }

  /** Every format prints the new tables. */
  @Test
  void everyFormatCarriesAttachmentsFourToSix() throws Exception {
    String html = running.api.get("/api/v1/bulletins/2018-07-20?format=html", reader).body();
    assertThat(html).contains("电子签章排名表(市本级)").contains("浙江省杭州市国家税务局电子业务查询章").contains("CGW330401")
        .contains("各部门提出数据共享需求统计情况").contains("注：只展示市本级有使用的签章情况。");
    String markdown = running.api.get("/api/v1/bulletins/2018-07-20.md", reader).body();
    assertThat(markdown).contains("#### 电子签章排名表(市本级)").contains("| 1 | 杭州市本级 | 235 | 2916278 |")
        .contains("| 6月29日 | 1193 | 854 | 1814 |");
    byte[] pdf = running.api.bytes("/api/v1/bulletins/2018-07-20.pdf", reader);
    java.nio.file.Files.write(java.nio.file.Path.of("target", "bulletin-section-one-2018-07-20.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains("证照入库使用统计表")
          .contains("城镇污水排入排水管网许可证").contains("各部门提出数据共享需求统计情况").contains("本周盖章30023次");
    }
    byte[] docx = running.api.bytes("/api/v1/bulletins/2018-07-20.docx", reader);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      // 附件1, 2, 3, two tables of 附件4, 附件5, two tables of 附件6, 附件7 and 8.
      assertThat(doc.getTables()).hasSize(10);
      assertThat(doc.getTables().get(4).getRows()).hasSize(1 + 78 + 1);
    }
  }

  private static void assertPrintedAsSeed(JsonObject printed, String seedTable, int columns) {
    List<List<String>> seed = seed(seedTable);
    List<List<String>> rows = cells(printed);
    assertThat(rows).hasSameSizeAs(seed);
    for (int r = 0; r < seed.size(); r++) {
      assertThat(rows.get(r).subList(2, columns)).as("row %d", r + 1).isEqualTo(seed.get(r).subList(2, columns));
    }
  }

  private static List<List<String>> seed(String table) {
    return SeedFamiliesFixture.lines(table).stream().map(Arrays::asList).toList();
  }

  /** A printed table's rows, without the 较上周 column the bulletin adds to weekly tables. */
  private static List<List<String>> cells(JsonObject printed) {
    JsonArray columns = printed.getJsonObject("layout").getJsonArray("columns");
    int width = columns.getList().contains("较上周") ? columns.size() - 1 : columns.size();
    List<List<String>> rows = new ArrayList<>();
    for (Object row : printed.getJsonObject("layout").getJsonArray("rows")) {
      JsonArray cells = ((JsonObject) row).getJsonArray("cells");
      List<String> values = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        values.add(cells.getString(c));
      }
      rows.add(values);
    }
    return rows;
  }

  private static JsonObject attachment(int number) {
    return bulletin.getJsonArray("attachments").getJsonObject(number - 1);
  }

  private static JsonObject table(int attachment, int index) {
    return attachment(attachment).getJsonArray("tables").getJsonObject(index);
  }

  private static JsonObject ranking(String table) {
    Api.Response response = running.api.get("/api/v1/rankings/" + table + "?week=2018-07-20", reader);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
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
