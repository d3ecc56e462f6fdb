package com.citydata.bulletin.families.exchange;

import static com.citydata.bulletin.report.ChineseNumbers.amount;
import static com.citydata.bulletin.report.ChineseNumbers.grouped;
import static com.citydata.bulletin.report.ChineseNumbers.monthDay;
import static com.citydata.bulletin.report.ChineseNumbers.plain;
import static com.citydata.bulletin.report.ChineseNumbers.wanTenth;
import static com.citydata.bulletin.report.ChineseNumbers.wanWhole;

import com.citydata.bulletin.report.AttachmentBlock;
import com.citydata.bulletin.report.BulletinContext;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.report.ChartSpec;
import com.citydata.bulletin.report.Group;
import com.citydata.bulletin.report.Paragraph;
import com.citydata.bulletin.report.Section;
import com.citydata.bulletin.report.Sentence;
import com.citydata.bulletin.report.TableLayout;
import com.citydata.bulletin.report.WeekChange;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Section 一's 归集情况 and 数据推送情况, 附件1 and 附件2, and the collection charts. */
final class ExchangeBulletin implements BulletinPart {
  private static final Section SECTION = new Section("data", 1, "数据归集和共享情况");
  private static final Group SHARING = new Group("sharing", SECTION.id(), "(二) 共享情况");
  private static final String COLLECT = ExchangeFamily.table(Direction.COLLECT);
  private static final String PUSH = ExchangeFamily.table(Direction.PUSH);
  /** Other families' tables the collection paragraph quotes, by their public ids (issue 21 leaves these open). */
  private static final String INTERFACE_CALLS = "interface-calls";
  private static final String PAGEQUERY_VISITS = "pagequery-visits";

  @Override
  public List<Section> sections() {
    return List.of(SECTION);
  }

  @Override
  public List<Group> groups() {
    return List.of(SHARING);
  }

  @Override
  public List<Paragraph> paragraphs() {
    return List.of(
        new Paragraph("collection", SECTION.id(), 10, null, "(一) 归集情况", "collect-cumulative"),
        new Paragraph("push", SECTION.id(), 20, SHARING.id(), "数据推送情况", "exchange-weekly"));
  }

  @Override
  public List<Sentence> sentences(BulletinContext context) {
    List<Sentence> sentences = new ArrayList<>();
    if (context.has(COLLECT)) {
      sentences.add(collection(context));
    }
    if (context.has(PUSH)) {
      sentences.add(push(context));
    }
    return sentences;
  }

  private static Sentence collection(BulletinContext context) {
    JsonObject total = context.total(COLLECT);
    Optional<Number> storage = context.figure("storage_tb");
    String text = "截止" + monthDay(context.day()) + "，归集" + total.getLong("units") + "个部门、" + grouped(total.getLong("tables"))
        + "张表、" + grouped(total.getLong("fields")) + "个字段，累计总归集量" + amount(total.getLong("cumulative")) + "条"
        + storage.map(tb -> "，存储容量" + plain(tb) + "TB（不含非结构化数据）").orElse("") + "。"
        + reform(context).orElse("")
        + "本周归集总量" + amount(total.getLong("weekly")) + "条，" + WeekChange.phrase(total)
        + "涉及省市" + total.getLong("active_units") + "个部门，日均归集量" + amount(dailyAverage(total)) + "。";
    JsonObject figures = Sentence.pick(total, "units", "tables", "fields", "cumulative", "weekly", "active_units", "daily_average");
    storage.ifPresent(tb -> figures.put("storage_tb", tb));
    return new Sentence("collection", 10, text, figures, List.of(COLLECT));
  }

  /**
   * 其中为“最多跑一次”…: platform figures beside the interface and page-query totals, printed only when all of them
   * are known.
   */
  private static Optional<String> reform(BulletinContext context) {
    Optional<Number> reform = context.figure("reform_collected_records");
    Optional<Number> batch = context.figure("batch_shared_records");
    Optional<Number> interfaces = context.figure("interfaces_published");
    Optional<Number> provincial = context.figure("interfaces_provincial");
    Optional<Number> services = context.figure("pagequery_modules_published");
    if (reform.isEmpty() || batch.isEmpty() || interfaces.isEmpty() || provincial.isEmpty() || services.isEmpty()
        || !context.has(INTERFACE_CALLS) || !context.has(PAGEQUERY_VISITS)) {
      return Optional.empty();
    }
    return Optional.of("其中为“最多跑一次”数据共享工作归集数据" + amount(reform.get().doubleValue()) + "条，实现数据批量交换共享"
        + amount(batch.get().doubleValue()) + "条，开发" + plain(interfaces.get()) + "个接口（其中省接口" + plain(provincial.get())
        + "个），累计调用次数达" + wanWhole(context.total(INTERFACE_CALLS).getLong("cumulative"))
        + "万次，累计发布页面查询服务" + plain(services.get()) + "项，累计访问"
        + wanTenth(context.total(PAGEQUERY_VISITS).getLong("cumulative")) + "万次。");
  }

  private static Sentence push(BulletinContext context) {
    JsonObject total = context.total(PUSH);
    Optional<Number> tables = context.figure("province_push_tables");
    Optional<Number> fields = context.figure("province_push_fields");
    Optional<Number> records = context.figure("province_push_records");
    String province = tables.isPresent() && fields.isPresent() && records.isPresent()
        ? "其中，向省大数据中心推送" + plain(tables.get()) + "张表、" + grouped(fields.get().doubleValue()) + "个字段，"
            + amount(records.get().doubleValue()) + "条。"
        : "";
    String text = "截止" + monthDay(context.day()) + "，累计总推送" + amount(total.getLong("cumulative")) + "条数据量。" + province
        + "推送至省大数据中心、市级" + total.getLong("units") + "个部门，" + grouped(total.getLong("tables")) + "张表、"
        + grouped(total.getLong("fields")) + "个字段，本周推送总量" + amount(total.getLong("weekly")) + "条，"
        + WeekChange.phrase(total) + "涉及省市" + total.getLong("active_units") + "个部门，日均推送量"
        + amount(dailyAverage(total)) + "左右。";
    return new Sentence("push", 10, text,
        Sentence.pick(total, "units", "tables", "fields", "cumulative", "weekly", "active_units", "daily_average"), List.of(PUSH));
  }

  private static double dailyAverage(JsonObject total) {
    return Double.parseDouble(total.getValue("daily_average").toString());
  }

  @Override
  public List<AttachmentBlock> attachments() {
    return List.of(
        new AttachmentBlock(COLLECT, 10, "数据归集排名表", 0, COLLECT, null, null, ranking -> layout(ranking, "归集")),
        new AttachmentBlock(PUSH, 20, "数据推送排名表", 0, PUSH, null, null, ranking -> layout(ranking, "推送")));
  }

  @Override
  public List<ChartSpec> charts() {
    return List.of(
        new ChartSpec("collect-cumulative", "累计归集情况", "亿条", true,
            List.of(new ChartSpec.Line("累计归集量", COLLECT, "cumulative", v -> v / 1e8))),
        new ChartSpec("exchange-weekly", "本周归集与推送量趋势", "亿条", false,
            List.of(new ChartSpec.Line("归集", COLLECT, "weekly", v -> v / 1e8),
                new ChartSpec.Line("推送", PUSH, "weekly", v -> v / 1e8))));
  }

  private static TableLayout layout(JsonObject ranking, String verb) {
    TableLayout layout = new TableLayout("序号", "部门名", "资源表", "字段项", "累计" + verb + "量（万条）", "本周" + verb + "量（万条）",
        TableLayout.CHANGE);
    int number = 0;
    for (JsonObject row : TableLayout.objects(ranking.getJsonArray("rows"))) {
      number = row.getInteger("rank");
      layout.row("", number, row.getString("unit"), row.getValue("tables"), row.getValue("fields"),
          wanTenth(row.getLong("cumulative")), wanTenth(row.getLong("weekly")), TableLayout.change(row.getJsonObject("change")));
    }
    JsonObject others = ranking.getJsonObject("others");
    if (others != null) {
      layout.row("others", ++number, others.getString("label"), others.getValue("tables"), others.getValue("fields"),
          wanTenth(others.getLong("cumulative")), wanTenth(others.getLong("weekly")), "");
    }
    for (JsonObject special : TableLayout.objects(ranking.getJsonArray("special"))) {
      layout.row("special", ++number, special.getString("unit"), special.getValue("tables"), special.getValue("fields"),
          wanTenth(special.getLong("cumulative")), wanTenth(special.getLong("weekly")), "");
    }
    JsonObject total = ranking.getJsonObject("total");
    layout.row("total", "合计", total.getLong("units") + "部门", total.getValue("tables"), total.getValue("fields"),
        wanTenth(total.getLong("cumulative")), wanTenth(total.getLong("weekly")), TableLayout.change(total.getJsonObject("change")));
    return layout;
  }
}
