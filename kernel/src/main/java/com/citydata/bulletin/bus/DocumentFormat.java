package com.citydata.bulletin.bus;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The forms a bulletin is served in, with their media types. */
public enum DocumentFormat {
  JSON("json", "application/json; charset=utf-8"),
  HTML("html", "text/html; charset=utf-8"),
  MARKDOWN("md", "text/markdown; charset=utf-8"),
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  PDF("pdf", "application/pdf");

  private final String extension;
  private final String contentType;

  DocumentFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  public String extension() {
    return extension;
  }

  public String contentType() {
    return contentType;
  }

  /** By name or extension, as ?format= and a path's suffix give it: "json", "html", "markdown", "md", "docx", "pdf". */
  public static Optional<DocumentFormat> named(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.extension.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n)).findFirst();
  }

  /** The first acceptable format of an Accept header, in its order; JSON when it accepts anything or is absent. */
  public static Optional<DocumentFormat> accepted(String accept) {
    if (accept == null || accept.isBlank()) {
      return Optional.of(JSON);
    }
    for (String part : accept.split(",")) {
      String type = part.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
      if (type.equals("*/*") || type.equals("application/*")) {
        return Optional.of(JSON);
      }
      for (DocumentFormat format : values()) {
        if (format.contentType.startsWith(type + ";") || format.contentType.equals(type)) {
          return Optional.of(format);
        }
      }
      if (type.equals("text/*")) {
        return Optional.of(HTML);
      }
    }
    return Optional.empty();
  }
}
