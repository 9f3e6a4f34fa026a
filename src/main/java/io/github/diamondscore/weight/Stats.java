package io.github.diamondscore.weight;

import java.util.List;

/** Column means, standard deviations and Pearson correlations for complete data. */
final class Stats {

  private Stats() {}

  /** Standardized columns with the statistics used. */
  static final class Standardized {
    private final double[][] z;
    private final double[] mean;
    private final double[] sd;

    Standardized(double[][] z, double[] mean, double[] sd) {
      this.z = z;
      this.mean = mean;
      this.sd = sd;
    }

    double[][] z() {
      return z;
    }

    double[] mean() {
      return mean;
    }

    double[] sd() {
      return sd;
    }
  }

  /**
   * Returns z-scores {@code (x − mean)/sd} with the sample standard deviation (divisor m − 1),
   * rejecting a constant column by label.
   */
  static Standardized standardize(double[][] x, List<String> labels, String method) {
    int m = x.length;
    int n = x[0].length;
    double[] mean = new double[n];
    double[] sd = new double[n];
    double[][] z = new double[m][n];
    for (int j = 0; j < n; j++) {
      double s = 0;
      for (int i = 0; i < m; i++) {
        s += x[i][j];
      }
      double mu = s / m;
      double ss = 0;
      for (int i = 0; i < m; i++) {
        double d = x[i][j] - mu;
        ss += d * d;
      }
      double sigma = Math.sqrt(ss / (m - 1));
      // Relative test: a column whose spread is lost in rounding is constant for our purposes.
      if (!(sigma > 1e-12 * Math.max(1, Math.abs(mu)))) {
        throw new IllegalArgumentException(Checks.fmt(
            "indicator '%s' is constant (all %d entities = %s), so it has no variance and no "
                + "correlation; %s needs variation in every indicator: drop it or give it a fixed "
                + "weight", labels.get(j), m, x[0][j], method));
      }
      mean[j] = mu;
      sd[j] = sigma;
      for (int i = 0; i < m; i++) {
        z[i][j] = (x[i][j] - mu) / sigma;
      }
    }
    return new Standardized(z, mean, sd);
  }

  /** Pearson correlation matrix of standardized columns. */
  static double[][] correlation(double[][] z) {
    int m = z.length;
    int n = z[0].length;
    double[][] r = new double[n][n];
    for (int j = 0; j < n; j++) {
      r[j][j] = 1;
      for (int k = j + 1; k < n; k++) {
        double s = 0;
        for (int i = 0; i < m; i++) {
          s += z[i][j] * z[i][k];
        }
        double v = Math.max(-1, Math.min(1, s / (m - 1)));
        r[j][k] = v;
        r[k][j] = v;
      }
    }
    return r;
  }
}
