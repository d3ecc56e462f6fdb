package com.citydata.bulletin.gateway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an editor must see before publishing: the lines of the bulletin (its Markdown: every sentence and every table
 * row is a line) that the draft has and the last published revision has not, and the other way round. Lines are
 * counted, so a row printed twice and now once is a change; blank lines and the status line ("> 草稿 …") are not.
 */
final class LineDiff {
  private LineDiff() {
  }

  enum Kind { ADDED, REMOVED }

  record Change(Kind kind, String line) {
  }

  static List<Change> of(String published, String draft) {
    List<String> before = lines(published);
    List<String> after = lines(draft);
    Map<String, Integer> left = counts(before);
    Map<String, Integer> right = counts(after);
    List<Change> changes = new ArrayList<>();
    for (String line : before) {
      if (right.merge(line, -1, Integer::sum) < 0) {
        changes.add(new Change(Kind.REMOVED, line));
      }
    }
    for (String line : after) {
      if (left.merge(line, -1, Integer::sum) < 0) {
        changes.add(new Change(Kind.ADDED, line));
      }
    }
    return changes;
  }

  private static List<String> lines(String markdown) {
    return markdown.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith(">")).toList();
  }

  private static Map<String, Integer> counts(List<String> lines) {
    Map<String, Integer> counts = new HashMap<>();
    lines.forEach(line -> counts.merge(line, 1, Integer::sum));
    return counts;
  }
}
