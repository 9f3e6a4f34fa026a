package io.github.diamondscore.score;

import java.util.Arrays;

/** Competition ranking ("1224"): 1 is the highest score, ties share the lowest rank. */
final class Ranks {
  private Ranks() {}

  /**
   * Ranks scores, within each year when {@code years} is not null. Missing scores get 0.
   *
   * @param scores the scores
   * @param years the year of each row, or null
   * @return ranks, 0 for missing
   */
  static int[] of(double[] scores, int[] years) {
    int n = scores.length;
    int[] out = new int[n];
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    // Sort by year, then score descending; NaN last.
    Arrays.sort(idx, (a, b) -> {
      if (years != null && years[a] != years[b]) {
        return Integer.compare(years[a], years[b]);
      }
      boolean na = Double.isNaN(scores[a]);
      boolean nb = Double.isNaN(scores[b]);
      if (na || nb) {
        return Boolean.compare(na, nb);
      }
      return Double.compare(scores[b], scores[a]);
    });
    int start = 0;
    while (start < n) {
      int end = start;
      while (end < n && (years == null || years[idx[end]] == years[idx[start]])) {
        end++;
      }
      int rank = 0;
      for (int k = start; k < end; k++) {
        double v = scores[idx[k]];
        if (Double.isNaN(v)) {
          break;
        }
        // Scores compare equal for -0.0 and 0.0 here on purpose (== not Double.compare).
        if (k == start || v != scores[idx[k - 1]]) {
          rank = k - start + 1;
        }
        out[idx[k]] = rank;
      }
      start = end;
    }
    return out;
  }
}
