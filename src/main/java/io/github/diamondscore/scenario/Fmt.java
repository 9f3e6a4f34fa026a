package io.github.diamondscore.scenario;

import io.github.diamondscore.internal.Text;
import java.util.Locale;

/** Number formatting for the package's tables and messages. */
final class Fmt {
  private Fmt() {}

  /** A number with up to 4 decimals and no trailing zeros; NA for NaN. */
  static String num(double v) {
    if (Double.isNaN(v)) {
      return "NA";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "Infinity" : "-Infinity";
    }
    String s = String.format(Locale.ROOT, "%.4f", v);
    s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    return s.equals("-0") ? "0" : s;
  }

  /** A score with two decimals; NA for NaN. */
  static String score(double v) {
    return Text.score(v);
  }

  /** A signed difference with two decimals. */
  static String delta(double v) {
    return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%+.2f", v);
  }
}
