package io.github.diamondscore.normalize;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * A normalization with its parameters learned from reference data: a pure, immutable and
 * thread-safe function from an oriented value to a score.
 *
 * <p>Non-finite values: {@link #apply} maps NaN to NaN; infinities go to the ends of a bounded
 * scale and stay infinite on an unbounded one.
 */
public sealed interface FittedNormalization extends Serializable {

  /**
   * Normalizes one oriented value.
   *
   * @param oriented the value after transform and direction
   * @return its score; NaN when the value is NaN
   */
  double apply(double oriented);

  /**
   * The method these parameters were fitted for.
   *
   * @return the normalization spec
   */
  Normalization method();

  /**
   * A linear map between two learned points, clipped to the output range: min–max (the points are
   * the reference minimum and maximum) and goalposts (worst and frontier).
   */
  final class Linear implements FittedNormalization {
    private static final long serialVersionUID = 1L;
    private final Normalization method;
    private final double worst;
    private final double frontier;
    private final double low;
    private final double high;

    Linear(Normalization method, double worst, double frontier, double low, double high) {
      this.method = method;
      this.worst = worst;
      this.frontier = frontier;
      this.low = low;
      this.high = high;
    }

    @Override
    public double apply(double x) {
      double t = (x - worst) / (frontier - worst);
      double s = low + (high - low) * t;
      // Clip so new data scored against fixed parameters stays on the declared scale.
      return s < low ? low : s > high ? high : s;
    }

    @Override
    public Normalization method() {
      return method;
    }

    /**
     * The oriented value that scores {@code low}: the reference minimum, or the worst goalpost.
     *
     * @return the learned lower point
     */
    public double worst() {
      return worst;
    }

    /**
     * The oriented value that scores {@code high}: the reference maximum, or the frontier.
     *
     * @return the learned upper point
     */
    public double frontier() {
      return frontier;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s(worst=%s, frontier=%s)", method, worst, frontier);
    }
  }

  /** Standard scores: target mean + target sd × (x − mean) / sd. */
  final class Standard implements FittedNormalization {
    private static final long serialVersionUID = 1L;
    private final Normalization.ZScore method;
    private final double mean;
    private final double sd;

    Standard(Normalization.ZScore method, double mean, double sd) {
      this.method = method;
      this.mean = mean;
      this.sd = sd;
    }

    @Override
    public double apply(double x) {
      return method.mean() + method.sd() * ((x - mean) / sd);
    }

    @Override
    public Normalization method() {
      return method;
    }

    /**
     * The reference mean of the oriented values.
     *
     * @return the mean
     */
    public double mean() {
      return mean;
    }

    /**
     * The reference sample standard deviation (divisor n − 1) of the oriented values.
     *
     * @return the standard deviation
     */
    public double sd() {
      return sd;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s(mean=%s, sd=%s)", method, mean, sd);
    }
  }

  /** Rank and percentile rank against the sorted reference values. */
  final class Ranked implements FittedNormalization {
    private static final long serialVersionUID = 1L;
    private final Normalization method;
    private final double[] sorted;

    Ranked(Normalization method, double[] sorted) {
      this.method = method;
      this.sorted = sorted;
    }

    @Override
    public double apply(double x) {
      if (Double.isNaN(x)) {
        return Double.NaN;
      }
      int below = countBelow(x);
      if (method instanceof Normalization.Percentile p) {
        double share = Math.min(1.0, (double) below / (sorted.length - 1));
        return p.low() + (p.high() - p.low()) * share;
      }
      return 1 + below;
    }

    /** Number of reference values strictly below x (binary search for the first index ≥ x). */
    private int countBelow(double x) {
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted[mid] < x) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    @Override
    public Normalization method() {
      return method;
    }

    /**
     * The sorted oriented reference values.
     *
     * @return a copy
     */
    public double[] referenceValues() {
      return sorted.clone();
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s(n=%d, min=%s, max=%s)", method, sorted.length,
          sorted[0], sorted[sorted.length - 1]);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Ranked r && r.method.equals(method) && Arrays.equals(r.sorted, sorted);
    }

    @Override
    public int hashCode() {
      return method.hashCode() * 31 + Arrays.hashCode(sorted);
    }
  }
}
