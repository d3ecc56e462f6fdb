package com.citydata.bulletin.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPointsTest {
  /** Every kind of value a collector may send, the wrong ones included, as Vert.x's own decoding reads them. */
  private static final String BODY = """
      {"points": [
        {"time": "2018-07-16T09:30:00+08:00", "unit": "市公安局", "records": 1273000, "tables": 12.0, "big": 123456789012345678901234567890},
        {"records": -1, "ratio": 0.1, "flag": true, "none": null, "nested": {"a": [1, "b", {"c": false}]}, "list": [], "records": 7},
        "not an object",
        [],
        {}
      ]}""";

  @Test
  void pointsReadAsTheyStreamAreWhatTheParsedBodyHolds() {
    JsonArray parsed = new JsonObject(BODY).getJsonArray("points");
    List<Object> streamed = new ArrayList<>();
    int count = JsonPoints.forEach(Buffer.buffer(BODY), (item, index) -> {
      assertThat(index).isEqualTo(streamed.size());
      streamed.add(item instanceof JsonObject point ? point.copy() : item);
    });

    assertThat(count).isEqualTo(5);
    assertThat(streamed).hasSize(parsed.size());
    for (int i = 0; i < parsed.size(); i++) {
      if (parsed.getValue(i) instanceof JsonObject point) {
        // The same Java types, so a point's checks say the same whichever way the body was read; only a number with a
        // fraction is a BigDecimal of its text where Vert.x gives a double.
        JsonObject same = (JsonObject) streamed.get(i);
        assertThat(same.fieldNames()).containsExactlyElementsOf(point.fieldNames());
        point.fieldNames().forEach(field -> {
          Object expected = point.getValue(field) instanceof Double d ? new BigDecimal(d.toString()) : point.getValue(field);
          assertThat(same.getValue(field)).as(field).isEqualTo(expected);
          assertThat(same.getValue(field) == null ? null : same.getValue(field).getClass()).as(field)
              .isEqualTo(expected == null ? null : expected.getClass());
        });
      } else {
        assertThat(streamed.get(i)).isEqualTo(parsed.getValue(i));
      }
    }
  }

  @Test
  void aNumberWithAFractionOrExponentIsExactlyWhatWasSent() {
    List<Object> values = new ArrayList<>();
    JsonPoints.forEach(Buffer.buffer("{\"points\": [{\"a\": 1e309, \"b\": -1e309, \"c\": 1e-400, \"d\": 12.50}]}"),
        (item, index) -> ((JsonObject) item).forEach(e -> values.add(e.getValue())));

    assertThat(values).containsExactly(new BigDecimal("1e309"), new BigDecimal("-1e309"), new BigDecimal("1e-400"), new BigDecimal("12.50"));
  }

  @Test
  void theEnvelopeStandsForThePointsByTheirNumberWithoutReadingThem() {
    Object envelope = JsonPoints.envelope(Buffer.buffer("{\"points\": [{\"a\": 1}, 2, [3]], \"extra\": {\"b\": [true]}}"));

    assertThat(envelope).isEqualTo(new JsonObject().put("points", new JsonArray().addNull().addNull().addNull())
        .put("extra", new JsonObject().put("b", new JsonArray().add(true))));
    assertThat(JsonPoints.envelope(Buffer.buffer("{\"points\": \"x\"}"))).isEqualTo(new JsonObject().put("points", "x"));
    assertThat(JsonPoints.envelope(Buffer.buffer("[1]"))).isEqualTo(new JsonArray().add(1));
  }

  @Test
  void aBodyThatIsNotOneJsonValueIsRefused() {
    for (String body : List.of("", "  ", "{\"points\": [", "{\"points\": []} {}", "{\"points\": [{\"a\": 1,}]}", "nope")) {
      assertThatThrownBy(() -> JsonPoints.envelope(Buffer.buffer(body))).as(body).isInstanceOf(DecodeException.class);
      assertThatThrownBy(() -> JsonPoints.forEach(Buffer.buffer(body), (item, index) -> { })).as(body)
          .isInstanceOf(DecodeException.class);
    }
  }
}
