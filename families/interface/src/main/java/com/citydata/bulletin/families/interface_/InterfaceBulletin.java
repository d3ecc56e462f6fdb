package com.citydata.bulletin.families.interface_;

import static com.citydata.bulletin.report.ChineseNumbers.plain;
import static com.citydata.bulletin.report.ChineseNumbers.wan1;
import static com.citydata.bulletin.report.ChineseNumbers.wanWhole;

import com.citydata.bulletin.report.AttachmentBlock;
import com.citydata.bulletin.report.BulletinContext;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.report.ChartSpec;
import com.citydata.bulletin.report.Paragraph;
import com.citydata.bulletin.report.Sentence;
import com.citydata.bulletin.report.TableLayout;
import com.citydata.bulletin.report.WeekChange;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * Section 一's 接口调用情况 paragraph, which e-seals and e-licences also write into: the catalogue sentence first
 * (order 10), the week's calls last (order 40); 附件3 and its chart.
 */
final class InterfaceBulletin implements BulletinPart {
  /** The section it prints into, which another family opens: the registry refuses to start without it. */
  private static final String SECTION = "data";
  private static final String GROUP = "sharing";
  /** The paragraph other families add their sentences to, between this family's two. */
  static final String PARAGRAPH = "interface-calls";

  @Override
  public List<Paragraph> paragraphs() {
    return List.of(new Paragraph(PARAGRAPH, "data", 30, GROUP, "接口调用情况", "interface-weekly"));
  }

  @Override
  public List<Sentence> sentences(BulletinContext context) {
    if (!context.has(InterfaceFamily.TABLE)) {
      return List.of();
    }
    JsonObject total = context.total(InterfaceFamily.TABLE);
    Optional<Number> published = context.figure("interfaces_published");
    Optional<Number> inUse = context.figure("interfaces_in_use");
    Optional<Number> services = context.figure("service_interfaces");
    String catalogue = (published.isPresent() && inUse.isPresent()
        ? "目前接口已发布" + plain(published.get()) + "个，其中在用接口数" + plain(inUse.get()) + "个。" : "")
        + "提供" + total.getLong("units") + "个市级部门、区、县（市）的" + total.getLong("systems") + "个系统调用"
        + services.map(n -> plain(n) + "个").orElse("") + "服务接口，累计服务接口调用量" + wanWhole(total.getLong("cumulative")) + "万次。";
    String week = "本周服务接口调用" + wanWhole(total.getLong("weekly")) + "万次，" + WeekChange.phrase(total)
        + "日均调用量" + wanWhole(Double.parseDouble(total.getValue("daily_average").toString())) + "万次。";
    return List.of(
        new Sentence(PARAGRAPH, 10, catalogue, Sentence.pick(total, "units", "systems", "cumulative"), List.of(InterfaceFamily.TABLE)),
        new Sentence(PARAGRAPH, 40, week, Sentence.pick(total, "weekly", "daily_average"), List.of(InterfaceFamily.TABLE)));
  }

  @Override
  public List<AttachmentBlock> attachments() {
    return List.of(new AttachmentBlock(InterfaceFamily.TABLE, 30, "接口调用排名表", 0, InterfaceFamily.TABLE, null, null,
        InterfaceBulletin::layout));
  }

  @Override
  public List<ChartSpec> charts() {
    return List.of(new ChartSpec("interface-weekly", "服务接口调用量趋势", "万次", false,
        List.of(new ChartSpec.Line("接口调用", InterfaceFamily.TABLE, "weekly", v -> v / 1e4))));
  }

  private static TableLayout layout(JsonObject ranking) {
    TableLayout layout = new TableLayout("序号", "部门", "业务系统", "累计调用次数（万次）", "本周调用次数（万次）", TableLayout.CHANGE);
    int number = 0;
    for (JsonObject row : TableLayout.objects(ranking.getJsonArray("rows"))) {
      number = row.getInteger("rank");
      layout.row("", number, row.getString("unit"), row.getString("system"), wan1(row.getLong("cumulative")),
          wan1(row.getLong("weekly")), TableLayout.change(row.getJsonObject("change")));
    }
    JsonObject others = ranking.getJsonObject("others");
    if (others != null) {
      layout.row("others", number + 1, "其他" + others.getLong("units") + "个部门", "其他" + others.getLong("systems") + "个系统",
          wan1(others.getLong("cumulative")), wan1(others.getLong("weekly")), "");
    }
    JsonObject total = ranking.getJsonObject("total");
    layout.row("total", "汇总", total.getLong("units") + "个部门", total.getLong("systems") + "个系统",
        wan1(total.getLong("cumulative")), wan1(total.getLong("weekly")), TableLayout.change(total.getJsonObject("change")));
    return layout;
  }
}
