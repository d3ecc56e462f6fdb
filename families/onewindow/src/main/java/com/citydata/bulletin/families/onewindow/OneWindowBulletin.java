package com.citydata.bulletin.families.onewindow;

import static com.citydata.bulletin.report.ChineseNumbers.monthDay;
import static com.citydata.bulletin.report.ChineseNumbers.percent2;
import static com.citydata.bulletin.report.ChineseNumbers.percentShort;

import com.citydata.bulletin.report.AttachmentBlock;
import com.citydata.bulletin.report.BulletinContext;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.report.Paragraph;
import com.citydata.bulletin.report.Section;
import com.citydata.bulletin.report.Sentence;
import com.citydata.bulletin.report.TableLayout;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** Section 二's first paragraph (use, coverage, joint processes) and 附件7. */
final class OneWindowBulletin implements BulletinPart {
  private static final Section SECTION = new Section("one-window", 2, "“一窗受理”平台应用情况");

  @Override
  public List<Section> sections() {
    return List.of(SECTION);
  }

  @Override
  public List<Paragraph> paragraphs() {
    return List.of(new Paragraph("one-window", SECTION.id(), 10, null, "", null));
  }

  @Override
  public List<Sentence> sentences(BulletinContext context) {
    if (!context.has(OneWindowFamily.TABLE)) {
      return List.of();
    }
    JsonObject table = context.tables().get(OneWindowFamily.TABLE);
    JsonObject total = table.getJsonObject("total");
    JsonObject coverage = table.getJsonObject("coverage");
    StringBuilder text = new StringBuilder("目前杭州“一窗受理”平台已经在").append(coverage.getLong("regions_live"))
        .append("个行政区划启用，行政区划覆盖率达到")
        .append(percentShort(ratio(coverage.getLong("regions_live"), coverage.getLong("regions")))).append("，截止")
        .append(monthDay(context.day())).append("，全市在办事项数").append(total.getLong("matters")).append("个，设置办理点")
        .append(total.getLong("offices")).append("个，累计办件量").append(total.getLong("cases")).append("件（网上办件量")
        .append(total.getLong("online_cases")).append("件），受理").append(total.getLong("accepted")).append("件，办结")
        .append(total.getLong("completed")).append("件。");
    List<JsonObject> joint = TableLayout.objects(table.getJsonArray("joint"));
    if (!joint.isEmpty()) {
      text.append("其中，").append(String.join("；", joint.stream().map(p -> "通过" + p.getString("process") + "申请"
          + p.getLong("applied") + "件，受理" + p.getLong("accepted") + "件，办结" + p.getLong("completed") + "件").toList())).append("。");
    }
    JsonObject figures = Sentence.pick(total, "units", "matters", "offices", "cases", "online_cases", "online_rate", "accepted", "completed")
        .put("coverage", coverage).put("joint", table.getJsonArray("joint"));
    return List.of(new Sentence("one-window", 10, text.toString(), figures, List.of(OneWindowFamily.TABLE)));
  }

  @Override
  public List<AttachmentBlock> attachments() {
    return List.of(new AttachmentBlock(OneWindowFamily.TABLE, 70, "“一窗受理”平台各区、县（市）应用情况", 0, OneWindowFamily.TABLE, null,
        "注：剔除第三方系统反推的办件量。", OneWindowBulletin::layout));
  }

  private static TableLayout layout(JsonObject ranking) {
    TableLayout layout = new TableLayout("序号", "行政区划", "在办事项数（个）", "办理点（个）", "累计办件量（件）", "其中网上办件量（件）", "网办率（%）");
    for (JsonObject row : TableLayout.objects(ranking.getJsonArray("rows"))) {
      layout.row("", row.getInteger("rank"), row.getString("unit"), row.getValue("matters"), row.getValue("offices"),
          row.getValue("cases"), row.getValue("online_cases"), percent2(row.getDouble("online_rate")));
    }
    JsonObject total = ranking.getJsonObject("total");
    return layout.row("total", "合计", "", total.getValue("matters"), total.getValue("offices"), total.getValue("cases"),
        total.getValue("online_cases"), percent2(total.getDouble("online_rate")));
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }
}
