package io.github.diamondscore.mcda;

import static io.github.diamondscore.mcda.Fixtures.AIRCRAFT;
import static io.github.diamondscore.mcda.Fixtures.AIRCRAFT_DIRECTIONS;
import static io.github.diamondscore.mcda.Fixtures.AIRCRAFT_WEIGHTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TopsisTest {

  static IntStream seeds() {
    return IntStream.rangeClosed(1, 50);
  }

  @Test
  void rank_hwangYoonFighterAircraft_reproducesPublishedCloseness() {
    // Hwang and Yoon (1981), TOPSIS fighter-aircraft example: relative closeness
    // A1 0.643, A2 0.268, A3 0.613, A4 0.312, ranking A1 > A3 > A4 > A2. The book rounds every
    // intermediate table to 4 decimals; unrounded, A3 is 0.61354 (0.614 at 3 decimals), so the
    // published values are matched within one unit of their last digit. numpy with intermediates
    // rounded to 4 decimals gives exactly [0.6429 0.2683 0.6133 0.3122]; unrounded:
    // R = X/sqrt((X**2).sum(0)); V = R*w; best/worst by direction;
    // S+ = [0.05455745 0.11967931 0.05797672 0.10093671]
    // S- = [0.0983832 0.04390273 0.09204414 0.04583572]
    // C  = [0.643277 0.26838357 0.61354229 0.31229107]
    Ranking r = Topsis.rank(AIRCRAFT, AIRCRAFT_WEIGHTS, AIRCRAFT_DIRECTIONS);
    assertThat(r.scores()).containsExactly(new double[] {0.643, 0.268, 0.613, 0.312}, within(0.001));
    assertThat(r.scores()).containsExactly(
        new double[] {0.643277, 0.26838357, 0.61354229, 0.31229107}, within(5e-8));
    assertThat(r.ranks()).containsExactly(1, 4, 2, 3);
    assertThat(r.series("distanceToIdeal")).containsExactly(
        new double[] {0.05455745, 0.11967931, 0.05797672, 0.10093671}, within(5e-9));
    assertThat(r.series("distanceToAntiIdeal")).containsExactly(
        new double[] {0.0983832, 0.04390273, 0.09204414, 0.04583572}, within(5e-9));
    assertThat(r.method()).isEqualTo("topsis");
    assertThat(r.higherIsBetter()).isTrue();
  }

  @Test
  void rank_weightsNotSummingToOne_normalizedFirst() {
    double[] tenTimes = new double[6];
    for (int j = 0; j < 6; j++) {
      tenTimes[j] = 10 * AIRCRAFT_WEIGHTS[j];
    }
    assertThat(Topsis.rank(AIRCRAFT, tenTimes, AIRCRAFT_DIRECTIONS).scores()).containsExactly(
        Topsis.rank(AIRCRAFT, AIRCRAFT_WEIGHTS, AIRCRAFT_DIRECTIONS).scores(), within(1e-15));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void rank_randomData_closenessInUnitInterval(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int m = 2 + rnd.nextInt(20);
    int n = 1 + rnd.nextInt(6);
    double[][] x = Fixtures.random(rnd, m, n);
    Ranking r = Topsis.rank(x, Fixtures.weights(rnd, n), Fixtures.directions(rnd, n));
    for (double c : r.scores()) {
      assertThat(c).isBetween(0.0, 1.0);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void rank_indicatorScaledByPositiveConstant_sameCloseness(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int m = 2 + rnd.nextInt(20);
    int n = 1 + rnd.nextInt(6);
    double[][] x = Fixtures.random(rnd, m, n);
    double[] w = Fixtures.weights(rnd, n);
    int[] d = Fixtures.directions(rnd, n);
    int col = rnd.nextInt(n);
    double factor = Math.pow(10, 6 * rnd.nextDouble() - 3);
    double[][] y = new double[m][];
    for (int i = 0; i < m; i++) {
      y[i] = x[i].clone();
      y[i][col] *= factor;
    }
    assertThat(Topsis.rank(y, w, d).scores())
        .containsExactly(Topsis.rank(x, w, d).scores(), within(1e-12));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void rank_reorderedEntities_permutesScoresAndRanks(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int m = 2 + rnd.nextInt(20);
    int n = 1 + rnd.nextInt(6);
    double[][] x = Fixtures.random(rnd, m, n);
    double[] w = Fixtures.weights(rnd, n);
    int[] d = Fixtures.directions(rnd, n);
    int[] p = Fixtures.permutation(rnd, m);
    Ranking original = Topsis.rank(x, w, d);
    Ranking permuted = Topsis.rank(Fixtures.permuteRows(x, p), w, d);
    for (int i = 0; i < m; i++) {
      assertThat(permuted.score(i)).isCloseTo(original.score(p[i]), within(1e-12));
      assertThat(permuted.rank(i)).isEqualTo(original.rank(p[i]));
    }
  }

  @Test
  void rank_allZeroColumn_rejectedNamingIt() {
    double[][] x = {{1, 0}, {2, 0}};
    assertThatThrownBy(() -> Topsis.rank(x, new double[] {1, 1}, new int[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 1 is zero for all 2 entities");
  }

  @Test
  void rank_everyWeightedColumnConstant_rejected() {
    double[][] x = {{1, 5}, {2, 5}};
    assertThatThrownBy(() -> Topsis.rank(x, new double[] {0, 1}, new int[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("every column with a positive weight is constant");
  }

  @Test
  void rank_missingValue_rejectedNamingEntityRowAndColumn() {
    double[][] x = {{1, 2, 3}, {4, 5, Double.NaN}};
    assertThatThrownBy(() -> Topsis.rank(x, new double[] {1, 1, 1}, new int[] {1, 1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x[1][2] (entity row 1, column 2) is NaN")
        .hasMessageContaining("impute the value or drop the entity");
  }

  @Test
  void rank_oneEntity_rejected() {
    assertThatThrownBy(() -> Topsis.rank(new double[][] {{1, 2}}, new double[] {1, 1},
        new int[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TOPSIS needs at least 2 entities (rows) but got 1");
  }

  @Test
  void rank_wrongWeightCount_rejected() {
    assertThatThrownBy(() -> Topsis.rank(AIRCRAFT, new double[] {1, 1}, AIRCRAFT_DIRECTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TOPSIS got 2 weights for 6 columns");
  }

  @Test
  void rank_negativeWeight_rejectedNamingColumn() {
    assertThatThrownBy(() -> Topsis.rank(AIRCRAFT, new double[] {1, 1, 1, -1, 1, 1},
        AIRCRAFT_DIRECTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight of column 3 (-1.0) must be finite and >= 0");
  }

  @Test
  void rank_invalidDirection_rejectedNamingColumn() {
    assertThatThrownBy(() -> Topsis.rank(AIRCRAFT, AIRCRAFT_WEIGHTS, new int[] {1, 1, 0, 1, 1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("direction of column 2 (0) must be +1");
  }

  @Test
  void rank_raggedRows_rejected() {
    assertThatThrownBy(() -> Topsis.rank(new double[][] {{1, 2}, {3}}, new double[] {1, 1},
        new int[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1 has 1 values but row 0 has 2");
  }

  @Test
  void rank_nullRow_rejectedNamingIt() {
    assertThatThrownBy(() -> Topsis.rank(new double[][] {{1}, null}, new double[] {1},
        new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TOPSIS data row 1 is null");
  }

  @Test
  void rank_noColumns_rejected() {
    assertThatThrownBy(() -> Topsis.rank(new double[][] {{}, {}}, new double[0], new int[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TOPSIS data has no columns");
  }

  @Test
  void rank_wrongDirectionCount_rejected() {
    assertThatThrownBy(() -> Topsis.rank(AIRCRAFT, AIRCRAFT_WEIGHTS, new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TOPSIS got 1 directions for 6 columns");
  }
}
