package com.citydata.bulletin.families.systemintegration;

import static com.citydata.bulletin.report.ChineseNumbers.percent2;

import com.citydata.bulletin.report.AttachmentBlock;
import com.citydata.bulletin.report.BulletinContext;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.report.Paragraph;
import com.citydata.bulletin.report.Sentence;
import com.citydata.bulletin.report.TableLayout;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** Section 二's system-integration sentence and 附件8. */
final class SystemIntegrationBulletin implements BulletinPart {
  /** The section it prints into, which another family opens: the registry refuses to start without it. */
  private static final String SECTION = "one-window";

  @Override
  public List<Paragraph> paragraphs() {
    return List.of(new Paragraph("system-integration", SECTION, 20, null, "", null));
  }

  @Override
  public List<Sentence> sentences(BulletinContext context) {
    if (!context.has(SystemIntegrationFamily.TABLE)) {
      return List.of();
    }
    JsonObject table = context.tables().get(SystemIntegrationFamily.TABLE);
    JsonObject total = table.getJsonObject("total");
    JsonObject city = table.getJsonObject("city");
    JsonObject districts = table.getJsonObject("districts");
    String text = "全市系统数共计" + total.getLong("planned") + "套，目前已接入系统数" + total.getLong("connected") + "套，完成率"
        + percent2(total.getDouble("rate")) + "，其中杭州市本级共计接入系统数" + city.getLong("connected") + "套，接入率"
        + percent2(city.getDouble("rate")) + "；各区县共计接入系统数" + districts.getLong("connected") + "套，接入率"
        + percent2(districts.getDouble("rate")) + "。";
    return List.of(new Sentence("system-integration", 10, text, new JsonObject().put("total", total.copy()).put("city", city)
        .put("districts", districts), List.of(SystemIntegrationFamily.TABLE)));
  }

  @Override
  public List<AttachmentBlock> attachments() {
    return List.of(new AttachmentBlock(SystemIntegrationFamily.TABLE, 80, "全市自建业务办理系统接入“一窗平台”统计表", 0,
        SystemIntegrationFamily.TABLE, null, "备注：此表以各单位系统反馈统计，具体系统数以实际调研为准。", SystemIntegrationBulletin::layout));
  }

  private static TableLayout layout(JsonObject ranking) {
    TableLayout layout = new TableLayout("序号", "单位", "计划接入总数", "已接入数", "系统接入率");
    for (JsonObject row : TableLayout.objects(ranking.getJsonArray("rows"))) {
      layout.row("", row.getInteger("rank"), row.getString("unit"), row.getValue("planned"), row.getValue("connected"),
          percent2(row.getDouble("rate")));
    }
    JsonObject total = ranking.getJsonObject("total");
    return layout.row("total", "总计", "", total.getValue("planned"), total.getValue("connected"), percent2(total.getDouble("rate")));
  }
}
