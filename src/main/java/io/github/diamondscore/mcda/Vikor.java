package io.github.diamondscore.mcda;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * VIKOR, multicriteria optimization and compromise solution (S. Opricovic, 1998; S. Opricovic and
 * G.-H. Tzeng, "Compromise solution by MCDM methods: A comparative analysis of VIKOR and TOPSIS",
 * European Journal of Operational Research 156:445–455, 2004).
 *
 * <p>With weights {@code w} normalized to sum 1, the best {@code f*_j} and worst {@code f−_j}
 * value of each column by its direction, and {@code v ∈ [0, 1]} the weight of the strategy of
 * "the majority of criteria" (0.5 by default):
 * <pre>
 * S_i = Σ_j w_j (f*_j − x_ij) / (f*_j − f−_j)        group utility
 * R_i = max_j w_j (f*_j − x_ij) / (f*_j − f−_j)      individual regret
 * Q_i = v (S_i − S*) / (S− − S*) + (1 − v) (R_i − R*) / (R− − R*)
 * </pre>
 * where {@code S* = min S}, {@code S− = max S} and likewise for {@code R}. Lower is better for all
 * three; entities are ranked by {@code Q}. A column with {@code f* = f−} cannot discriminate and
 * contributes 0 (with a note); if all {@code S} (or all {@code R}) are equal, that term of
 * {@code Q} is 0.
 *
 * <p>The compromise solution: let {@code a1} and {@code a2} be first and second by {@code Q} (ties
 * broken by row order) and {@code DQ = 1/(m − 1)}.
 * <ul>
 *   <li>C1, acceptable advantage: {@code Q(a2) − Q(a1) >= DQ}.</li>
 *   <li>C2, acceptable stability: {@code a1} is also best (possibly tied) by {@code S} or by
 *       {@code R}.</li>
 * </ul>
 * If both hold the compromise set is {@code {a1}}; if only C2 fails it is {@code {a1, a2}}; if C1
 * fails it is {@code a1, ..., aM} for the largest {@code M} with {@code Q(aM) − Q(a1) < DQ}.
 *
 * <p>Non-finite values: rejected, naming entity row and column (see the package description).
 */
public final class Vikor {

  /** The default weight of the strategy of the majority of criteria, 0.5. */
  public static final double DEFAULT_V = 0.5;

  private static final String METHOD = "VIKOR";

  private Vikor() {}

  /**
   * Ranks entities by VIKOR with {@code v = 0.5}.
   *
   * @param x values, rows entities, columns indicators, all finite
   * @param weights one weight per column, finite and {@code >= 0}, not all zero
   * @param directions {@code +1} (higher is better) or {@code -1} (lower is better) per column
   * @return S, R, Q, the ranking by Q and the compromise conditions
   * @throws IllegalArgumentException as {@link #rank(double[][], double[], int[], double)}
   */
  public static VikorResult rank(double[][] x, double[] weights, int[] directions) {
    return rank(x, weights, directions, DEFAULT_V);
  }

  /**
   * Ranks entities by VIKOR.
   *
   * @param x values, rows entities, columns indicators, all finite
   * @param weights one weight per column, finite and {@code >= 0}, not all zero
   * @param directions {@code +1} (higher is better) or {@code -1} (lower is better) per column
   * @param v weight of the group-utility strategy, in {@code [0, 1]}
   * @return S, R, Q, the ranking by Q and the compromise conditions
   * @throws IllegalArgumentException if there are fewer than two entities, shapes do not match, a
   *     value is NaN or infinite, a weight or direction is invalid, or {@code v} is outside
   *     {@code [0, 1]}
   */
  public static VikorResult rank(double[][] x, double[] weights, int[] directions, double v) {
    int n = Checks.matrix(x, METHOD);
    double[] w = Checks.weights(weights, n, METHOD);
    int[] d = Checks.directions(directions, n, METHOD);
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(Checks.fmt(
          "VIKOR strategy weight v (%s) must lie in [0, 1]; 0.5 balances group utility and "
              + "individual regret", v));
    }
    int m = x.length;
    double[] s = new double[m];
    double[] r = new double[m];
    List<String> notes = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      double max = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        max = Math.max(max, x[i][j]);
        min = Math.min(min, x[i][j]);
      }
      double best = d[j] > 0 ? max : min;
      double worst = d[j] > 0 ? min : max;
      if (best == worst) {
        notes.add(Checks.fmt("column %d is constant (%s) and cannot discriminate; it contributes 0",
            j, best));
        continue;
      }
      for (int i = 0; i < m; i++) {
        double t = w[j] * (best - x[i][j]) / (best - worst);
        s[i] += t;
        r[i] = Math.max(r[i], t);
      }
    }
    double sMin = Arrays.stream(s).min().orElseThrow();
    double sMax = Arrays.stream(s).max().orElseThrow();
    double rMin = Arrays.stream(r).min().orElseThrow();
    double rMax = Arrays.stream(r).max().orElseThrow();
    double[] q = new double[m];
    for (int i = 0; i < m; i++) {
      double a = sMax > sMin ? (s[i] - sMin) / (sMax - sMin) : 0;
      double b = rMax > rMin ? (r[i] - rMin) / (rMax - rMin) : 0;
      q[i] = v * a + (1 - v) * b;
    }
    return VikorResult.of(s, r, q, v, notes);
  }
}
