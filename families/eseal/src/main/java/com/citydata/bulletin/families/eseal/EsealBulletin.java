package com.citydata.bulletin.families.eseal;

import static com.citydata.bulletin.report.ChineseNumbers.plain;

import com.citydata.bulletin.report.AttachmentBlock;
import com.citydata.bulletin.report.BulletinContext;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.report.Sentence;
import com.citydata.bulletin.report.TableLayout;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;

/** The e-seal sentence of section 一's 接口调用情况 and 附件4's two tables. */
final class EsealBulletin implements BulletinPart {
  /** Declared by the interface-call family; the e-seal sentence sits between its two sentences. */
  /** The interface family's 接口调用情况, which carries this family's sentence. */
  private static final String PARAGRAPH = "interface-calls";

  @Override
  public List<String> joins() {
    return List.of(PARAGRAPH);
  }

  @Override
  public List<Sentence> sentences(BulletinContext context) {
    if (!context.has(EsealFamily.REGIONS)) {
      return List.of();
    }
    JsonObject total = context.total(EsealFamily.REGIONS);
    Optional<Number> certificates = context.figure("digital_certificates");
    String text = "目前电子签章累计完成" + certificates.map(n -> plain(n) + "个数字证书、").orElse("") + total.getLong("seals")
        + "个电子印章的制作，累计盖章次数为" + total.getLong("stamps") + "，本周盖章" + total.getLong("weekly") + "次。";
    JsonObject figures = new JsonObject().put("eseal", Sentence.pick(total, "units", "seals", "stamps", "weekly"));
    certificates.ifPresent(n -> figures.put("digital_certificates", n));
    return List.of(new Sentence(PARAGRAPH, 20, text, figures, List.of(EsealFamily.REGIONS)));
  }

  @Override
  public List<AttachmentBlock> attachments() {
    return List.of(
        new AttachmentBlock(EsealFamily.REGIONS, 40, "电子签章排名表", 0, EsealFamily.REGIONS, null, null, EsealBulletin::regions),
        new AttachmentBlock(EsealFamily.REGIONS, 40, null, 1, EsealFamily.CITY_SEALS, "电子签章排名表(市本级)",
            "注：只展示市本级有使用的签章情况。", EsealBulletin::citySeals));
  }

  private static TableLayout regions(JsonObject ranking) {
    TableLayout layout = new TableLayout("序号", "区域", "印章总数", "签署总数");
    for (JsonObject row : TableLayout.objects(ranking.getJsonArray("rows"))) {
      layout.row("", row.getInteger("rank"), row.getString("unit"), row.getValue("seals"), row.getValue("stamps"));
    }
    JsonObject total = ranking.getJsonObject("total");
    return layout.row("total", "合计", "", total.getValue("seals"), total.getValue("stamps"));
  }

  private static TableLayout citySeals(JsonObject ranking) {
    TableLayout layout = new TableLayout("序号", "印章名称", "签章次数");
    for (JsonObject row : TableLayout.objects(ranking.getJsonArray("rows"))) {
      layout.row("", row.getInteger("rank"), row.getString("seal"), row.getValue("stamps"));
    }
    return layout.row("total", "合计", "", ranking.getJsonObject("total").getValue("stamps"));
  }
}
