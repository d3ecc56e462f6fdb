package com.citydata.bulletin.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * CJK fonts map a radical (⼀ U+2F00, ⻔ U+2EE8) and its ideograph (一 U+4E00, 门 U+95E8) to one glyph, and the
 * embedder writes the lowest code point into the PDF's ToUnicode map, so copied or searched text would hold
 * radicals. This rewrites each embedded font's map with, for every glyph written as a radical, the other code
 * point the shipped font maps to that glyph. The embedder keeps the font's glyph ids as CIDs, which is what makes
 * the lookup possible.
 */
final class ToUnicodeRepair {
  private static final Pattern BFCHAR = Pattern.compile("beginbfchar(.*?)endbfchar", Pattern.DOTALL);
  private static final Pattern BFRANGE = Pattern.compile("beginbfrange(.*?)endbfrange", Pattern.DOTALL);
  private static final Pattern PAIR = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>");
  private static final Pattern RANGE = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>");

  private ToUnicodeRepair() {
  }

  static byte[] repair(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Set<COSStream> done = Collections.newSetFromMap(new IdentityHashMap<>());
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          COSStream toUnicode = font.getCOSObject().getCOSStream(COSName.TO_UNICODE);
          CmapLookup cmap = toUnicode == null ? null : shipped(font.getName());
          if (cmap != null && done.add(toUnicode)) {
            rewrite(toUnicode, cmap);
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Map<String, CmapLookup> CMAPS = new ConcurrentHashMap<>();

  /** The cmap of the shipped face a PDF font embeds ("ABCDEF+NotoSerifSC-Regular"), null for any other font. */
  private static CmapLookup shipped(String embedded) {
    for (Fonts.Face face : Fonts.ALL) {
      if (embedded != null && embedded.endsWith(face.postscript())) {
        return CMAPS.computeIfAbsent(face.resource(), ToUnicodeRepair::cmap);
      }
    }
    return null;
  }

  private static CmapLookup cmap(String resource) {
    try (var in = Fonts.open(resource)) {
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
      return font.getUnicodeCmapLookup();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rewrite(COSStream stream, CmapLookup cmap) throws IOException {
    String text;
    try (var in = stream.createInputStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
    Map<String, String> mappings = new TreeMap<>();
    Matcher chars = BFCHAR.matcher(text);
    while (chars.find()) {
      Matcher pair = PAIR.matcher(chars.group(1));
      while (pair.find()) {
        mappings.put(pair.group(1), pair.group(2));
      }
    }
    Matcher ranges = BFRANGE.matcher(text);
    while (ranges.find()) {
      Matcher range = RANGE.matcher(ranges.group(1));
      while (range.find()) {
        int from = Integer.parseInt(range.group(1), 16);
        int to = Integer.parseInt(range.group(2), 16);
        int target = Integer.parseInt(range.group(3), 16);
        for (int code = from; code <= to; code++) {
          mappings.put(String.format("%0" + range.group(1).length() + "X", code), String.format("%04X", target + code - from));
        }
      }
    }
    // A bfchar block holds at most 100 mappings and states how many it holds.
    List<Map.Entry<String, String>> entries = List.copyOf(mappings.entrySet());
    StringBuilder body = new StringBuilder();
    for (int from = 0; from < entries.size(); from += 100) {
      List<Map.Entry<String, String>> block = entries.subList(from, Math.min(entries.size(), from + 100));
      body.append(block.size()).append(" beginbfchar\n");
      for (Map.Entry<String, String> mapping : block) {
        body.append('<').append(mapping.getKey()).append("> <")
            .append(ideograph(Integer.parseInt(mapping.getKey(), 16), mapping.getValue(), cmap)).append(">\n");
      }
      body.append("endbfchar\n");
    }
    int start = text.indexOf("endcodespacerange") + "endcodespacerange".length();
    int end = text.indexOf("endcmap");
    String rewritten = text.substring(0, start) + "\n" + body + text.substring(end);
    try (OutputStream out = stream.createOutputStream()) {
      out.write(rewritten.getBytes(StandardCharsets.ISO_8859_1));
    }
  }

  /** A radical (U+2E80–U+2FDF) becomes the ideograph the font draws with the same glyph; anything else stays. */
  private static String ideograph(int glyph, String hex, CmapLookup cmap) {
    if (hex.length() != 4 || !isRadical(Integer.parseInt(hex, 16))) {
      return hex;
    }
    List<Integer> codes = cmap.getCharCodes(glyph);
    if (codes == null) {
      return hex;
    }
    return codes.stream().filter(code -> !isRadical(code) && code <= 0xFFFF).findFirst()
        .map(code -> String.format("%04X", code)).orElse(hex);
  }

  private static boolean isRadical(int code) {
    return code >= 0x2E80 && code <= 0x2FDF;
  }
}
