package com.citydata.bulletin.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a desk account may do; each role may do all that the ones after it may, except a reporter's posting. */
public enum Role {
  /** The catalog, collectors, accounts and subscriptions, and all of an editor's work. */
  ADMIN,
  /** Notes, uploads and publishing. */
  EDITOR,
  /** The figures of its listed units and families only, as a collector posts them. */
  REPORTER,
  /** Reading the desk and the bulletins. */
  READER;

  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<Role> named(String word) {
    return Arrays.stream(values()).filter(r -> r.word().equals(word)).findFirst();
  }

  public static List<String> words() {
    return Arrays.stream(values()).map(Role::word).toList();
  }

  /** Editors' work: the notes, uploads and publishing. */
  public boolean edits() {
    return this == ADMIN || this == EDITOR;
  }
}
