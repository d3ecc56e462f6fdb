package com.citydata.bulletin.markdown;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text as Markdown shows it, never as markup: characters Markdown reads as emphasis, links, code, tables or HTML are
 * escaped, and a paragraph that would start a list, a heading or a quote does not. The template calls it {@code md}.
 */
public final class MarkdownText implements TemplateMethodModelEx {
  private static final Pattern LIST_START = Pattern.compile("^(\\s*)([-+]|\\d+[.)])(\\s)");

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.size() != 1) {
      throw new TemplateModelException("md takes one text");
    }
    return escape(arguments.get(0).toString());
  }

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '#', '|', '!', '~' -> out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        default -> out.append(c);
      }
    }
    return LIST_START.matcher(out).replaceFirst(m -> m.group(1) + "\\\\" + m.group(2) + m.group(3));
  }
}
