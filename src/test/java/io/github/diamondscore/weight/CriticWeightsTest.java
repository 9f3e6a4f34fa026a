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

class CriticWeightsTest {

  static IntStream seeds() {
    return IntStream.rangeClosed(1, 50);
  }

  private static final List<String> SIX = List.of("price", "c2", "c3", "c4", "c5", "c6");

  /** Tuş, A. and Aytaç Adalı, E. (2019), Opsearch 56(2):528–538, time and attendance software. */
  private static final double[][] TUS_ADALI = {
      {5000, 3, 3, 4, 3, 2}, {680, 5, 3, 2, 2, 1}, {2000, 3, 2, 3, 4, 3}, {600, 4, 3, 1, 2, 2},
      {800, 2, 4, 3, 3, 4}};

  private static double[][] minMax(double[][] x, boolean reversePrice) {
    int m = x.length;
    int n = x[0].length;
    double[][] r = new double[m][n];
    for (int j = 0; j < n; j++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double[] row : x) {
        min = Math.min(min, row[j]);
        max = Math.max(max, row[j]);
      }
      for (int i = 0; i < m; i++) {
        double v = (x[i][j] - min) / (max - min);
        r[i][j] = reversePrice && j == 0 ? 1 - v : v;
      }
    }
    return r;
  }

  @Test
  void derive_tusAdali2019Example_reproducesPublishedWeights() {
    // Published CRITIC weights 0.157, 0.249, 0.168, 0.121, 0.154, 0.151 (also asserted by the
    // objective-weights-for-mcda test-suite). They are reproduced when all six columns are min-max
    // normalized as benefits (price not reversed), which is what the published numbers imply;
    // numpy: s = N.std(0, ddof=1); r = corrcoef(N.T); c = s * (1 - r).sum(1)
    // -> [0.157 0.2495 0.1677 0.1211 0.1541 0.1506]
    DerivedWeights w = CriticWeights.derive(minMax(TUS_ADALI, false), SIX);
    double[] published = {0.157, 0.249, 0.168, 0.121, 0.154, 0.151};
    for (int j = 0; j < 6; j++) {
      assertThat(w.weights()[j]).as(SIX.get(j)).isCloseTo(published[j], within(0.0005));
    }
  }

  @Test
  void derive_priceOriented_matchesNumpy() {
    // Same data with price reversed (lower is better), as Diakoulaki et al. normalize;
    // numpy as above -> [0.184066 0.213029 0.142214 0.158301 0.168382 0.134008]
    DerivedWeights w = CriticWeights.derive(minMax(TUS_ADALI, true), SIX);
    assertThat(w.weights()).containsExactly(
        new double[] {0.184066, 0.213029, 0.142214, 0.158301, 0.168382, 0.134008}, within(5e-7));
    assertThat(w.diagnostics()).containsKeys("sd.price", "conflict.price", "information.price");
  }

  @Test
  void derive_twoColumns_handComputed() {
    // a = (0, 1, 2), b = (2, 1, 0): sd = 1 each (divisor 2), r = -1, conflict = (1-1)+(1+1) = 2,
    // C = 2 each -> w = (0.5, 0.5); diagnostics show sd 1 and conflict 2.
    double[][] x = {{0, 2}, {1, 1}, {2, 0}};
    DerivedWeights w = CriticWeights.derive(x, List.of("a", "b"));
    assertThat(w.weights()).containsExactly(0.5, 0.5);
    assertThat(w.diagnostics().get("sd.a")).isCloseTo(1, within(1e-15));
    assertThat(w.diagnostics().get("conflict.b")).isCloseTo(2, within(1e-15));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void derive_randomData_weightsNonNegativeSumToOneAndIgnoreRowOrder(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int m = 3 + rnd.nextInt(30);
    int n = 2 + rnd.nextInt(6);
    double[][] x = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        x[i][j] = rnd.nextDouble();
      }
    }
    List<String> labels = IntStream.range(0, n).mapToObj(j -> "c" + j).toList();
    double[] w = CriticWeights.derive(x, labels).weights();
    double total = 0;
    for (double v : w) {
      assertThat(v).isGreaterThanOrEqualTo(0);
      total += v;
    }
    assertThat(total).isCloseTo(1, within(1e-12));
    double[][] rotated = new double[m][];
    for (int i = 0; i < m; i++) {
      rotated[i] = x[(i + 1) % m];
    }
    double[] wr = CriticWeights.derive(rotated, labels).weights();
    for (int j = 0; j < n; j++) {
      assertThat(wr[j]).isCloseTo(w[j], within(1e-12));
    }
  }

  @Test
  void derive_perfectlyCorrelatedColumns_equalWeightsWithWarning() {
    double[][] x = {{1, 2}, {2, 4}, {3, 6}};
    DerivedWeights w = CriticWeights.derive(x, List.of("a", "b"));
    assertThat(w.weights()).containsExactly(0.5, 0.5);
    assertThat(w.warnings()).singleElement().asString().contains("perfectly correlated");
  }

  @Test
  void derive_constantColumn_rejectedNamingIt() {
    double[][] x = {{0.1, 0.7}, {0.4, 0.7}, {0.9, 0.7}};
    assertThatThrownBy(() -> CriticWeights.derive(x, List.of("gdp", "trade")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicator 'trade' is constant (all 3 entities = 0.7)")
        .hasMessageContaining("CRITIC needs variation");
  }

  @Test
  void derive_missingValue_rejectedNamingRowAndIndicator() {
    double[][] x = {{0.1, 0.7}, {0.4, Double.NaN}, {0.9, 0.2}};
    assertThatThrownBy(() -> CriticWeights.derive(x, List.of("gdp", "trade")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x[1][1] (entity row 1, indicator 'trade') is NaN")
        .hasMessageContaining("impute the value or drop the entity");
  }

  @Test
  void derive_oneEntity_rejected() {
    assertThatThrownBy(() -> CriticWeights.derive(new double[][] {{0.1, 0.2}}, List.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CRITIC needs at least 2 entities (rows) but got 1");
  }

  @Test
  void derive_oneIndicator_rejected() {
    assertThatThrownBy(() -> CriticWeights.derive(new double[][] {{0.1}, {0.2}}, List.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CRITIC needs at least 2 indicators (columns) but got 1");
  }
}
