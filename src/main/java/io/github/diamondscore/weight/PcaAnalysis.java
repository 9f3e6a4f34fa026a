package io.github.diamondscore.weight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * The result of {@link PcaWeights#analyze}: eigenvalues, retained factors, rotated loadings and
 * the derived weights. Rows of loading matrices are indicators (in label order), columns are
 * retained factors (largest explained variance first).
 *
 * <p>Instances are immutable; array accessors return copies.
 */
public final class PcaAnalysis {

  private final List<String> labels;
  private final double[] eigenvalues;
  private final int factors;
  private final double[][] rotated;
  private final double[] factorVariance;
  private final double[][] scaled;
  private final int[] assigned;
  private final DerivedWeights weights;

  private PcaAnalysis(List<String> labels, double[] eigenvalues, int factors, double[][] rotated,
      double[] factorVariance, double[][] scaled, int[] assigned, DerivedWeights weights) {
    this.labels = labels;
    this.eigenvalues = eigenvalues;
    this.factors = factors;
    this.rotated = rotated;
    this.factorVariance = factorVariance;
    this.scaled = scaled;
    this.assigned = assigned;
    this.weights = weights;
  }

  static PcaAnalysis compute(List<String> labels, double[][] r, PcaWeights.Retention retention) {
    int n = r.length;
    EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(r, true));
    double[] raw = eig.getRealEigenvalues();
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (p, q) -> Double.compare(raw[q], raw[p]));
    double[] lambda = new double[n];
    double[][] vectors = new double[n][n];
    for (int k = 0; k < n; k++) {
      // A rank-deficient correlation matrix can give eigenvalues of -1e-16; they are zero.
      lambda[k] = Math.max(0, raw[order[k]]);
      RealVector v = eig.getEigenvector(order[k]);
      for (int i = 0; i < n; i++) {
        vectors[i][k] = v.getEntry(i);
      }
    }
    int kk = retention.count(lambda, labels);
    double[][] loadings = new double[n][kk];
    for (int i = 0; i < n; i++) {
      for (int f = 0; f < kk; f++) {
        loadings[i][f] = vectors[i][f] * Math.sqrt(lambda[f]);
      }
    }
    double[][] rot = Varimax.rotate(loadings);
    double[] var = new double[kk];
    double[] colSum = new double[kk];
    for (int i = 0; i < n; i++) {
      for (int f = 0; f < kk; f++) {
        var[f] += rot[i][f] * rot[i][f];
        colSum[f] += rot[i][f];
      }
    }
    Integer[] forder = new Integer[kk];
    for (int f = 0; f < kk; f++) {
      forder[f] = f;
    }
    Arrays.sort(forder, (p, q) -> Double.compare(var[q], var[p]));
    double[][] rotated = new double[n][kk];
    double[] fvar = new double[kk];
    for (int f = 0; f < kk; f++) {
      int src = forder[f];
      double sign = colSum[src] < 0 ? -1 : 1;
      fvar[f] = var[src];
      for (int i = 0; i < n; i++) {
        rotated[i][f] = sign * rot[i][src] + 0.0;
      }
    }
    double totalVar = 0;
    for (double v : fvar) {
      totalVar += v;
    }
    double[][] scaled = new double[n][kk];
    int[] assigned = new int[n];
    double[] w = new double[n];
    boolean[] used = new boolean[kk];
    double wsum = 0;
    for (int i = 0; i < n; i++) {
      int best = 0;
      for (int f = 0; f < kk; f++) {
        scaled[i][f] = fvar[f] > 0 ? rotated[i][f] * rotated[i][f] / fvar[f] : 0;
        if (scaled[i][f] > scaled[i][best]) {
          best = f;
        }
      }
      assigned[i] = best;
      used[best] = true;
      w[i] = totalVar > 0 ? scaled[i][best] * fvar[best] / totalVar : 0;
      wsum += w[i];
    }
    List<String> warnings = new ArrayList<>();
    for (int f = 0; f < kk; f++) {
      if (!used[f]) {
        warnings.add(Checks.fmt(
            "retained factor %d (explained variance %.4f) is not the largest-loading factor of any "
                + "indicator, so its share of the explained variance is dropped before normalizing",
            f + 1, fvar[f]));
      }
    }
    if (!(wsum > 0)) {
      throw new IllegalArgumentException("no indicator loads on the retained factors "
          + labels + "; PCA weights are undefined for this data");
    }
    for (int i = 0; i < n; i++) {
      w[i] /= wsum;
    }
    Map<String, Double> diag = new LinkedHashMap<>();
    diag.put("factors", (double) kk);
    for (int k = 0; k < n; k++) {
      diag.put("eigenvalue." + (k + 1), lambda[k]);
    }
    double explained = 0;
    for (int f = 0; f < kk; f++) {
      explained += lambda[f] / n;
    }
    diag.put("explained", explained);
    for (int f = 0; f < kk; f++) {
      diag.put("factorVariance." + (f + 1), fvar[f]);
    }
    for (int i = 0; i < n; i++) {
      diag.put("factor." + labels.get(i), (double) (assigned[i] + 1));
    }
    DerivedWeights dw = DerivedWeights.of("pca", labels, w, diag, warnings);
    return new PcaAnalysis(labels, lambda, kk, rotated, fvar, scaled, assigned, dw);
  }

  /**
   * Returns the indicator labels (rows of the loading matrices).
   *
   * @return an unmodifiable list of labels
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * Returns all eigenvalues of the correlation matrix, largest first.
   *
   * @return a copy of the {@code n} eigenvalues (they sum to {@code n})
   */
  public double[] eigenvalues() {
    return eigenvalues.clone();
  }

  /**
   * Returns the share of the total variance explained by each component, {@code λ_k / n}.
   *
   * @return a fresh array of {@code n} shares, largest first
   */
  public double[] explainedShares() {
    double[] s = new double[eigenvalues.length];
    for (int k = 0; k < s.length; k++) {
      s[k] = eigenvalues[k] / eigenvalues.length;
    }
    return s;
  }

  /**
   * Returns the number of retained factors {@code K}.
   *
   * @return {@code K >= 1}
   */
  public int factors() {
    return factors;
  }

  /**
   * Returns the varimax-rotated loadings.
   *
   * @return a copy, {@code n} indicators × {@code K} factors
   */
  public double[][] rotatedLoadings() {
    return copy(rotated);
  }

  /**
   * Returns the variance explained by each rotated factor, {@code Var_f = Σ_i L_if²}.
   *
   * @return a copy of the {@code K} variances, largest first
   */
  public double[] factorVariances() {
    return factorVariance.clone();
  }

  /**
   * Returns the squared rotated loadings scaled to unity sum per factor, {@code L_if² / Var_f}.
   *
   * @return a copy, {@code n} indicators × {@code K} factors
   */
  public double[][] scaledSquaredLoadings() {
    return copy(scaled);
  }

  /**
   * Returns the 0-based factor an indicator is assigned to (its largest scaled squared loading).
   *
   * @param label the indicator label
   * @return the factor index in {@code [0, K)}
   * @throws IllegalArgumentException if no indicator has that label
   */
  public int assignedFactor(String label) {
    int i = labels.indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException(Checks.fmt(
          "no indicator labelled '%s' in the analysis; known labels are %s", label, labels));
    }
    return assigned[i];
  }

  /**
   * Returns the derived weights.
   *
   * @return the weights, method {@code "pca"}
   */
  public DerivedWeights weights() {
    return weights;
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  /**
   * Returns the eigenvalues, rotated loadings and weights as aligned tables, for jshell.
   *
   * @return a multi-line description
   */
  @Override
  public String toString() {
    int width = 8;
    for (String l : labels) {
      width = Math.max(width, l.length());
    }
    StringBuilder sb = new StringBuilder("PcaAnalysis ").append(factors).append(" of ")
        .append(eigenvalues.length).append(" components retained\n  eigenvalues:");
    for (double e : eigenvalues) {
      sb.append(Checks.fmt(" %.3f", e));
    }
    sb.append('\n').append("  ").append(pad("", width));
    for (int f = 0; f < factors; f++) {
      sb.append(Checks.fmt("  F%-6d", f + 1));
    }
    sb.append("  weight\n");
    for (int i = 0; i < labels.size(); i++) {
      sb.append("  ").append(pad(labels.get(i), width));
      for (int f = 0; f < factors; f++) {
        sb.append(Checks.fmt("  %7.3f", rotated[i][f]));
      }
      sb.append(Checks.fmt("  %.4f", weights.weights()[i])).append('\n');
    }
    return sb.toString();
  }

  private static String pad(String s, int width) {
    StringBuilder sb = new StringBuilder(s);
    while (sb.length() < width) {
      sb.append(' ');
    }
    return sb.toString();
  }
}
