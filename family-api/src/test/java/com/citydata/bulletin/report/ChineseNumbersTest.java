package com.citydata.bulletin.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNumbersTest {

  @Test
  void amountsAreInYiWithTheSeedsPrecision() {
    assertThat(ChineseNumbers.amount(333_000_000)).isEqualTo("3.33亿");
    assertThat(ChineseNumbers.amount(47_571_428.6)).isEqualTo("0.48亿");
    assertThat(ChineseNumbers.amount(110_000_000)).isEqualTo("1.1亿");
    assertThat(ChineseNumbers.amount(1_000_000)).isEqualTo("0.01亿");
  }

  /** A small week read “日均归集量0亿” before; it now reads in 万. */
  @Test
  void amountsTooSmallForYiAreInWan() {
    assertThat(ChineseNumbers.amount(999_999)).isEqualTo("100万");
    assertThat(ChineseNumbers.amount(481_300)).isEqualTo("48.1万");
    assertThat(ChineseNumbers.amount(12_000)).isEqualTo("1.2万");
    assertThat(ChineseNumbers.amount(0)).isEqualTo("0万");
  }

  /** 附件1 and 附件2 print 401 and 2.6 where 附件3 prints 21.0. */
  @Test
  void attachmentAmountsDropOrKeepTheTrailingZeroAsTheSeedDoes() {
    assertThat(ChineseNumbers.wanTenth(4_010_000)).isEqualTo("401");
    assertThat(ChineseNumbers.wanTenth(26_000)).isEqualTo("2.6");
    assertThat(ChineseNumbers.wanTenth(376_750_000)).isEqualTo("37675");
    assertThat(ChineseNumbers.wan1(210_000)).isEqualTo("21.0");
    assertThat(ChineseNumbers.wan1(90_000)).isEqualTo("9.0");
  }
}
