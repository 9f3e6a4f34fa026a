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

class EntropyWeightsTest {

  static IntStream seeds() {
    return IntStream.rangeClosed(1, 50);
  }

  private static final List<String> ABCD = List.of("a", "b", "c", "d");

  @Test
  void derive_xu2004Example_reproducesPublishedWeights() {
    // Xu, X. (2004), "A note on the subjective and objective integrated approach to determine
    // attribute weights", European Journal of Operational Research 156(2):530–532: four benefit
    // attributes, entropy weights 0.4630, 0.3992, 0.1378, 0.0000 (also asserted by the
    // objective-weights-for-mcda test-suite). numpy, p = X / X.sum(0):
    // [0.462952 0.399204 0.137841 0.000003]
    double[][] x = {{30, 30, 38, 29}, {19, 54, 86, 29}, {19, 15, 85, 28.9}, {68, 70, 60, 29}};
    DerivedWeights w = EntropyWeights.derive(x, ABCD);
    double[] published = {0.4630, 0.3992, 0.1378, 0.0000};
    for (int j = 0; j < 4; j++) {
      assertThat(w.weights()[j]).as(ABCD.get(j)).isCloseTo(published[j], within(0.00005));
    }
    assertThat(w.method()).isEqualTo("entropy");
    assertThat(w.warnings()).isEmpty();
  }

  @Test
  void derive_missingValue_usesOnlyEntitiesPresentInThatColumn() {
    // numpy, per column: c = col[~isnan(col)]; p = c/c.sum(); e = -sum(p ln p)/ln(len(c))
    // e = [0.8949645377 0.6309297536 0.8294898761], w = [0.1629427281 0.5725429437 0.2645143282]
    // (column b has 3 present values: 0.5, 0.5, 0 -> e = ln 2 / ln 3 = 0.6309297536)
    double[][] x = {{0.2, 0.5, 0.9}, {0.4, Double.NaN, 0.1}, {0.6, 0.5, 0.4}, {1.0, 0.0, 0.3}};
    DerivedWeights w = EntropyWeights.derive(x, List.of("a", "b", "c"));
    assertThat(w.weights()).containsExactly(
        new double[] {0.1629427281, 0.5725429437, 0.2645143282}, within(1e-9));
    assertThat(w.diagnostics().get("entropy.b")).isCloseTo(Math.log(2) / Math.log(3), within(1e-15));
    assertThat(w.diagnostics()).containsEntry("present.b", 3.0).doesNotContainKey("present.a");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void derive_identicalColumns_getEqualWeights(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int m = 2 + rnd.nextInt(20);
    int n = 2 + rnd.nextInt(5);
    double[][] x = new double[m][n];
    for (int i = 0; i < m; i++) {
      double v = rnd.nextDouble();
      java.util.Arrays.fill(x[i], v);
    }
    List<String> labels = IntStream.range(0, n).mapToObj(j -> "c" + j).toList();
    DerivedWeights w = EntropyWeights.derive(x, labels);
    for (double v : w.weights()) {
      assertThat(v).isCloseTo(1.0 / n, within(1e-12));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void derive_randomNormalizedData_weightsNonNegativeSumToOneAndIgnoreRowOrder(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int m = 2 + rnd.nextInt(30);
    int n = 1 + rnd.nextInt(6);
    double[][] x = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        x[i][j] = rnd.nextInt(10) == 0 ? 0 : rnd.nextDouble();
      }
    }
    x[0][0] = 0.5;
    x[1][0] = 0.25;
    List<String> labels = IntStream.range(0, n).mapToObj(j -> "c" + j).toList();
    DerivedWeights w = EntropyWeights.derive(x, labels);
    double total = 0;
    for (double v : w.weights()) {
      assertThat(v).isGreaterThanOrEqualTo(0);
      total += v;
    }
    assertThat(total).isCloseTo(1, within(1e-12));
    double[][] reversed = new double[m][];
    for (int i = 0; i < m; i++) {
      reversed[i] = x[m - 1 - i];
    }
    double[] wr = EntropyWeights.derive(reversed, labels).weights();
    for (int j = 0; j < n; j++) {
      assertThat(wr[j]).isCloseTo(w.weights()[j], within(1e-12));
    }
  }

  @Test
  void derive_zeroEntry_behavesAsTheLimitOfATinyPositiveValue() {
    // 0 ln 0 = 0 is the limit of p ln p: replacing the zero by 1e-15 changes nothing visible.
    double[][] x = {{0, 0.3, 0.5}, {0.7, 0.6, 0.2}, {1.0, 0.9, 0.8}};
    double[][] y = {{1e-15, 0.3, 0.5}, {0.7, 0.6, 0.2}, {1.0, 0.9, 0.8}};
    List<String> labels = List.of("a", "b", "c");
    double[] wx = EntropyWeights.derive(x, labels).weights();
    double[] wy = EntropyWeights.derive(y, labels).weights();
    for (int j = 0; j < 3; j++) {
      assertThat(wx[j]).isCloseTo(wy[j], within(1e-9));
    }
  }

  @Test
  void derive_columnWithAZeroButOtherwiseUniform_doesNotGetTheLargestWeight() {
    // numpy with p = X / X.sum(0), 0 ln 0 = 0:
    // a = [0, 1, 1, ..., 1] (one zero), b = linspace(0.1, 1, 10), c = an uneven column
    // e = [0.9542425094 0.9342897803 0.9001411899], w = [0.2165250745 0.3109416632 0.4725332623]
    double[] a = {0, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    double[] c = {0.2, 0.9, 0.3, 1.0, 0.1, 0.8, 0.25, 0.95, 0.15, 0.7};
    double[][] x = new double[10][3];
    for (int i = 0; i < 10; i++) {
      x[i][0] = a[i];
      x[i][1] = 0.1 * (i + 1);
      x[i][2] = c[i];
    }
    DerivedWeights w = EntropyWeights.derive(x, List.of("a", "b", "c"));
    assertThat(w.weights()).containsExactly(
        new double[] {0.2165250745, 0.3109416632, 0.4725332623}, within(1e-6));
    assertThat(w.weight("a")).isLessThan(w.weight("b")).isLessThan(w.weight("c"));
  }

  @Test
  void derive_negativeValue_rejectedSuggestingMinMax() {
    double[][] x = {{0.1, 0.2}, {0.3, -0.4}};
    assertThatThrownBy(() -> EntropyWeights.derive(x, List.of("gdp", "trade")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x[1][1] (entity row 1, indicator 'trade') = -0.4 is negative")
        .hasMessageContaining("min-max normalize the data first");
  }

  @Test
  void derive_infiniteValue_rejectedNamingCell() {
    double[][] x = {{0.1, Double.POSITIVE_INFINITY}, {0.3, 0.4}};
    assertThatThrownBy(() -> EntropyWeights.derive(x, List.of("gdp", "trade")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x[0][1] (entity row 0, indicator 'trade') is Infinity");
  }

  @Test
  void derive_allZeroColumn_getsWeightZeroWithWarning() {
    // Column b carries no information (e := 1, d := 0); a and c: numpy-free hand check is not
    // needed, only that b's weight is 0 and the others still sum to 1.
    double[][] x = {{0.2, 0, 0.9}, {0.4, 0, 0.1}, {0.6, 0, 0.4}};
    DerivedWeights w = EntropyWeights.derive(x, List.of("a", "b", "c"));
    assertThat(w.weight("b")).isZero();
    assertThat(w.weight("a") + w.weight("c")).isCloseTo(1, within(1e-15));
    assertThat(w.warnings()).singleElement().asString()
        .contains("indicator 'b' is zero for every present entity").contains("weight 0");
  }

  @Test
  void derive_everyColumnUniform_equalWeightsWithWarning() {
    double[][] x = {{0.5, 2}, {0.5, 2}, {0.5, 2}};
    DerivedWeights w = EntropyWeights.derive(x, List.of("a", "b"));
    assertThat(w.weights()).containsExactly(0.5, 0.5);
    assertThat(w.warnings()).singleElement().asString().contains("equal weights are returned");
  }

  @Test
  void derive_oneEntity_rejected() {
    assertThatThrownBy(() -> EntropyWeights.derive(new double[][] {{0.5, 0.5}}, List.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs at least 2 entities (rows) but got 1");
  }

  @Test
  void derive_columnWithOnePresentValue_rejectedNamingIt() {
    double[][] x = {{0.5, Double.NaN}, {0.2, 0.7}, {0.1, Double.NaN}};
    assertThatThrownBy(() -> EntropyWeights.derive(x, List.of("gdp", "trade")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicator 'trade' has 1 present value(s) among 3 entities");
  }

  @Test
  void derive_raggedRows_rejectedNamingRow() {
    double[][] x = {{0.5, 0.1}, {0.2}};
    assertThatThrownBy(() -> EntropyWeights.derive(x, List.of("gdp", "trade")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1 has 1 values but row 0 has 2");
  }

  @Test
  void derive_noRows_rejected() {
    assertThatThrownBy(() -> EntropyWeights.derive(new double[0][], List.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entropy data has no rows");
  }

  @Test
  void derive_nullRow_rejectedNamingIt() {
    assertThatThrownBy(() -> EntropyWeights.derive(new double[][] {{0.5}, null}, List.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entropy data row 1 is null");
  }

  @Test
  void derive_noColumns_rejected() {
    assertThatThrownBy(() -> EntropyWeights.derive(new double[][] {{}, {}}, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entropy data has no columns");
  }
}
