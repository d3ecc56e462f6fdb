package com.citydata.bulletin.families.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import com.citydata.bulletin.family.Batch;
import com.citydata.bulletin.ingest.IngestContext;
import com.citydata.bulletin.records.StoredRecord;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorsFamilyTest {
  private final IngestContext context = new IngestContext(new Catalog(List.of()), Instant.parse("2018-07-20T08:00:00Z"),
      ZoneId.of("Asia/Shanghai"));

  private static JsonObject point(String name, Object value) {
    return new JsonObject().put("date", "2018-07-20").put("name", name).put("value", value);
  }

  @Test
  void keepsDecimalsAndWholeNumbersAsGiven() {
    Batch.Records records = (Batch.Records) new IndicatorsFamily().parse(new JsonArray()
        .add(point("storage_tb", 46.65)).add(point("interfaces_published", 571)).add(point("province_push_records", 76_000_000.0)), context);

    assertThat(records.records()).containsExactly(
        new StoredRecord("indicators", LocalDate.of(2018, 7, 20), "storage_tb", new JsonObject().put("value", 46.65)),
        new StoredRecord("indicators", LocalDate.of(2018, 7, 20), "interfaces_published", new JsonObject().put("value", 571L)),
        new StoredRecord("indicators", LocalDate.of(2018, 7, 20), "province_push_records", new JsonObject().put("value", 76_000_000L)));
  }

  @Test
  void refusesUnknownNamesFractionsOfCountsAndDigitsThatWouldNotBeKept() {
    JsonArray points = new JsonArray()
        .add(point("storage", 1))
        .add(point("interfaces_published", 571.5))
        .add(point("storage_tb", 1234567890.1234567))
        .add(point("storage_tb", -1));

    assertThatThrownBy(() -> new IndicatorsFamily().parse(points, context)).isInstanceOfSatisfying(InvalidRequestException.class,
        e -> assertThat(e.details()).extracting(FieldError::index, FieldError::field).containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, "name"), org.assertj.core.groups.Tuple.tuple(1, "value"),
            org.assertj.core.groups.Tuple.tuple(2, "value"), org.assertj.core.groups.Tuple.tuple(3, "value")));
  }
}
