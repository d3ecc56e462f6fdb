package com.citydata.bulletin.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bulletin's outline as the installed families declare it: their sections, groups and paragraphs, merged by id
 * and checked when the families are loaded, so a paragraph in a section or group no family opens, a sentence for a
 * paragraph no family declares or a table for an attachment no family titles stops the start instead of a bulletin.
 */
public final class Outline {
  private final Map<String, Section> sections = new LinkedHashMap<>();
  private final Map<String, Group> groups = new LinkedHashMap<>();
  private final Map<String, Paragraph> paragraphs = new LinkedHashMap<>();

  private Outline() {
  }

  /** @param parts by family name */
  public static Outline of(Map<String, BulletinPart> parts) {
    Outline outline = new Outline();
    Map<String, String> sectionOwners = new HashMap<>();
    Map<Integer, String> orders = new HashMap<>();
    parts.forEach((family, part) -> {
      for (Section section : part.sections()) {
        claim(sectionOwners, section.id(), family, "section");
        String other = orders.putIfAbsent(section.order(), section.id());
        if (other != null) {
          throw new IllegalStateException("sections " + other + " and " + section.id() + " both have order " + section.order());
        }
        outline.sections.put(section.id(), section);
      }
    });
    Map<String, String> owners = new HashMap<>();
    parts.forEach((family, part) -> {
      for (Group group : part.groups()) {
        claim(owners, "group " + group.id(), family, "group");
        outline.requireSection(family, group.section());
        outline.groups.put(group.id(), group);
      }
    });
    parts.forEach((family, part) -> {
      for (Paragraph paragraph : part.paragraphs()) {
        claim(owners, "paragraph " + paragraph.id(), family, "paragraph");
        outline.requireSection(family, paragraph.section());
        if (paragraph.group() != null && !outline.groups.containsKey(paragraph.group())) {
          throw new IllegalStateException("family " + family + " puts paragraph " + paragraph.id() + " in the group "
              + paragraph.group() + ", which no installed family declares");
        }
        outline.paragraphs.put(paragraph.id(), paragraph);
      }
    });
    Set<String> titled = new HashSet<>();
    parts.values().forEach(part -> part.attachments().stream().filter(a -> a.position() == 0).forEach(a -> titled.add(a.attachment())));
    parts.forEach((family, part) -> {
      for (String joined : part.joins()) {
        if (!outline.paragraphs.containsKey(joined)) {
          throw new IllegalStateException("family " + family + " prints into the paragraph " + joined
              + ", which no installed family declares");
        }
      }
      for (AttachmentBlock block : part.attachments()) {
        if (!titled.contains(block.attachment())) {
          throw new IllegalStateException("family " + family + " adds a table to the attachment " + block.attachment()
              + ", which no installed family titles");
        }
      }
    });
    return outline;
  }

  private static void claim(Map<String, String> owners, String key, String family, String what) {
    String owner = owners.putIfAbsent(key, family);
    if (owner != null) {
      throw new IllegalStateException("the " + what + " '" + key + "' is declared by both " + owner + " and " + family);
    }
  }

  private void requireSection(String family, String section) {
    if (!sections.containsKey(section)) {
      throw new IllegalStateException("family " + family + " prints into the section " + section
          + ", which no installed family opens");
    }
  }

  /** In order. */
  public List<Section> sections() {
    return sections.values().stream().sorted(Comparator.comparingInt(Section::order)).toList();
  }

  /** A section's paragraphs in order. */
  public List<Paragraph> paragraphs(String section) {
    return paragraphs.values().stream().filter(p -> p.section().equals(section))
        .sorted(Comparator.comparingInt(Paragraph::order)).toList();
  }

  public boolean hasParagraph(String id) {
    return paragraphs.containsKey(id);
  }

  public String groupHeading(String group) {
    return groups.get(group).heading();
  }
}
