package io.github.diamondscore.aggregate;

/** Array kernels shared by the aggregation methods. */
final class Kernels {
  private Kernels() {}

  static double sum(double[] w, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += w[i];
    }
    return s;
  }

  /** score × w_i ln x_i / Σ w_j ln x_j; weight shares when the log sum is 0 (score 1). */
  static void logShares(double[] v, double[] w, int n, double score, double[] out) {
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += w[i] * Math.log(v[i]);
    }
    if (total == 0) {
      weightShares(w, n, score, out);
      return;
    }
    for (int i = 0; i < n; i++) {
      out[i] = score * (w[i] * Math.log(v[i]) / total);
    }
  }

  /** Arithmetic contributions w_i x_i rescaled to sum to score; weight shares when Σ w x = 0. */
  static void scaledArithmetic(double[] v, double[] w, int n, double score, double[] out) {
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += w[i] * v[i];
    }
    if (total == 0) {
      weightShares(w, n, score, out);
      return;
    }
    for (int i = 0; i < n; i++) {
      out[i] = score * (w[i] * v[i] / total);
    }
  }

  static void weightShares(double[] w, int n, double score, double[] out) {
    double sw = sum(w, n);
    for (int i = 0; i < n; i++) {
      out[i] = score * (w[i] / sw);
    }
  }

  /**
   * Positions of the weighted median: {k, -1} for a single value, {k, k2} when the cumulative
   * weight reaches exactly one half at k so the median is the mean of the k-th and next values.
   * Ties in value keep input order, so the result is deterministic.
   */
  static int[] medianPositions(double[] v, double[] w, int n) {
    // Insertion sort of positions by value (ties by position): n is a node's child count,
    // small, and this avoids boxing in the batch scoring loop.
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      int j = i;
      while (j > 0 && v[order[j - 1]] > v[i]) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
    double sw = sum(w, n);
    double cum = 0;
    for (int k = 0; k < n; k++) {
      cum += w[order[k]] / sw;
      if (Math.abs(cum - 0.5) <= 1e-12 && k + 1 < n) {
        return new int[] {order[k], order[k + 1]};
      }
      if (cum > 0.5) {
        return new int[] {order[k], -1};
      }
    }
    return new int[] {order[n - 1], -1};
  }
}
