package com.citydata.bulletin.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Arithmetic the ranking tables share. */
public final class Amounts {
  private Amounts() {
  }

  /** 日均: the weekly amount over the seven days of the window, to two decimals, as an exact JSON number. */
  public static BigDecimal dailyAverage(long weekly) {
    return BigDecimal.valueOf(weekly).divide(BigDecimal.valueOf(7), 2, RoundingMode.HALF_UP);
  }
}
