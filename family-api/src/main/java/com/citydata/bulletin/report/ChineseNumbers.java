package com.citydata.bulletin.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/** Numbers as the bulletin prints them: 亿 and 万 with the seed's precision, grouped digits, cut-down percents. */
public final class ChineseNumbers {
  private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
  private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
  private static final double SMALLEST_YI = 1_000_000;

  private ChineseNumbers() {
  }

  /**
   * An amount with its unit, 亿 to two decimals with trailing zeros dropped: 38,848,018,000 → "388.48亿", 109,908,000
   * → "1.1亿". Below 0.01亿 that would print as "0亿", so smaller amounts are in 万 to one decimal: 481,300 → "48.1万".
   */
  public static String amount(double amount) {
    return Math.abs(amount) < SMALLEST_YI ? wanTenth(amount) + "万"
        : strip(BigDecimal.valueOf(amount).divide(YI, 2, RoundingMode.HALF_UP)) + "亿";
  }

  /** Whole 万: 75,844,000 → "7584". */
  public static String wanWhole(double amount) {
    return BigDecimal.valueOf(amount).divide(WAN, 0, RoundingMode.HALF_UP).toPlainString();
  }

  /** 万 to one decimal, as the attachments print amounts: 111,177,000 → "11117.7", 210,000 → "21.0". */
  public static String wan1(double amount) {
    return BigDecimal.valueOf(amount).divide(WAN, 1, RoundingMode.HALF_UP).toPlainString();
  }

  /** 万 to one decimal, trailing zero dropped, as sentences and 附件1–2 print it: 677,030 → "67.7", 670,000 → "67". */
  public static String wanTenth(double amount) {
    return strip(BigDecimal.valueOf(amount).divide(WAN, 1, RoundingMode.HALF_UP));
  }

  /** A reported figure as given, without exponent or trailing zeros: 46.65 → "46.65", 1099 → "1099". */
  public static String plain(Number value) {
    return strip(new BigDecimal(value.toString()));
  }

  /** Digits grouped by thousands: 66530 → "66,530". */
  public static String grouped(double amount) {
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(amount);
  }

  /** A whole percent, cut down as the seed prints rates: 510/776 → "65%". */
  public static String percentCut(double fraction) {
    return (long) Math.floor(fraction * 100 + 1e-9) + "%";
  }

  /** A percent to two decimals, rounded half up, as 附件7 to 附件10 print rates: 7488/7760 → "96.49%". */
  public static String percent2(double fraction) {
    return BigDecimal.valueOf(fraction).multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** A percent to at most two decimals, trailing zeros dropped: 1 → "100%", 16/17 → "94.12%". */
  public static String percentShort(double fraction) {
    return strip(BigDecimal.valueOf(fraction).multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP)) + "%";
  }

  /** A count printed without decimals, cut down: a mean of 1.2 users prints 1. */
  public static String cut(double value) {
    return String.valueOf((long) Math.floor(value + 1e-9));
  }

  /** "7月20日". */
  public static String monthDay(LocalDate date) {
    return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  /** "2018年7月20日". */
  public static String fullDate(LocalDate date) {
    return date.getYear() + "年" + monthDay(date);
  }

  private static String strip(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
