package com.citydata.bulletin.gateway;

import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.Names;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A section's notes as the desk's form sends them: {@code lead} and {@code close} as text with a paragraph a line,
 * {@code carry} checked or not. Held to the notes API's rules (at most {@value #MAX_PARAGRAPHS} paragraphs of at most
 * {@value #MAX_LENGTH} characters, no control characters), so the page stores nothing the API would refuse and
 * nothing other than what was typed.
 */
record NoteForm(List<String> lead, List<String> close, boolean carry) {
  static final int MAX_PARAGRAPHS = 20;
  static final int MAX_LENGTH = 2000;

  /** The form, or the problems that refuse it: one per paragraph or field, with the field's name. */
  static Result read(String lead, String close, String carry) {
    List<FieldError> problems = new ArrayList<>();
    // A checkbox sends "true" or nothing; anything else did not come from the page and is not taken for either.
    if (carry != null && !"true".equals(carry)) {
      problems.add(new FieldError(null, "carry", "must be true or absent, got '" + carry + "'"));
    }
    NoteForm form = new NoteForm(paragraphs("lead", lead, problems), paragraphs("close", close, problems), "true".equals(carry));
    return new Result(problems.isEmpty() ? form : null, problems);
  }

  record Result(NoteForm form, List<FieldError> problems) {
  }

  private static List<String> paragraphs(String field, String text, List<FieldError> problems) {
    List<String> paragraphs = new ArrayList<>();
    if (text == null) {
      return paragraphs;
    }
    // A blank line only separates paragraphs; every other line is kept exactly as typed (an indent of full-width
    // spaces included) and held to the rules, never trimmed.
    for (String line : text.split("\r\n|\n|\r", -1)) {
      if (!line.isBlank()) {
        paragraphs.add(line);
      }
    }
    if (paragraphs.size() > MAX_PARAGRAPHS) {
      problems.add(new FieldError(null, field, "has " + paragraphs.size() + " paragraphs; at most " + MAX_PARAGRAPHS));
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      String paragraph = paragraphs.get(i);
      int length = paragraph.codePointCount(0, paragraph.length());
      if (length > MAX_LENGTH) {
        problems.add(new FieldError(i, field, "paragraph " + (i + 1) + " has " + length + " characters; at most " + MAX_LENGTH));
      }
      int index = i;
      Names.textProblem(paragraph).ifPresent(p -> problems.add(new FieldError(index, field, "paragraph " + (index + 1) + " " + p)));
      if (paragraph.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        problems.add(new FieldError(i, field, "paragraph " + (i + 1) + " holds a control character"));
      }
    }
    return paragraphs;
  }

  /** As the notes API takes them. */
  JsonObject toJson() {
    return new JsonObject().put("lead", new JsonArray(lead)).put("close", new JsonArray(close)).put("carry", carry);
  }
}
