package io.github.diamondscore.data;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number text for the data CSV and for {@code toString} tables. */
final class Numbers {

  private static final MathContext DISPLAY = new MathContext(6);

  private Numbers() {}

  /**
   * The CSV text of a value: empty for NaN, otherwise the shortest-looking decimal that
   * {@link Double#parseDouble} reads back as exactly the same double.
   *
   * <p>Starts from {@link Double#toString(double)}, whose digits always round-trip (JLS/Javadoc
   * of {@code Double.toString}: "as many digits as needed to uniquely distinguish"), then drops
   * trailing zeros ("2.0" becomes "2", JDK 17's "0.0020" becomes "0.002") and writes plain
   * notation for magnitudes in [1e-7, 1e16), scientific ("1E+300", "1.5E-9") outside. Zero keeps
   * its sign: -0.0 is written "-0", which reads back as -0.0. Changing only the notation of an
   * exact decimal never changes its value, so the round trip stays exact.
   */
  static String csv(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (v == 0) {
      return Double.doubleToRawLongBits(v) == 0 ? "0" : "-0";
    }
    if (Double.isInfinite(v)) {
      throw new IllegalArgumentException("value " + v + " cannot be written; values must be finite");
    }
    String shortest = Double.toString(v);
    if (shortest.indexOf('E') < 0) {
      // Plain notation (1e-3 <= |v| < 1e7) always has a '.', so only fraction zeros are cut.
      int end = shortest.length();
      while (shortest.charAt(end - 1) == '0') {
        end--;
      }
      if (shortest.charAt(end - 1) == '.') {
        end--;
      }
      return shortest.substring(0, end);
    }
    BigDecimal exact = new BigDecimal(shortest).stripTrailingZeros();
    double magnitude = Math.abs(v);
    if (magnitude >= 1e-7 && magnitude < 1e16) {
      return exact.toPlainString();
    }
    return scientific(exact);
  }

  /**
   * A short text for tables: "NA" for NaN, integers in full up to 1e15, otherwise 6 significant
   * digits, in scientific notation outside [1e-4, 1e15).
   */
  static String display(double v) {
    if (Double.isNaN(v)) {
      return "NA";
    }
    if (Double.isInfinite(v) || v == 0) {
      return csv(v);
    }
    double magnitude = Math.abs(v);
    if (v == Math.rint(v) && magnitude < 1e15) {
      return Long.toString((long) v);
    }
    BigDecimal rounded = new BigDecimal(v).round(DISPLAY).stripTrailingZeros();
    if (magnitude >= 1e-4 && magnitude < 1e15) {
      return rounded.toPlainString();
    }
    return scientific(rounded);
  }

  /** Scientific notation with one digit before the point: "1.5E-9", "1E+300". */
  private static String scientific(BigDecimal d) {
    String digits = d.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - d.scale();
    StringBuilder sb = new StringBuilder();
    if (d.signum() < 0) {
      sb.append('-');
    }
    sb.append(digits.charAt(0));
    if (digits.length() > 1) {
      sb.append('.').append(digits, 1, digits.length());
    }
    return sb.append('E').append(exponent >= 0 ? "+" : "").append(exponent).toString();
  }
}
