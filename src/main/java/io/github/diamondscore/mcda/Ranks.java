package io.github.diamondscore.mcda;

import java.util.Arrays;
import java.util.Objects;

/**
 * Ranking of scores with standard competition ranking ("1224"): rank 1 is best, and tied scores
 * share the lowest rank of their group, the next rank skipping as many places as were tied.
 *
 * <p>Scores are compared exactly ({@code Double.compare}); methods that want a tolerance round
 * their scores first.
 *
 * <p>Non-finite values: a NaN score has no rank and gets 0; the other scores are ranked among
 * themselves. Infinite scores are ordered as usual.
 */
public final class Ranks {

  private Ranks() {}

  /**
   * Returns the competition ranks of the scores.
   *
   * @param scores the scores, one per entity
   * @param higherIsBetter true if the largest score ranks first, false if the smallest does
   * @return ranks in entity order: 1 for the best, ties sharing the lowest rank, 0 for NaN
   */
  public static int[] competition(double[] scores, boolean higherIsBetter) {
    Objects.requireNonNull(scores, "scores");
    int m = scores.length;
    Integer[] order = new Integer[m];
    int k = 0;
    for (int i = 0; i < m; i++) {
      if (!Double.isNaN(scores[i])) {
        order[k++] = i;
      }
    }
    Integer[] ranked = Arrays.copyOf(order, k);
    Arrays.sort(ranked, (a, b) -> higherIsBetter
        ? Double.compare(scores[b], scores[a]) : Double.compare(scores[a], scores[b]));
    int[] ranks = new int[m];
    for (int p = 0; p < k; p++) {
      int i = ranked[p];
      if (p > 0 && Double.compare(scores[i], scores[ranked[p - 1]]) == 0) {
        ranks[i] = ranks[ranked[p - 1]];
      } else {
        ranks[i] = p + 1;
      }
    }
    return ranks;
  }
}
