package com.citydata.bulletin.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A shipped face cut down to the characters of one page, as a data URI for its @font-face. The page then carries
 * its font wherever it is saved or mailed, whatever path served it, at a few hundred kilobytes instead of ten
 * megabytes a face.
 */
final class FontSubsets {
  /**
   * The tables a browser needs to draw the subset. Layout tables (GSUB, GPOS) and vertical metrics would be copied
   * whole, unsubset, and browsers' font sanitizers reject a vhea that no longer matches the glyphs.
   */
  private static final List<String> TABLES = List.of("head", "hhea", "hmtx", "maxp", "loca", "glyf", "cmap", "OS/2", "name",
      "post", "cvt ", "fpgm", "prep", "gasp");

  private FontSubsets() {
  }

  static String dataUri(String resource, CharSequence text) {
    Set<Integer> codePoints = new TreeSet<>();
    text.codePoints().forEach(codePoints::add);
    try (InputStream in = Fonts.open(resource);
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
      TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
      subsetter.addAll(codePoints);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      subsetter.writeToStream(out);
      return "data:font/ttf;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
