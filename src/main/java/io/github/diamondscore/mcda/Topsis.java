package io.github.diamondscore.mcda;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TOPSIS, the technique for order preference by similarity to an ideal solution (C.-L. Hwang and
 * K. Yoon, <i>Multiple Attribute Decision Making: Methods and Applications</i>, Springer, 1981).
 *
 * <p>With weights {@code w} normalized to sum 1 and directions {@code d_j = ±1}:
 * <pre>
 * r_ij = x_ij / √(Σ_k x_kj²)                     vector normalization
 * v_ij = w_j r_ij
 * A+_j = max_i v_ij if d_j = +1, else min_i v_ij  ideal
 * A−_j = min_i v_ij if d_j = +1, else max_i v_ij  anti-ideal
 * S+_i = √(Σ_j (v_ij − A+_j)²),  S−_i = √(Σ_j (v_ij − A−_j)²)
 * C_i  = S−_i / (S+_i + S−_i)                     closeness, in [0, 1], higher is better
 * </pre>
 * Multiplying a column by a positive constant does not change {@code r}, so closeness is invariant
 * to the units of each indicator.
 *
 * <p>Series recorded: {@code distanceToIdeal} ({@code S+}) and {@code distanceToAntiIdeal}
 * ({@code S−}).
 *
 * <p>Non-finite values: rejected, naming entity row and column (see the package description).
 */
public final class Topsis {

  private static final String METHOD = "TOPSIS";

  private Topsis() {}

  /**
   * Ranks entities by TOPSIS closeness.
   *
   * @param x values, rows entities, columns indicators, all finite
   * @param weights one weight per column, finite and {@code >= 0}, not all zero
   * @param directions {@code +1} (higher is better) or {@code -1} (lower is better) per column
   * @return closeness scores (higher is better) and ranks, method {@code "topsis"}
   * @throws IllegalArgumentException if there are fewer than two entities, shapes do not match, a
   *     value is NaN or infinite, a weight or direction is invalid, a column is all zero (vector
   *     normalization is undefined), or every weighted column is constant (no entity can be told
   *     apart)
   */
  public static Ranking rank(double[][] x, double[] weights, int[] directions) {
    int n = Checks.matrix(x, METHOD);
    double[] w = Checks.weights(weights, n, METHOD);
    int[] d = Checks.directions(directions, n, METHOD);
    int m = x.length;
    double[][] v = new double[m][n];
    double[] ideal = new double[n];
    double[] anti = new double[n];
    for (int j = 0; j < n; j++) {
      double ss = 0;
      for (int i = 0; i < m; i++) {
        ss += x[i][j] * x[i][j];
      }
      double norm = Math.sqrt(ss);
      if (!(norm > 0)) {
        throw new IllegalArgumentException(Checks.fmt(
            "column %d is zero for all %d entities, so its vector normalization x/√(Σx²) is "
                + "undefined; drop the column", j, m));
      }
      double max = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        v[i][j] = w[j] * (x[i][j] / norm);
        max = Math.max(max, v[i][j]);
        min = Math.min(min, v[i][j]);
      }
      ideal[j] = d[j] > 0 ? max : min;
      anti[j] = d[j] > 0 ? min : max;
    }
    double[] plus = new double[m];
    double[] minus = new double[m];
    double[] c = new double[m];
    for (int i = 0; i < m; i++) {
      double sp = 0;
      double sm = 0;
      for (int j = 0; j < n; j++) {
        double a = v[i][j] - ideal[j];
        double b = v[i][j] - anti[j];
        sp += a * a;
        sm += b * b;
      }
      plus[i] = Math.sqrt(sp);
      minus[i] = Math.sqrt(sm);
      double denom = plus[i] + minus[i];
      if (!(denom > 0)) {
        throw new IllegalArgumentException(Checks.fmt(
            "every column with a positive weight is constant across the %d entities, so the ideal "
                + "and anti-ideal coincide and TOPSIS closeness is undefined; give weight to a "
                + "column that varies", m));
      }
      c[i] = minus[i] / denom;
    }
    Map<String, double[]> series = new LinkedHashMap<>();
    series.put("distanceToIdeal", plus);
    series.put("distanceToAntiIdeal", minus);
    return new Ranking("topsis", c, true, series, Map.of(), List.of());
  }
}
