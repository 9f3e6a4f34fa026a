package io.github.diamondscore.analysis;

import java.util.Arrays;

/**
 * The statistics of the audit on columns with missing values (NaN): pairwise-complete Pearson and
 * Spearman correlations, Cronbach's alpha on complete cases and the binned correlation ratio.
 * Each returns NaN where the statistic is undefined rather than a guess.
 */
final class AuditStats {
  private AuditStats() {}

  /** The rows where both columns are present, as two new arrays. */
  static double[][] pairwise(double[] x, double[] y) {
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        n++;
      }
    }
    double[] a = new double[n];
    double[] b = new double[n];
    int k = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        a[k] = x[i];
        b[k++] = y[i];
      }
    }
    return new double[][] {a, b};
  }

  /** The number of rows where both columns are present. */
  static int pairs(double[] x, double[] y) {
    return pairwise(x, y)[0].length;
  }

  /**
   * Pearson's r over the rows where both are present: Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² Σ(y − ȳ)²),
   * clamped to [−1, 1] against rounding; NaN with fewer than 3 pairs or a constant side.
   */
  static double pearson(double[] x, double[] y) {
    double[][] p = pairwise(x, y);
    return pearsonComplete(p[0], p[1]);
  }

  /** Pearson's r of two complete columns of the same length. */
  static double pearsonComplete(double[] a, double[] b) {
    int n = a.length;
    if (n < 3) {
      return Double.NaN;
    }
    double ma = mean(a);
    double mb = mean(b);
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < n; i++) {
      double da = a[i] - ma;
      double db = b[i] - mb;
      sab += da * db;
      saa += da * da;
      sbb += db * db;
    }
    if (!(saa > 0) || !(sbb > 0)) {
      return Double.NaN;
    }
    return Math.max(-1, Math.min(1, sab / Math.sqrt(saa * sbb)));
  }

  /**
   * Spearman's rho over the rows where both are present: Pearson's r of their ranks, ranked
   * within those rows, ties sharing their average rank.
   */
  static double spearman(double[] x, double[] y) {
    double[][] p = pairwise(x, y);
    return pearsonComplete(averageRanks(p[0]), averageRanks(p[1]));
  }

  /** Ranks 1..n of complete values, ties getting the mean of the ranks they span. */
  static double[] averageRanks(double[] v) {
    int n = v.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (p, q) -> Double.compare(v[p], v[q]));
    double[] rank = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && v[order[j + 1]] == v[order[i]]) {
        j++;
      }
      double r = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        rank[order[k]] = r;
      }
      i = j + 1;
    }
    return rank;
  }

  static double mean(double[] a) {
    double s = 0;
    for (double v : a) {
      s += v;
    }
    return s / a.length;
  }

  /** Sample variance (divisor n − 1) of complete values; NaN for fewer than 2. */
  static double variance(double[] a) {
    if (a.length < 2) {
      return Double.NaN;
    }
    double m = mean(a);
    double ss = 0;
    for (double v : a) {
      ss += (v - m) * (v - m);
    }
    return ss / (a.length - 1);
  }

  /**
   * The rows (indices) where every column is present.
   *
   * @param columns the columns, all of one length
   */
  static int[] completeRows(double[][] columns) {
    int rows = columns[0].length;
    int[] keep = new int[rows];
    int n = 0;
    for (int r = 0; r < rows; r++) {
      boolean all = true;
      for (double[] c : columns) {
        all &= !Double.isNaN(c[r]);
      }
      if (all) {
        keep[n++] = r;
      }
    }
    return Arrays.copyOf(keep, n);
  }

  /**
   * Cronbach's alpha of k items over the given complete rows: k/(k − 1) · (1 − Σ s²ᵢ / s²ₜ), with
   * sample variances (n − 1) of each item and of the row totals; NaN when k &lt; 2, fewer than 2
   * rows, or the totals are constant.
   */
  static double cronbachAlpha(double[][] columns, int[] rows) {
    int k = columns.length;
    if (k < 2 || rows.length < 2) {
      return Double.NaN;
    }
    double[] total = new double[rows.length];
    double sumItemVar = 0;
    for (double[] c : columns) {
      double[] item = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        item[i] = c[rows[i]];
        total[i] += item[i];
      }
      sumItemVar += variance(item);
    }
    double totalVar = variance(total);
    if (!(totalVar > 0)) {
      return Double.NaN;
    }
    return k / (k - 1.0) * (1 - sumItemVar / totalVar);
  }

  /** The default number of bins for n pairs: round(√n), at least 2 and at most n / 3. */
  static int autoBins(int n) {
    return Math.max(2, Math.min((int) Math.round(Math.sqrt(n)), n / 3));
  }

  /**
   * The first-order sensitivity (correlation ratio) S = Var(E[y | x]) / Var(y) estimated from
   * given data by equal-count bins of x, with the epsilon-squared bias correction.
   *
   * <p>Over the n rows where both are present, x is ranked (average ranks for ties) and row i goes
   * to bin ⌊bins · (rank − ½) / n⌋, so each bin holds about n / bins rows and tied x values
   * always share a bin. With G the non-empty bins, n_g their sizes and ȳ_g their means:
   * SSB = Σ n_g (ȳ_g − ȳ)², SST = Σ (y − ȳ)², SSW = SST − SSB, and
   * S = (SSB − (G − 1) · SSW / (n − G)) / SST, clamped to [0, 1]. Without the correction the
   * ratio SSB / SST of an unrelated x is about (G − 1)/(n − 1) rather than 0.
   *
   * @param x the input; only its order matters, so any increasing transform gives the same S
   * @param y the output
   * @param bins the number of bins, or 0 for {@link #autoBins(int)}
   * @return {@code {S, n, G}}; S is NaN with fewer than 6 pairs or a constant y
   */
  static double[] correlationRatio(double[] x, double[] y, int bins) {
    double[][] p = pairwise(x, y);
    int n = p[0].length;
    if (n < 6) {
      return new double[] {Double.NaN, n, 0};
    }
    int m = bins > 0 ? Math.min(bins, n / 2) : autoBins(n);
    double[] rank = averageRanks(p[0]);
    double[] sum = new double[m];
    int[] count = new int[m];
    for (int i = 0; i < n; i++) {
      int g = Math.min(m - 1, (int) Math.floor(m * (rank[i] - 0.5) / n));
      sum[g] += p[1][i];
      count[g]++;
    }
    double my = mean(p[1]);
    double sst = 0;
    for (double v : p[1]) {
      sst += (v - my) * (v - my);
    }
    if (!(sst > 0)) {
      return new double[] {Double.NaN, n, 0};
    }
    double ssb = 0;
    int groups = 0;
    for (int g = 0; g < m; g++) {
      if (count[g] > 0) {
        double d = sum[g] / count[g] - my;
        ssb += count[g] * d * d;
        groups++;
      }
    }
    double ssw = Math.max(0, sst - ssb);
    double s = (ssb - (groups - 1) * ssw / (n - groups)) / sst;
    return new double[] {Math.max(0, Math.min(1, s)), n, groups};
  }
}
