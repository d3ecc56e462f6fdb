package com.citydata.bulletin.families.elicence;

import static com.citydata.bulletin.report.ChineseNumbers.plain;

import com.citydata.bulletin.report.AttachmentBlock;
import com.citydata.bulletin.report.BulletinContext;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.report.Sentence;
import com.citydata.bulletin.report.TableLayout;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The e-licence sentence of section 一's 接口调用情况 and 附件5. */
final class ElicenceBulletin implements BulletinPart {
  /** Declared by the interface-call family; the e-licence sentence follows the e-seal one. */
  /** The interface family's 接口调用情况, which carries this family's sentence. */
  private static final String PARAGRAPH = "interface-calls";

  /**
   * Two clauses: the licences made city-wide (platform figures) and the licences shared from the catalogue
   * (table) with the shared count; each is printed only when all its figures are known.
   */
  @Override
  public List<String> joins() {
    return List.of(PARAGRAPH);
  }

  @Override
  public List<Sentence> sentences(BulletinContext context) {
    Optional<Number> departments = context.figure("licence_departments");
    Optional<Number> kinds = context.figure("licence_kinds");
    Optional<Number> made = context.figure("licences_made");
    Optional<Number> shared = context.figure("licences_shared");
    List<String> clauses = new ArrayList<>();
    JsonObject figures = new JsonObject();
    if (departments.isPresent() && kinds.isPresent() && made.isPresent()) {
      clauses.add("目前已完成" + plain(departments.get()) + "个部门" + plain(kinds.get()) + "类" + plain(made.get()) + "本证照和电子批文制作");
      figures.put("licence_departments", departments.get()).put("licence_kinds", kinds.get()).put("licences_made", made.get());
    }
    boolean table = context.has(ElicenceFamily.TABLE);
    if (table && shared.isPresent()) {
      JsonObject total = context.total(ElicenceFamily.TABLE);
      clauses.add("提供" + total.getLong("units") + "个部门" + total.getLong("entries") + "类" + plain(shared.get()) + "本电子证照和电子批文共享");
      figures.put("elicence", Sentence.pick(total, "units", "entries", "stored", "weekly", "uses")).put("licences_shared", shared.get());
    }
    if (clauses.isEmpty()) {
      return List.of();
    }
    return List.of(new Sentence(PARAGRAPH, 30, String.join("，", clauses) + "。", figures,
        table ? List.of(ElicenceFamily.TABLE) : List.of()));
  }

  @Override
  public List<AttachmentBlock> attachments() {
    return List.of(new AttachmentBlock(ElicenceFamily.TABLE, 50, "证照入库使用统计表", 0, ElicenceFamily.TABLE, null, null,
        ElicenceBulletin::layout));
  }

  /** A unit's number and name are printed on its first entry only, as the seed prints them. */
  private static TableLayout layout(JsonObject ranking) {
    TableLayout layout = new TableLayout("序号", "局名称", "目录序号", "目录名称", "结构化数工作进度", "已入库数据量", "入库周增量", "使用情况");
    int printed = 0;
    for (JsonObject row : TableLayout.objects(ranking.getJsonArray("rows"))) {
      boolean first = row.getInteger("rank") != printed;
      printed = row.getInteger("rank");
      layout.row(first ? "" : "continued", first ? printed : "", first ? row.getString("unit") : "", row.getString("code"),
          row.getString("name"), row.getString("status"), row.getValue("stored"), row.getValue("weekly"), row.getValue("uses"));
    }
    JsonObject total = ranking.getJsonObject("total");
    return layout.row("total", "合计", total.getLong("units") + "个部门", "", total.getLong("entries") + "类", "",
        total.getValue("stored"), total.getValue("weekly"), total.getValue("uses"));
  }
}
