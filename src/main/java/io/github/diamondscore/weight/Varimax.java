package io.github.diamondscore.weight;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Kaiser's varimax rotation with Kaiser normalization (H. F. Kaiser, "The varimax criterion for
 * analytic rotation in factor analysis", Psychometrika 23:187–200, 1958), computed by the
 * SVD-based iteration used by R's {@code stats::varimax}.
 */
final class Varimax {

  private static final double EPS = 1e-12;
  private static final int MAX_ITERATIONS = 10_000;

  private Varimax() {}

  /** Returns the rotated loadings (p indicators × k factors); k &lt; 2 is returned unchanged. */
  static double[][] rotate(double[][] loadings) {
    int p = loadings.length;
    int k = loadings[0].length;
    double[][] out = new double[p][];
    if (k < 2) {
      for (int i = 0; i < p; i++) {
        out[i] = loadings[i].clone();
      }
      return out;
    }
    double[] h = new double[p];
    double[][] a = new double[p][k];
    for (int i = 0; i < p; i++) {
      double s = 0;
      for (int f = 0; f < k; f++) {
        s += loadings[i][f] * loadings[i][f];
      }
      h[i] = Math.sqrt(s);
      for (int f = 0; f < k; f++) {
        // Kaiser normalization: rotate rows of unit length so that indicators with large
        // communalities do not dominate; a row with no communality stays zero.
        a[i][f] = h[i] > 0 ? loadings[i][f] / h[i] : 0;
      }
    }
    RealMatrix am = new Array2DRowRealMatrix(a, false);
    RealMatrix t = org.apache.commons.math3.linear.MatrixUtils.createRealIdentityMatrix(k);
    double d = 0;
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      RealMatrix b = am.multiply(t);
      double[] colSq = new double[k];
      for (int i = 0; i < p; i++) {
        for (int f = 0; f < k; f++) {
          double v = b.getEntry(i, f);
          colSq[f] += v * v;
        }
      }
      double[][] target = new double[p][k];
      for (int i = 0; i < p; i++) {
        for (int f = 0; f < k; f++) {
          double v = b.getEntry(i, f);
          target[i][f] = v * v * v - v * colSq[f] / p;
        }
      }
      RealMatrix g = am.transpose().multiply(new Array2DRowRealMatrix(target, false));
      SingularValueDecomposition svd = new SingularValueDecomposition(g);
      t = svd.getU().multiply(svd.getVT());
      double previous = d;
      d = 0;
      for (double s : svd.getSingularValues()) {
        d += s;
      }
      if (d < previous * (1 + EPS)) {
        break;
      }
    }
    RealMatrix rotated = am.multiply(t);
    for (int i = 0; i < p; i++) {
      out[i] = new double[k];
      for (int f = 0; f < k; f++) {
        out[i][f] = rotated.getEntry(i, f) * h[i];
      }
    }
    return out;
  }
}
