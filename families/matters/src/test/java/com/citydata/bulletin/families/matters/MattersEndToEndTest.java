package com.citydata.bulletin.families.matters;

import static com.citydata.bulletin.testkit.Units.unit;
import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The matters family alone on the class path, run as the product runs it (real HTTP on loopback, PostgreSQL): the
 * office uploads its register as CSV and as an .xlsx workbook, and the summary, the tables and section 四 read it.
 */
class MattersEndToEndTest {
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  /**
   * Eight matters, the optional columns 权力基本码 first and 网上办理业务模式 and 事权层级 last, as an export may order
   * them. By hand: 5 have an address, 3 of those unified authentication (3/8 = 37.5%); 1 under rectification; 4
   * done elsewhere, by 3 units; 1 without an address or an exception (市公安局's second); 1 with an address and
   * neither unified authentication nor an exception (市林水局's).
   */
  private static final String REGISTER = """
      权力基本码,部门名称,权力名称,适用对象,在线申报地址,统一认证,例外情况,整改结论,计划完成时间,其他地市可办,杭州是否能网上办理,网上办理业务模式,事权层级
      许可-00001-000,市交通局,小客车增量指标配置,个人;法人;其他组织;,http://127.0.0.1/apply/1,是,,故障,12月底前,,,(五星)网上申报、全程在线,地级市
      其他-00002-000,市税务局,延期申报社保费申请,法人;,http://127.0.0.1/apply/2,否,使用省级系统,,,嘉兴,未开通在线办理,,地级市
      备案-00003-000,市公安局,网络安全等级保护备案,法人;,,否,列入省厅不宜上网清单,,,宁波,未开通在线办理,,地级市
      许可-00004-000,市城管委,城市大型户外广告设置审批,个人;法人;其他组织;,,否,列入省厅不宜上网清单,,,温州,未开通在线办理,,地级市
      备案-00005-000,市税务局,车船税优惠备案,个人;法人;,http://127.0.0.1/apply/5,是,使用省级系统,,,嘉兴,不可办,,地级市
      许可-00006-000,市公安局,营业性射击场立项审批,法人;,,否,,,,,,,地级市
      确认-00007-000,市林水局,森林火灾认定,法人;,http://127.0.0.1/apply/7,否,,,,,,(三星)网上申报,地级市
      许可-00008-000,市民政局,社会团体成立登记,法人;,http://127.0.0.1/apply/8,是,,,,,,(五星)网上申报、全程在线,地级市
      """;
  private static final List<String> COLUMNS = List.of("部门名称", "权力名称", "适用对象", "在线申报地址", "统一认证", "例外情况", "整改结论",
      "计划完成时间", "其他地市可办", "杭州是否能网上办理");
  private static RunningPlatform running;
  private static String reader;

  @BeforeAll
  static void start() throws Exception {
    running = RunningPlatform.start(Map.of());
    running.putUnits(unit("市交通局", "department"),
        unit("市税务局", "department"),
        unit("市公安局", "department"),
        unit("市城管委", "department"),
        unit("市林水局", "department"),
        unit("市民政局", "department"),
        unit("市金融办", "department"));
    reader = running.collector("office", "matters");
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void aCsvRegisterGivesSectionFourItsCountsAndItsFourLists() {
    Api.Response imported = running.api.post("/api/v1/matters/import?date=2018-07-20", RunningPlatform.ADMIN, "text/csv", REGISTER);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().getInteger("accepted")).isEqualTo(8);

    JsonObject summary = running.api.get("/api/v1/matters/summary?week=2018-07-20", reader).json();
    assertThat(summary.getString("week")).isEqualTo("2018-07-20");
    assertThat(summary.getString("snapshot")).isEqualTo("2018-07-20");
    assertThat(List.of(summary.getLong("matters"), summary.getLong("with_address"), summary.getLong("unified_auth")))
        .containsExactly(8L, 5L, 3L);
    assertThat(summary.getDouble("online_rate")).isEqualTo(0.375);
    assertThat(summary.getJsonObject("rectifying").getLong("count")).isEqualTo(1);
    assertThat(summary.getJsonObject("rectifying").getJsonArray("items").getJsonObject(0).getString("name")).isEqualTo("小客车增量指标配置");
    // In register order; the units by 拼音 (城 chéng, 公 gōng, 税 shuì), not by code point, where 公 comes before 城.
    assertThat(names(summary.getJsonObject("elsewhere"))).containsExactly("延期申报社保费申请", "网络安全等级保护备案", "城市大型户外广告设置审批", "车船税优惠备案");
    assertThat(summary.getJsonObject("elsewhere").getJsonArray("by_unit")).containsExactly(
        byUnit("市城管委", 1), byUnit("市公安局", 1), byUnit("市税务局", 2));
    assertThat(names(summary.getJsonObject("no_address"))).containsExactly("营业性射击场立项审批");
    assertThat(summary.getJsonObject("no_unified_auth").getJsonArray("items")).containsExactly(new JsonObject()
        .put("unit", "市林水局").put("name", "森林火灾认定").put("subjects", "法人;").put("address", "http://127.0.0.1/apply/7")
        .put("unified_auth", false).put("exception", "").put("conclusion", "").put("deadline", "").put("elsewhere", "").put("online_here", "")
        .put("code", "确认-00007-000").put("mode", "(三星)网上申报").put("unsuitable", "").put("rare", "").put("secret", "").put("level", "地级市"));

    assertThat(running.api.get("/api/v1/rankings/matters-summary?week=2018-07-20", reader).json().getJsonObject("total")).isEqualTo(
        new JsonObject().put("matters", 8).put("with_address", 5).put("unified_auth", 3).put("online_rate", 0.375));
    JsonObject elsewhere = running.api.get("/api/v1/rankings/matters-elsewhere?week=2018-07-20", reader).json();
    assertThat(elsewhere.getString("snapshot")).isEqualTo("2018-07-20");
    assertThat(elsewhere.getJsonObject("total")).isEqualTo(new JsonObject().put("count", 4).put("units", 3));

    // Alone, the family's section is the bulletin's first and its lists 附件1–4, titled with their counts.
    String markdown = running.api.get("/api/v1/bulletins/2018-07-20.md", reader).body();
    assertThat(markdown).contains("## 一、“最多跑一次”事项网上申请开通情况\n\n"
            + "截止7月20日，根据事项库导出数据统计，杭州市最多跑一次事项8项，有在线申报地址的有5项，其中有3项实现了统一认证，在线办理比例37.5%（未去除例外情况事项）。"
            + "目前还有1个事项正在整改中（附件1）；例外事项中有4个事项其他地市可办我市至今不可办，涉及3个部门（附件2）。\n")
        .contains("附件：1. 未完成整改的事项清单（1）；2. 其他地市可网办我市至今不可办事项清单（4）；3. 去除例外情况外，没有在线办理地址的事项（1）；"
            + "4. 去除例外情况外，有在线办理地址但没有统一认证的事项（1）\n")
        .contains("### 附件 2：其他地市可网办我市至今不可办事项清单（4）\n\n"
            + "| 序号 | 部门名称 | 数量 |\n"
            + "| --- | --- | --- |\n"
            + "| 1 | 市城管委 | 1 |\n"
            + "| 2 | 市公安局 | 1 |\n"
            + "| 3 | 市税务局 | 2 |\n"
            + "| **合计** | **3 个部门** | **4** |\n")
        .contains("| 序号 | 权力基本码 | 部门名称 | 权力名称 | 网上办理业务模式 | 不适宜开展网上申报 | 极少业务 | 涉密或敏感 | 事权层级 |\n"
            + "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
            + "| 1 | 确认-00007-000 | 市林水局 | 森林火灾认定 | (三星)网上申报 |  |  |  | 地级市 |\n");
  }

  @Test
  void anXlsxWorkbookIsTheSnapshotOfItsDayForTheWeeksAfter() {
    // Only the required columns, and empty cells left out of the sheet as Excel leaves them.
    byte[] workbook = xlsx(List.of(
        List.of("市交通局", "小客车更新指标配置", "个人;", "http://127.0.0.1/apply/11", "是"),
        List.of("市金融办", "小额贷款公司股权转让审核", "法人;", "", "否", "", "未开通在线办理", "时间不确定"),
        List.of("市民政局", "社会团体注销登记", "法人;", "http://127.0.0.1/apply/12", "否")));
    Api.Response imported = running.api.raw("POST", "/api/v1/matters/import?date=2018-07-13", "Bearer " + RunningPlatform.ADMIN, XLSX, workbook);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);

    JsonObject summary = running.api.get("/api/v1/matters/summary?week=2018-07-19", reader).json();
    assertThat(summary.getString("snapshot")).isEqualTo("2018-07-13");
    assertThat(List.of(summary.getLong("matters"), summary.getLong("with_address"), summary.getLong("unified_auth")))
        .containsExactly(3L, 2L, 1L);
    assertThat(names(summary.getJsonObject("rectifying"))).containsExactly("小额贷款公司股权转让审核");
    assertThat(summary.getJsonObject("rectifying").getJsonArray("items").getJsonObject(0).getString("deadline")).isEqualTo("时间不确定");
    assertThat(summary.getJsonObject("elsewhere").getLong("count")).isZero();
    assertThat(names(summary.getJsonObject("no_address"))).containsExactly("小额贷款公司股权转让审核");
    assertThat(names(summary.getJsonObject("no_unified_auth"))).containsExactly("社会团体注销登记");
  }

  @Test
  void aRegisterWithBadRowsIsRefusedWholeWithEveryBadRowNamed() {
    String header = String.join(",", COLUMNS) + "\n";
    String good = header
        + "市民政局,社会团体成立登记,法人;,http://127.0.0.1/apply/8,是,,,,,\n"
        + "市公安局,营业性射击场立项审批,法人;,,否,,,,,\n";
    assertThat(running.api.post("/api/v1/matters/import?date=2018-06-29", RunningPlatform.ADMIN, "text/csv", good).status()).isEqualTo(200);
    // A tab pasted into a name, and a yes written the English way; the first row is good and goes with them.
    String bad = header
        + "市民政局,社会团体成立登记,法人;,http://127.0.0.1/apply/8,是,,,,,\n"
        + "市公安局,营业性射击场\t立项审批,法人;,,否,,,,,\n"
        + "市林水局,森林火灾认定,法人;,http://127.0.0.1/apply/7,Y,,,,,\n";

    Api.Response refused = running.api.post("/api/v1/matters/import?date=2018-06-29", RunningPlatform.ADMIN, "text/csv", bad);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("details")).containsExactly(
        new JsonObject().put("index", 3).put("field", "权力名称").put("message", "holds a control character"),
        new JsonObject().put("index", 4).put("field", "统一认证").put("message", "must be 是 or 否, got 'Y'"));
    JsonObject summary = running.api.get("/api/v1/matters/summary?week=2018-06-29", reader).json();
    assertThat(summary.getString("snapshot")).isEqualTo("2018-06-29");
    assertThat(List.of(summary.getLong("matters"), summary.getLong("with_address"), summary.getLong("unified_auth")))
        .containsExactly(2L, 1L, 1L);
    assertThat(names(summary.getJsonObject("no_address"))).containsExactly("营业性射击场立项审批");
  }

  private static List<String> names(JsonObject list) {
    return list.getJsonArray("items").stream().map(m -> ((JsonObject) m).getString("name")).toList();
  }

  private static JsonObject byUnit(String unit, int count) {
    return new JsonObject().put("unit", unit).put("count", count);
  }

  private static byte[] xlsx(List<List<String>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("权力事项库");
      write(sheet.createRow(0), COLUMNS);
      for (int r = 0; r < rows.size(); r++) {
        write(sheet.createRow(r + 1), rows.get(r));
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Row row, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      if (!cells.get(c).isEmpty()) {
        row.createCell(c).setCellValue(cells.get(c));
      }
    }
  }
}
