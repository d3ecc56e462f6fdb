package com.citydata.bulletin.bulletin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The faces a PDF is set in, parsed once and kept between renders. Parsing five CJK faces of 10–15 MB on every render
 * was a fifth of its time, and each render held its own copies of their glyph tables: a 384 MiB heap ran out in the
 * middle of one. A parsed face reads its glyphs through one stream, so two renders at once never share a set: each
 * borrows one, and a render finding none idle parses its own, kept afterwards up to {@link #IDLE_SETS}.
 */
final class PdfFaces {
  /** Renders run one per core at most on a small machine; sets beyond these are left to the garbage collector. */
  private static final int IDLE_SETS = 2;
  private static final Deque<PdfFaces> IDLE = new ConcurrentLinkedDeque<>();

  private final Map<Fonts.Face, TrueTypeFont> parsed = new ConcurrentHashMap<>();

  private PdfFaces() {
  }

  static PdfFaces borrow() {
    PdfFaces faces = IDLE.poll();
    return faces != null ? faces : new PdfFaces();
  }

  void giveBack() {
    if (IDLE.size() < IDLE_SETS) {
      IDLE.push(this);
    }
  }

  /** The face, parsed when first asked for: a document that sets no 楷体 never parses it. */
  TrueTypeFont face(Fonts.Face face) {
    return parsed.computeIfAbsent(face, f -> {
      // Over the kept file in place: a stream would be copied into a buffer of its own first.
      try {
        return new TTFParser().parse(new RandomAccessReadBuffer(Fonts.bytes(f.resource())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
