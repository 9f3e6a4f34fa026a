package io.github.diamondscore.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VikorTest {

  static IntStream seeds() {
    return IntStream.rangeClosed(1, 50);
  }

  /**
   * Papathanasiou, J. and Ploskas, N. (2018), <i>Multiple Criteria Decision Aid: Methods, Examples
   * and Python Implementations</i>, Springer, chapter 2 "VIKOR" (pp. 31–55): the facility-location
   * example, six sites on four benefit criteria, weights (0.4, 0.3, 0.1, 0.2), v = 0.625 =
   * (n + 1)/(2n); published Q = 0.640, 1.000, 0.693, 0.271, 0.000, 0.694 (also asserted by the
   * objective-weights-for-mcda test-suite).
   */
  private static final double[][] SITES = {
      {8, 7, 2, 1}, {5, 3, 7, 5}, {7, 5, 6, 4}, {9, 9, 7, 3}, {11, 10, 3, 7}, {6, 9, 5, 4}};
  private static final double[] SITE_WEIGHTS = {0.4, 0.3, 0.1, 0.2};
  private static final int[] BENEFIT4 = {1, 1, 1, 1};

  @Test
  void rank_papathanasiouPloskasExample_reproducesPublishedQ() {
    VikorResult r = Vikor.rank(SITES, SITE_WEIGHTS, BENEFIT4, 0.625);
    assertThat(r.q()).containsExactly(
        new double[] {0.640, 1.000, 0.693, 0.271, 0.000, 0.694}, within(0.0005));
    assertThat(r.ranking().ranks()).containsExactly(3, 6, 4, 2, 1, 5);
    assertThat(r.orderByQ()).containsExactly(4, 3, 0, 2, 5, 1);
  }

  @Test
  void rank_papathanasiouPloskasExample_sAndRMatchNumpyAndConditionsHold() {
    // numpy: fb, fw = X.max(0), X.min(0); T = w*(fb - X)/(fb - fw); S = T.sum(1); R = T.max(1)
    // S = [0.628571 0.766667 0.600952 0.309524 0.08 0.51619]
    // R = [0.2 0.4 0.266667 0.133333 0.08 0.333333]
    // Q(v=0.625) = [0.639932 1. 0.692918 0.271411 0. 0.693893]
    // C1: Q(site 3) - Q(site 4) = 0.2714 >= DQ = 1/5; C2: site 4 has the smallest S -> {4}
    VikorResult r = Vikor.rank(SITES, SITE_WEIGHTS, BENEFIT4, 0.625);
    assertThat(r.s()).containsExactly(
        new double[] {0.628571, 0.766667, 0.600952, 0.309524, 0.08, 0.51619}, within(5e-7));
    assertThat(r.r()).containsExactly(
        new double[] {0.2, 0.4, 0.266667, 0.133333, 0.08, 0.333333}, within(5e-7));
    assertThat(r.acceptableAdvantage()).isTrue();
    assertThat(r.acceptableStability()).isTrue();
    assertThat(r.compromiseSet()).containsExactly(4);
    assertThat(r.ranking().diagnostics()).containsEntry("DQ", 0.2).containsEntry("v", 0.625);
  }

  @Test
  void rank_defaultV_isOneHalf() {
    // numpy Q(v=0.5) = [0.586945 1. 0.671001 0.250462 0. 0.713448]
    VikorResult r = Vikor.rank(SITES, SITE_WEIGHTS, BENEFIT4);
    assertThat(r.v()).isEqualTo(0.5);
    assertThat(r.q()).containsExactly(
        new double[] {0.586945, 1, 0.671001, 0.250462, 0, 0.713448}, within(5e-7));
  }

  @Test
  void rank_noAcceptableAdvantageNorStability_compromiseSetWithinDq() {
    // Equal weights, v = 0.5; numpy: S = [0.6667 0.4 0.5048 0.4190], R = [0.3333 0.3333 0.2667
    // 0.2857], Q = [1 0.5 0.1964285714 0.1785714286]. a1 = row 3, a2 = row 2: 0.018 < DQ = 1/3;
    // row 3 is best by neither S (row 1) nor R (row 2). Rows within DQ of Q(a1): 3, 2, 1.
    double[][] x = {{1, 2, 9}, {5, 9, 4}, {2, 4, 9}, {6, 3, 7}};
    VikorResult r = Vikor.rank(x, new double[] {1, 1, 1}, new int[] {1, 1, 1});
    assertThat(r.q()).containsExactly(
        new double[] {1, 0.5, 0.1964285714, 0.1785714286}, within(1e-9));
    assertThat(r.acceptableAdvantage()).isFalse();
    assertThat(r.acceptableStability()).isFalse();
    assertThat(r.compromiseSet()).containsExactly(3, 2, 1);
  }

  @Test
  void rank_advantageWithoutStability_compromiseSetIsFirstTwo() {
    // Equal weights, v = 0.5; numpy: S = [0.6101 0.3839 0.6771 0.4107 0.5], R = [0.2143 0.25 0.25
    // 0.21875 0.25], Q = [0.385786802 0.5 1 0.1081852792 0.6979695431]. a1 = row 3, a2 = row 0:
    // 0.2776 >= DQ = 1/4, but row 3 is best by neither S (row 1) nor R (row 0) -> {3, 0}.
    double[][] x = {{3, 1, 3, 2}, {6, 5, 8, 0}, {0, 0, 5, 2}, {3, 6, 1, 3}, {8, 7, 0, 0}};
    VikorResult r = Vikor.rank(x, new double[] {1, 1, 1, 1}, BENEFIT4);
    assertThat(r.q()).containsExactly(
        new double[] {0.385786802, 0.5, 1, 0.1081852792, 0.6979695431}, within(1e-9));
    assertThat(r.acceptableAdvantage()).isTrue();
    assertThat(r.acceptableStability()).isFalse();
    assertThat(r.compromiseSet()).containsExactly(3, 0);
    assertThat(r.toString()).contains("C1 acceptable advantage true").contains("[3, 0]");
  }

  @Test
  void rank_costColumn_bestIsTheSmallest() {
    // One cost column: best 1, worst 3 -> S = R = (x - 1)/2 = (0, 0.5, 1), Q = (0, 0.5, 1).
    VikorResult r = Vikor.rank(new double[][] {{1}, {2}, {3}}, new double[] {1}, new int[] {-1});
    assertThat(r.q()).containsExactly(0, 0.5, 1);
  }

  @Test
  void rank_constantColumn_contributesZeroWithNote() {
    // Column 1 constant: only column 0 counts, S = 0.5 * (3 - x)/2 = (0.5, 0.25, 0).
    double[][] x = {{1, 4}, {2, 4}, {3, 4}};
    VikorResult r = Vikor.rank(x, new double[] {1, 1}, new int[] {1, 1});
    assertThat(r.s()).containsExactly(0.5, 0.25, 0);
    assertThat(r.ranking().notes()).singleElement().asString()
        .contains("column 1 is constant (4.0)");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void rank_randomData_qInUnitIntervalAndReorderingPermutesResults(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int m = 2 + rnd.nextInt(15);
    int n = 1 + rnd.nextInt(5);
    double[][] x = Fixtures.random(rnd, m, n);
    double[] w = Fixtures.weights(rnd, n);
    int[] d = Fixtures.directions(rnd, n);
    VikorResult r = Vikor.rank(x, w, d);
    for (double q : r.q()) {
      assertThat(q).isBetween(0.0, 1.0);
    }
    int[] p = Fixtures.permutation(rnd, m);
    VikorResult rp = Vikor.rank(Fixtures.permuteRows(x, p), w, d);
    for (int i = 0; i < m; i++) {
      assertThat(rp.q()[i]).isCloseTo(r.q()[p[i]], within(1e-12));
      assertThat(rp.s()[i]).isCloseTo(r.s()[p[i]], within(1e-12));
      assertThat(rp.ranking().rank(i)).isEqualTo(r.ranking().rank(p[i]));
    }
  }

  @Test
  void rank_vOutOfRange_rejected() {
    assertThatThrownBy(() -> Vikor.rank(SITES, SITE_WEIGHTS, BENEFIT4, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VIKOR strategy weight v (1.5) must lie in [0, 1]");
  }

  @Test
  void rank_missingValue_rejectedNamingEntityRowAndColumn() {
    double[][] x = {{1, 2}, {Double.NaN, 3}};
    assertThatThrownBy(() -> Vikor.rank(x, new double[] {1, 1}, new int[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x[1][0] (entity row 1, column 0) is NaN");
  }

  @Test
  void rank_oneEntity_rejected() {
    assertThatThrownBy(() -> Vikor.rank(new double[][] {{1}}, new double[] {1}, new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VIKOR needs at least 2 entities (rows) but got 1");
  }
}
