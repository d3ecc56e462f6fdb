package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.testkit.Api;
import com.citydata.bulletin.testkit.RunningPlatform;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Collectors post the seed week of the one-window platform, the joint processes and the integration progress, and
 * an editor sets section 二's policy sentences as notes; the bulletin of 2018-07-20 must then print section 二 and
 * 附件7 to 附件10 as the seed does. Where the seed's figures contradict each other, the test says which and why.
 */
class SectionTwoGoldenTest {
  private static RunningPlatform running;
  private static String reader;
  private static JsonObject bulletin;

  @BeforeAll
  static void loadTheSeedWeek() throws Exception {
    running = RunningPlatform.start(Map.of());
    SeedSectionTwoFixture fixture = new SeedSectionTwoFixture();
    assertThat(running.api.put("/api/v1/catalog/units", RunningPlatform.ADMIN, fixture.catalog()).status()).isEqualTo(200);
    String collector = running.api.collector(RunningPlatform.ADMIN, "one-window", "onewindow", "joint-process",
        "system-integration", "matter-integration");
    running.api.postAll(collector, "onewindow", fixture.regionPoints);
    running.api.postAll(collector, "joint-process", fixture.jointPoints);
    running.api.postAll(collector, "system-integration", fixture.systemPoints);
    running.api.postAll(collector, "matter-integration", fixture.matterPoints);
    Api.Response notes = running.api.put("/api/v1/bulletins/2018-07-20/notes/" + URLEncoder.encode("二", StandardCharsets.UTF_8),
        RunningPlatform.ADMIN, new JsonObject().put("lead", new JsonArray(SeedSectionTwoFixture.LEAD))
            .put("close", new JsonArray(SeedSectionTwoFixture.CLOSE)));
    assertThat(notes.status()).as(notes.body()).isEqualTo(200);
    reader = running.api.collector(RunningPlatform.ADMIN, "office", "exchange");
    Api.Response response = running.api.get("/api/v1/bulletins/2018-07-20", reader);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    bulletin = response.json();
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  /**
   * The seed weaves its policy sentences into the paragraphs; notes are printed before (lead) and after (close) the
   * section's generated text, so here they open and close the section. 附件7–10 print as 附件1–4: nothing else of
   * the bulletin has data in this test, and attachments are numbered by what is printed.
   */
  @Test
  void sectionTwoIsTheSeedsWithItsNotes() {
    JsonObject section = bulletin.getJsonArray("sections").getJsonObject(0);
    assertThat(section.getString("title")).isEqualTo("“一窗受理”平台应用情况");
    List<String> texts = section.getJsonArray("paragraphs").stream().map(p -> ((JsonObject) p).getString("text")).toList();
    assertThat(texts).hasSize(6);
    assertThat(texts.subList(0, 2)).containsExactlyElementsOf(SeedSectionTwoFixture.LEAD);
    // Not the seed's “已经在市本级、13 个区、县（市）、大江东产业集聚区、下沙经济技术开发区、西湖风景名胜区启用”: the catalogue
    // knows 17 regions of kind city or district, not which are 区、县（市） and which special zones; it says how many.
    assertThat(texts.get(2)).isEqualTo("目前杭州“一窗受理”平台已经在17个行政区划启用，行政区划覆盖率达到100%，截止7月20日，"
        + "全市在办事项数1334个，设置办理点252个，累计办件量43024件（网上办件量34759件），受理40634件，办结32935件。"
        + "其中，通过商事登记“证照联办”申请22868件，受理19966件，办结13364件；通过不动产登记联办系统申请537件，受理537件，办结521件。"
        + "详情见附件1。");
    assertThat(texts.get(3)).isEqualTo("全市系统数共计64套，目前已接入系统数30套，完成率46.88%，其中杭州市本级共计接入系统数22套，"
        + "接入率64.71%；各区县共计接入系统数8套，接入率26.67%。详情见附件2。");
    // The seed's “详情见附件9、10” is worded as section 一 words several attachments.
    assertThat(texts.get(4)).isEqualTo("截止7月20日，市本级拟接入事项总数946项，其中已接入事项数270项，接入率28.54%，"
        + "其他超额接入事项数564项；区县（市）拟接入事项总数11015项，已接入事项数2542项，接入率23.08%。详情见附件3，附件4。");
    assertThat(texts.get(5)).isEqualTo(SeedSectionTwoFixture.CLOSE.get(0));
  }

  @Test
  void attachmentSevenIsTheSeeds() {
    JsonObject table = table(1);
    assertThat(bulletin.getJsonArray("attachments").getJsonObject(0).getString("title")).isEqualTo("“一窗受理”平台各区、县（市）应用情况");
    assertThat(table.getJsonObject("layout").getJsonArray("columns").getList())
        .containsExactly("序号", "行政区划", "在办事项数（个）", "办理点（个）", "累计办件量（件）", "其中网上办件量（件）", "网办率（%）");
    assertThat(cells(table)).containsExactlyElementsOf(seed(SeedSectionTwoTables.ONE_WINDOW));
    assertThat(table.getString("note")).isEqualTo("注：剔除第三方系统反推的办件量。");
    JsonObject ranking = ranking("onewindow-regions");
    assertThat(ranking.getJsonObject("coverage")).isEqualTo(new JsonObject().put("regions_live", 17).put("regions", 17));
    assertThat(ranking.getJsonArray("joint").stream().map(j -> ((JsonObject) j).getString("process")))
        .containsExactly("商事登记“证照联办”", "不动产登记联办系统");
  }

  @Test
  void attachmentEightIsTheSeedsButOneRate() {
    List<List<String>> expected = new ArrayList<>(seed(SeedSectionTwoTables.SYSTEM_INTEGRATION));
    // Not the seed's 66.66% for 桐庐县: 2 of 3 is 66.67% rounded, and every other rate of 附件7–10 is rounded; the seed
    // cut this one down.
    assertThat(expected.get(2)).containsExactly("3", "桐庐县", "3", "2", "66.66%");
    expected.set(2, List.of("3", "桐庐县", "3", "2", "66.67%"));
    assertThat(cells(table(2))).containsExactlyElementsOf(expected);
    JsonObject ranking = ranking("system-integration");
    assertThat(ranking.getJsonObject("city")).isEqualTo(new JsonObject().put("planned", 34L).put("connected", 22L).put("rate", 22.0 / 34));
  }

  @Test
  void attachmentNineIsTheSeeds() {
    assertThat(table(3).getJsonObject("layout").getJsonArray("columns").getList()).containsExactly("序号", "部门", "待确认总数", "已接入数", "接入占比");
    assertThat(cells(table(3))).containsExactlyElementsOf(seed(SeedSectionTwoTables.MATTER_DEPARTMENTS));
    assertThat(ranking("matter-integration-departments").getJsonObject("total").getLong("extra")).isEqualTo(SeedSectionTwoFixture.EXTRA);
  }

  @Test
  void attachmentTenIsTheSeedsButOneRateAndThreeNames() {
    List<List<String>> expected = new ArrayList<>();
    for (List<String> line : seed(SeedSectionTwoTables.MATTER_DISTRICTS)) {
      List<String> printed = new ArrayList<>(line);
      // 附件10 calls three regions otherwise than 附件7; they are one unit each, printed by the catalogue's name.
      printed.set(1, SeedSectionTwoFixture.canonical(line.get(1)));
      expected.add(printed);
    }
    // Not the seed's 80.62% for 萧山区: 695 of 867 is 80.16%, and the column's sum (2542) needs 695.
    assertThat(expected.get(0)).containsExactly("1", "萧山区", "867", "695", "80.62%");
    expected.set(0, List.of("1", "萧山区", "867", "695", "80.16%"));
    assertThat(cells(table(4))).containsExactlyElementsOf(expected);
  }

  private static List<List<String>> seed(String table) {
    return SeedFamiliesFixture.lines(table).stream().map(Arrays::asList).toList();
  }

  private static List<List<String>> cells(JsonObject printed) {
    List<List<String>> rows = new ArrayList<>();
    for (Object row : printed.getJsonObject("layout").getJsonArray("rows")) {
      rows.add(((JsonObject) row).getJsonArray("cells").stream().map(Object::toString).toList());
    }
    return rows;
  }

  private static JsonObject table(int attachment) {
    return bulletin.getJsonArray("attachments").getJsonObject(attachment - 1).getJsonArray("tables").getJsonObject(0);
  }

  private static JsonObject ranking(String table) {
    Api.Response response = running.api.get("/api/v1/rankings/" + table + "?week=2018-07-20", reader);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }
}
