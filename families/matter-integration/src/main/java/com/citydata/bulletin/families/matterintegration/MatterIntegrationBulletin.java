package com.citydata.bulletin.families.matterintegration;

import static com.citydata.bulletin.report.ChineseNumbers.monthDay;
import static com.citydata.bulletin.report.ChineseNumbers.percent2;

import com.citydata.bulletin.report.AttachmentBlock;
import com.citydata.bulletin.report.BulletinContext;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.report.Paragraph;
import com.citydata.bulletin.report.Sentence;
import com.citydata.bulletin.report.TableLayout;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** Section 二's matter-integration sentence, 附件9 and 附件10. */
final class MatterIntegrationBulletin implements BulletinPart {
  /** The section it prints into, which another family opens: the registry refuses to start without it. */
  private static final String SECTION = "one-window";

  @Override
  public List<Paragraph> paragraphs() {
    return List.of(new Paragraph("matter-integration", SECTION, 30, null, "", null));
  }

  /** The city level's figures are the departments' total; each half is printed when its table has data. */
  @Override
  public List<Sentence> sentences(BulletinContext context) {
    List<String> halves = new ArrayList<>();
    List<String> tables = new ArrayList<>();
    JsonObject figures = new JsonObject();
    if (context.has(MatterIntegrationFamily.DEPARTMENTS)) {
      JsonObject total = context.total(MatterIntegrationFamily.DEPARTMENTS);
      halves.add("市本级拟接入事项总数" + total.getLong("planned") + "项，其中已接入事项数" + total.getLong("connected") + "项，接入率"
          + percent2(total.getDouble("rate")) + (total.getLong("extra") > 0 ? "，其他超额接入事项数" + total.getLong("extra") + "项" : ""));
      tables.add(MatterIntegrationFamily.DEPARTMENTS);
      figures.put("departments", total);
    }
    if (context.has(MatterIntegrationFamily.DISTRICTS)) {
      JsonObject total = context.total(MatterIntegrationFamily.DISTRICTS);
      halves.add("区县（市）拟接入事项总数" + total.getLong("planned") + "项，已接入事项数" + total.getLong("connected") + "项，接入率"
          + percent2(total.getDouble("rate")));
      tables.add(MatterIntegrationFamily.DISTRICTS);
      figures.put("districts", total);
    }
    if (halves.isEmpty()) {
      return List.of();
    }
    return List.of(new Sentence("matter-integration", 10, "截止" + monthDay(context.day()) + "，" + String.join("；", halves) + "。",
        figures, tables));
  }

  @Override
  public List<AttachmentBlock> attachments() {
    return List.of(
        new AttachmentBlock(MatterIntegrationFamily.DEPARTMENTS, 90, "市级部门事项接入“一窗受理”平台排名表", 0, MatterIntegrationFamily.DEPARTMENTS,
            null, "备注：剔除年办件 12 件以下事项（含待确认事项）", ranking -> layout(ranking, "部门", "总计")),
        new AttachmentBlock(MatterIntegrationFamily.DISTRICTS, 100, "区县（市）事项接入“一窗受理”平台排名表", 0, MatterIntegrationFamily.DISTRICTS,
            null, null, ranking -> layout(ranking, "区县（市）名称", "合计")));
  }

  private static TableLayout layout(JsonObject ranking, String unitColumn, String totalLabel) {
    TableLayout layout = new TableLayout("序号", unitColumn, "待确认总数", "已接入数", "接入占比");
    for (JsonObject row : TableLayout.objects(ranking.getJsonArray("rows"))) {
      layout.row("", row.getInteger("rank"), row.getString("unit"), row.getValue("planned"), row.getValue("connected"),
          percent2(row.getDouble("rate")));
    }
    JsonObject total = ranking.getJsonObject("total");
    return layout.row("total", totalLabel, "", total.getValue("planned"), total.getValue("connected"), percent2(total.getDouble("rate")));
  }
}
