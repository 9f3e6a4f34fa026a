package io.github.diamondscore.aggregate;

import java.io.Serializable;
import java.util.Locale;

/**
 * A weighted aggregation of children's scores, with weights renormalized over the children that
 * are present.
 *
 * <p>With values x<sub>i</sub> and weights w<sub>i</sub> scaled to sum to one:
 *
 * <table class="striped">
 *   <caption>Methods</caption>
 *   <tr><th>text form</th><th>formula</th><th>domain</th></tr>
 *   <tr><td>{@code arithmetic}</td><td>Σ w<sub>i</sub> x<sub>i</sub></td><td>any</td></tr>
 *   <tr><td>{@code geometric}</td><td>Π x<sub>i</sub><sup>w<sub>i</sub></sup></td><td>x &gt; 0</td></tr>
 *   <tr><td>{@code harmonic}</td><td>1 / Σ (w<sub>i</sub> / x<sub>i</sub>)</td><td>x &gt; 0</td></tr>
 *   <tr><td>{@code power:P}</td><td>(Σ w<sub>i</sub> x<sub>i</sub><sup>P</sup>)<sup>1/P</sup>;
 *       P = 0 is the geometric mean</td><td>x ≥ 0 for P &gt; 0, x &gt; 0 for P ≤ 0</td></tr>
 *   <tr><td>{@code minimum}</td><td>min x<sub>i</sub> (weakest link; weights ignored)</td>
 *       <td>any</td></tr>
 *   <tr><td>{@code median}</td><td>weighted median: the smallest x<sub>(k)</sub> whose cumulative
 *       weight in ascending order exceeds ½; the mean of x<sub>(k)</sub> and x<sub>(k+1)</sub>
 *       when it equals ½ exactly (so equal weights give the ordinary median)</td><td>any</td></tr>
 *   <tr><td>{@code mazziotta-pareto}</td><td>M − S·cv = M − S²/M with M = Σ w<sub>i</sub>
 *       x<sub>i</sub>, S = √(Σ w<sub>i</sub> (x<sub>i</sub> − M)²) and cv = S/M</td>
 *       <td>x ≥ 0</td></tr>
 * </table>
 *
 * <p><b>Mazziotta–Pareto index.</b> Mazziotta and Pareto (2016, "On a generalized non-compensatory
 * composite index for measuring socio-economic phenomena", Social Indicators Research 127) define
 * MPI = M<sub>i</sub> − S<sub>i</sub>·cv<sub>i</sub>, with M<sub>i</sub> and S<sub>i</sub> the
 * mean and the <em>population</em> standard deviation of unit i's normalized values and cv<sub>i</sub>
 * = S<sub>i</sub>/M<sub>i</sub>; with indicators standardized to mean 100 and sd 10
 * ({@code zscore:100:10}) this method is their MPI exactly. With unequal weights we use the
 * weighted mean and weighted population variance, which reduce to theirs for equal weights. Other
 * implementations differ: some use the sample standard deviation (divisor n − 1) across a unit's
 * indicators, some standardize with the population sd of each indicator, and the "positive"
 * variant M + S·cv is meant for indices where higher is worse (here direction is applied
 * before aggregation, so only the negative penalty is used). The penalty makes it
 * non-monotone: raising one child can lower the score.
 *
 * <p>Instances are immutable and serializable; {@code toString()} gives the text form that
 * {@link #parse} reads.
 */
public sealed interface Aggregation extends Serializable {

  /** Valid text forms, for messages. */
  String FORMS =
      "arithmetic, geometric, harmonic, power:P, minimum, median, mazziotta-pareto";

  /**
   * The weighted arithmetic mean (full compensability).
   *
   * @return the method
   */
  static Aggregation arithmetic() {
    return new Arithmetic();
  }

  /**
   * The weighted geometric mean (partial compensability).
   *
   * @return the method
   */
  static Aggregation geometric() {
    return new Geometric();
  }

  /**
   * The weighted harmonic mean.
   *
   * @return the method
   */
  static Aggregation harmonic() {
    return new Harmonic();
  }

  /**
   * The weighted power mean with exponent p.
   *
   * @param p the exponent, finite
   * @return the method
   * @throws IllegalArgumentException if p is not finite
   */
  static Aggregation power(double p) {
    return new Power(p);
  }

  /**
   * The minimum of the children (weakest link, no compensation).
   *
   * @return the method
   */
  static Aggregation minimum() {
    return new Minimum();
  }

  /**
   * The weighted median.
   *
   * @return the method
   */
  static Aggregation median() {
    return new Median();
  }

  /**
   * The Mazziotta–Pareto index (mean penalized by unbalance).
   *
   * @return the method
   */
  static Aggregation mazziottaPareto() {
    return new MazziottaPareto();
  }

  /**
   * Reads a text form: {@code arithmetic}, {@code geometric}, {@code harmonic}, {@code power:P},
   * {@code minimum}, {@code median}, {@code mazziotta-pareto}. Case-insensitive; {@code min},
   * {@code mpi} and {@code mean} are accepted as aliases.
   *
   * @param text the text form
   * @return the method
   * @throws IllegalArgumentException naming the text and listing the valid forms
   */
  static Aggregation parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.startsWith("power:")) {
      String p = t.substring("power:".length());
      try {
        return power(Double.parseDouble(p));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "aggregation '%s': exponent '%s' is not a number; valid forms: %s", text, p, FORMS));
      }
    }
    switch (t) {
      case "arithmetic":
      case "mean":
        return arithmetic();
      case "geometric":
        return geometric();
      case "harmonic":
        return harmonic();
      case "minimum":
      case "min":
        return minimum();
      case "median":
        return median();
      case "mazziotta-pareto":
      case "mazziottapareto":
      case "mpi":
        return mazziottaPareto();
      default:
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "unknown aggregation '%s'; valid forms: %s", text, FORMS));
    }
  }

  /**
   * Aggregates the first {@code n} values with their weights (renormalized to sum to one).
   *
   * <p>Non-finite values: the caller passes present values only; NaN or infinite inputs give a
   * NaN or infinite result.
   *
   * @param values children's scores; all must be {@linkplain #accepts accepted}
   * @param weights children's raw weights, all &gt; 0
   * @param n how many leading entries to use, ≥ 1
   * @return the aggregate
   */
  double apply(double[] values, double[] weights, int n);

  /**
   * Splits an aggregate into the points each child adds, summing to {@code score} (within
   * rounding). Arithmetic: w<sub>i</sub> x<sub>i</sub>. Geometric: log shares, score ×
   * w<sub>i</sub> ln x<sub>i</sub> / Σ w<sub>j</sub> ln x<sub>j</sub> (weight shares when that sum
   * is 0). Minimum: the whole score to the minimum child (shared among ties). Median: the whole
   * score to the median child (or the two that are averaged). Harmonic, power and
   * Mazziotta–Pareto: the arithmetic contributions scaled to sum to the score (weight shares when
   * the weighted mean is 0).
   *
   * @param values children's scores
   * @param weights children's raw weights
   * @param n how many leading entries to use
   * @param score the aggregate, as returned by {@link #apply}
   * @param out receives the n contributions
   */
  void contributions(double[] values, double[] weights, int n, double score, double[] out);

  /**
   * Whether one child's value is in this method's domain.
   *
   * @param value a child's score
   * @return false for values the formula is undefined for (e.g. ≤ 0 for the geometric mean)
   */
  boolean accepts(double value);

  /**
   * The domain, for messages, e.g. {@code "> 0"}.
   *
   * @return a short description of the accepted values
   */
  String domain();

  /**
   * Whether raising a child never lowers the aggregate.
   *
   * @return false only for Mazziotta–Pareto
   */
  boolean isMonotone();

  /** Weighted arithmetic mean. */
  record Arithmetic() implements Aggregation {
    @Override
    public double apply(double[] v, double[] w, int n) {
      double sw = Kernels.sum(w, n);
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += (w[i] / sw) * v[i];
      }
      return s;
    }

    @Override
    public void contributions(double[] v, double[] w, int n, double score, double[] out) {
      double sw = Kernels.sum(w, n);
      for (int i = 0; i < n; i++) {
        out[i] = (w[i] / sw) * v[i];
      }
    }

    @Override
    public boolean accepts(double value) {
      return true;
    }

    @Override
    public String domain() {
      return "any value";
    }

    @Override
    public boolean isMonotone() {
      return true;
    }

    @Override
    public String toString() {
      return "arithmetic";
    }
  }

  /** Weighted geometric mean. */
  record Geometric() implements Aggregation {
    @Override
    public double apply(double[] v, double[] w, int n) {
      double sw = Kernels.sum(w, n);
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += (w[i] / sw) * Math.log(v[i]);
      }
      return Math.exp(s);
    }

    @Override
    public void contributions(double[] v, double[] w, int n, double score, double[] out) {
      Kernels.logShares(v, w, n, score, out);
    }

    @Override
    public boolean accepts(double value) {
      return value > 0;
    }

    @Override
    public String domain() {
      return "> 0";
    }

    @Override
    public boolean isMonotone() {
      return true;
    }

    @Override
    public String toString() {
      return "geometric";
    }
  }

  /** Weighted harmonic mean. */
  record Harmonic() implements Aggregation {
    @Override
    public double apply(double[] v, double[] w, int n) {
      double sw = Kernels.sum(w, n);
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += (w[i] / sw) / v[i];
      }
      return 1 / s;
    }

    @Override
    public void contributions(double[] v, double[] w, int n, double score, double[] out) {
      Kernels.scaledArithmetic(v, w, n, score, out);
    }

    @Override
    public boolean accepts(double value) {
      return value > 0;
    }

    @Override
    public String domain() {
      return "> 0";
    }

    @Override
    public boolean isMonotone() {
      return true;
    }

    @Override
    public String toString() {
      return "harmonic";
    }
  }

  /**
   * Weighted power mean (Σ w x<sup>p</sup>)<sup>1/p</sup>; p = 0 is the geometric mean.
   *
   * @param p the exponent
   */
  record Power(double p) implements Aggregation {
    /**
     * Validates the exponent.
     *
     * @param p the exponent
     */
    public Power {
      if (!Double.isFinite(p)) {
        throw new IllegalArgumentException(
            "power mean exponent (" + p + ") must be finite; e.g. power:2");
      }
    }

    @Override
    public double apply(double[] v, double[] w, int n) {
      if (p == 0) {
        return new Geometric().apply(v, w, n);
      }
      double sw = Kernels.sum(w, n);
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += (w[i] / sw) * Math.pow(v[i], p);
      }
      return Math.pow(s, 1 / p);
    }

    @Override
    public void contributions(double[] v, double[] w, int n, double score, double[] out) {
      if (p == 0) {
        Kernels.logShares(v, w, n, score, out);
      } else {
        Kernels.scaledArithmetic(v, w, n, score, out);
      }
    }

    @Override
    public boolean accepts(double value) {
      return p > 0 ? value >= 0 : value > 0;
    }

    @Override
    public String domain() {
      return p > 0 ? ">= 0" : "> 0";
    }

    @Override
    public boolean isMonotone() {
      return true;
    }

    @Override
    public String toString() {
      return "power:" + (p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p));
    }
  }

  /** Minimum of the children: weakest link. */
  record Minimum() implements Aggregation {
    @Override
    public double apply(double[] v, double[] w, int n) {
      double m = v[0];
      for (int i = 1; i < n; i++) {
        m = Math.min(m, v[i]);
      }
      return m;
    }

    @Override
    public void contributions(double[] v, double[] w, int n, double score, double[] out) {
      int ties = 0;
      for (int i = 0; i < n; i++) {
        if (v[i] == score) {
          ties++;
        }
      }
      for (int i = 0; i < n; i++) {
        out[i] = v[i] == score ? score / ties : 0;
      }
    }

    @Override
    public boolean accepts(double value) {
      return true;
    }

    @Override
    public String domain() {
      return "any value";
    }

    @Override
    public boolean isMonotone() {
      return true;
    }

    @Override
    public String toString() {
      return "minimum";
    }
  }

  /** Weighted median. */
  record Median() implements Aggregation {
    @Override
    public double apply(double[] v, double[] w, int n) {
      int[] at = Kernels.medianPositions(v, w, n);
      return at[1] < 0 ? v[at[0]] : (v[at[0]] + v[at[1]]) / 2;
    }

    @Override
    public void contributions(double[] v, double[] w, int n, double score, double[] out) {
      int[] at = Kernels.medianPositions(v, w, n);
      for (int i = 0; i < n; i++) {
        out[i] = 0;
      }
      if (at[1] < 0) {
        out[at[0]] = score;
      } else {
        out[at[0]] = v[at[0]] / 2;
        out[at[1]] = v[at[1]] / 2;
      }
    }

    @Override
    public boolean accepts(double value) {
      return true;
    }

    @Override
    public String domain() {
      return "any value";
    }

    @Override
    public boolean isMonotone() {
      return true;
    }

    @Override
    public String toString() {
      return "median";
    }
  }

  /** Mazziotta–Pareto index: M − S²/M. */
  record MazziottaPareto() implements Aggregation {
    @Override
    public double apply(double[] v, double[] w, int n) {
      double sw = Kernels.sum(w, n);
      double m = 0;
      for (int i = 0; i < n; i++) {
        m += (w[i] / sw) * v[i];
      }
      double var = 0;
      for (int i = 0; i < n; i++) {
        var += (w[i] / sw) * (v[i] - m) * (v[i] - m);
      }
      // All-zero children: S = 0 and the penalty S·cv is taken as 0 rather than 0/0.
      return var == 0 ? m : m - var / m;
    }

    @Override
    public void contributions(double[] v, double[] w, int n, double score, double[] out) {
      Kernels.scaledArithmetic(v, w, n, score, out);
    }

    @Override
    public boolean accepts(double value) {
      return value >= 0;
    }

    @Override
    public String domain() {
      return ">= 0 (standardize with zscore:100:10 as in the original index)";
    }

    @Override
    public boolean isMonotone() {
      return false;
    }

    @Override
    public String toString() {
      return "mazziotta-pareto";
    }
  }
}
