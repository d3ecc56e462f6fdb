package com.citydata.bulletin.families.interface_;

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

class CounterFamilyTest {
  private final InterfaceFamily family = new InterfaceFamily();
  private final IngestContext context = new IngestContext(
      new Catalog(List.of(new Unit("市民卡公司", UnitKind.COMPANY, List.of("市民卡")))),
      Instant.parse("2018-07-20T08:00:00Z"), ZoneId.of("Asia/Shanghai"));

  @Test
  void mapsAliasAndKeepsTheKeyAsSent() {
    assertThat(StoredLines.parsed(family, new JsonArray().add(new JsonObject().put("time", "2018-07-16T09:30:00+08:00")
        .put("unit", "市民卡").put("system", "惠民征信系统").put("calls", 1_089_000)), context))
        .containsExactlyElementsOf(List.of(
            "interface_calls,system_name=惠民征信系统,unit=市民卡公司 calls=1089000i 1531704600000"));
  }

  /** A padded key was once trimmed, and two systems could merge; it is refused instead. */
  @Test
  void refusesAKeyWithSpacesAtItsEnds() {
    JsonArray points = new JsonArray().add(new JsonObject().put("time", "2018-07-16T09:30:00+08:00").put("unit", "市民卡")
        .put("system", " 惠民征信系统 ").put("calls", 1));
    assertThatThrownBy(() -> StoredLines.parsed(family, points, context))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.details()).containsExactly(
            new FieldError(0, "system", "must not begin or end with a space")));
  }

  @Test
  void namesEveryMissingOrWrongField() {
    JsonArray points = new JsonArray().add(new JsonObject().put("time", "2018-07-16T09:30:00+08:00").put("unit", "市民卡")
        .put("calls", 1.5).put("module", "x"));
    assertThatThrownBy(() -> StoredLines.parsed(family, points, context))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.details()).containsExactly(
            new FieldError(0, "module", "unknown field; expected one of calls, system, time, unit"),
            new FieldError(0, "system", "is required"),
            new FieldError(0, "calls", "must be an integer ≥ 0, got the fraction 1.5")));
  }

}
