package io.github.diamondscore.diamond;

import java.util.Locale;

/** Number formats for messages and tables of this package. */
final class Fmt {
  private Fmt() {}

  /**
   * A raw value for a sentence: grouped whole number from 1000 up ({@code 1,423,520,357}), a
   * whole number as such ({@code 3}), two decimals from 0.1, three significant digits below;
   * {@code NA} for NaN.
   */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "NA";
    }
    double a = Math.abs(v);
    if (a >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (v == Math.rint(v)) {
      return String.format(Locale.ROOT, "%.0f", v == 0 ? 0.0 : v);
    }
    if (a >= 0.1) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }

  /** A score with two decimals, {@code NA} for NaN. */
  static String score(double v) {
    return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%.2f", v);
  }

  /** A signed difference with two decimals, {@code NA} for NaN. */
  static String signed(double v) {
    return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%+.2f", v);
  }

  /** A percentile or share as a whole number, {@code NA} for NaN. */
  static String whole(double v) {
    return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%.0f", v);
  }
}
