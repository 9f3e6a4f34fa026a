package io.github.diamondscore.weight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CRITIC weights (CRiteria Importance Through Intercriteria Correlation; D. Diakoulaki,
 * G. Mavrotas and L. Papayannakis, "Determining objective weights in multiple criteria problems:
 * the CRITIC method", Computers &amp; Operations Research 22(7):763–770, 1995).
 *
 * <p>An indicator gets more weight the more it varies and the less it agrees with the others. On
 * normalized, oriented data {@code x}:
 * <pre>
 * σ_j  = sample standard deviation of column j      (divisor m − 1)
 * r_jk = Pearson correlation of columns j and k
 * C_j  = σ_j Σ_k (1 − r_jk)
 * w_j  = C_j / Σ_k C_k
 * </pre>
 * The divisor of {@code σ} cancels in {@code w}. Orientation matters: reversing a column changes
 * the sign of its correlations, so apply each indicator's direction before calling (Diakoulaki et
 * al. normalize with {@code (x − worst)/(best − worst)}).
 *
 * <p>A constant column has no standard deviation and no correlation and is rejected, naming it. If
 * every {@code C_j} is 0 (all columns perfectly correlated) the weights are equal, with a warning.
 *
 * <p>Diagnostics per indicator: {@code sd.<label>} ({@code σ_j}), {@code conflict.<label>}
 * ({@code Σ_k (1 − r_jk)}) and {@code information.<label>} ({@code C_j}).
 *
 * <p>Non-finite values: CRITIC needs complete data; a NaN or infinite value is rejected, naming
 * its entity row and indicator (impute it, or drop the entity, first).
 */
public final class CriticWeights {

  private CriticWeights() {}

  /**
   * Derives CRITIC weights from normalized, oriented data.
   *
   * @param x normalized data, rows entities, columns indicators, all values finite
   * @param labels one unique, non-blank label per column
   * @return the weights, method {@code "critic"}
   * @throws IllegalArgumentException if {@code x} is not rectangular, has fewer than two rows or
   *     fewer than two columns, labels do not match, a value is NaN or infinite, or a column is
   *     constant
   */
  public static DerivedWeights derive(double[][] x, List<String> labels) {
    int n = Checks.rectangular(x, "CRITIC data");
    List<String> names = Checks.labels(labels, n, "CRITIC data");
    Checks.minRows(x, 2, "CRITIC");
    Checks.minColumns(n, 2, "CRITIC");
    Checks.finite(x, names, "CRITIC", "needs complete finite data: impute the value or drop the entity");
    Stats.Standardized z = Stats.standardize(x, names, "CRITIC");
    double[][] r = Stats.correlation(z.z());
    double[] sd = z.sd();
    double[] conflict = new double[n];
    double[] info = new double[n];
    double total = 0;
    for (int j = 0; j < n; j++) {
      double c = 0;
      for (int k = 0; k < n; k++) {
        c += 1 - r[j][k];
      }
      conflict[j] = c;
      info[j] = sd[j] * c;
      total += info[j];
    }
    double[] w = new double[n];
    List<String> warnings = new ArrayList<>();
    if (total > 0) {
      for (int j = 0; j < n; j++) {
        w[j] = info[j] / total;
      }
    } else {
      java.util.Arrays.fill(w, 1.0 / n);
      warnings.add("every pair of indicators is perfectly correlated, so CRITIC finds no conflict "
          + "between them; equal weights are returned");
    }
    Map<String, Double> diag = new LinkedHashMap<>();
    for (int j = 0; j < n; j++) {
      diag.put("sd." + names.get(j), sd[j]);
    }
    for (int j = 0; j < n; j++) {
      diag.put("conflict." + names.get(j), conflict[j]);
    }
    for (int j = 0; j < n; j++) {
      diag.put("information." + names.get(j), info[j]);
    }
    return DerivedWeights.of("critic", names, w, diag, warnings);
  }
}
