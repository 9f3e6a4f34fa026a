package io.github.diamondscore.weight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entropy weight method: indicators whose values are spread unevenly across entities carry
 * more information and get more weight.
 *
 * <p>For normalized data {@code x} (rows entities, columns indicators, already oriented so that
 * higher is better, all values {@code >= 0}), with {@code m_j} the number of entities present in
 * column {@code j}:
 * <pre>
 * p_ij = x_ij / Σ_i x_ij
 * e_j  = −(1 / ln m_j) Σ_i p_ij ln p_ij        (0 ln 0 = 0, so e_j ∈ [0, 1])
 * d_j  = 1 − e_j
 * w_j  = d_j / Σ_k d_k
 * </pre>
 * (Shannon entropy applied to attribute weighting as in Hwang and Yoon, <i>Multiple Attribute
 * Decision Making</i>, Springer 1981, and Zeleny, <i>Multiple Criteria Decision Making</i>, 1982.)
 *
 * <p><b>Directions.</b> The method takes no directions: orient the columns first (for example
 * min-max normalize with each indicator's direction). Raw "lower is better" columns would be
 * weighted for the spread of a quantity that is bad, which is wrong. A zero is handled by the
 * limit {@code 0 ln 0 = 0}: it lowers the entropy exactly as much as the limit of a tiny positive
 * value would, with no jump, so a column does not gain weight merely for containing a zero.
 *
 * <p><b>Missing values</b> (NaN) are handled per column: column {@code j} uses only the
 * {@code m_j} entities present in it, with {@code 1/ln m_j} as the normalizing constant. The
 * entropy of a column depends on that column alone, so this uses every observed value; dropping
 * every entity with any missing value would instead discard observed values of the other columns
 * and let one sparse indicator change the weights of all. A column needs at least two present
 * values. The number present is recorded as diagnostic {@code present.<label>} when some are
 * missing.
 *
 * <p><b>Degenerate columns.</b> A column whose present values are all zero has no distribution
 * ({@code p} is 0/0); like a constant column (which has {@code e = 1}) it carries no information,
 * so it gets weight 0 and a warning. A divergence below 1e-12 is rounding noise (a uniform column
 * computes {@code e = 1 − 2e-16}) and is set to 0. If every column has {@code d = 0} (all uniform),
 * the weights are equal, with a warning.
 *
 * <p>Diagnostics: {@code entropy.<label>} ({@code e_j}) and {@code divergence.<label>}
 * ({@code d_j}) per indicator.
 *
 * <p>Non-finite values: NaN means missing (see above); an infinite value is rejected, naming its
 * entity row and indicator.
 */
public final class EntropyWeights {

  private static final String METHOD = "entropy";
  private static final double NOISE = 1e-12;

  private EntropyWeights() {}

  /**
   * Derives entropy weights from normalized, oriented data.
   *
   * @param x normalized data, rows entities, columns indicators; values {@code >= 0} or NaN
   * @param labels one unique, non-blank label per column
   * @return the weights, method {@code "entropy"}
   * @throws IllegalArgumentException if {@code x} is not rectangular or has fewer than two rows,
   *     labels do not match, a value is negative or infinite, or a column has fewer than two
   *     present values
   */
  public static DerivedWeights derive(double[][] x, List<String> labels) {
    int n = Checks.rectangular(x, "entropy data");
    List<String> names = Checks.labels(labels, n, "entropy data");
    Checks.minRows(x, 2, "the entropy weight method");
    int m = x.length;
    double[] entropy = new double[n];
    double[] divergence = new double[n];
    int[] present = new int[n];
    List<String> warnings = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      double sum = 0;
      for (int i = 0; i < m; i++) {
        double v = x[i][j];
        if (Double.isNaN(v)) {
          continue;
        }
        if (Double.isInfinite(v)) {
          throw new IllegalArgumentException(Checks.fmt(
              "x[%d][%d] (entity row %d, indicator '%s') is %s; the entropy weight method needs "
                  + "finite normalized values", i, j, i, names.get(j), v));
        }
        if (v < 0) {
          throw new IllegalArgumentException(Checks.fmt(
              "x[%d][%d] (entity row %d, indicator '%s') = %s is negative; the entropy weight "
                  + "method needs values >= 0: min-max normalize the data first", i, j, i,
              names.get(j), v));
        }
        present[j]++;
        sum += v;
      }
      if (present[j] < 2) {
        throw new IllegalArgumentException(Checks.fmt(
            "indicator '%s' has %d present value(s) among %d entities; the entropy weight method "
                + "needs at least 2 per indicator: drop the indicator or impute it", names.get(j),
            present[j], m));
      }
      if (sum == 0) {
        entropy[j] = 1;
        divergence[j] = 0;
        warnings.add(Checks.fmt(
            "indicator '%s' is zero for every present entity, so it carries no information; it "
                + "gets weight 0", names.get(j)));
        continue;
      }
      double h = 0;
      for (int i = 0; i < m; i++) {
        double v = x[i][j];
        if (v > 0) {
          double p = v / sum;
          h -= p * Math.log(p);
        }
      }
      double e = Math.min(1, Math.max(0, h / Math.log(present[j])));
      entropy[j] = e;
      // A uniform column gives e = 1 only up to rounding; noise must not become weight.
      divergence[j] = 1 - e < NOISE ? 0 : 1 - e;
    }
    double total = 0;
    for (double d : divergence) {
      total += d;
    }
    double[] w = new double[n];
    if (total > 0) {
      for (int j = 0; j < n; j++) {
        w[j] = divergence[j] / total;
      }
    } else {
      java.util.Arrays.fill(w, 1.0 / n);
      warnings.add("every indicator is spread evenly across entities (d_j = 0 for all), so "
          + "entropy cannot tell them apart; equal weights are returned");
    }
    Map<String, Double> diag = new LinkedHashMap<>();
    for (int j = 0; j < n; j++) {
      diag.put("entropy." + names.get(j), entropy[j]);
    }
    for (int j = 0; j < n; j++) {
      diag.put("divergence." + names.get(j), divergence[j]);
    }
    for (int j = 0; j < n; j++) {
      if (present[j] < m) {
        diag.put("present." + names.get(j), (double) present[j]);
      }
    }
    return DerivedWeights.of(METHOD, names, w, diag, warnings);
  }
}
