package com.citydata.bulletin.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineProtocolPointsTest {

  @Test
  void aLineBecomesThePointItsTagsFieldsAndTimestampName() {
    LineProtocolPoints.Parsed parsed = LineProtocolPoints.parse(
        "# comment\n\nelicence,unit=市残联,code=CL330401 name=\"残疾人证 \\\"副本\\\"\",added=3i,uses=0i,ratio=1.50 1531704600000\r\n",
        "elicence", "ms");
    assertThat(parsed.lines()).containsExactly(3);
    assertThat(parsed.points().getJsonObject(0)).isEqualTo(new JsonObject().put("unit", "市残联").put("code", "CL330401")
        .put("name", "残疾人证 \"副本\"").put("added", 3L).put("uses", 0L).put("ratio", new BigDecimal("1.50"))
        .put("time", "2018-07-16T01:30:00Z"));
  }

  @Test
  void escapedSeparatorsBelongToTheNameAndEveryPrecisionMeetsTheSameInstant() {
    String tail = "exchange,direction=push,unit=市城管委\\,\\ 等\\ 其他 records=1i ";
    for (String[] precision : new String[][] {{"s", "1531704600"}, {"ms", "1531704600000"}, {"us", "1531704600000000"},
        {"ns", "1531704600000000000"}}) {
      JsonObject point = LineProtocolPoints.parse(tail + precision[1], "exchange", precision[0]).points().getJsonObject(0);
      assertThat(point.getString("unit")).isEqualTo("市城管委, 等 其他");
      assertThat(point.getString("time")).isEqualTo("2018-07-16T01:30:00Z");
    }
    assertThat(LineProtocolPoints.parse("exchange,unit=a records=1i", "exchange", "ns").points().getJsonObject(0).containsKey("time"))
        .isFalse();
  }

  @Test
  void aBackslashBeforeWhatNeedsNoEscapeIsKeptForTheChecksToRefuse() {
    JsonObject point = LineProtocolPoints.parse("exchange,direction=push,unit=市公\\安局 records=1i", "exchange", "ms")
        .points().getJsonObject(0);
    assertThat(point.getString("unit")).isEqualTo("市公\\安局");
  }

  @Test
  void everyBrokenLineIsNamedAtOnce() {
    assertThatThrownBy(() -> LineProtocolPoints.parse("exchange,unit=a\ninterface,unit=a calls=1i\nexchange,unit=a records=1i,records=2i\n"
        + "exchange,unit=a records=x", "exchange", "ms"))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.details()).extracting(FieldError::message).containsExactly(
            "line 1: expected ' ' at column 16",
            "line 2: the measurement is 'interface'; this family's lines are 'exchange'",
            "line 3: 'records' is given twice",
            "line 4: the field 'records' has the value 'x', which is not a number, string or boolean"));
  }

  @Test
  void aFamilysErrorNamesTheLineOfItsPoint() {
    InvalidRequestException onLines = LineProtocolPoints.onLines(new InvalidRequestException("bad",
        List.of(new FieldError(1, "unit", "unknown unit 'x'"), new FieldError(null, "points", "too many"))), List.of(2, 5));
    assertThat(onLines.details()).containsExactly(new FieldError(1, "unit", "line 5: unknown unit 'x'"),
        new FieldError(null, "points", "too many"));
  }
}
