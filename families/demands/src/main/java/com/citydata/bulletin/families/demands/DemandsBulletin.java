package com.citydata.bulletin.families.demands;

import static com.citydata.bulletin.report.ChineseNumbers.monthDay;

import com.citydata.bulletin.report.AttachmentBlock;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.report.TableLayout;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;

/** 附件6's second table, printed under the page-query ranking. */
final class DemandsBulletin implements BulletinPart {
  /** The page-query family's attachment, which this table is printed in. */
  private static final String ATTACHMENT = "pagequery-visits";

  @Override
  public List<AttachmentBlock> attachments() {
    return List.of(new AttachmentBlock(ATTACHMENT, 60, null, 1, DemandsFamily.TABLE, "各部门提出数据共享需求统计情况", null,
        DemandsBulletin::layout));
  }

  private static TableLayout layout(JsonObject ranking) {
    TableLayout layout = new TableLayout("统计日期", "数据推送（项）", "接口调用（项）", "页面查询（项）");
    for (JsonObject row : TableLayout.objects(ranking.getJsonArray("rows"))) {
      layout.row("", monthDay(LocalDate.parse(row.getString("date"))), row.getValue("push"), row.getValue("interface"),
          row.getValue("pagequery"));
    }
    return layout;
  }
}
