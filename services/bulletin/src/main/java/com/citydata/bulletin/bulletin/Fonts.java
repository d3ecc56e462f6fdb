package com.citydata.bulletin.bulletin;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The shipped Noto Sans SC faces (module bulletin-fonts), for charts and documents. */
public final class Fonts {
  public static final String FAMILY = "Noto Sans SC";
  public static final String REGULAR = "/fonts/NotoSansSC-Regular.ttf";
  public static final String BOLD = "/fonts/NotoSansSC-Bold.ttf";
  private static final Font AWT_REGULAR = load(REGULAR);

  private Fonts() {
  }

  public static InputStream open(String resource) {
    InputStream stream = Fonts.class.getResourceAsStream(resource);
    if (stream == null) {
      throw new IllegalStateException("font " + resource + " is missing from the classpath (module bulletin-fonts)");
    }
    return stream;
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
