package com.citydata.bulletin.families.dingtalk;

import static com.citydata.bulletin.report.ChineseNumbers.cut;
import static com.citydata.bulletin.report.ChineseNumbers.monthDay;
import static com.citydata.bulletin.report.ChineseNumbers.percentCut;

import com.citydata.bulletin.report.AttachmentBlock;
import com.citydata.bulletin.report.BulletinContext;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.report.ChartSpec;
import com.citydata.bulletin.report.Paragraph;
import com.citydata.bulletin.report.Section;
import com.citydata.bulletin.report.Sentence;
import com.citydata.bulletin.report.TableLayout;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Section 五 (政务钉钉情况), 附件17 and 附件18, and the active-rate chart. */
final class DingtalkBulletin implements BulletinPart {
  private static final Section SECTION = new Section("dingtalk", 5, "政务钉钉情况");

  @Override
  public List<Section> sections() {
    return List.of(SECTION);
  }

  @Override
  public List<Paragraph> paragraphs() {
    return List.of(new Paragraph("dingtalk", SECTION.id(), 10, null, "", "dingtalk-weekly"));
  }

  /**
   * The city-wide users are the reported platform figures when there are all three, else the sums of the two
   * tables. The seed's own punctuation here is ASCII (",", "(") and its numbers ungrouped; kept as printed.
   */
  @Override
  public List<Sentence> sentences(BulletinContext context) {
    long registered = 0;
    long activated = 0;
    long weeklyActive = 0;
    List<String> references = new ArrayList<>();
    for (String table : List.of(DingtalkFamily.CITY, DingtalkFamily.DISTRICT)) {
      if (context.has(table)) {
        JsonObject total = context.total(table);
        registered += total.getLong("registered");
        activated += total.getLong("activated");
        weeklyActive += total.getLong("weekly_active");
        references.add((table.equals(DingtalkFamily.CITY) ? "市本级单位政务钉钉应用情况排名详见附件" : "各区县政务钉钉应用情况排名详见附件")
            + context.attachment(table).orElseThrow() + "。");
      }
    }
    Optional<Number> cityRegistered = context.figure("dingtalk_registered");
    Optional<Number> cityActivated = context.figure("dingtalk_activated");
    Optional<Number> cityWeeklyActive = context.figure("dingtalk_weekly_active");
    if (cityRegistered.isPresent() && cityActivated.isPresent() && cityWeeklyActive.isPresent()) {
      registered = cityRegistered.get().longValue();
      activated = cityActivated.get().longValue();
      weeklyActive = cityWeeklyActive.get().longValue();
    } else if (references.isEmpty()) {
      return List.of();
    }
    double rate = registered == 0 ? 0 : (double) weeklyActive / registered;
    String text = "截至" + monthDay(context.day()) + ",全市注册用户为" + registered + "人(激活用户" + activated + "人,其中本周活跃用户为"
        + weeklyActive + "人),活跃率为" + percentCut(rate) + "。" + String.join("", references);
    return List.of(new Sentence("dingtalk", 10, text, new JsonObject().put("registered", registered).put("activated", activated)
        .put("weekly_active", weeklyActive).put("active_rate", rate), List.of()));
  }

  @Override
  public List<AttachmentBlock> attachments() {
    return List.of(
        new AttachmentBlock(DingtalkFamily.CITY, 170, "市本级单位政务钉钉活跃率排名表", 0, DingtalkFamily.CITY, null, null,
            ranking -> layout(ranking, "单位")),
        new AttachmentBlock(DingtalkFamily.DISTRICT, 180, "各区县（市）政务钉钉活跃率排名表", 0, DingtalkFamily.DISTRICT, null, null,
            ranking -> layout(ranking, "区县")));
  }

  @Override
  public List<ChartSpec> charts() {
    return List.of(new ChartSpec("dingtalk-weekly", "政务钉钉日均活跃率趋势", "%", false,
        List.of(new ChartSpec.Line("市本级单位", DingtalkFamily.CITY, "daily_active_rate", v -> v * 100),
            new ChartSpec.Line("各区县（市）", DingtalkFamily.DISTRICT, "daily_active_rate", v -> v * 100))));
  }

  private static TableLayout layout(JsonObject ranking, String unitColumn) {
    TableLayout layout = new TableLayout("序号", unitColumn, "注册数", "激活率", "激活数", "日均活跃数", "日均活跃率", TableLayout.CHANGE);
    for (JsonObject row : TableLayout.objects(ranking.getJsonArray("rows"))) {
      layout.row("", row.getInteger("rank"), row.getString("unit"), row.getValue("registered"),
          percentCut(row.getDouble("activation_rate")), row.getValue("activated"), cut(row.getDouble("daily_active")),
          percentCut(row.getDouble("daily_active_rate")), TableLayout.change(row.getJsonObject("change")));
    }
    JsonObject total = ranking.getJsonObject("total");
    layout.row("total", "合计", "", total.getValue("registered"), percentCut(total.getDouble("activation_rate")),
        total.getValue("activated"), cut(total.getDouble("daily_active")), percentCut(total.getDouble("daily_active_rate")),
        TableLayout.change(total.getJsonObject("change")));
    return layout;
  }
}
