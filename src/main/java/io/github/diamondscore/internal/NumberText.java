package io.github.diamondscore.internal;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reading numbers from data cells, shared by every reader (data CSV, COINr tables, framework
 * CSV), so the same text is accepted or rejected with the same explanation everywhere.
 * Internal API.
 */
public final class NumberText {
  /** Texts that people use for missing values, answered with a hint to write NA. */
  private static final Set<String> MISSING_LOOKALIKES =
      Set.of("na", "n/a", "#n/a", "nan", "null", "none", "nil", "-", ".", "?", "..");

  private NumberText() {}

  /**
   * Parses a data cell: blank or {@code NA} is missing (NaN); a plain decimal number is its
   * value; anything else is an error built by {@code fail} from a description of the problem
   * (e.g. "is not a number: it looks like a decimal comma; write it with '.' (3.5)").
   *
   * @param text the cell, already stripped of surrounding white space
   * @param fail makes the exception from the problem description; the caller adds file, line,
   *     entity and column
   * @return the value, NaN when missing
   * @throws IllegalArgumentException (from {@code fail}) when the text is not a finite number
   */
  public static double parseCell(String text,
      Function<String, ? extends IllegalArgumentException> fail) {
    if (text.isEmpty() || text.equals("NA")) {
      return Double.NaN;
    }
    if (isDecimal(text)) {
      double v = Double.parseDouble(text);
      if (Double.isInfinite(v)) {
        throw fail.apply("is too large for a double (the largest is about 1.8E+308)");
      }
      return v;
    }
    String problem;
    if (isCommaDecimal(text)) {
      problem = String.format(Locale.ROOT,
          "is not a number: it looks like a decimal comma; write it with '.' (%s)",
          text.replace(',', '.'));
    } else if (isInfinityText(text)) {
      problem = "is infinite; values must be finite numbers (leave the cell blank or write NA "
          + "for a missing value)";
    } else if (MISSING_LOOKALIKES.contains(text.toLowerCase(Locale.ROOT))) {
      problem = "is not a number; for a missing value leave the cell blank or write NA "
          + "(in capitals)";
    } else {
      problem = "is not a number; write a decimal number with '.' such as 12.5, -0.5 or "
          + "1e-3, or leave the cell blank or write NA for a missing value";
    }
    throw fail.apply(problem);
  }

  /**
   * Whether {@code s} is a plain decimal number: optional sign, digits with an optional decimal
   * point (at least one digit), optional exponent {@code e}/{@code E} with optional sign and at
   * least one digit. Rejects what {@link Double#parseDouble} would also accept but data files
   * should not contain: hexadecimal, "Infinity", "NaN", type suffixes (d, f) and white space.
   *
   * @param s the text
   * @return true for a plain decimal number
   */
  public static boolean isDecimal(String s) {
    int n = s.length();
    int i = 0;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int exponentDigits = 0;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        exponentDigits++;
      }
      if (exponentDigits == 0) {
        return false;
      }
    }
    return i == n;
  }

  /**
   * Whether {@code s} looks like a number written with a decimal comma, such as "3,5".
   *
   * @param s the text
   * @return true for one comma between digits and no point
   */
  public static boolean isCommaDecimal(String s) {
    int comma = s.indexOf(',');
    if (comma < 0 || s.indexOf(',', comma + 1) >= 0 || s.indexOf('.') >= 0) {
      return false;
    }
    return isDecimal(s.substring(0, comma) + "." + s.substring(comma + 1));
  }

  /**
   * Whether {@code s} names an infinity as Java, R, Excel or numpy would print it.
   *
   * @param s the text
   * @return true for inf, Infinity, ∞ with an optional sign
   */
  public static boolean isInfinityText(String s) {
    String t = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
    return t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity") || t.equals("∞");
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
