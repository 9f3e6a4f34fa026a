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

class GreyRelationalTest {

  static IntStream seeds() {
    return IntStream.rangeClosed(1, 50);
  }

  @Test
  void rank_twoEntitiesOneColumn_handComputed() {
    // n = (1, 0), delta = (0, 1), dmin = 0, dmax = 1: xi = 0.5/0.5 = 1 and 0.5/1.5 = 1/3.
    Ranking r = GreyRelational.rank(new double[][] {{3}, {1}}, new double[] {1}, new int[] {1});
    assertThat(r.scores()).containsExactly(new double[] {1, 1.0 / 3}, within(1e-15));
    assertThat(r.ranks()).containsExactly(1, 2);
  }

  @Test
  void rank_fighterAircraft_matchesNumpy() {
    // No published grey relational grades for this data were found; numpy, rho = 0.5:
    // mn, mx = X.min(0), X.max(0); N = where(d > 0, (X-mn)/(mx-mn), (mx-X)/(mx-mn))
    // D = abs(1 - N); xi = (D.min() + 0.5*D.max())/(D + 0.5*D.max()); grade = xi @ w
    // -> [0.6256862745 0.5333333333 0.6628205128 0.4743589744]
    Ranking r = GreyRelational.rank(AIRCRAFT, AIRCRAFT_WEIGHTS, AIRCRAFT_DIRECTIONS);
    assertThat(r.scores()).containsExactly(
        new double[] {0.6256862745, 0.5333333333, 0.6628205128, 0.4743589744}, within(1e-9));
    assertThat(r.ranks()).containsExactly(2, 3, 1, 4);
    assertThat(r.diagnostics()).containsEntry("rho", 0.5);
  }

  @Test
  void rank_smallerRho_widensTheSpread() {
    // rho = 0.25 on the hand example: xi = 0.25/1.25 = 0.2 for the worst entity.
    Ranking r = GreyRelational.rank(new double[][] {{3}, {1}}, new double[] {1}, new int[] {1}, 0.25);
    assertThat(r.score(1)).isCloseTo(0.2, within(1e-15));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void rank_randomData_gradesInUnitIntervalAndReorderingPermutes(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int m = 2 + rnd.nextInt(15);
    int n = 1 + rnd.nextInt(5);
    double[][] x = Fixtures.random(rnd, m, n);
    double[] w = Fixtures.weights(rnd, n);
    int[] d = Fixtures.directions(rnd, n);
    Ranking r = GreyRelational.rank(x, w, d);
    for (double g : r.scores()) {
      assertThat(g).isGreaterThan(0).isLessThanOrEqualTo(1 + 1e-15);
    }
    int[] p = Fixtures.permutation(rnd, m);
    Ranking rp = GreyRelational.rank(Fixtures.permuteRows(x, p), w, d);
    for (int i = 0; i < m; i++) {
      assertThat(rp.score(i)).isCloseTo(r.score(p[i]), within(1e-12));
      assertThat(rp.rank(i)).isEqualTo(r.rank(p[i]));
    }
  }

  @Test
  void rank_constantColumn_rejectedNamingIt() {
    double[][] x = {{1, 7}, {2, 7}, {3, 7}};
    assertThatThrownBy(() -> GreyRelational.rank(x, new double[] {1, 1}, new int[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 1 is constant (all 3 entities = 7.0)");
  }

  @Test
  void rank_rhoOutOfRange_rejected() {
    assertThatThrownBy(() -> GreyRelational.rank(AIRCRAFT, AIRCRAFT_WEIGHTS, AIRCRAFT_DIRECTIONS, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("distinguishing coefficient rho (0.0) must lie in (0, 1]");
  }

  @Test
  void rank_infiniteValue_rejectedNamingEntityRowAndColumn() {
    double[][] x = {{1, 2}, {3, Double.NEGATIVE_INFINITY}};
    assertThatThrownBy(() -> GreyRelational.rank(x, new double[] {1, 1}, new int[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x[1][1] (entity row 1, column 1) is -Infinity");
  }
}
