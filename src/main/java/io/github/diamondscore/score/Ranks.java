package io.github.diamondscore.score;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Competition ranking ("1224"): 1 is the highest score, ties share the lowest rank. */
final class Ranks {
  private Ranks() {}

  /**
   * Ranks scores, within each year when {@code years} is not null. Missing scores get 0. The
   * rank of v is 1 + the number of scores of its year strictly greater than v (so -0.0 and 0.0
   * tie), found by binary search in the sorted present scores.
   *
   * @param scores the scores
   * @param years the year of each row, or null
   * @return ranks, 0 for missing
   */
  static int[] of(double[] scores, int[] years) {
    int n = scores.length;
    int[] out = new int[n];
    if (years == null) {
      rankGroup(scores, null, 0, out);
      return out;
    }
    Map<Integer, Integer> seen = new HashMap<>();
    for (int y : years) {
      if (seen.putIfAbsent(y, 0) == null) {
        rankGroup(scores, years, y, out);
      }
    }
    return out;
  }

  private static void rankGroup(double[] scores, int[] years, int year, int[] out) {
    int n = scores.length;
    double[] present = new double[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if ((years == null || years[i] == year) && !Double.isNaN(scores[i])) {
        present[m++] = scores[i];
      }
    }
    double[] sorted = Arrays.copyOf(present, m);
    Arrays.sort(sorted);
    for (int i = 0; i < n; i++) {
      if ((years == null || years[i] == year) && !Double.isNaN(scores[i])) {
        out[i] = 1 + m - firstGreater(sorted, scores[i]);
      }
    }
  }

  /** Index of the first element strictly greater than v (m when none). */
  private static int firstGreater(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] > v) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
