package io.github.diamondscore.model;

import java.util.Locale;

/** A transform applied to an indicator's raw value before normalization. */
public enum Transform {
  /** The value as it is. */
  NONE,
  /** The natural logarithm; values ≤ 0 are rejected, naming entity and indicator. */
  LOG;

  /**
   * Reads {@code none} or {@code log} (case-insensitive; blank means none).
   *
   * @param text the text form
   * @return the transform
   * @throws IllegalArgumentException for any other text
   */
  public static Transform parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.isEmpty() || t.equals("none")) {
      return NONE;
    }
    if (t.equals("log")) {
      return LOG;
    }
    throw new IllegalArgumentException(
        "unknown transform '" + text + "'; valid forms: none, log");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
