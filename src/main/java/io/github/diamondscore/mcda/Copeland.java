package io.github.diamondscore.mcda;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copeland ranking, a non-compensatory pairwise method (A. H. Copeland, 1951; proposed for
 * composite indicators in the non-compensatory aggregation part of the OECD/JRC <i>Handbook on
 * Constructing Composite Indicators</i>, 2008, Step 6, and by Munda and Nardo, "Noncompensatory/
 * nonlinear composite indicators for ranking countries: a defensible setting", Applied Economics
 * 41:1513–1523, 2009).
 *
 * <p>For every pair of entities {@code (a, b)}, with weights normalized to sum 1:
 * <pre>
 * W_ab = Σ_j w_j [a is strictly better than b on column j]     (by the column's direction)
 * </pre>
 * Columns where {@code a} and {@code b} are equal count for neither. {@code a} wins the pair if
 * {@code W_ab > W_ba}, loses it if {@code W_ab < W_ba}, and the pair is a tie otherwise (sums that
 * differ by at most 1e-12 are equal, so that rounding in the weights does not decide a pair).
 * The score is {@code wins − losses}; higher is better.
 *
 * <p>Series recorded: {@code wins} and {@code losses}.
 *
 * <p>Non-finite values: rejected, naming entity row and column (see the package description).
 */
public final class Copeland {

  private static final String METHOD = "Copeland";
  private static final double TIE = 1e-12;

  private Copeland() {}

  /**
   * Ranks entities by Copeland score.
   *
   * @param x values, rows entities, columns indicators, all finite
   * @param weights one weight per column, finite and {@code >= 0}, not all zero
   * @param directions {@code +1} (higher is better) or {@code -1} (lower is better) per column
   * @return scores {@code wins − losses} (higher is better) and ranks, method {@code "copeland"}
   * @throws IllegalArgumentException if there are fewer than two entities, shapes do not match, a
   *     value is NaN or infinite, or a weight or direction is invalid
   */
  public static Ranking rank(double[][] x, double[] weights, int[] directions) {
    int n = Checks.matrix(x, METHOD);
    double[] w = Checks.weights(weights, n, METHOD);
    int[] d = Checks.directions(directions, n, METHOD);
    int m = x.length;
    double[] wins = new double[m];
    double[] losses = new double[m];
    for (int a = 0; a < m; a++) {
      for (int b = a + 1; b < m; b++) {
        double wab = 0;
        double wba = 0;
        for (int j = 0; j < n; j++) {
          double diff = d[j] * (x[a][j] - x[b][j]);
          if (diff > 0) {
            wab += w[j];
          } else if (diff < 0) {
            wba += w[j];
          }
        }
        if (wab > wba + TIE) {
          wins[a]++;
          losses[b]++;
        } else if (wba > wab + TIE) {
          wins[b]++;
          losses[a]++;
        }
      }
    }
    double[] score = new double[m];
    for (int i = 0; i < m; i++) {
      score[i] = wins[i] - losses[i];
    }
    Map<String, double[]> series = new LinkedHashMap<>();
    series.put("wins", wins);
    series.put("losses", losses);
    return new Ranking("copeland", score, true, series, Map.of(), List.of());
  }
}
