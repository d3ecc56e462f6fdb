package com.citydata.bulletin.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
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
    assertThat(new JsonArray(streamed)).isEqualTo(parsed);
    for (int i = 0; i < parsed.size(); i++) {
      if (parsed.getValue(i) instanceof JsonObject point) {
        // The same Java types, so a point's checks say the same whichever way the body was read.
        JsonObject same = (JsonObject) streamed.get(i);
        point.fieldNames().forEach(field -> assertThat(same.getValue(field) == null ? null : same.getValue(field).getClass())
            .as(field).isEqualTo(point.getValue(field) == null ? null : point.getValue(field).getClass()));
      }
    }
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
