package io.github.diamondscore.weight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Weights from a pairwise comparison matrix by the analytic hierarchy process (T. L. Saaty,
 * <i>The Analytic Hierarchy Process</i>, McGraw-Hill, 1980).
 *
 * <p>An {@code Ahp} holds the settings; {@link #derive(PairwiseMatrix)} applies them:
 * <ol>
 *   <li>Priorities {@code w}: by default the principal right eigenvector of {@code A}, normalized
 *       to sum 1 (power iteration {@code w ← Aw / Σ(Aw)} from {@code w = 1/n} until no component
 *       moves by more than 1e-12); optionally the normalized row geometric means
 *       {@code w_i ∝ (Π_j a_ij)^(1/n)} (Crawford and Williams 1985).</li>
 *   <li>{@code λmax}: for the eigenvector, {@code Σ_i (Aw)_i} (exact at convergence, as
 *       {@code Σ w = 1}); for the geometric mean, Saaty's estimate
 *       {@code (1/n) Σ_i (Aw)_i / w_i}.</li>
 *   <li>Consistency index {@code CI = (λmax − n)/(n − 1)} and ratio {@code CR = CI / RI(n)} with
 *       the {@link RandomIndex} table (Saaty's by default). For {@code n <= 2} every reciprocal
 *       matrix is consistent and {@code CR = 0}.</li>
 *   <li>If {@code CR} exceeds the threshold (0.10 by default) the matrix is rejected with an
 *       {@link IllegalArgumentException} that shows {@code CR} and the most inconsistent
 *       judgement: the cell {@code (i, j)} whose ratio {@code a_ij w_j / w_i} departs most from 1
 *       (largest {@code max(r, 1/r)}), with the value {@code w_i / w_j} the weights imply. With
 *       {@link #acceptingInconsistency()} the weights are returned with a warning instead.</li>
 * </ol>
 *
 * <p>Diagnostics, in order: {@code n}, {@code lambdaMax}, {@code CI}, {@code RI}, {@code CR},
 * {@code threshold}, {@code maxJudgementRatio} (the departure {@code max(r, 1/r)} of the most
 * inconsistent judgement; 1 for a consistent matrix).
 *
 * <p>Non-finite values: a {@link PairwiseMatrix} never holds any, so none can reach the method.
 */
public final class Ahp {

  /** How priorities are computed from the matrix. */
  public enum Priority {
    /** The principal right eigenvector (Saaty). */
    EIGENVECTOR,
    /** The normalized geometric means of the rows (logarithmic least squares). */
    GEOMETRIC_MEAN
  }

  /** The default consistency-ratio threshold, 0.10 (Saaty). */
  public static final double DEFAULT_THRESHOLD = 0.10;

  private static final Ahp DEFAULTS =
      new Ahp(Priority.EIGENVECTOR, DEFAULT_THRESHOLD, false, RandomIndex.saaty());
  private static final double POWER_TOLERANCE = 1e-12;
  private static final int POWER_MAX_ITERATIONS = 1_000_000;

  private final Priority priority;
  private final double threshold;
  private final boolean acceptInconsistent;
  private final RandomIndex randomIndex;

  private Ahp(Priority priority, double threshold, boolean acceptInconsistent, RandomIndex ri) {
    this.priority = priority;
    this.threshold = threshold;
    this.acceptInconsistent = acceptInconsistent;
    this.randomIndex = ri;
  }

  /**
   * Returns the default settings: eigenvector priorities, CR threshold 0.10, Saaty's random index
   * table, inconsistent matrices rejected.
   *
   * @return the default settings
   */
  public static Ahp defaults() {
    return DEFAULTS;
  }

  /**
   * Derives weights with the default settings; shorthand for {@code defaults().derive(matrix)}.
   *
   * @param matrix the pairwise comparisons
   * @return the weights with their consistency diagnostics
   * @throws IllegalArgumentException if CR exceeds 0.10 or {@code n} exceeds Saaty's table (15)
   */
  public static DerivedWeights weights(PairwiseMatrix matrix) {
    return DEFAULTS.derive(matrix);
  }

  /**
   * Returns these settings with another priority method.
   *
   * @param p the priority method
   * @return the modified settings
   */
  public Ahp withPriority(Priority p) {
    return new Ahp(Objects.requireNonNull(p, "priority"), threshold, acceptInconsistent, randomIndex);
  }

  /**
   * Returns these settings with another consistency-ratio threshold.
   *
   * @param t the largest acceptable CR, finite and {@code > 0}
   * @return the modified settings
   * @throws IllegalArgumentException if {@code t} is not finite and positive
   */
  public Ahp withThreshold(double t) {
    if (!(t > 0) || Double.isInfinite(t)) {
      throw new IllegalArgumentException(Checks.fmt(
          "consistency ratio threshold (%s) must be finite and > 0; Saaty recommends 0.10", t));
    }
    return new Ahp(priority, t, acceptInconsistent, randomIndex);
  }

  /**
   * Returns these settings with another random index table.
   *
   * @param ri the table
   * @return the modified settings
   */
  public Ahp withRandomIndex(RandomIndex ri) {
    return new Ahp(priority, threshold, acceptInconsistent, Objects.requireNonNull(ri, "randomIndex"));
  }

  /**
   * Returns these settings changed to accept a matrix whose CR exceeds the threshold, recording a
   * warning instead of throwing.
   *
   * @return the modified settings
   */
  public Ahp acceptingInconsistency() {
    return new Ahp(priority, threshold, true, randomIndex);
  }

  /**
   * Derives weights from a pairwise comparison matrix, see the class description.
   *
   * @param matrix the pairwise comparisons
   * @return the weights, method {@code "ahp"}, with consistency diagnostics
   * @throws IllegalArgumentException if CR exceeds the threshold (unless inconsistency is
   *     accepted), or {@code n >= 3} exceeds the random index table
   */
  public DerivedWeights derive(PairwiseMatrix matrix) {
    Objects.requireNonNull(matrix, "matrix");
    double[][] a = matrix.toArray();
    int n = a.length;
    double[] w = priority == Priority.EIGENVECTOR ? eigenvector(a) : geometricMean(a);
    double[] aw = multiply(a, w);
    double lambdaMax;
    if (priority == Priority.EIGENVECTOR) {
      lambdaMax = 0;
      for (double v : aw) {
        lambdaMax += v;
      }
    } else {
      lambdaMax = 0;
      for (int i = 0; i < n; i++) {
        lambdaMax += aw[i] / w[i];
      }
      lambdaMax /= n;
    }
    double ci;
    double ri;
    double cr;
    if (n <= 2) {
      ci = 0;
      ri = n <= randomIndex.maxSize() ? randomIndex.value(n) : 0;
      cr = 0;
    } else {
      ci = Math.max(0, (lambdaMax - n) / (n - 1));
      ri = randomIndex.value(n);
      cr = ci / ri;
    }
    int[] worst = mostInconsistent(a, w);
    double ratio = n < 2 ? 1 : departure(a[worst[0]][worst[1]] * w[worst[1]] / w[worst[0]]);
    List<String> warnings = new ArrayList<>();
    if (cr > threshold) {
      String detail = Checks.fmt(
          "consistency ratio CR = %.4f exceeds the threshold %.2f (lambdaMax = %.4f, CI = %.4f, "
              + "RI(%d) = %.2f [%s]); the most inconsistent judgement is ('%s', '%s') [%d][%d] = %s "
              + "where the weights imply %.4f",
          cr, threshold, lambdaMax, ci, n, ri, randomIndex.name(),
          matrix.labels().get(worst[0]), matrix.labels().get(worst[1]), worst[0], worst[1],
          formatJudgement(a[worst[0]][worst[1]]), w[worst[0]] / w[worst[1]]);
      if (!acceptInconsistent) {
        throw new IllegalArgumentException(detail
            + "; revise that judgement, or use Ahp.defaults().acceptingInconsistency() to accept "
            + "the matrix with a warning");
      }
      warnings.add(detail + "; accepted as requested");
    }
    Map<String, Double> diag = new LinkedHashMap<>();
    diag.put("n", (double) n);
    diag.put("lambdaMax", lambdaMax);
    diag.put("CI", ci);
    diag.put("RI", ri);
    diag.put("CR", cr);
    diag.put("threshold", threshold);
    diag.put("maxJudgementRatio", ratio);
    return DerivedWeights.of("ahp", matrix.labels(), w, diag, warnings);
  }

  private static String formatJudgement(double v) {
    if (v < 1) {
      double inv = 1 / v;
      if (Math.abs(inv - Math.rint(inv)) < 1e-9) {
        return "1/" + (long) Math.rint(inv);
      }
    }
    return Checks.fmt("%.4g", v);
  }

  private static double departure(double r) {
    return Math.max(r, 1 / r);
  }

  /** Returns {i, j} (i &lt; j) of the judgement whose ratio a_ij w_j / w_i departs most from 1. */
  static int[] mostInconsistent(double[][] a, double[] w) {
    int n = a.length;
    int[] best = {0, Math.min(1, n - 1)};
    double worst = 1;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double d = departure(a[i][j] * w[j] / w[i]);
        if (d > worst) {
          worst = d;
          best = new int[] {i, j};
        }
      }
    }
    return best;
  }

  private static double[] multiply(double[][] a, double[] w) {
    int n = a.length;
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += a[i][j] * w[j];
      }
      r[i] = s;
    }
    return r;
  }

  static double[] eigenvector(double[][] a) {
    int n = a.length;
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1.0 / n);
    for (int it = 0; it < POWER_MAX_ITERATIONS; it++) {
      double[] next = multiply(a, w);
      double sum = 0;
      for (double v : next) {
        sum += v;
      }
      double change = 0;
      for (int i = 0; i < n; i++) {
        next[i] /= sum;
        change = Math.max(change, Math.abs(next[i] - w[i]));
      }
      w = next;
      if (change <= POWER_TOLERANCE) {
        return w;
      }
    }
    // A positive matrix has a simple dominant eigenvalue (Perron), so this is not reached for
    // valid input; fail loudly rather than return an unconverged vector.
    throw new IllegalStateException("power iteration did not converge in "
        + POWER_MAX_ITERATIONS + " iterations");
  }

  static double[] geometricMean(double[][] a) {
    int n = a.length;
    double[] w = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double logSum = 0;
      for (int j = 0; j < n; j++) {
        logSum += Math.log(a[i][j]);
      }
      w[i] = Math.exp(logSum / n);
      sum += w[i];
    }
    for (int i = 0; i < n; i++) {
      w[i] /= sum;
    }
    return w;
  }

  /**
   * Returns a one-line description of the settings.
   *
   * @return the settings
   */
  @Override
  public String toString() {
    return Checks.fmt("Ahp[priority=%s, threshold=%s, randomIndex=%s, acceptInconsistent=%s]",
        priority, threshold, randomIndex.name(), acceptInconsistent);
  }
}
