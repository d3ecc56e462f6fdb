package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The whole seed week, every family's collectors posting, the editors setting their notes and the office importing
 * the matters register: the bulletin of 2018-07-20 has the seed's five sections and eighteen attachments, sections
 * 三 and 四 in the seed's words and 附件11–16 row for row; its PDF and Word are left in target/ to be looked at.
 */
class WholeBulletinGoldenTest {
  private static RunningPlatform running;
  private static String reader;
  private static JsonObject bulletin;

  @BeforeAll
  static void loadTheSeedWeek() throws Exception {
    running = RunningPlatform.start(Map.of());
    SeedSectionThreeFourFixture threeFour = new SeedSectionThreeFourFixture();
    SeedSectionOneFixture one = new SeedSectionOneFixture();
    SeedExchangeFixture exchange = new SeedExchangeFixture();
    SeedFamiliesFixture families = new SeedFamiliesFixture();
    SeedSectionTwoFixture two = new SeedSectionTwoFixture();
    // The pilots' units first: 附件11's ties (50%, 5%) follow the catalogue. A unit in several fixtures keeps its
    // first place and kind; an alias that another fixture has as a unit's name is left to that unit.
    Map<String, JsonObject> units = new LinkedHashMap<>();
    for (JsonObject catalog : List.of(threeFour.catalog(), one.catalog(), exchange.catalog(), families.catalog(), two.catalog())) {
      catalog.getJsonArray("units").forEach(u -> units.merge(((JsonObject) u).getString("name"), (JsonObject) u,
          (first, later) -> later.containsKey("aliases") ? first.copy().put("aliases", later.getJsonArray("aliases")) : first));
    }
    units.values().forEach(u -> {
      JsonArray aliases = u.getJsonArray("aliases");
      if (aliases != null) {
        u.put("aliases", new JsonArray(aliases.stream().filter(a -> !units.containsKey((String) a)).toList()));
      }
    });
    Api.Response catalog = running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN,
        new JsonObject().put("units", new JsonArray(new ArrayList<>(units.values()))));
    assertThat(catalog.status()).as(catalog.body()).isEqualTo(200);
    String collector = running.api.collector(RunningPlatform.ADMIN, "etl", "exchange", "interface", "pagequery", "dingtalk", "eseal",
        "elicence", "demands", "indicators", "onewindow", "joint-process", "system-integration", "matter-integration");
    running.api.postAll(collector, "exchange", exchange.firstPosts());
    running.api.postAll(collector, "exchange", exchange.corrections());
    running.api.postAll(collector, "interface", families.interfacePoints);
    running.api.postAll(collector, "pagequery", families.pageQueryPoints);
    running.api.postAll(collector, "dingtalk", families.dingtalkPoints);
    running.api.postAll(collector, "eseal", one.esealPoints);
    running.api.postAll(collector, "elicence", one.elicencePoints);
    running.api.postAll(collector, "demands", one.demandPoints);
    running.api.postAll(collector, "indicators", one.indicatorPoints);
    running.api.postAll(collector, "onewindow", two.regionPoints);
    running.api.postAll(collector, "joint-process", two.jointPoints);
    running.api.postAll(collector, "system-integration", two.systemPoints);
    running.api.postAll(collector, "matter-integration", two.matterPoints);
    ok(running.api.put("/api/v1/records/brain-pilots/2018-07-20", RunningPlatform.ADMIN, new JsonObject().put("items", threeFour.pilots)));
    ok(running.api.put("/api/v1/records/brain-needs/2018-07-20", RunningPlatform.ADMIN, new JsonObject().put("items", threeFour.needs)));
    ok(running.api.post("/api/v1/matters/import?date=2018-07-20", RunningPlatform.ADMIN, "text/csv",
        new String(threeFour.registerCsv(), StandardCharsets.UTF_8)));
    notes("二", SeedSectionTwoFixture.LEAD, SeedSectionTwoFixture.CLOSE);
    notes("三", SeedSectionThreeFourFixture.BRAIN_LEAD, List.of());
    notes("四", List.of(), SeedSectionThreeFourFixture.MATTERS_CLOSE);
    reader = running.api.collector(RunningPlatform.ADMIN, "office", "exchange");
    Api.Response response = running.api.get("/api/v1/bulletins/2018-07-20", reader);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    bulletin = response.json();
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static void notes(String section, List<String> lead, List<String> close) {
    ok(running.api.put("/api/v1/bulletins/2018-07-20/notes/" + URLEncoder.encode(section, StandardCharsets.UTF_8), RunningPlatform.ADMIN,
        new JsonObject().put("lead", new JsonArray(lead)).put("close", new JsonArray(close))));
  }

  private static void ok(Api.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  @Test
  void theBulletinHasTheSeedsFiveSectionsAndEighteenAttachments() {
    assertThat(bulletin.getJsonArray("sections").stream().map(s -> ((JsonObject) s).getString("number") + "、" + ((JsonObject) s).getString("title")))
        .containsExactly("一、数据归集和共享情况", "二、“一窗受理”平台应用情况", "三、杭州城市数据大脑平台建设情况", "四、“最多跑一次”事项网上申请开通情况",
            "五、政务钉钉情况");
    assertThat(bulletin.getJsonArray("attachments").stream().map(a -> ((JsonObject) a).getInteger("number") + ". " + ((JsonObject) a).getString("title")))
        .containsExactly("1. 数据归集排名表", "2. 数据推送排名表", "3. 接口调用排名表", "4. 电子签章排名表", "5. 证照入库使用统计表", "6. 页面查询排名表",
            "7. “一窗受理”平台各区、县（市）应用情况", "8. 全市自建业务办理系统接入“一窗平台”统计表", "9. 市级部门事项接入“一窗受理”平台排名表",
            "10. 区县（市）事项接入“一窗受理”平台排名表", "11. 城市数据大脑平台试点单位接入情况", "12. 城市数据大脑平台需求应用情况",
            "13. 未完成整改的事项清单（26）", "14. 其他地市可网办我市至今不可办事项清单（71）", "15. 去除例外情况外，没有在线办理地址的事项（39）",
            "16. 去除例外情况外，有在线办理地址但没有统一认证的事项（47）", "17. 市本级单位政务钉钉活跃率排名表", "18. 各区县（市）政务钉钉活跃率排名表");
    // With every section there, section 五 refers to 附件17 and 附件18 as the seed does.
    assertThat(texts(4)).containsExactly("截至7月20日,全市注册用户为123916人(激活用户118169人,其中本周活跃用户为60648人),活跃率为48%。"
        + "市本级单位政务钉钉应用情况排名详见附件17。各区县政务钉钉应用情况排名详见附件18。");
  }

  /** The seed's “详情见附件 11” follows its first paragraph; notes print before a section's generated text, so it follows them. */
  @Test
  void sectionThreeIsTheSeeds() {
    assertThat(texts(2)).containsExactly(SeedSectionThreeFourFixture.BRAIN_LEAD.get(0), SeedSectionThreeFourFixture.BRAIN_LEAD.get(1),
        "详情见附件11。", "大脑平台各单位应用需求：截止7月20日，经过前期调研目前有市交通运输局、市城管委、市气象局、市旅委、市交管局、市安监局、市环保局"
            + "7家单位提出应用需求。详情见附件12。");
  }

  @Test
  void sectionFourIsTheSeeds() {
    assertThat(texts(3)).containsExactly("截止7月20日，根据事项库导出数据统计，杭州市最多跑一次事项1353项，有在线申报地址的有1265项，"
        + "其中有1146项实现了统一认证，在线办理比例84.7%（未去除例外情况事项）。目前还有26个事项正在整改中（附件13）；"
        + "例外事项中有71个事项其他地市可办我市至今不可办，涉及14个部门（附件14）。", SeedSectionThreeFourFixture.MATTERS_CLOSE.get(0));
  }

  @Test
  void attachmentsElevenToSixteenAreTheSeeds() {
    assertThat(cells(11, 0)).containsExactlyElementsOf(seed(SeedSectionThreeFourTables.BRAIN_PILOTS));
    assertThat(cells(12, 0)).containsExactlyElementsOf(seed(SeedSectionThreeFourTables.BRAIN_NEEDS));
    assertThat(cells(13, 0)).containsExactlyElementsOf(seed(SeedSectionThreeFourTables.RECTIFYING));
    assertThat(cells(14, 0)).containsExactlyElementsOf(seed(SeedSectionThreeFourTables.ELSEWHERE_BY_UNIT));
    assertThat(cells(14, 1)).containsExactlyElementsOf(seed(SeedSectionThreeFourTables.ELSEWHERE));
    assertThat(cells(15, 0)).containsExactlyElementsOf(seed(SeedSectionThreeFourTables.NO_ADDRESS_BY_UNIT));
    assertThat(cells(15, 1)).containsExactlyElementsOf(seed(SeedSectionThreeFourTables.NO_ADDRESS));
    assertThat(cells(16, 0)).containsExactlyElementsOf(seed(SeedSectionThreeFourTables.NO_UNIFIED_AUTH_BY_UNIT));
    assertThat(cells(16, 1)).containsExactlyElementsOf(seed(SeedSectionThreeFourTables.NO_UNIFIED_AUTH));
    JsonObject summary = running.api.get("/api/v1/matters/summary?week=2018-07-20", reader).json();
    assertThat(List.of(summary.getLong("matters"), summary.getLong("with_address"), summary.getLong("unified_auth")))
        .containsExactly((long) SeedSectionThreeFourFixture.MATTERS, (long) SeedSectionThreeFourFixture.WITH_ADDRESS,
            (long) SeedSectionThreeFourFixture.UNIFIED);
  }

  /** PDF and Word carry every attachment; the files are left in target/ for a person to page through. */
  @Test
  void thePdfAndWordCarryEveryAttachment() throws Exception {
    byte[] pdf = running.api.bytes("/api/v1/bulletins/2018-07-20.pdf", reader);
    Files.write(Path.of("target", "whole-bulletin-2018-07-20.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      for (Object attachment : bulletin.getJsonArray("attachments")) {
        assertThat(text).contains(((JsonObject) attachment).getString("title").replaceAll("\\s+", ""));
      }
      assertThat(text).contains("小额贷款公司跨市域设立分支机构审核（审核转报）").contains("在职职工医疗互助参保");
    }
    byte[] docx = running.api.bytes("/api/v1/bulletins/2018-07-20.docx", reader);
    Files.write(Path.of("target", "whole-bulletin-2018-07-20.docx"), docx);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      // 附件4, 附件6, 附件14, 附件15 and 附件16 print two tables each.
      assertThat(doc.getTables()).hasSize(18 + 5);
      assertThat(doc.getTables()).allSatisfy(t -> assertThat(t.getRow(0).isRepeatHeader()).isTrue());
    }
  }

  /**
   * The printed 附件17 and 附件18 carry the seed's figures and rates, the rows of {@link SeedTables#DINGTALK_RATES_OFF}
   * excepted. 附件18's 合计 sums its rows, which the seed's does not; its rates still print as the seed's.
   */
  @Test
  void attachmentsSeventeenAndEighteenPrintTheSeedsRates() {
    Map<String, String> off = new LinkedHashMap<>();
    SeedFamiliesFixture.lines(SeedTables.DINGTALK_RATES_OFF).forEach(r -> off.put(r[0], r[2]));
    for (Map.Entry<Integer, String> table : Map.of(17, SeedTables.DINGTALK_CITY, 18, SeedTables.DINGTALK_DISTRICT).entrySet()) {
      Map<String, List<String>> printed = new LinkedHashMap<>();
      cells(table.getKey(), 0).forEach(row -> printed.put(row.get(1).isEmpty() ? row.get(0) : row.get(1), row.subList(2, 7)));
      List<String[]> seed = SeedFamiliesFixture.lines(table.getValue());
      assertThat(printed).hasSize(seed.size());
      for (String[] row : seed.subList(0, seed.size() - 1)) {
        assertThat(printed.get(row[1])).as(row[1]).containsExactly(row[2], row[3], row[4], row[5], off.getOrDefault(row[1], row[6]));
      }
      String[] total = seed.get(seed.size() - 1);
      assertThat(List.of(printed.get("合计").get(1), printed.get("合计").get(4))).as("附件%d 合计", table.getKey())
          .containsExactly(total[2], total[5]);
    }
    assertThat(cells(17, 0).get(cells(17, 0).size() - 1).subList(2, 7)).containsExactly("24955", "95%", "23804", "6052", "24%");
  }

  private List<String> texts(int section) {
    return bulletin.getJsonArray("sections").getJsonObject(section).getJsonArray("paragraphs").stream()
        .map(p -> ((JsonObject) p).getString("text")).toList();
  }

  private static List<List<String>> seed(String table) {
    return SeedSectionThreeFourFixture.cells(table).stream().map(Arrays::asList).toList();
  }

  private static List<List<String>> cells(int attachment, int table) {
    List<List<String>> rows = new ArrayList<>();
    JsonObject printed = bulletin.getJsonArray("attachments").getJsonObject(attachment - 1).getJsonArray("tables").getJsonObject(table);
    for (Object row : printed.getJsonObject("layout").getJsonArray("rows")) {
      rows.add(((JsonObject) row).getJsonArray("cells").stream().map(Object::toString).toList());
    }
    return rows;
  }
}
