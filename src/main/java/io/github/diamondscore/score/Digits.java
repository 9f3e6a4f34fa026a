package io.github.diamondscore.score;

import io.github.diamondscore.internal.Text;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How results files (CSV, JSON) write numbers.
 *
 * <p>Scores are sums and products of doubles, so a score that is 85 on paper is often stored as
 * 84.99999999999999. {@link #ROUNDED}, the default, first rounds to 15 significant digits (the
 * most a double always holds: every decimal of up to 15 significant digits reads back as a
 * double that prints as the same decimal) and then writes the shortest decimal for that, so 85
 * prints as {@code 85} and 66.92114 as {@code 66.92114}; the value read back differs from the
 * computed double by at most half a unit in the 15th digit. {@link #EXACT} writes the shortest
 * decimal that reads back as exactly the computed double ({@code 84.99999999999999}), for
 * bit-for-bit comparisons. Missing values are written empty either way.
 */
public enum Digits {
  /** Rounded to 15 significant digits, then the shortest decimal: {@code 85}. The default. */
  ROUNDED {
    @Override
    public String format(double v) {
      if (Double.isNaN(v)) {
        return "";
      }
      if (v == 0 || Double.isInfinite(v)) {
        return EXACT.format(v);
      }
      BigDecimal d = new BigDecimal(v).round(FIFTEEN).stripTrailingZeros();
      double magnitude = Math.abs(v);
      if (magnitude >= 1e-7 && magnitude < 1e15) {
        return d.toPlainString();
      }
      return d.toString();
    }
  },
  /** The shortest decimal that reads back as the same double: {@code 84.99999999999999}. */
  EXACT {
    @Override
    public String format(double v) {
      return Text.exact(v);
    }
  };

  private static final MathContext FIFTEEN = new MathContext(15);

  /**
   * The text of a value in a results file.
   *
   * @param v the value
   * @return the text; empty for NaN (missing)
   */
  public abstract String format(double v);
}
