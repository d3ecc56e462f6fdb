package com.citydata.bulletin.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineBatchTest {
  private static final Instant MONDAY = Instant.parse("2018-07-16T01:30:00Z");
  private static final Instant TUESDAY = Instant.parse("2018-07-17T01:30:00Z");

  @Test
  void pointsAreWrittenAsLinesWithWhatLineProtocolMustEscape() {
    LineBatch.Builder lines = new LineBatch.Builder(2);
    lines.point("page_queries").tag("module_name", "证照 查询,a=b").tag("unit", "市公安局").field("visits", 12).at(TUESDAY);
    lines.point("elicence_entries").tag("code", "1101").field("licence_name", "说\"明\\书").field("uses", 0).at(MONDAY);
    lines.point("page_queries").tag("module_name", "x").tag("unit", "y").field("visits", 3).at(MONDAY);
    LineBatch batch = lines.build();

    assertThat(batch.lines().toString()).isEqualTo("""
        page_queries,module_name=证照\\ 查询\\,a\\=b,unit=市公安局 visits=12i 1531791000000
        elicence_entries,code=1101 licence_name="说\\"明\\\\书",uses=0i 1531704600000
        page_queries,module_name=x,unit=y visits=3i 1531704600000
        """);
    assertThat(batch.points()).isEqualTo(3);
    assertThat(batch.earliest()).isEqualTo(Map.of("page_queries", MONDAY, "elicence_entries", MONDAY));
  }

  @Test
  void aPointThatLineProtocolCannotCarryIsAProgrammingError() {
    assertThatThrownBy(() -> new LineBatch.Builder(1).point("m").tag("k", "v").at(MONDAY))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no field");
    assertThatThrownBy(() -> new LineBatch.Builder(1).point("m").field("f", 1).tag("k", "v"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("before the fields");
    assertThatThrownBy(() -> {
      LineBatch.Builder unfinished = new LineBatch.Builder(1);
      unfinished.point("m").field("f", 1);
      unfinished.build();
    }).isInstanceOf(IllegalStateException.class).hasMessageContaining("no time");
  }
}
