package io.github.diamondscore.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diamondscore.testing.RandomCases;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RanksTest {
  @Test
  void competitionRanking_tiesShareLowest_missingZero() {
    assertThat(Ranks.of(new double[] {9, 5, 5, 1, Double.NaN}, null))
        .containsExactly(1, 2, 2, 4, 0);
    assertThat(Ranks.of(new double[] {0.0, -0.0, 3}, null)).containsExactly(2, 2, 1);
  }

  @Test
  void withinEachYear() {
    assertThat(Ranks.of(new double[] {1, 2, 3, 0}, new int[] {2019, 2019, 2020, 2020}))
        .containsExactly(2, 1, 1, 2);
  }

  static Stream<Long> seeds() {
    return RandomCases.seeds(50);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void equalsBruteForceCount(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 1 + rnd.nextInt(40);
    double[] s = new double[n];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = rnd.nextInt(6) == 0 ? Double.NaN : rnd.nextInt(8);
      y[i] = 2000 + rnd.nextInt(3);
    }
    int[] r = Ranks.of(s, y);
    for (int i = 0; i < n; i++) {
      int greater = 0;
      for (int j = 0; j < n; j++) {
        greater += y[j] == y[i] && s[j] > s[i] ? 1 : 0;
      }
      assertThat(r[i]).as("seed %d row %d", seed, i).isEqualTo(Double.isNaN(s[i]) ? 0 : 1 + greater);
    }
  }
}
