package com.citydata.bulletin.families.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.UnitKind;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.testing.StoredLines;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DingtalkFamilyTest {
  private final IngestContext context = new IngestContext(
      new Catalog(List.of(new Unit("市公安局", UnitKind.DEPARTMENT, List.of("公安局")))),
      Instant.parse("2018-07-20T08:00:00Z"), ZoneId.of("Asia/Shanghai"));

  @Test
  void aDayIsStoredAtItsStartInTheBulletinZone() {
    assertThat(StoredLines.parsed(new DingtalkFamily(), new JsonArray().add(point()), context)).containsExactlyElementsOf(List.of(
        "dingtalk,unit=市公安局 activated=3566i,active_users=1877i,registered=3670i,weekly_active=2900i 1531670400000"));
  }

  @Test
  void gaugesMustNestAndDaysMustHaveBegun() {
    JsonArray points = new JsonArray()
        .add(point().put("activated", 4000))
        .add(point().put("weekly_active", 3567))
        .add(point().put("date", "2018-07-16T00:00:00+08:00"))
        .add(point().put("date", "2018-07-22"));

    assertThatThrownBy(() -> StoredLines.parsed(new DingtalkFamily(), points, context))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.details()).containsExactly(
            new FieldError(0, "activated", "activated (4000) exceeds registered (3670)"),
            new FieldError(1, "weekly_active", "weekly_active (3567) exceeds activated (3566)"),
            new FieldError(2, "date", "'2018-07-16T00:00:00+08:00' is not a date of the form YYYY-MM-DD"),
            new FieldError(3, "date", "'2018-07-22' has not begun yet")));
  }

  private static JsonObject point() {
    return new JsonObject().put("date", "2018-07-16").put("unit", "公安局")
        .put("registered", 3670).put("activated", 3566).put("active", 1877).put("weekly_active", 2900);
  }

}
