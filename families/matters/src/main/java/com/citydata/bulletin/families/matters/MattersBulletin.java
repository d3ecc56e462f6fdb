package com.citydata.bulletin.families.matters;

import static com.citydata.bulletin.report.ChineseNumbers.monthDay;

import com.citydata.bulletin.report.AttachmentBlock;
import com.citydata.bulletin.report.BulletinContext;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.report.Paragraph;
import com.citydata.bulletin.report.Section;
import com.citydata.bulletin.report.Sentence;
import com.citydata.bulletin.report.TableLayout;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Section 四 (“最多跑一次”事项网上申请开通情况) and 附件13–16, titled with their counts as the seed titles them. */
final class MattersBulletin implements BulletinPart {
  private static final Section SECTION = new Section("online-matters", 4, "“最多跑一次”事项网上申请开通情况");

  @Override
  public List<Section> sections() {
    return List.of(SECTION);
  }

  @Override
  public List<Paragraph> paragraphs() {
    return List.of(new Paragraph("online-matters", SECTION.id(), 10, null, "", null));
  }

  @Override
  public List<Sentence> sentences(BulletinContext context) {
    if (!context.has(MattersFamily.SUMMARY)) {
      return List.of();
    }
    JsonObject summary = context.total(MattersFamily.SUMMARY);
    StringBuilder text = new StringBuilder("截止").append(monthDay(context.day())).append("，根据事项库导出数据统计，杭州市最多跑一次事项")
        .append(summary.getLong("matters")).append("项，有在线申报地址的有").append(summary.getLong("with_address")).append("项，其中有")
        .append(summary.getLong("unified_auth")).append("项实现了统一认证，在线办理比例")
        .append(BigDecimal.valueOf(summary.getDouble("online_rate") * 100).setScale(1, RoundingMode.HALF_UP).toPlainString())
        .append("%（未去除例外情况事项）。");
    List<String> lists = new ArrayList<>();
    if (context.has(MattersFamily.RECTIFYING)) {
      lists.add("目前还有" + context.total(MattersFamily.RECTIFYING).getLong("count") + "个事项正在整改中（附件"
          + context.attachment(MattersFamily.RECTIFYING).orElseThrow() + "）");
    }
    if (context.has(MattersFamily.ELSEWHERE)) {
      JsonObject elsewhere = context.total(MattersFamily.ELSEWHERE);
      lists.add("例外事项中有" + elsewhere.getLong("count") + "个事项其他地市可办我市至今不可办，涉及" + elsewhere.getLong("units")
          + "个部门（附件" + context.attachment(MattersFamily.ELSEWHERE).orElseThrow() + "）");
    }
    if (!lists.isEmpty()) {
      text.append(String.join("；", lists)).append("。");
    }
    return List.of(new Sentence("online-matters", 10, text.toString(), summary.copy(), List.of()));
  }

  @Override
  public List<AttachmentBlock> attachments() {
    return List.of(
        new AttachmentBlock(MattersFamily.RECTIFYING, 130, "未完成整改的事项清单（{count}）", 0, MattersFamily.RECTIFYING, null, null,
            ranking -> items(ranking, List.of("序号", "部门名称", "权力名称", "适用对象（行政相对人性质）", "结论", "计划完成时间"),
                m -> List.of(m.getString("unit"), m.getString("name"), m.getString("subjects"), m.getString("conclusion"),
                    m.getString("deadline")))),
        new AttachmentBlock(MattersFamily.ELSEWHERE, 140, "其他地市可网办我市至今不可办事项清单（{count}）", 0, MattersFamily.ELSEWHERE, null,
            null, ranking -> byUnit(ranking, "合计")),
        new AttachmentBlock(MattersFamily.ELSEWHERE, 140, null, 1, MattersFamily.ELSEWHERE, "具体清单如下", null,
            ranking -> items(ranking, List.of("序号", "部门名称", "权力名称", "适用对象(行政相对人性质)", "可办地区举例", "杭州是否能网上办理", "不能网办原因"),
                m -> List.of(m.getString("unit"), m.getString("name"), m.getString("subjects"), m.getString("elsewhere"),
                    m.getString("online_here"), m.getString("exception")))),
        new AttachmentBlock(MattersFamily.NO_ADDRESS, 150, "去除例外情况外，没有在线办理地址的事项（{count}）", 0, MattersFamily.NO_ADDRESS,
            null, null, ranking -> byUnit(ranking, "总计")),
        new AttachmentBlock(MattersFamily.NO_ADDRESS, 150, null, 1, MattersFamily.NO_ADDRESS, "具体清单如下", null,
            ranking -> items(ranking, List.of("序号", "部门名称", "权力名称"), m -> List.of(m.getString("unit"), m.getString("name")))),
        new AttachmentBlock(MattersFamily.NO_UNIFIED_AUTH, 160, "去除例外情况外，有在线办理地址但没有统一认证的事项（{count}）", 0,
            MattersFamily.NO_UNIFIED_AUTH, null, null, ranking -> byUnit(ranking, "总计")),
        new AttachmentBlock(MattersFamily.NO_UNIFIED_AUTH, 160, null, 1, MattersFamily.NO_UNIFIED_AUTH, "具体清单如下", null,
            ranking -> items(ranking, List.of("序号", "权力基本码", "部门名称", "权力名称", "网上办理业务模式", "不适宜开展网上申报", "极少业务",
                "涉密或敏感", "事权层级"), m -> List.of(m.getString("code"), m.getString("unit"), m.getString("name"), m.getString("mode"),
                m.getString("unsuitable"), m.getString("rare"), m.getString("secret"), m.getString("level")))));
  }

  private static TableLayout byUnit(JsonObject ranking, String totalLabel) {
    TableLayout layout = new TableLayout("序号", "部门名称", "数量");
    int number = 0;
    for (JsonObject unit : TableLayout.objects(ranking.getJsonArray("by_unit"))) {
      layout.row("", ++number, unit.getString("unit"), unit.getInteger("count"));
    }
    return layout.row("total", totalLabel, number + " 个部门", ranking.getLong("count"));
  }

  private static TableLayout items(JsonObject ranking, List<String> columns, Function<JsonObject, List<String>> cells) {
    TableLayout layout = new TableLayout(columns.toArray(String[]::new));
    int number = 0;
    for (JsonObject item : TableLayout.objects(ranking.getJsonArray("items"))) {
      List<Object> row = new ArrayList<>();
      row.add(++number);
      row.addAll(cells.apply(item));
      layout.row("", row.toArray());
    }
    return layout;
  }
}
