package com.citydata.bulletin.families.brainpilots;

import com.citydata.bulletin.report.AttachmentBlock;
import com.citydata.bulletin.report.BulletinContext;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.report.Paragraph;
import com.citydata.bulletin.report.Section;
import com.citydata.bulletin.report.Sentence;
import com.citydata.bulletin.report.TableLayout;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * 附件11 and its reference in section 三. The progress itself is told by the editors' notes (数据资源平台建设); the
 * list refers the reader to the attachment.
 */
final class BrainPilotsBulletin implements BulletinPart {
  private static final Section SECTION = new Section("city-brain", 3, "杭州城市数据大脑平台建设情况");

  @Override
  public List<Section> sections() {
    return List.of(SECTION);
  }

  @Override
  public List<Paragraph> paragraphs() {
    return List.of(new Paragraph("brain-pilots", SECTION.id(), 10, null, "", null));
  }

  @Override
  public List<Sentence> sentences(BulletinContext context) {
    if (!context.has(BrainPilotsFamily.TABLE)) {
      return List.of();
    }
    return List.of(new Sentence("brain-pilots", 10, "", new JsonObject().put("units", context.total(BrainPilotsFamily.TABLE).getLong("units")),
        List.of(BrainPilotsFamily.TABLE)));
  }

  @Override
  public List<AttachmentBlock> attachments() {
    return List.of(new AttachmentBlock(BrainPilotsFamily.TABLE, 110, "城市数据大脑平台试点单位接入情况", 0, BrainPilotsFamily.TABLE, null, null,
        BrainPilotsBulletin::layout));
  }

  private static TableLayout layout(JsonObject ranking) {
    TableLayout layout = new TableLayout("序号", "单位名称", "进度", "概况");
    for (JsonObject row : TableLayout.objects(ranking.getJsonArray("rows"))) {
      layout.row("", row.getInteger("rank"), row.getString("unit"), row.getLong("progress") + "%", row.getString("summary"));
    }
    return layout;
  }
}
