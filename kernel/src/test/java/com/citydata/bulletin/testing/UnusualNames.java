package com.citydata.bulletin.testing;

import com.citydata.bulletin.domain.Names;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * Names that {@link Names} accepts but that a store, line protocol, InfluxQL, SQL or JSON could plausibly alter:
 * characters outside the BMP, sequences that only hold together as a whole, characters line protocol escapes in tag
 * values, quotes the query languages escape, invisible characters at either end, and strings a lax parser would read
 * as numbers, booleans or null.
 */
public final class UnusualNames {
  /** 100 code points, 120 UTF-16 units: astral characters and line protocol's escaped space, comma and equals sign. */
  public static final String LONGEST = "𠀀 ,=字".repeat(20);

  public static final List<String> ALL = List.of(
      "𠀀𪚥",
      "市公安局",
      "👨\u200D👩\u200D👧\u200D👦家庭",
      "🇨🇳🇭🇰",
      "👍🏽",
      "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F",
      "q\u0307q\u0323\u0307",
      "क्षत्रिय",
      "（），、：；",
      "数据 看板 2.0",
      "数据\u3000看板",
      "a\u00A0b\u2028c",
      "\"引号\"",
      "'单引号'",
      "\"",
      "'",
      ",",
      "=",
      "a,b=c d",
      ",= =,",
      "#注释",
      "%25%",
      "&amp;",
      "<b>",
      "a/b|c",
      "{}",
      "{\"k\":1}",
      "007",
      "1e3",
      "true",
      "null",
      "\uFEFF前导",
      "尾\u200B",
      "\uE000\uDB80\uDC00",
      "\uFFFF",
      LONGEST,
      "字",
      "😀");

  private UnusualNames() {
  }

  /** The UTF-8 bytes in hex, so that a failure shows which byte differs even where two names print alike. */
  public static String utf8(String name) {
    return HexFormat.ofDelimiter(" ").formatHex(name.getBytes(StandardCharsets.UTF_8));
  }
}
