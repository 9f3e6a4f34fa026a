package io.github.diamondscore.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Worked examples of the audit's statistics, checked against numbers computed independently. */
class AuditStatsTest {
  static final double NA = Double.NaN;

  @Test
  void pearsonAndSpearman_pairwiseDeletion_tiesGetAverageRanks() {
    // python3: m = ~isnan(x) & ~isnan(y) keeps rows 0,1,2,3,6,7;
    // scipy.stats.pearsonr(x[m], y[m]) = 0.967069114419842,
    // scipy.stats.spearmanr(x[m], y[m]) = 0.8956221510397981 (ranks x 1 2.5 2.5 4 5.5 5.5)
    double[] x = {1, 2, 2, 4, NA, 6, 7, 7};
    double[] y = {2, 1, 3, 5, 9, NA, 8, 8};
    assertThat(AuditStats.pairs(x, y)).isEqualTo(6);
    assertThat(AuditStats.pearson(x, y)).isCloseTo(0.967069114419842, within(1e-12));
    assertThat(AuditStats.spearman(x, y)).isCloseTo(0.8956221510397981, within(1e-12));
    assertThat(AuditStats.averageRanks(new double[] {1, 2, 2, 4, 7, 7}))
        .containsExactly(1, 2.5, 2.5, 4, 5.5, 5.5);
  }

  @Test
  void correlations_undefined_areNaN() {
    assertThat(AuditStats.pearson(new double[] {1, 2}, new double[] {3, 4})).isNaN();
    assertThat(AuditStats.pearson(new double[] {1, 2, 3}, new double[] {5, 5, 5})).isNaN();
    assertThat(AuditStats.spearman(new double[] {1, NA, 3, 4}, new double[] {NA, 1, 2, 3}))
        .isNaN();
  }

  @Test
  void cronbachAlpha_completeCases() {
    // python3: C = X without the row holding NaN (5 rows, k = 3);
    // k/(k-1) * (1 - C.var(0, ddof=1).sum() / C.sum(1).var(ddof=1)) = 0.8982035928143712
    double[][] columns = {{3, 5, 1, 4, 2, NA}, {4, 5, 2, 3, 2, 1}, {3, 4, 2, 5, 1, 1}};
    int[] rows = AuditStats.completeRows(columns);
    assertThat(rows).containsExactly(0, 1, 2, 3, 4);
    assertThat(AuditStats.cronbachAlpha(columns, rows)).isCloseTo(0.8982035928143712,
        within(1e-12));
  }

  @Test
  void cronbachAlpha_ofIdenticalItemsIsOne_andOfOpposedItemsIsNegativeOrNaN() {
    double[][] same = {{1, 2, 3, 4}, {1, 2, 3, 4}};
    assertThat(AuditStats.cronbachAlpha(same, new int[] {0, 1, 2, 3})).isCloseTo(1,
        within(1e-12));
    // totals constant: alpha undefined
    double[][] opposed = {{1, 2, 3, 4}, {4, 3, 2, 1}};
    assertThat(AuditStats.cronbachAlpha(opposed, new int[] {0, 1, 2, 3})).isNaN();
  }

  /**
   * The analytic cases of the correlation ratio: with independent uniforms, y = x1 + x2 gives
   * S1 = S2 = Var(x)/ (2 Var(x)) = 0.5, and y = x1 + 2 x2 gives 1/5 and 4/5. At n = 20000 the
   * estimator's standard deviation over seeds is about 0.005 (python3 simulation of the same
   * binning, 30 seeds: means 0.4993, 0.1989, 0.7994), and the bias of 141 bins is
   * S (1 − 1/141²) < 3e-5, so 0.02 is four standard deviations.
   */
  @Test
  void correlationRatio_matchesAnalyticMainEffects() {
    SplittableRandom rnd = new SplittableRandom(20130101);
    int n = 20000;
    double[] x1 = new double[n];
    double[] x2 = new double[n];
    double[] x3 = new double[n];
    double[] sum = new double[n];
    double[] weighted = new double[n];
    for (int i = 0; i < n; i++) {
      x1[i] = rnd.nextDouble();
      x2[i] = rnd.nextDouble();
      x3[i] = rnd.nextDouble();
      sum[i] = x1[i] + x2[i];
      weighted[i] = x1[i] + 2 * x2[i];
    }
    double[] s1 = AuditStats.correlationRatio(x1, sum, 0);
    assertThat(s1[0]).isCloseTo(0.5, within(0.02));
    assertThat(s1[1]).isEqualTo(n);
    assertThat(s1[2]).isEqualTo(141); // round(sqrt(20000))
    assertThat(AuditStats.correlationRatio(x2, sum, 0)[0]).isCloseTo(0.5, within(0.02));
    assertThat(AuditStats.correlationRatio(x1, weighted, 0)[0]).isCloseTo(0.2, within(0.02));
    assertThat(AuditStats.correlationRatio(x2, weighted, 0)[0]).isCloseTo(0.8, within(0.02));
    // an unrelated input: without the correction SSB/SST would be about 140/19999 = 0.007
    assertThat(AuditStats.correlationRatio(x3, sum, 0)[0]).isLessThan(0.003);
    // a non-linear but monotone relation is fully explained, unlike Pearson's r²
    double[] cube = new double[n];
    for (int i = 0; i < n; i++) {
      cube[i] = Math.pow(x1[i] - 0.5, 3);
    }
    assertThat(AuditStats.correlationRatio(x1, cube, 0)[0]).isGreaterThan(0.99);
    // a non-monotone one too: y = (x - 0.5)^2 has Pearson r near 0 but S near 1
    double[] square = new double[n];
    for (int i = 0; i < n; i++) {
      square[i] = (x1[i] - 0.5) * (x1[i] - 0.5);
    }
    assertThat(Math.abs(AuditStats.pearson(x1, square))).isLessThan(0.05);
    assertThat(AuditStats.correlationRatio(x1, square, 0)[0]).isGreaterThan(0.99);
  }

  @Test
  void correlationRatio_dependsOnlyOnTheOrderOfX_andKeepsTiesInOneBin() {
    SplittableRandom rnd = new SplittableRandom(7);
    int n = 80;
    double[] x = new double[n];
    double[] y = new double[n];
    double[] ex = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rnd.nextInt(20); // many ties
      y[i] = x[i] + rnd.nextDouble() * 10;
      ex[i] = Math.exp(x[i] / 3);
    }
    double[] s = AuditStats.correlationRatio(x, y, 0);
    assertThat(AuditStats.correlationRatio(ex, y, 0)).containsExactly(s);
    assertThat(s[0]).isBetween(0.0, 1.0);
    // every x value in one bin: 20 distinct values can make at most 20 groups
    assertThat(AuditStats.correlationRatio(x, y, 40)[2]).isLessThanOrEqualTo(20);
  }

  @Test
  void correlationRatio_tooFewPairsOrConstantOutput_isNaN() {
    assertThat(AuditStats.correlationRatio(new double[] {1, 2, 3, 4, 5},
        new double[] {1, 2, 3, 4, 5}, 0)[0]).isNaN();
    assertThat(AuditStats.correlationRatio(new double[] {1, 2, 3, 4, 5, 6, 7},
        new double[] {2, 2, 2, 2, 2, 2, 2}, 0)[0]).isNaN();
  }
}
