package io.github.diamondscore.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reference values from scipy 1.17 (HiGHS), run for these tests:
 * <pre>
 * from scipy.optimize import linprog
 * X = np.array([[0.9,0.2,0.5],[0.4,0.8,0.3],[0.6,0.6,0.6],[0.2,0.3,0.9],[0.5,0.4,0.4]])
 * for i in range(5):
 *     A = [*X]; b = [1]*5
 *     if shares:   # L_j sum_l w_l x_il &lt;= w_j x_ij &lt;= U_j sum_l w_l x_il
 *         for j in range(3):
 *             r = -L[j]*X[i]; r[j] += X[i,j]; A.append(-r); b.append(0)
 *             r = -U[j]*X[i]; r[j] += X[i,j]; A.append(r);  b.append(0)
 *     res = linprog(-X[i], A_ub=A, b_ub=b, bounds=[(0, None)]*3, method="highs"); score = -res.fun
 * unrestricted: [1, 1, 1, 1, 0.761904761905]
 * shares in [0.2, 0.5]: [0.773195876289, 0.816326530612, 1, 0.652173913043, 0.740740740741]
 * </pre>
 */
class BenefitOfTheDoubtTest {

  static IntStream seeds() {
    return IntStream.rangeClosed(1, 50);
  }

  private static final List<String> ABC = List.of("a", "b", "c");
  private static final double[][] X = {
      {0.9, 0.2, 0.5}, {0.4, 0.8, 0.3}, {0.6, 0.6, 0.6}, {0.2, 0.3, 0.9}, {0.5, 0.4, 0.4}};

  @Test
  void evaluate_unrestricted_matchesScipyLinprog() {
    BodResult r = BenefitOfTheDoubt.unrestricted().evaluate(X, ABC);
    assertThat(r.scores()).containsExactly(
        new double[] {1, 1, 1, 1, 0.761904761905}, within(1e-9));
    assertThat(r.restricted()).isFalse();
    // 16/21: entity 4 is dominated by entity 2 on every indicator except its own mix.
    assertThat(r.score(4)).isCloseTo(16.0 / 21, within(1e-12));
  }

  @Test
  void evaluate_shareBounds_matchesScipyLinprogAndKeepsSharesInBounds() {
    double[] lower = {0.2, 0.2, 0.2};
    double[] upper = {0.5, 0.5, 0.5};
    BodResult r = BenefitOfTheDoubt.shareRestricted(lower, upper).evaluate(X, ABC);
    assertThat(r.scores()).containsExactly(new double[] {0.773195876289, 0.816326530612, 1,
        0.652173913043, 0.740740740741}, within(1e-9));
    for (int i = 0; i < X.length; i++) {
      double[] w = r.weights(i);
      for (int j = 0; j < 3; j++) {
        double share = w[j] * X[i][j] / r.score(i);
        assertThat(share).as("entity %d indicator %d", i, j)
            .isBetween(0.2 - 1e-9, 0.5 + 1e-9);
      }
    }
    assertThat(r.restricted()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void evaluate_randomData_scoresInUnitIntervalBestIsOneAndWeightsFeasible(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int m = 2 + rnd.nextInt(15);
    int n = 1 + rnd.nextInt(5);
    double[][] x = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        x[i][j] = rnd.nextInt(8) == 0 ? 0 : rnd.nextDouble();
      }
    }
    x[0][0] = 1;
    List<String> labels = IntStream.range(0, n).mapToObj(j -> "c" + j).toList();
    BodResult r = BenefitOfTheDoubt.unrestricted().evaluate(x, labels);
    double best = 0;
    for (int i = 0; i < m; i++) {
      assertThat(r.score(i)).isBetween(0.0, 1.0);
      best = Math.max(best, r.score(i));
      double[] w = r.weights(i);
      double own = 0;
      for (int j = 0; j < n; j++) {
        assertThat(w[j]).isGreaterThanOrEqualTo(0);
        own += w[j] * x[i][j];
      }
      assertThat(own).isCloseTo(r.score(i), within(1e-9));
      for (int k = 0; k < m; k++) {
        double other = 0;
        for (int j = 0; j < n; j++) {
          other += w[j] * x[k][j];
        }
        assertThat(other).as("entity %d scored with entity %d's weights", k, i)
            .isLessThanOrEqualTo(1 + 1e-9);
      }
    }
    // The entity with the largest value of indicator 0 can put all weight there: it scores 1.
    assertThat(best).isCloseTo(1, within(1e-9));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void evaluate_reorderedEntities_permutesScores(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int m = X.length;
    int[] perm = IntStream.range(0, m).toArray();
    for (int i = m - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    double[][] y = new double[m][];
    for (int i = 0; i < m; i++) {
      y[i] = X[perm[i]];
    }
    BenefitOfTheDoubt model = BenefitOfTheDoubt.shareRestricted(
        new double[] {0.1, 0.1, 0.1}, new double[] {0.6, 0.6, 0.6});
    double[] original = model.evaluate(X, ABC).scores();
    double[] permuted = model.evaluate(y, ABC).scores();
    for (int i = 0; i < m; i++) {
      assertThat(permuted[i]).isCloseTo(original[perm[i]], within(1e-9));
    }
  }

  @Test
  void evaluate_entityZeroEverywhere_scoresZero() {
    double[][] x = {{0.5, 0.5}, {0, 0}, {1, 0.2}};
    BodResult r = BenefitOfTheDoubt.unrestricted().evaluate(x, List.of("a", "b"));
    assertThat(r.score(1)).isZero();
    assertThat(r.weights(1)).containsExactly(0, 0);
  }

  @Test
  void evaluate_positiveLowerShareWhereEntityIsZero_scoresZeroWithWarningNamingIt() {
    // Row 1 is 0 on b: w_b * 0 >= 0.1 (0.7 w_a + 0) forces w_a = 0, so its score is 0.
    double[][] x = {{0.5, 0.5}, {0.7, 0}, {1, 0.2}};
    BenefitOfTheDoubt model = BenefitOfTheDoubt.shareRestricted(
        new double[] {0.1, 0.1}, new double[] {0.9, 0.9});
    BodResult r = model.evaluate(x, List.of("a", "b"));
    assertThat(r.score(1)).isZero();
    assertThat(r.score(0)).isPositive();
    assertThat(r.warnings()).singleElement().asString()
        .contains("entity row 1 is zero on 'b', which must have a share of at least 0.1")
        .contains("scores 0");
  }

  @Test
  void evaluate_negativeValue_rejectedNamingCell() {
    double[][] x = {{0.5, 0.5}, {0.7, -0.1}};
    assertThatThrownBy(() -> BenefitOfTheDoubt.unrestricted().evaluate(x, List.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x[1][1] (entity row 1, indicator 'b') = -0.1 is negative");
  }

  @Test
  void evaluate_missingValue_rejectedNamingCell() {
    double[][] x = {{0.5, Double.NaN}, {0.7, 0.1}};
    assertThatThrownBy(() -> BenefitOfTheDoubt.unrestricted().evaluate(x, List.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x[0][1] (entity row 0, indicator 'b') is NaN");
  }

  @Test
  void evaluate_oneEntity_rejected() {
    assertThatThrownBy(() -> BenefitOfTheDoubt.unrestricted().evaluate(new double[][] {{1, 2}},
        List.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("benefit of the doubt needs at least 2 entities (rows) but got 1");
  }

  @Test
  void evaluate_boundsForOtherColumnCount_rejected() {
    BenefitOfTheDoubt model = BenefitOfTheDoubt.shareRestricted(new double[] {0, 0},
        new double[] {1, 1});
    assertThatThrownBy(() -> model.evaluate(X, ABC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("share bounds are given for 2 indicators but the data has 3");
  }

  @Test
  void shareRestricted_impossibleBounds_rejected() {
    assertThatThrownBy(() -> BenefitOfTheDoubt.shareRestricted(new double[] {0.6, 0.6},
        new double[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower bounds sum to 1.2 (must be <= 1)");
    assertThatThrownBy(() -> BenefitOfTheDoubt.shareRestricted(new double[] {0.5, 0},
        new double[] {0.4, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicator 0: lower 0.5 exceeds upper 0.4");
    assertThatThrownBy(() -> BenefitOfTheDoubt.shareRestricted(new double[] {-0.1, 0},
        new double[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("([-0.1, 1.0]) must lie in [0, 1]");
  }

  @Test
  void toString_showsScoresAndWeights() {
    assertThat(BenefitOfTheDoubt.unrestricted().evaluate(X, ABC).toString())
        .contains("BodResult 5 entities").contains("0.7619");
  }

  @Test
  void shareRestricted_boundsOfDifferentLengths_rejected() {
    assertThatThrownBy(() -> BenefitOfTheDoubt.shareRestricted(new double[] {0, 0},
        new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 2 lower and 1 upper");
  }
}
