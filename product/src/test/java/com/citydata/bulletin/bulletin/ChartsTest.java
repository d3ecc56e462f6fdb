package com.citydata.bulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.family.FamilyRegistry;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChartsTest {
  private static final Charts CHARTS = new Charts(FamilyRegistry.installed());
  private static final List<String> WEEKS = List.of("2018-06-01", "2018-06-08", "2018-06-15", "2018-06-22", "2018-06-29",
      "2018-07-06", "2018-07-13", "2018-07-20");

  /** Two weeks without data stay on the axis as gaps: the reader sees the eight weeks the trend spans. */
  @Test
  void theAxisCarriesEveryWeekOfTheTrend() {
    String svg = CHARTS.svg("collect-cumulative", trend(new JsonArray().addNull().addNull()
        .add(370_000_000_000L).add(372_000_000_000L).add(374_000_000_000L).add(379_000_000_000L).add(383_000_000_000L)
        .add(388_480_180_000L)));
    List<String> texts = texts(svg);
    assertThat(texts).containsSubsequence("6/1", "6/8", "6/15", "6/22", "6/29", "7/6", "7/13", "7/20");
  }

  /** The unit is set upright above the values; no text of the chart is turned. */
  @Test
  void theUnitReadsUpright() {
    String svg = CHARTS.svg("collect-cumulative", trend(new JsonArray().add(1L).add(2L).add(3L).add(4L).add(5L).add(6L).add(7L).add(8L)));
    assertThat(texts(svg)).contains("单位：亿条");
    // JFreeSVG turns text a quarter with this matrix, as it did the axis label before.
    assertThat(svg).doesNotContain("matrix(0.0,-1.0,1.0,0.0");
  }

  private static JsonObject trend(JsonArray cumulative) {
    return new JsonObject().put("weeks", new JsonArray(WEEKS))
        .put("series", new JsonObject().put("exchange-collect", new JsonObject().put("cumulative", cumulative)));
  }

  private static List<String> texts(String svg) {
    Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
    List<String> texts = new ArrayList<>();
    while (m.find()) {
      texts.add(m.group(1));
    }
    return texts;
  }
}
