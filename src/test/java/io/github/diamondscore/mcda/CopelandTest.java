package io.github.diamondscore.mcda;

import static io.github.diamondscore.mcda.Fixtures.AIRCRAFT;
import static io.github.diamondscore.mcda.Fixtures.AIRCRAFT_DIRECTIONS;
import static io.github.diamondscore.mcda.Fixtures.AIRCRAFT_WEIGHTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CopelandTest {

  static IntStream seeds() {
    return IntStream.rangeClosed(1, 50);
  }

  @Test
  void rank_fighterAircraft_handComputed() {
    // Weight of the criteria on which the row aircraft is strictly better (ties count for neither):
    //   A1 vs A2: 0.7 vs 0.3 -> A1     A1 vs A3: 0.5 vs 0.5 -> tie    A1 vs A4: 0.3 vs 0.4 -> A4
    //   A2 vs A3: 0.3 vs 0.7 -> A3     A2 vs A4: 0.3 vs 0.4 -> A4     A3 vs A4: 0.8 vs 0.2 -> A3
    // (The orms.pef.czu.cz permutation-method page prints the same pairwise weights with ties
    // added to both sides, e.g. 0.6/0.7 for A1/A4 with the tied 0.3.)
    // wins = (1, 0, 2, 2), losses = (1, 3, 0, 1), score = (0, -3, 2, 1): A3 > A4 > A1 > A2,
    // the order the permutation method finds best.
    Ranking r = Copeland.rank(AIRCRAFT, AIRCRAFT_WEIGHTS, AIRCRAFT_DIRECTIONS);
    assertThat(r.scores()).containsExactly(0, -3, 2, 1);
    assertThat(r.ranks()).containsExactly(3, 4, 1, 2);
    assertThat(r.series("wins")).containsExactly(1, 0, 2, 2);
    assertThat(r.series("losses")).containsExactly(1, 3, 0, 1);
  }

  @Test
  void rank_equalPairwiseWeights_tieCountsForNeitherAndRanksShared() {
    // Two entities, each better on one of two equally weighted columns: a tie, both rank 1.
    Ranking r = Copeland.rank(new double[][] {{1, 2}, {2, 1}}, new double[] {1, 1},
        new int[] {1, 1});
    assertThat(r.scores()).containsExactly(0, 0);
    assertThat(r.ranks()).containsExactly(1, 1);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void rank_randomData_scoresSumToZeroAndReorderingPermutes(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int m = 2 + rnd.nextInt(15);
    int n = 1 + rnd.nextInt(5);
    double[][] x = Fixtures.random(rnd, m, n);
    double[] w = Fixtures.weights(rnd, n);
    int[] d = Fixtures.directions(rnd, n);
    Ranking r = Copeland.rank(x, w, d);
    double total = 0;
    for (double s : r.scores()) {
      total += s;
      assertThat(s).isBetween(-(m - 1.0), m - 1.0);
    }
    assertThat(total).isZero();
    int[] p = Fixtures.permutation(rnd, m);
    Ranking rp = Copeland.rank(Fixtures.permuteRows(x, p), w, d);
    for (int i = 0; i < m; i++) {
      assertThat(rp.score(i)).isEqualTo(r.score(p[i]));
      assertThat(rp.rank(i)).isEqualTo(r.rank(p[i]));
    }
  }

  @Test
  void rank_missingValue_rejectedNamingEntityRowAndColumn() {
    double[][] x = {{1, 2}, {3, Double.NaN}};
    assertThatThrownBy(() -> Copeland.rank(x, new double[] {1, 1}, new int[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x[1][1] (entity row 1, column 1) is NaN");
  }

  @Test
  void rank_allWeightsZero_rejected() {
    assertThatThrownBy(() -> Copeland.rank(AIRCRAFT, new double[6], AIRCRAFT_DIRECTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Copeland weights are all zero");
  }
}
