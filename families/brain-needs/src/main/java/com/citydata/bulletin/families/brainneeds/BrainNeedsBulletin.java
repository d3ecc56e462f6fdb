package com.citydata.bulletin.families.brainneeds;

import static com.citydata.bulletin.report.ChineseNumbers.monthDay;

import com.citydata.bulletin.report.AttachmentBlock;
import com.citydata.bulletin.report.BulletinContext;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.report.Paragraph;
import com.citydata.bulletin.report.Sentence;
import com.citydata.bulletin.report.TableLayout;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** Section 三's 大脑平台各单位应用需求 sentence and 附件12. */
final class BrainNeedsBulletin implements BulletinPart {
  /** The section it prints into, which another family opens: the registry refuses to start without it. */
  private static final String SECTION = "city-brain";

  @Override
  public List<Paragraph> paragraphs() {
    return List.of(new Paragraph("brain-needs", SECTION, 20, null, "", null));
  }

  @Override
  public List<Sentence> sentences(BulletinContext context) {
    if (!context.has(BrainNeedsFamily.TABLE)) {
      return List.of();
    }
    List<String> units = TableLayout.objects(context.tables().get(BrainNeedsFamily.TABLE).getJsonArray("rows")).stream()
        .map(r -> r.getString("unit")).toList();
    String text = "大脑平台各单位应用需求：截止" + monthDay(context.day()) + "，经过前期调研目前有" + String.join("、", units) + units.size()
        + "家单位提出应用需求。";
    return List.of(new Sentence("brain-needs", 10, text, new JsonObject().put("units", units.size()), List.of(BrainNeedsFamily.TABLE)));
  }

  @Override
  public List<AttachmentBlock> attachments() {
    return List.of(new AttachmentBlock(BrainNeedsFamily.TABLE, 120, "城市数据大脑平台需求应用情况", 0, BrainNeedsFamily.TABLE, null, null,
        BrainNeedsBulletin::layout));
  }

  private static TableLayout layout(JsonObject ranking) {
    TableLayout layout = new TableLayout("单位", "规划中大数据应用", "对平台的需求");
    for (JsonObject row : TableLayout.objects(ranking.getJsonArray("rows"))) {
      layout.row("", row.getString("unit"), row.getString("applications"), row.getString("needs"));
    }
    return layout;
  }
}
