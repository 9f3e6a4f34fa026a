package io.github.diamondscore.weight;

import java.util.List;

/**
 * Weights from principal components with varimax rotation, as in the OECD/JRC <i>Handbook on
 * Constructing Composite Indicators: Methodology and User Guide</i> (OECD, 2008), section 6.1
 * ("Weights based on principal components analysis or factor analysis").
 *
 * <p>Steps, on data {@code x} with at least three entities and two indicators:
 * <ol>
 *   <li><b>Standardize</b> each column (mean 0, sample standard deviation 1) and take the
 *       correlation matrix {@code R}; its eigenvalues {@code λ_1 >= ... >= λ_n} sum to {@code n}
 *       and {@code λ_k / n} is the share of variance explained by component {@code k}
 *       (eigen decomposition by commons-math3).</li>
 *   <li><b>Retain</b> the first {@code K} components by a {@link Retention} rule. The default,
 *       {@link Retention#handbook()}, combines the Handbook's criteria (eigenvalue larger than
 *       one, individual contribution to the explained variance above 10%, cumulative contribution
 *       above 60%) as follows: take the leading components while each has an eigenvalue above 1
 *       <em>or</em> explains more than 10% of the variance on its own; then, if those explain less than 60% together, add the next
 *       components until the cumulative share reaches 60%. On the Handbook's TAI example (Table
 *       16: eigenvalues 3.3, 1.7, 1.0, 0.9, 0.5, ...; shares 41.9%, 21.8%, 12.3%, 11.1%, 6.0%, ...)
 *       this retains the four factors the Handbook retains (the fourth has eigenvalue 0.9 but
 *       explains 11.1%); an eigenvalue-only rule would keep two.</li>
 *   <li><b>Loadings</b> {@code L = V_K diag(√λ_K)} (the correlations of indicators with the
 *       retained components), <b>rotated</b> by Kaiser's normalized varimax (Kaiser 1958,
 *       Psychometrika 23:187–200). Rotated factors are ordered by explained variance
 *       {@code Var_f = Σ_i L_if²}, largest first, and each factor's sign is chosen so that its
 *       loadings sum to a non-negative number (signs do not affect the weights).</li>
 *   <li><b>Scale</b> the squared loadings to unity sum per factor:
 *       {@code s_if = L_if² / Var_f}.</li>
 *   <li><b>Assign</b> each indicator to the factor where {@code s_if} is largest (the first such
 *       factor on a tie) and give it the weight {@code s_if × Var_f / Σ_g Var_g}: its share within
 *       its intermediate composite times the composite's share of the explained variance.</li>
 *   <li><b>Normalize</b> the weights to sum 1. (Weights of indicators in factors that attract no
 *       indicator are lost in step 5, which is why a final normalization is needed.)</li>
 * </ol>
 *
 * <p>Diagnostics: {@code factors} ({@code K}), {@code eigenvalue.1..n}, {@code explained}
 * (cumulative share of the {@code K} retained components), {@code factorVariance.1..K}
 * ({@code Var_f}) and {@code factor.<label>} (the 1-based factor each indicator is assigned to).
 * A warning is recorded when a retained factor attracts no indicator. {@link #analyze} returns
 * everything, including the rotated loadings.
 *
 * <p>Non-finite values: PCA needs complete data; a NaN or infinite value is rejected, naming its
 * entity row and indicator. A constant column is rejected too (it has no correlation).
 */
public final class PcaWeights {

  private PcaWeights() {}

  /**
   * A rule for how many principal components to retain.
   *
   * <p>Leading components are retained while each satisfies {@code λ > minEigenvalue} or
   * {@code λ/n > minShare}; then components are added while the cumulative share is below
   * {@code minCumulative}. A fixed rule retains exactly {@code K} components.
   */
  public static final class Retention {
    private final double minEigenvalue;
    private final double minShare;
    private final double minCumulative;
    private final int fixed;

    private Retention(double minEigenvalue, double minShare, double minCumulative, int fixed) {
      this.minEigenvalue = minEigenvalue;
      this.minShare = minShare;
      this.minCumulative = minCumulative;
      this.fixed = fixed;
    }

    /**
     * Returns the Handbook rule: eigenvalue above 1 or individual share above 10%, then at least
     * 60% cumulative (see {@link PcaWeights}).
     *
     * @return the default rule
     */
    public static Retention handbook() {
      return new Retention(1.0, 0.10, 0.60, 0);
    }

    /**
     * Returns Kaiser's rule topped up to 60%: eigenvalue above 1, then components added until the
     * cumulative share reaches 60%.
     *
     * @return the rule
     */
    public static Retention kaiser() {
      return new Retention(1.0, Double.POSITIVE_INFINITY, 0.60, 0);
    }

    /**
     * Returns a rule that retains exactly {@code k} components.
     *
     * @param k the number of components, {@code >= 1} (and at most the number of indicators)
     * @return the rule
     * @throws IllegalArgumentException if {@code k < 1}
     */
    public static Retention fixed(int k) {
      if (k < 1) {
        throw new IllegalArgumentException(Checks.fmt(
            "number of retained components (%d) must be >= 1", k));
      }
      return new Retention(0, 0, 0, k);
    }

    int count(double[] eigenvalues, List<String> labels) {
      int n = eigenvalues.length;
      if (fixed > 0) {
        if (fixed > n) {
          throw new IllegalArgumentException(Checks.fmt(
              "cannot retain %d components from %d indicators %s; retain at most %d",
              fixed, n, labels, n));
        }
        return fixed;
      }
      int k = 0;
      double cumulative = 0;
      while (k < n && (eigenvalues[k] > minEigenvalue || eigenvalues[k] / n > minShare)) {
        cumulative += eigenvalues[k] / n;
        k++;
      }
      while (k < n && cumulative < minCumulative - 1e-12) {
        cumulative += eigenvalues[k] / n;
        k++;
      }
      return Math.max(k, 1);
    }

    /**
     * Returns a one-line description of the rule.
     *
     * @return the rule
     */
    @Override
    public String toString() {
      return fixed > 0 ? "Retention[fixed " + fixed + "]"
          : Checks.fmt("Retention[eigenvalue > %s or share > %s, then cumulative >= %s]",
              minEigenvalue, minShare, minCumulative);
    }
  }

  /**
   * Derives weights with the Handbook retention rule; shorthand for
   * {@code analyze(x, labels).weights()}.
   *
   * @param x data, rows entities, columns indicators, all finite
   * @param labels one unique, non-blank label per column
   * @return the weights, method {@code "pca"}
   * @throws IllegalArgumentException as {@link #analyze(double[][], List, Retention)}
   */
  public static DerivedWeights derive(double[][] x, List<String> labels) {
    return analyze(x, labels, Retention.handbook()).weights();
  }

  /**
   * Runs the analysis with the Handbook retention rule.
   *
   * @param x data, rows entities, columns indicators, all finite
   * @param labels one unique, non-blank label per column
   * @return the analysis, with the weights
   * @throws IllegalArgumentException as {@link #analyze(double[][], List, Retention)}
   */
  public static PcaAnalysis analyze(double[][] x, List<String> labels) {
    return analyze(x, labels, Retention.handbook());
  }

  /**
   * Runs the analysis, see the class description.
   *
   * @param x data, rows entities, columns indicators, all finite
   * @param labels one unique, non-blank label per column
   * @param retention how many components to retain
   * @return the analysis, with the weights
   * @throws IllegalArgumentException if {@code x} is not rectangular, has fewer than three rows or
   *     fewer than two columns, labels do not match, a value is NaN or infinite, a column is
   *     constant, or a fixed retention asks for more components than indicators
   */
  public static PcaAnalysis analyze(double[][] x, List<String> labels, Retention retention) {
    java.util.Objects.requireNonNull(retention, "retention");
    int n = Checks.rectangular(x, "PCA data");
    List<String> names = Checks.labels(labels, n, "PCA data");
    Checks.minRows(x, 3, "PCA weighting");
    Checks.minColumns(n, 2, "PCA weighting");
    Checks.finite(x, names, "PCA weighting", "needs complete finite data: impute the value or drop the entity");
    Stats.Standardized z = Stats.standardize(x, names, "PCA weighting");
    return PcaAnalysis.compute(names, Stats.correlation(z.z()), retention);
  }
}
