package com.citydata.bulletin.families.exchange;

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

class ExchangeFamilyTest {
  private static final Instant NOW = Instant.parse("2018-07-20T08:00:00Z");
  private final Catalog catalog = new Catalog(List.of(new Unit("市公安局", UnitKind.DEPARTMENT, List.of("公安局"))));
  private final ExchangeFamily family = new ExchangeFamily();

  @Test
  void mapsAPointToTheCanonicalUnit() {
    List<String> series = StoredLines.parsed(family, new JsonArray().add(point()), context());
    assertThat(series).containsExactlyElementsOf(List.of(
        "exchange,direction=collect,unit=市公安局 field_count=477i,records=1273000i,table_count=38i 1531704600000"));
  }

  @Test
  void reportsEveryProblemOfEveryPointAtOnce() {
    JsonArray points = new JsonArray()
        .add(point())
        .add(point().put("direction", "up").put("unit", "市不存在局"))
        .add("not an object")
        .add(point().put("extra", 1));

    assertThatThrownBy(() -> StoredLines.parsed(family, points, context()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.details()).containsExactly(
            new FieldError(1, "direction", "'up' is not one of collect, push"),
            new FieldError(1, "unit", "unknown unit '市不存在局'; add it or an alias to the catalog first"),
            new FieldError(2, "", "Instance type string is invalid. Expected object"),
            new FieldError(3, "extra", "unknown field; expected one of direction, fields, records, tables, time, unit")));
  }

  @Test
  void anEmptyOrOversizedBatchIsRefused() {
    assertThatThrownBy(() -> StoredLines.parsed(family, new JsonArray(), context())).hasMessageContaining("no points");
    JsonArray many = new JsonArray();
    for (int i = 0; i <= 5000; i++) {
      many.add(point());
    }
    assertThatThrownBy(() -> StoredLines.parsed(family, many, context())).hasMessageContaining("too many");
  }

  private IngestContext context() {
    return new IngestContext(catalog, NOW, ZoneId.of("Asia/Shanghai"));
  }

  private static JsonObject point() {
    return new JsonObject().put("time", "2018-07-16T09:30:00+08:00").put("direction", "collect").put("unit", "公安局")
        .put("tables", 38).put("fields", 477).put("records", 1_273_000);
  }

}
