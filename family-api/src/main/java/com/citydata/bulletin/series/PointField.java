package com.citydata.bulletin.series;

import java.util.List;

/**
 * One property of a family's point, declared once with everything said of it: its JSON name (which the line-protocol
 * door takes as a tag or field key too), its role, the name it is stored under, its Chinese label, its unit and what
 * it means. The series schema, the parser's list of known properties and the stored names come from it; tests hold
 * the contract fragment's point schema and the family's README to it.
 */
public record PointField(String name, Role role, String stored, String label, String unit, String description,
    boolean required, List<String> choices, boolean reporter) {

  /** What a property is to the stores and the windows. */
  public enum Role {
    /** The point's instant (RFC 3339 with offset). */
    TIME,
    /** The point's day, stored at 00:00 of it in the bulletin's time zone. */
    DATE,
    /** Identifies a point with its time; a re-post with the same time and tags replaces it. */
    TAG,
    /** An increment: a window sums it. */
    COUNTER,
    /** A state: a window takes the last. */
    GAUGE,
    /** A short string kept as the last value. */
    TEXT
  }

  public PointField {
    choices = List.copyOf(choices);
  }

  public static PointField time(String name, String label, String description) {
    return new PointField(name, Role.TIME, name, label, "", description, true, List.of(), false);
  }

  public static PointField date(String name, String label, String description) {
    return new PointField(name, Role.DATE, name, label, "", description, true, List.of(), false);
  }

  public static PointField tag(String name, String label, String description) {
    return new PointField(name, Role.TAG, name, label, "", description, true, List.of(), false);
  }

  /** A tag that takes one of a few words. */
  public static PointField choice(String name, String label, String description, List<String> choices) {
    return new PointField(name, Role.TAG, name, label, "", description, true, choices, false);
  }

  /**
   * The tag naming the catalog unit a point is reported for (a department, a district): who has reported, and who has
   * gone silent, is counted by it.
   */
  public static PointField reporter(String name, String label, String description) {
    return new PointField(name, Role.TAG, name, label, "", description, true, List.of(), true);
  }

  public static PointField counter(String name, String label, String unit, String description) {
    return new PointField(name, Role.COUNTER, name, label, unit, description, true, List.of(), false);
  }

  public static PointField gauge(String name, String label, String unit, String description) {
    return new PointField(name, Role.GAUGE, name, label, unit, description, true, List.of(), false);
  }

  public static PointField text(String name, String label, String description) {
    return new PointField(name, Role.TEXT, name, label, "", description, true, List.of(), false);
  }

  /**
   * The same property kept under another name, as the first stores of a family hold it: SQL words (tables, fields,
   * system, name) are avoided so that both query languages take the names unquoted.
   */
  public PointField storedAs(String storedName) {
    return new PointField(name, role, storedName, label, unit, description, required, choices, reporter);
  }

  /** A property a point may leave out. */
  public PointField optional() {
    return new PointField(name, role, stored, label, unit, description, false, choices, reporter);
  }
}
