package io.github.diamondscore.normalize;

import io.github.diamondscore.internal.Text;
import java.io.Serializable;
import java.util.Locale;

/**
 * A normalization method: how oriented indicator values are mapped onto a common scale.
 *
 * <p>Every method puts "better" higher; the caller orients the values first (multiplies by the
 * indicator's direction, after any {@code log} transform). The methods, with {@code x} the
 * oriented value and the parameters learned by {@link #fit}:
 *
 * <table class="striped">
 *   <caption>Methods</caption>
 *   <tr><th>text form</th><th>formula</th><th>scale</th></tr>
 *   <tr><td>{@code minmax[:L:H]}</td><td>L + (H − L)(x − min)/(max − min), clipped</td>
 *       <td>[L, H], default [0, 100]</td></tr>
 *   <tr><td>{@code zscore[:M:S]}</td><td>M + S (x − mean)/sd, sd with n − 1 as R's {@code sd}</td>
 *       <td>unbounded, default M = 0, S = 1</td></tr>
 *   <tr><td>{@code goalposts[:L:H]}</td><td>L + (H − L)(x − worst)/(frontier − worst), clipped;
 *       the distance to the frontier</td><td>[L, H], default [0, 100]</td></tr>
 *   <tr><td>{@code rank}</td><td>1 + number of reference values strictly worse than x</td>
 *       <td>1 to n (+1 for a new best)</td></tr>
 *   <tr><td>{@code percentile[:L:H]}</td><td>L + (H − L) min(1, b/(n − 1)), b the number of
 *       reference values strictly worse than x</td><td>[L, H], default [0, 100]</td></tr>
 * </table>
 *
 * <p>Values outside the fitted range (an online observation, a later year scored against fixed
 * parameters) are clipped by the bounded methods, so a score never leaves the declared scale and a
 * geometric mean never meets a zero or a negative that normalization created when the range
 * starts above zero (e.g. {@code minmax:1:100}).
 *
 * <p>Instances are immutable and serializable; {@code toString()} gives the text form that
 * {@link #parse} reads back.
 */
public sealed interface Normalization extends Serializable {

  /**
   * Min–max to [0, 100].
   *
   * @return the method
   */
  static Normalization minMax() {
    return new MinMax(0, 100);
  }

  /**
   * Min–max to [low, high].
   *
   * @param low the score of the reference minimum
   * @param high the score of the reference maximum; must exceed {@code low}
   * @return the method
   * @throws IllegalArgumentException if the range is not finite and increasing
   */
  static Normalization minMax(double low, double high) {
    return new MinMax(low, high);
  }

  /**
   * Standard scores with mean 0 and standard deviation 1.
   *
   * @return the method
   */
  static Normalization zScore() {
    return new ZScore(0, 1);
  }

  /**
   * Standard scores rescaled to the given mean and standard deviation (e.g. 100 and 10 for the
   * Mazziotta–Pareto index).
   *
   * @param mean the target mean
   * @param sd the target standard deviation, &gt; 0
   * @return the method
   * @throws IllegalArgumentException if mean is not finite or sd is not finite and positive
   */
  static Normalization zScore(double mean, double sd) {
    return new ZScore(mean, sd);
  }

  /**
   * Distance to frontier on [0, 100], with the indicator's goalposts or, where it has none, the
   * reference minimum and maximum.
   *
   * @return the method
   */
  static Normalization goalposts() {
    return new Goalposts(0, 100);
  }

  /**
   * Distance to frontier on [low, high].
   *
   * @param low the score of the worst goalpost
   * @param high the score of the frontier
   * @return the method
   * @throws IllegalArgumentException if the range is not finite and increasing
   */
  static Normalization goalposts(double low, double high) {
    return new Goalposts(low, high);
  }

  /**
   * Rank against the reference values (1 is the worst).
   *
   * @return the method
   */
  static Normalization rank() {
    return new Rank();
  }

  /**
   * Percentile rank against the reference values, on [0, 100].
   *
   * @return the method
   */
  static Normalization percentile() {
    return new Percentile(0, 100);
  }

  /**
   * Percentile rank against the reference values, on [low, high].
   *
   * @param low the score of the worst reference value
   * @param high the score of the best reference value
   * @return the method
   * @throws IllegalArgumentException if the range is not finite and increasing
   */
  static Normalization percentile(double low, double high) {
    return new Percentile(low, high);
  }

  /**
   * Reads the text form: {@code minmax}, {@code minmax:L:H}, {@code zscore}, {@code zscore:M:S},
   * {@code goalposts}, {@code goalposts:L:H}, {@code rank}, {@code percentile},
   * {@code percentile:L:H}. Names are case-insensitive; {@code min-max} and {@code z-score} are
   * accepted too.
   *
   * @param text the text form
   * @return the method
   * @throws IllegalArgumentException naming the text and listing the valid forms
   */
  static Normalization parse(String text) {
    String[] parts = text.trim().split(":", -1);
    String name = parts[0].toLowerCase(Locale.ROOT).replace("-", "");
    double[] args = new double[parts.length - 1];
    for (int i = 1; i < parts.length; i++) {
      try {
        args[i - 1] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "normalization '%s': '%s' is not a number; valid forms: %s", text, parts[i], FORMS));
      }
    }
    try {
      switch (name) {
        case "minmax":
          return args.length == 0 ? minMax() : args.length == 2 ? minMax(args[0], args[1]) : bad(text);
        case "zscore":
          return args.length == 0 ? zScore() : args.length == 2 ? zScore(args[0], args[1]) : bad(text);
        case "goalposts":
        case "distancetofrontier":
          return args.length == 0 ? goalposts()
              : args.length == 2 ? goalposts(args[0], args[1]) : bad(text);
        case "rank":
          return args.length == 0 ? rank() : bad(text);
        case "percentile":
          return args.length == 0 ? percentile()
              : args.length == 2 ? percentile(args[0], args[1]) : bad(text);
        default:
          return bad(text);
      }
    } catch (IllegalArgumentException e) {
      if (e.getMessage().startsWith("unknown normalization")) {
        throw e;
      }
      throw new IllegalArgumentException("normalization '" + text + "': " + e.getMessage(), e);
    }
  }

  /**
   * Learns this method's parameters from oriented reference values.
   *
   * <p>Non-finite values: NaN entries are ignored (missing); infinite entries are rejected.
   *
   * @param oriented reference values, transformed and multiplied by the direction; not modified
   * @param indicator the indicator's id, used in messages
   * @return the fitted normalization
   * @throws IllegalArgumentException if no value is present, a value is infinite, or the values
   *     are all equal (the scale would be undefined); the message names the indicator
   */
  FittedNormalization fit(double[] oriented, String indicator);

  /**
   * Whether scores stay within a declared range.
   *
   * @return true for min–max, goalposts and percentile
   */
  boolean isBounded();

  /**
   * The lowest score of a bounded method.
   *
   * @return the low end of the output range; NaN for unbounded methods
   */
  double low();

  /**
   * The highest score of a bounded method.
   *
   * @return the high end of the output range; NaN for unbounded methods
   */
  double high();

  /** Valid text forms, for messages. */
  String FORMS = "minmax, minmax:LOW:HIGH, zscore, zscore:MEAN:SD, goalposts, goalposts:LOW:HIGH,"
      + " rank, percentile, percentile:LOW:HIGH";

  private static Normalization bad(String text) {
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "unknown normalization '%s'; valid forms: %s", text, FORMS));
  }

  /**
   * Min–max normalization to [low, high].
   *
   * @param low score of the reference minimum
   * @param high score of the reference maximum
   */
  record MinMax(double low, double high) implements Normalization {
    /**
     * Validates the range.
     *
     * @param low score of the reference minimum
     * @param high score of the reference maximum
     */
    public MinMax {
      checkRange(low, high);
    }

    @Override
    public FittedNormalization fit(double[] oriented, String indicator) {
      double[] mm = Fits.minMax(oriented, indicator, "minmax");
      return new FittedNormalization.Linear(this, mm[0], mm[1], low, high);
    }

    @Override
    public boolean isBounded() {
      return true;
    }

    @Override
    public String toString() {
      return low == 0 && high == 100 ? "minmax" : "minmax:" + Text.exact(low) + ":" + Text.exact(high);
    }
  }

  /**
   * Standard scores rescaled to the given mean and standard deviation.
   *
   * @param mean target mean
   * @param sd target standard deviation
   */
  record ZScore(double mean, double sd) implements Normalization {
    /**
     * Validates the target.
     *
     * @param mean target mean
     * @param sd target standard deviation
     */
    public ZScore {
      if (!Double.isFinite(mean) || !(sd > 0) || !Double.isFinite(sd)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "z-score target mean (%s) must be finite and sd (%s) finite and > 0", mean, sd));
      }
    }

    @Override
    public FittedNormalization fit(double[] oriented, String indicator) {
      double[] ms = Fits.meanSd(oriented, indicator);
      return new FittedNormalization.Standard(this, ms[0], ms[1]);
    }

    @Override
    public boolean isBounded() {
      return false;
    }

    @Override
    public double low() {
      return Double.NaN;
    }

    @Override
    public double high() {
      return Double.NaN;
    }

    @Override
    public String toString() {
      return mean == 0 && sd == 1 ? "zscore" : "zscore:" + Text.exact(mean) + ":" + Text.exact(sd);
    }
  }

  /**
   * Distance to frontier between goalposts, on [low, high]. Without goalposts from the indicator,
   * {@link #fit} uses the reference minimum and maximum.
   *
   * @param low score of the worst goalpost
   * @param high score of the frontier
   */
  record Goalposts(double low, double high) implements Normalization {
    /**
     * Validates the range.
     *
     * @param low score of the worst goalpost
     * @param high score of the frontier
     */
    public Goalposts {
      checkRange(low, high);
    }

    @Override
    public FittedNormalization fit(double[] oriented, String indicator) {
      double[] mm = Fits.minMax(oriented, indicator, "goalposts");
      return new FittedNormalization.Linear(this, mm[0], mm[1], low, high);
    }

    /**
     * Uses given goalposts instead of fitting them.
     *
     * @param worst the oriented worst value
     * @param frontier the oriented frontier value, greater than {@code worst}
     * @return the fitted normalization
     * @throws IllegalArgumentException if the goalposts are not finite and increasing
     */
    public FittedNormalization withGoalposts(double worst, double frontier) {
      if (!(worst < frontier) || !Double.isFinite(worst) || !Double.isFinite(frontier)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "oriented goalposts worst (%s) must be finite and below the frontier (%s)",
            worst, frontier));
      }
      return new FittedNormalization.Linear(this, worst, frontier, low, high);
    }

    @Override
    public boolean isBounded() {
      return true;
    }

    @Override
    public String toString() {
      return low == 0 && high == 100 ? "goalposts" : "goalposts:" + Text.exact(low) + ":" + Text.exact(high);
    }
  }

  /** Rank against the reference values: 1 + the number of reference values strictly worse. */
  record Rank() implements Normalization {
    @Override
    public FittedNormalization fit(double[] oriented, String indicator) {
      return new FittedNormalization.Ranked(this, Fits.sortedDistinctCheck(oriented, indicator, "rank"));
    }

    @Override
    public boolean isBounded() {
      return false;
    }

    @Override
    public double low() {
      return Double.NaN;
    }

    @Override
    public double high() {
      return Double.NaN;
    }

    @Override
    public String toString() {
      return "rank";
    }
  }

  /**
   * Percentile rank against the reference values on [low, high]: low + (high − low) min(1,
   * b/(n − 1)) with b the number of reference values strictly worse and n the number of reference
   * values. Ties share the lower percentile.
   *
   * @param low score of the worst reference value
   * @param high score of the best reference value
   */
  record Percentile(double low, double high) implements Normalization {
    /**
     * Validates the range.
     *
     * @param low score of the worst reference value
     * @param high score of the best reference value
     */
    public Percentile {
      checkRange(low, high);
    }

    @Override
    public FittedNormalization fit(double[] oriented, String indicator) {
      return new FittedNormalization.Ranked(this,
          Fits.sortedDistinctCheck(oriented, indicator, "percentile"));
    }

    @Override
    public boolean isBounded() {
      return true;
    }

    @Override
    public String toString() {
      return low == 0 && high == 100 ? "percentile" : "percentile:" + Text.exact(low) + ":" + Text.exact(high);
    }
  }

  private static void checkRange(double low, double high) {
    if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "output range low (%s) must be finite and below high (%s)", low, high));
    }
  }
}
