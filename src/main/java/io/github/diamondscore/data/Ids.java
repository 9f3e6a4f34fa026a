package io.github.diamondscore.data;

import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/** Checks for ids and labels shared by {@link Panel}, {@link Observation} and {@link RowKey}. */
final class Ids {

  /** Column names that the data CSV reserves for row information; no indicator may use them. */
  static final Set<String> RESERVED = Set.of("entity", "name", "group", "year");

  private Ids() {}

  /**
   * Checks an indicator id: not null, not blank, no leading or trailing white space (the CSV
   * reader drops it, so such an id could not be read back) and not a reserved column name.
   */
  static String indicator(String id) {
    if (id == null) {
      throw new NullPointerException("indicator id is null; give a non-blank id");
    }
    if (id.isBlank()) {
      throw new IllegalArgumentException(
          "indicator id ('" + id + "') is blank; every indicator needs a non-blank id");
    }
    if (!id.strip().equals(id)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "indicator id '%s' has leading or trailing spaces; remove them ('%s')", id, id.strip()));
    }
    if (RESERVED.contains(id)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "indicator id '%s' is reserved for row information (entity, name, group, year); "
              + "rename the indicator",
          id));
    }
    return id;
  }

  /** Checks an entity id: not null and not blank. */
  static String entity(String entity) {
    if (entity == null) {
      throw new NullPointerException("entity id is null; give a non-blank id");
    }
    if (entity.isBlank()) {
      throw new IllegalArgumentException(
          "entity id ('" + entity + "') is blank; every row needs a non-blank entity id");
    }
    return entity;
  }

  /** Checks an optional label (name or group) that is present: not null and not blank. */
  static String label(String role, String value) {
    if (value == null) {
      throw new NullPointerException(role + " is null; leave it out when there is none");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          role + " ('" + value + "') is blank; leave it out when there is none");
    }
    return value;
  }

  /** Checks that a value is finite or NaN (missing); infinities are rejected. */
  static double value(double v, String where) {
    if (Double.isInfinite(v)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s is %s; values must be finite, or NaN for missing", where, v));
    }
    return v;
  }

  /** Lists at most {@code max} items as {@code a, b, c, ... (N more)} for messages. */
  static String list(Collection<String> items, int max) {
    if (items.isEmpty()) {
      return "none";
    }
    StringBuilder sb = new StringBuilder();
    Iterator<String> it = items.iterator();
    int shown = 0;
    while (it.hasNext() && shown < max) {
      if (shown > 0) {
        sb.append(", ");
      }
      sb.append(it.next());
      shown++;
    }
    if (items.size() > shown) {
      sb.append(", ... (").append(items.size() - shown).append(" more)");
    }
    return sb.toString();
  }
}
