package com.citydata.bulletin.report;

import java.util.List;

/**
 * A family's part of the bulletin. Sections and paragraphs are declared by id, so several families can write into
 * one paragraph (the seed's 接口调用情况 carries interface calls, e-seals and e-licences); the bulletin service merges
 * the declarations, orders everything and numbers sections, headings, attachments and figures by appearance.
 */
public interface BulletinPart {
  BulletinPart NONE = new BulletinPart() {
  };

  /** The sections this family opens; it prints into others' by their ids. */
  default List<Section> sections() {
    return List.of();
  }

  default List<Group> groups() {
    return List.of();
  }

  default List<Paragraph> paragraphs() {
    return List.of();
  }

  /**
   * Paragraphs another family declares that this part's sentences print into (the e-seal sentence is printed in
   * interface's 接口调用情况); the registry refuses to start without them.
   */
  default List<String> joins() {
    return List.of();
  }

  /** This week's sentences; one whose figures are missing is left out, never printed with blanks. */
  default List<Sentence> sentences(BulletinContext context) {
    return List.of();
  }

  default List<AttachmentBlock> attachments() {
    return List.of();
  }

  default List<ChartSpec> charts() {
    return List.of();
  }
}
