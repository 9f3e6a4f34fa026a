package io.github.diamondscore.mcda;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grey relational analysis (J.-L. Deng, "Introduction to grey system theory", Journal of Grey
 * System 1:1–24, 1989; as an MADM method in Kuo, Yang and Huang, Computers &amp; Industrial
 * Engineering 55:80–93, 2008).
 *
 * <p>Each column is first min-max normalized by its direction to {@code [0, 1]}, 1 being best:
 * {@code n_ij = (x_ij − min_j)/(max_j − min_j)} for {@code +1}, {@code (max_j − x_ij)/(max_j −
 * min_j)} for {@code −1}. The reference series is the best value of every column (1); with
 * deviations {@code Δ_ij = |1 − n_ij|} and the distinguishing coefficient {@code ρ ∈ (0, 1]}
 * (0.5 by default):
 * <pre>
 * ξ_ij = (Δmin + ρ Δmax) / (Δ_ij + ρ Δmax)     grey relational coefficient, in (0, 1]
 * γ_i  = Σ_j w_j ξ_ij                          grade, weights normalized to sum 1
 * </pre>
 * with {@code Δmin} and {@code Δmax} the smallest and largest deviation over the whole matrix
 * (Deng's two-level extremes; after min-max normalization they are 0 and 1). Higher grades are
 * better.
 *
 * <p>A constant column cannot be min-max normalized and is rejected, naming it.
 *
 * <p>Non-finite values: rejected, naming entity row and column (see the package description).
 */
public final class GreyRelational {

  /** The default distinguishing coefficient, 0.5. */
  public static final double DEFAULT_RHO = 0.5;

  private static final String METHOD = "grey relational analysis";

  private GreyRelational() {}

  /**
   * Ranks entities by grey relational grade with {@code ρ = 0.5}.
   *
   * @param x values, rows entities, columns indicators, all finite
   * @param weights one weight per column, finite and {@code >= 0}, not all zero
   * @param directions {@code +1} (higher is better) or {@code -1} (lower is better) per column
   * @return grades (higher is better) and ranks, method {@code "grey"}
   * @throws IllegalArgumentException as {@link #rank(double[][], double[], int[], double)}
   */
  public static Ranking rank(double[][] x, double[] weights, int[] directions) {
    return rank(x, weights, directions, DEFAULT_RHO);
  }

  /**
   * Ranks entities by grey relational grade.
   *
   * @param x values, rows entities, columns indicators, all finite
   * @param weights one weight per column, finite and {@code >= 0}, not all zero
   * @param directions {@code +1} (higher is better) or {@code -1} (lower is better) per column
   * @param rho distinguishing coefficient, in {@code (0, 1]}
   * @return grades (higher is better) and ranks, method {@code "grey"}
   * @throws IllegalArgumentException if there are fewer than two entities, shapes do not match, a
   *     value is NaN or infinite, a weight or direction is invalid, a column is constant, or
   *     {@code rho} is outside {@code (0, 1]}
   */
  public static Ranking rank(double[][] x, double[] weights, int[] directions, double rho) {
    int n = Checks.matrix(x, METHOD);
    double[] w = Checks.weights(weights, n, METHOD);
    int[] d = Checks.directions(directions, n, METHOD);
    if (!(rho > 0 && rho <= 1)) {
      throw new IllegalArgumentException(Checks.fmt(
          "distinguishing coefficient rho (%s) must lie in (0, 1]; 0.5 is usual", rho));
    }
    int m = x.length;
    double[][] delta = new double[m][n];
    double dMin = Double.POSITIVE_INFINITY;
    double dMax = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < n; j++) {
      double max = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        max = Math.max(max, x[i][j]);
        min = Math.min(min, x[i][j]);
      }
      if (!(max > min)) {
        throw new IllegalArgumentException(Checks.fmt(
            "column %d is constant (all %d entities = %s), so it cannot be min-max normalized "
                + "for grey relational analysis; drop the column", j, m, min));
      }
      for (int i = 0; i < m; i++) {
        double norm = d[j] > 0 ? (x[i][j] - min) / (max - min) : (max - x[i][j]) / (max - min);
        delta[i][j] = Math.abs(1 - norm);
        dMin = Math.min(dMin, delta[i][j]);
        dMax = Math.max(dMax, delta[i][j]);
      }
    }
    double[] grade = new double[m];
    for (int i = 0; i < m; i++) {
      double g = 0;
      for (int j = 0; j < n; j++) {
        g += w[j] * (dMin + rho * dMax) / (delta[i][j] + rho * dMax);
      }
      grade[i] = g;
    }
    Map<String, Double> diag = new LinkedHashMap<>();
    diag.put("rho", rho);
    return new Ranking("grey", grade, true, Map.of(), diag, List.of());
  }
}
