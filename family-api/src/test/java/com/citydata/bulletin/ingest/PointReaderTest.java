package com.citydata.bulletin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.domain.FieldError;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
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
  void aNumberBeyondADoublesRangeIsRefusedNamingTheField() {
    List<FieldError> errors = new ArrayList<>();
    PointReader reader = new PointReader(new JsonObject("{\"up\": 1e309, \"down\": -1e309}"), 0, errors);

    assertThat(reader.count("up")).isEmpty();
    assertThat(reader.count("down")).isEmpty();
    assertThat(reader.decimal("up", 15)).isEmpty();
    assertThat(errors).extracting(FieldError::field).containsExactly("up", "down", "up");
    assertThat(errors.get(0).message()).contains("beyond the range of a double");
  }

  @Test
  void exactNumbersBeyondWhatTheStoresKeepAreRefusedNotRounded() {
    List<FieldError> errors = new ArrayList<>();
    PointReader reader = new PointReader(new JsonObject().put("huge", new BigDecimal("1e309")).put("tiny", new BigDecimal("1e-400"))
        .put("fraction", new BigDecimal("1e-3")).put("ok", new BigDecimal("388.48e8")), 0, errors);

    assertThat(reader.count("huge")).isEmpty();
    assertThat(reader.count("fraction")).isEmpty();
    assertThat(reader.decimal("huge", 15)).isEmpty();
    assertThat(reader.decimal("tiny", 15)).isEmpty();
    assertThat(reader.decimal("ok", 15)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("38848000000"));
    assertThat(errors).extracting(FieldError::field).containsExactly("huge", "fraction", "huge", "tiny");
    assertThat(errors.get(3).message()).isEqualTo("is too close to 0 to be stored exactly: 1E-400");
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

  /** The contract's date-time and date, exactly: ISO parsing alone would take a time without seconds or a 5-digit year. */
  @Test
  void timesAndDatesAreTheContractsFormsAndNoFinerThanTheStoresKeep() {
    List<FieldError> errors = new ArrayList<>();
    PointReader reader = new PointReader(new JsonObject()
        .put("millis", "2018-07-16T09:30:00.250+08:00").put("micros", "2018-07-16T09:30:00.000250+08:00")
        .put("noSeconds", "2018-07-16T09:30+08:00").put("day", "2018-07-16").put("bigYear", "+12018-07-16"), 0, errors);

    assertThat(reader.time("millis", NOW)).contains(Instant.parse("2018-07-16T01:30:00.250Z"));
    assertThat(reader.time("micros", NOW)).isEmpty();
    assertThat(reader.time("noSeconds", NOW)).isEmpty();
    assertThat(reader.date("day")).isPresent();
    assertThat(reader.date("bigYear")).isEmpty();
    assertThat(errors).extracting(FieldError::field).containsExactly("micros", "noSeconds", "bigYear");
    assertThat(errors.get(0).message()).contains("finer than a millisecond");
  }

  @Test
  void namesAndLabelsFollowTheContractsPatterns() {
    List<FieldError> errors = new ArrayList<>();
    PointReader reader = new PointReader(new JsonObject()
        .put("blank", " ").put("code", "CGW 330401").put("goodCode", "CGW330401")
        .put("status", "已归集").put("longStatus", "进".repeat(51)).put("slashStatus", "a\\b\\c"), 0, errors);

    assertThat(reader.name("blank")).isEmpty();
    assertThat(reader.name("code", java.util.regex.Pattern.compile("^[A-Za-z0-9_-]{1,40}$"))).isEmpty();
    assertThat(reader.name("goodCode", java.util.regex.Pattern.compile("^[A-Za-z0-9_-]{1,40}$"))).contains("CGW330401");
    assertThat(reader.label("status", 50)).contains("已归集");
    assertThat(reader.label("longStatus", 50)).isEmpty();
    assertThat(reader.label("slashStatus", 50)).isEmpty();
    assertThat(errors).extracting(FieldError::field).containsExactly("blank", "code", "longStatus", "slashStatus");
    assertThat(errors).extracting(FieldError::message).filteredOn(m -> m.contains("pattern")).hasSize(3);
  }
}
