package com.citydata.bulletin.families.pagequery;

import static com.citydata.bulletin.report.ChineseNumbers.grouped;
import static com.citydata.bulletin.report.ChineseNumbers.plain;

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

/** Section 一's 页面查询情况 paragraph, the first table of 附件6 and its chart. */
final class PageQueryBulletin implements BulletinPart {
  /** The section it prints into, which another family opens: the registry refuses to start without it. */
  private static final String SECTION = "data";
  private static final String GROUP = "sharing";
  /** The attachment the sharing demands print their table under. */
  static final String ATTACHMENT = PageQueryFamily.TABLE;

  @Override
  public List<Paragraph> paragraphs() {
    return List.of(new Paragraph("page-queries", SECTION, 40, GROUP, "页面查询情况", "pagequery-weekly"));
  }

  @Override
  public List<Sentence> sentences(BulletinContext context) {
    if (!context.has(PageQueryFamily.TABLE)) {
      return List.of();
    }
    JsonObject total = context.total(PageQueryFamily.TABLE);
    long units = total.getLong("units");
    Optional<Number> published = context.figure("pagequery_modules_published");
    Optional<Number> accessible = context.figure("pagequery_modules_accessible");
    Optional<Number> accounts = context.figure("query_accounts");
    Optional<Number> accountOrganisations = context.figure("query_account_organisations");
    Optional<Number> requestingOrganisations = context.figure("requesting_organisations");
    Optional<Number> requestingAccounts = context.figure("requesting_accounts");
    StringBuilder text = new StringBuilder("目前页面查询");
    if (published.isPresent() && accessible.isPresent()) {
      text.append("累计发布").append(plain(published.get())).append("个模块，可访问模块数").append(plain(accessible.get())).append("个，");
    }
    text.append("累计访问量").append(grouped(total.getLong("cumulative"))).append("次。提供").append(units)
        .append("个市级部门和区县（市）查询，累计访问").append(total.getLong("modules_ever_visited")).append("个模块。");
    if (accounts.isPresent() && accountOrganisations.isPresent()) {
      text.append("目前，公共数据工作平台已为").append(units).append("个市级部门和区县（市），")
          .append(grouped(accountOrganisations.get().doubleValue())).append("个市级部门、区县部门、乡镇及街道开通共享查询用户账号")
          .append(grouped(accounts.get().doubleValue())).append("个。");
    }
    if (requestingOrganisations.isPresent() && requestingAccounts.isPresent()) {
      text.append("目前已有").append(units).append("个部门、区县（市），").append(plain(requestingOrganisations.get()))
          .append("个市级部门、区县部门、乡镇及街道，").append(plain(requestingAccounts.get())).append("个用户帐号请求数据共享。");
    }
    text.append("本周共访问").append(total.getLong("modules_visited")).append("个模块，访问量").append(grouped(total.getLong("weekly")))
        .append("次，").append(WeekChange.phrase(total)).append("日均访问量")
        .append(grouped(Math.floor(Double.parseDouble(total.getValue("daily_average").toString())))).append("次。");
    return List.of(new Sentence("page-queries", 10, text.toString(), Sentence.pick(total, "units", "modules", "modules_visited",
        "modules_ever_visited", "cumulative", "weekly", "daily_average"), List.of(PageQueryFamily.TABLE)));
  }

  @Override
  public List<AttachmentBlock> attachments() {
    return List.of(new AttachmentBlock(ATTACHMENT, 60, "页面查询排名表", 0, PageQueryFamily.TABLE, null, null, PageQueryBulletin::layout));
  }

  @Override
  public List<ChartSpec> charts() {
    return List.of(new ChartSpec("pagequery-weekly", "页面查询访问量趋势", "次", false,
        List.of(new ChartSpec.Line("页面查询", PageQueryFamily.TABLE, "weekly", v -> v))));
  }

  private static TableLayout layout(JsonObject ranking) {
    TableLayout layout = new TableLayout("序号", "市级部门、区县（市）", "查询模块数", "累计访问量", "本周访问量", TableLayout.CHANGE);
    int number = 0;
    for (JsonObject row : TableLayout.objects(ranking.getJsonArray("rows"))) {
      number = row.getInteger("rank");
      layout.row("", number, row.getString("unit"), row.getValue("modules"), row.getValue("cumulative"), row.getValue("weekly"),
          TableLayout.change(row.getJsonObject("change")));
    }
    JsonObject others = ranking.getJsonObject("others");
    if (others != null) {
      layout.row("others", number + 1, "其他市级部门、区县", others.getValue("modules"), others.getValue("cumulative"),
          others.getValue("weekly"), "");
    }
    JsonObject total = ranking.getJsonObject("total");
    layout.row("total", "合计", total.getLong("units") + "市级部门、区县", total.getValue("modules"), total.getValue("cumulative"),
        total.getValue("weekly"), TableLayout.change(total.getJsonObject("change")));
    return layout;
  }
}
