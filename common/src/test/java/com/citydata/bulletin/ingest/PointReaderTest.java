package com.citydata.bulletin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.domain.FieldError;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PointReaderTest {
  private static final Instant NOW = Instant.parse("2018-07-20T08:00:00Z");

  @Test
  void countsAreWholeNonNegativeNumbers() {
    List<FieldError> errors = new ArrayList<>();
    PointReader reader = new PointReader(new JsonObject()
        .put("a", 12.0).put("b", 12.5).put("c", -1).put("d", "12").put("e", PointReader.MAX_COUNT)
        .put("f", PointReader.MAX_COUNT + 1).put("g", Long.MAX_VALUE), 4, errors);

    assertThat(reader.count("a")).contains(12L);
    assertThat(reader.count("b")).isEmpty();
    assertThat(reader.count("c")).isEmpty();
    assertThat(reader.count("d")).isEmpty();
    assertThat(reader.count("e")).contains(1_000_000_000_000L);
    assertThat(reader.count("f")).isEmpty();
    assertThat(reader.count("g")).isEmpty();
    assertThat(reader.count("missing")).isEmpty();
    assertThat(errors).extracting(FieldError::field).containsExactly("b", "c", "d", "f", "g", "missing");
    assertThat(errors.get(3).message()).isEqualTo("must be at most 1000000000000 (so that a year of sums cannot overflow), got 1000000000001");
    assertThat(errors).allSatisfy(e -> assertThat(e.index()).isEqualTo(4));
  }

  @Test
  void timesNeedAnOffsetAndMayNotBeFarAhead() {
    List<FieldError> errors = new ArrayList<>();
    PointReader reader = new PointReader(new JsonObject()
        .put("ok", "2018-07-16T09:30:00+08:00").put("local", "2018-07-16T09:30:00")
        .put("impossible", "2018-02-30T10:00:00+08:00").put("ahead", "2018-07-22T08:00:00Z"), 0, errors);

    assertThat(reader.time("ok", NOW)).contains(Instant.parse("2018-07-16T01:30:00Z"));
    assertThat(reader.time("local", NOW)).isEqualTo(Optional.empty());
    assertThat(reader.time("impossible", NOW)).isEmpty();
    assertThat(reader.time("ahead", NOW)).isEmpty();
    assertThat(errors).extracting(FieldError::field).containsExactly("local", "impossible", "ahead");
    assertThat(errors.get(2).message()).contains("future");
  }
}
