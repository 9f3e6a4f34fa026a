package io.github.diamondscore.prepare;

import java.util.Objects;

/**
 * Bias-corrected sample moments used to detect outliers: the skewness G1 and the excess kurtosis
 * G2 that Excel's {@code SKEW} and {@code KURT} compute (also e1071 {@code type = 2}, COINr's
 * {@code skew} and {@code kurt}, and SciPy's {@code skew(x, bias=False)} and
 * {@code kurtosis(x, bias=False)}).
 *
 * <p>Source: D. N. Joanes and C. A. Gill, "Comparing measures of sample skewness and kurtosis",
 * The Statistician 47(1), 1998, statistics G1 and G2.
 */
public final class Moments {

  private Moments() {
  }

  /**
   * Returns the bias-corrected sample skewness G1 of the present values.
   *
   * <p>With n the number of present values, x̄ their mean and s their sample standard deviation
   * (divisor n − 1):
   * <pre>
   *   G1 = n / ((n − 1)(n − 2)) · Σ ((x_i − x̄) / s)³
   * </pre>
   * computed as {@code n·√(n − 1)/(n − 2) · m3 / m2^1.5} with {@code m2 = Σ(x_i − x̄)²} and
   * {@code m3 = Σ(x_i − x̄)³}, which is the same quantity.
   *
   * <p>Non-finite values: NaN entries are ignored (they are missing). The result is NaN when
   * fewer than 3 values are present, when all present values are equal (zero variance, the
   * statistic is 0/0), when a value is ±∞, or when the fourth powers of the deviations from the
   * mean overflow (deviations beyond about 1e77).
   *
   * @param x the column; not modified
   * @return G1, or NaN as described above
   */
  public static double skewness(double[] x) {
    Objects.requireNonNull(x, "x");
    Central c = Central.of(x);
    if (c == null || c.n < 3) {
      return Double.NaN;
    }
    double n = c.n;
    return n * Math.sqrt(n - 1) / (n - 2) * c.m3 / Math.pow(c.m2, 1.5);
  }

  /**
   * Returns the bias-corrected sample excess kurtosis G2 of the present values.
   *
   * <p>With n the number of present values, x̄ their mean and s their sample standard deviation
   * (divisor n − 1):
   * <pre>
   *   G2 = n(n + 1) / ((n − 1)(n − 2)(n − 3)) · Σ ((x_i − x̄) / s)⁴
   *        − 3(n − 1)² / ((n − 2)(n − 3))
   * </pre>
   * computed as {@code (n − 1)/((n − 2)(n − 3)) · (n(n + 1)·m4/m2² − 3(n − 1))} with
   * {@code m2 = Σ(x_i − x̄)²} and {@code m4 = Σ(x_i − x̄)⁴}, which is the same quantity. A
   * normal sample has G2 near 0.
   *
   * <p>Non-finite values: NaN entries are ignored (they are missing). The result is NaN when
   * fewer than 4 values are present, when all present values are equal (zero variance), when a
   * value is ±∞, or when the fourth powers of the deviations from the mean overflow (deviations
   * beyond about 1e77).
   *
   * @param x the column; not modified
   * @return G2, or NaN as described above
   */
  public static double kurtosis(double[] x) {
    Objects.requireNonNull(x, "x");
    Central c = Central.of(x);
    if (c == null || c.n < 4) {
      return Double.NaN;
    }
    double n = c.n;
    double r = n * (n + 1) * c.m4 / (c.m2 * c.m2);
    return (n - 1) / ((n - 2) * (n - 3)) * (r - 3 * (n - 1));
  }

  /** Central sums of the present values, or null when the variance is zero or undefined. */
  private static final class Central {
    final int n;
    final double m2;
    final double m3;
    final double m4;

    private Central(int n, double m2, double m3, double m4) {
      this.n = n;
      this.m2 = m2;
      this.m3 = m3;
      this.m4 = m4;
    }

    static Central of(double[] x) {
      int n = 0;
      double sum = 0;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double v : x) {
        if (!Double.isNaN(v)) {
          n++;
          sum += v;
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
      // equal values: the deviations from a rounded mean would be noise, not variance
      if (n == 0 || !(min < max) || Double.isInfinite(min) || Double.isInfinite(max)) {
        return null;
      }
      double mean = sum / n;
      double m2 = 0;
      double m3 = 0;
      double m4 = 0;
      for (double v : x) {
        if (!Double.isNaN(v)) {
          double d = v - mean;
          double d2 = d * d;
          m2 += d2;
          m3 += d2 * d;
          m4 += d2 * d2;
        }
      }
      if (!(m2 > 0) || Double.isInfinite(m4)) {
        return null;
      }
      return new Central(n, m2, m3, m4);
    }
  }
}
