package com.citydata.bulletin.families.opendata;

import static com.citydata.bulletin.report.ChineseNumbers.grouped;

import com.citydata.bulletin.report.AttachmentBlock;
import com.citydata.bulletin.report.BulletinContext;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.report.Paragraph;
import com.citydata.bulletin.report.Section;
import com.citydata.bulletin.report.Sentence;
import com.citydata.bulletin.report.TableLayout;
import com.citydata.bulletin.report.WeekChange;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** A section of its own after the seed's five, one sentence, and its ranking as an attachment. */
final class OpenDataBulletin implements BulletinPart {
  private static final Section SECTION = new Section("open-data", 6, "数据开放情况");
  private static final String PARAGRAPH = "open-data";

  @Override
  public List<Section> sections() {
    return List.of(SECTION);
  }

  @Override
  public List<Paragraph> paragraphs() {
    return List.of(new Paragraph(PARAGRAPH, SECTION.id(), 10, null, "", null));
  }

  @Override
  public List<Sentence> sentences(BulletinContext context) {
    if (!context.has(OpenDataFamily.TABLE)) {
      return List.of();
    }
    JsonObject total = context.total(OpenDataFamily.TABLE);
    String text = total.getLong("units") + "个单位开放数据集" + grouped(total.getLong("datasets")) + "个，本周下载"
        + grouped(total.getLong("weekly")) + "次，" + WeekChange.phrase(total) + "累计下载" + grouped(total.getLong("cumulative")) + "次。";
    return List.of(new Sentence(PARAGRAPH, 10, text, Sentence.pick(total, "units", "datasets", "weekly", "cumulative"),
        List.of(OpenDataFamily.TABLE)));
  }

  @Override
  public List<AttachmentBlock> attachments() {
    return List.of(new AttachmentBlock(OpenDataFamily.TABLE, 10, "数据开放排名表", 0, OpenDataFamily.TABLE, null, null,
        OpenDataBulletin::layout));
  }

  private static TableLayout layout(JsonObject ranking) {
    TableLayout layout = new TableLayout("序号", "单位", "数据集", "累计下载（次）", "本周下载（次）", TableLayout.CHANGE);
    for (JsonObject row : TableLayout.objects(ranking.getJsonArray("rows"))) {
      layout.row("", row.getInteger("rank"), row.getString("unit"), row.getValue("datasets"), grouped(row.getLong("cumulative")),
          grouped(row.getLong("weekly")), TableLayout.change(row.getJsonObject("change")));
    }
    JsonObject total = ranking.getJsonObject("total");
    layout.row("total", "合计", total.getLong("units") + "个单位", total.getValue("datasets"), grouped(total.getLong("cumulative")),
        grouped(total.getLong("weekly")), TableLayout.change(total.getJsonObject("change")));
    return layout;
  }
}
