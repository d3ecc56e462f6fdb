package com.citydata.bulletin.families.elicence;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.domain.WeekWindow;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElicenceRankingTest {
  private static final WeekWindow WEEK = new WeekWindow(LocalDate.of(2018, 7, 20), ZoneId.of("Asia/Shanghai"));

  @Test
  void unitsByTheirSmallestCodeEntriesByCodeAndAUnitsEntriesShareItsNumber() {
    JsonObject table = ElicenceRanking.table("elicence-catalogue", WEEK, List.of(
        new EntryFigures("市档案局", "DAJ330408", "档案专业技术人员继续教育证书", "已归集", 3423, 0, 0),
        new EntryFigures("市城管委", "CGW330401", "城镇污水排入排水管网许可证", "已归集", 457, 2, 0),
        new EntryFigures("市档案局", "DAJ330401", "档案管理人员培训证书", "已归集", 2138, 0, 7),
        new EntryFigures("市残联", "CL330401", "残疾人证", "已归集", 190_936, 0, 210_433)));

    assertThat(table.getJsonArray("rows").stream().map(r -> ((JsonObject) r))
        .map(r -> r.getInteger("rank") + " " + r.getString("unit") + " " + r.getString("code")).toList()).containsExactly(
        "1 市城管委 CGW330401", "2 市残联 CL330401", "3 市档案局 DAJ330401", "3 市档案局 DAJ330408");
    assertThat(table.getJsonObject("total")).isEqualTo(new JsonObject().put("units", 3).put("entries", 4)
        .put("stored", 196_954L).put("weekly", 2L).put("uses", 210_440L));
  }
}
