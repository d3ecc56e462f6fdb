package com.citydata.bulletin.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void namesAsPeopleWriteThemPass() {
    assertThat(Names.problem("市公安局")).isEmpty();
    assertThat(Names.problem("市政府、市政府办公厅")).isEmpty();
    assertThat(Names.problem("市钱江新城管委会(指挥部)")).isEmpty();
    assertThat(Names.problem("Call Center 2.0 · 热线")).isEmpty();
    assertThat(Names.problem("数据📊看板")).as("a pair of surrogates is one character").isEmpty();
    assertThat(Names.problem("𠀀".repeat(100))).as("100 characters outside the BMP").isEmpty();
  }

  /** Each name a store would keep altered, or two names it would merge, is refused with the rule it breaks. */
  @Test
  void namesTheStoresWouldAlterAreRefusedWithTheRule() {
    assertThat(Names.problem("")).contains("must not be empty");
    assertThat(Names.problem("a".repeat(101))).contains("must be at most 100 characters, got 101");
    assertThat(Names.problem("a\nb")).contains("holds a control character (U+000A)");
    assertThat(Names.problem("a\tb")).contains("holds a control character (U+0009)");
    assertThat(Names.problem("系统\u0000")).contains("holds a control character (U+0000)");
    assertThat(Names.problem("a\u0085b")).contains("holds a control character (U+0085)");
    assertThat(Names.problem("系统\\")).contains("must not contain a backslash");
    assertThat(Names.problem(" 市公安局")).contains("must not begin or end with a space");
    assertThat(Names.problem("市公安局 ")).contains("must not begin or end with a space");
    assertThat(Names.problem("\u3000")).contains("must not begin or end with a space");
    assertThat(Names.problem("a\uD800b")).contains("holds a lone surrogate (U+D800)");
    assertThat(Names.problem("a\uDC00")).contains("holds a lone surrogate (U+DC00)");
    assertThat(Names.problem("市\uFFFD局")).as("what a decoder puts for bytes that were no UTF-8").get().asString().contains("U+FFFD");
    assertThat(Names.textProblem("一段\uFFFD说明")).get().asString().contains("not UTF-8");
    assertThat(Names.problem("Cafe\u0301")).contains("is not in Unicode normal form C (NFC); send it composed");
  }
}
