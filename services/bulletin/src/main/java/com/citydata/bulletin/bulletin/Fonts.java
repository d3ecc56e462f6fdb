package com.citydata.bulletin.bulletin;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shipped faces (module bulletin-fonts) and the parts of a GB/T 9704 document each one sets. No freely
 * licensed 仿宋 or 小标宋 is packaged on Maven Central, npm or Debian, so Noto Serif SC stands in for both; Word
 * documents name the office's own fonts instead (see {@link Face#office()}).
 */
public final class Fonts {
  /** A face: its resource, the CSS family and weight it answers to, and the Windows font an office PC sets it in. */
  public record Face(String resource, String family, int weight, String office) {
    /** The PostScript name a PDF embeds it under, "NotoSerifSC-Regular". */
    String postscript() {
      return resource.substring(resource.lastIndexOf('/') + 1, resource.lastIndexOf('.'));
    }
  }

  /** 黑体: first-level headings, table headers and charts. */
  public static final Face HEI = new Face("/fonts/NotoSansSC-Bold.ttf", "Noto Sans SC", 700, "黑体");
  public static final Face SANS = new Face("/fonts/NotoSansSC-Regular.ttf", "Noto Sans SC", 400, "黑体");
  /** 仿宋: the body. */
  public static final Face FANGSONG = new Face("/fonts/NotoSerifSC-Regular.ttf", "Noto Serif SC", 400, "仿宋_GB2312");
  /** 小标宋: the title. */
  public static final Face XIAOBIAOSONG = new Face("/fonts/NotoSerifSC-Bold.ttf", "Noto Serif SC", 700, "方正小标宋简体");
  /** 楷体: second-level headings, （一）. */
  public static final Face KAI = new Face("/fonts/LXGWWenKai-Regular.ttf", "LXGW WenKai", 400, "楷体_GB2312");
  public static final List<Face> ALL = List.of(SANS, HEI, FANGSONG, XIAOBIAOSONG, KAI);
  private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();
  private static final Font AWT_REGULAR = load(SANS.resource());

  private Fonts() {
  }

  /**
   * A face's file. Each is read from the jar once, when first used, and kept: every page and PDF reads several
   * faces of 10–15 MB, and inflating them from the jar on each render cost more than parsing them.
   */
  public static InputStream open(String resource) {
    return new ByteArrayInputStream(bytes(resource));
  }

  /** The kept file itself, for a parser that reads it in place; not to be written to. */
  static byte[] bytes(String resource) {
    return FILES.computeIfAbsent(resource, Fonts::read);
  }

  private static byte[] read(String resource) {
    try (InputStream stream = Fonts.class.getResourceAsStream(resource)) {
      if (stream == null) {
        throw new IllegalStateException("font " + resource + " is missing from the classpath (module bulletin-fonts)");
      }
      return stream.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** For Java2D drawing (charts as PNG), which must not fall back to system fonts that may lack CJK glyphs. */
  public static Font awt(int style, float size) {
    return AWT_REGULAR.deriveFont(style, size);
  }

  private static Font load(String resource) {
    try (InputStream stream = open(resource)) {
      return Font.createFont(Font.TRUETYPE_FONT, stream);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(e);
    }
  }
}
