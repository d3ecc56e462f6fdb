package com.citydata.bulletin.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {

  @Test
  void theLinesEachSideHasMoreOftenAreTheChangesAndTheStatusLineIsNone() {
    String published = """
        # 每周通报

        > 第 1 次发布
        本周归集总量3.33亿条。
        | 1 | 市公安局 | 38 |
        | 2 | 市民政局 | 38 |
        | 2 | 市民政局 | 38 |
        """;
    String draft = """
        # 每周通报

        > 草稿
        本周归集总量3.45亿条。
        | 1 | 市公安局 | 38 |
        | 2 | 市民政局 | 38 |
        """;

    assertThat(LineDiff.of(published, draft)).containsExactly(
        new LineDiff.Change(LineDiff.Kind.REMOVED, "本周归集总量3.33亿条。"),
        new LineDiff.Change(LineDiff.Kind.REMOVED, "| 2 | 市民政局 | 38 |"),
        new LineDiff.Change(LineDiff.Kind.ADDED, "本周归集总量3.45亿条。"));
    assertThat(LineDiff.of(draft, draft)).isEmpty();
  }
}
