package com.citydata.bulletin.domain;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The one rule for names (units, aliases, systems, modules, seals, licence codes and names, joint processes): what
 * is accepted is stored and read back exactly on every store, so a name either passes as it is or is refused,
 * never cleaned up. Line protocol and SQL would otherwise drop backslashes and control characters, trim spaces or
 * replace lone surrogates, and two names could merge.
 */
public final class Names {
  public static final int MAX_LENGTH = 100;

  private Names() {
  }

  /** Empty when the name may be stored; otherwise which rule it breaks, for a 400. */
  public static Optional<String> problem(String name) {
    if (name.isEmpty()) {
      return Optional.of("must not be empty");
    }
    int length = name.codePointCount(0, name.length());
    if (length > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters, got " + length);
    }
    Optional<String> text = textProblem(name);
    if (text.isPresent()) {
      return text;
    }
    if (name.indexOf('\\') >= 0) {
      return Optional.of("must not contain a backslash");
    }
    if (isSpace(name.codePointAt(0)) || isSpace(name.codePointBefore(name.length()))) {
      return Optional.of("must not begin or end with a space");
    }
    if (!Normalizer.isNormalized(name, Normalizer.Form.NFC)) {
      return Optional.of("is not in Unicode normal form C (NFC); send it composed");
    }
    return Optional.empty();
  }

  /**
   * Empty when free text (a licence's status, a pilot's summary, an editor's paragraph) can be stored and printed as
   * sent; otherwise why not. Line protocol cannot carry a line break in a string field, PostgreSQL no NUL, and a lone
   * surrogate becomes '?' in every store; the other control characters would be printed as nothing. U+FFFD is what a
   * decoder puts where the bytes sent were no UTF-8 (a form post in another encoding): kept, it would store a guess.
   */
  public static Optional<String> textProblem(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (!paired) {
          return Optional.of("holds a lone surrogate (U+" + hex(c) + ")");
        }
        i++;
      } else if (Character.isISOControl(c)) {
        return Optional.of("holds a control character (U+" + hex(c) + ")");
      } else if (c == '\uFFFD') {
        return Optional.of("holds U+FFFD, the mark of bytes that were not UTF-8; send the text in UTF-8");
      }
    }
    return Optional.empty();
  }

  private static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  private static String hex(char c) {
    return String.format("%04X", (int) c);
  }
}
