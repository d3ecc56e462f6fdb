package com.citydata.bulletin.bulletin;

import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.report.BulletinContext;
import com.citydata.bulletin.report.BulletinPart;
import com.citydata.bulletin.report.Outline;
import com.citydata.bulletin.report.Paragraph;
import com.citydata.bulletin.report.Section;
import com.citydata.bulletin.report.Sentence;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The bulletin's sections from the families' sentences and the editors' notes: the sections, groups and paragraphs
 * of the families' outline, notes before (lead) and after (close) a section's generated text, sentences
 * placed by paragraph and order, paragraphs closing with “详情见附件…” for the tables their sentences rest on. A
 * section or paragraph without sentences is left out; sections are numbered 一、二 … and grouped headings 1、2 … in
 * order of appearance.
 */
final class Narrative {
  private static final String[] SECTION_NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

  private final Outline outline;
  private final List<BulletinPart> parts;

  Narrative(FamilyRegistry registry) {
    outline = registry.outline();
    parts = registry.families().stream().map(f -> f.bulletin()).toList();
  }

  /** The numeral editors address a section's notes by (一 for the section of order 1), as the seed numbers them. */
  static String numeral(int order) {
    return SECTION_NUMBERS[order - 1];
  }

  /** The order of the section an editor's numeral addresses, when one of the installed sections has it. */
  static Optional<Integer> order(Outline outline, String numeral) {
    return outline.sections().stream().map(Section::order).filter(o -> o <= SECTION_NUMBERS.length && numeral(o).equals(numeral))
        .findFirst();
  }

  /**
   * @param notes   the editorial notes that apply, by section order (1 for 一 … 5 for 五)
   * @param leftOut takes each paragraph of the outline that has no sentence this week: {"section"} (its numeral),
   *                {"title"} (the section's) and {"heading"}
   */
  JsonArray sections(BulletinContext context, Map<Integer, SectionNotes> notes, List<JsonObject> leftOut) {
    Map<String, List<Sentence>> byParagraph = new HashMap<>();
    for (BulletinPart part : parts) {
      for (Sentence sentence : part.sentences(context)) {
        if (!outline.hasParagraph(sentence.paragraph())) {
          throw new IllegalStateException("a sentence names an undeclared paragraph " + sentence.paragraph());
        }
        byParagraph.computeIfAbsent(sentence.paragraph(), p -> new ArrayList<>()).add(sentence);
      }
    }
    List<JsonObject> printed = new ArrayList<>();
    for (Section section : outline.sections()) {
      SectionNotes sectionNotes = notes.get(section.order());
      List<JsonObject> texts = new ArrayList<>();
      if (sectionNotes != null) {
        sectionNotes.lead().forEach(text -> texts.add(note("lead", text)));
      }
      String group = null;
      int item = 0;
      for (Paragraph paragraph : outline.paragraphs(section.id())) {
        List<Sentence> sentences = byParagraph.getOrDefault(paragraph.id(), List.of());
        if (sentences.isEmpty()) {
          leftOut.add(new JsonObject().put("section", numeral(section.order())).put("title", section.title())
              .put("heading", paragraph.heading()));
          continue;
        }
        String heading = paragraph.heading();
        if (paragraph.group() != null) {
          if (!paragraph.group().equals(group)) {
            texts.add(paragraph(outline.groupHeading(paragraph.group()), "", new JsonObject()));
            item = 0;
          }
          heading = ++item + "、" + heading;
        }
        group = paragraph.group();
        JsonObject text = paragraph(heading, text(sentences, context), figures(sentences));
        if (paragraph.chart() != null) {
          text.put("chart", paragraph.chart());
        }
        texts.add(text);
      }
      if (sectionNotes != null) {
        sectionNotes.close().forEach(text -> texts.add(note("close", text)));
      }
      if (!texts.isEmpty()) {
        printed.add(new JsonObject().put("title", section.title()).put("paragraphs", new JsonArray(new ArrayList<>(texts)))
            .put("number", SECTION_NUMBERS[printed.size()]));
      }
    }
    return new JsonArray(new ArrayList<>(printed));
  }

  private static String text(List<Sentence> sentences, BulletinContext context) {
    List<Sentence> ordered = sentences.stream().sorted(Comparator.comparingInt(Sentence::order)).toList();
    StringBuilder text = new StringBuilder();
    TreeSet<Integer> attachments = new TreeSet<>();
    for (Sentence sentence : ordered) {
      text.append(sentence.text());
      sentence.see().stream().map(context::attachment).flatMap(Optional::stream).forEach(attachments::add);
    }
    if (!attachments.isEmpty()) {
      text.append("详情见").append(String.join("，", attachments.stream().map(n -> "附件" + n).toList())).append("。");
    }
    return text.toString();
  }

  private static JsonObject figures(List<Sentence> sentences) {
    JsonObject figures = new JsonObject();
    sentences.stream().sorted(Comparator.comparingInt(Sentence::order)).map(Sentence::figures).filter(Objects::nonNull)
        .forEach(figures::mergeIn);
    return figures;
  }

  /** An editor's paragraph, printed as plain text in every format. */
  private static JsonObject note(String place, String text) {
    return paragraph("", text, new JsonObject()).put("note", place);
  }

  private static JsonObject paragraph(String heading, String text, JsonObject figures) {
    return new JsonObject().put("heading", heading).put("text", text).put("figures", figures);
  }
}
