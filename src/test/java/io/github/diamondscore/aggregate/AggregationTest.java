package io.github.diamondscore.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AggregationTest {
  // Worked example: values 20, 50, 80 with weights 1, 2, 1 (normalized 0.25, 0.5, 0.25).
  // Expected numbers from numpy (v = [20, 50, 80], w = [.25, .5, .25]):
  //   arithmetic (w*v).sum()                      = 50
  //   geometric  exp((w*log(v)).sum())            = sqrt(2000) = 44.72135954999579
  //   harmonic   1/(w/v).sum() = 1/0.025625       = 39.02439024390244
  //   power:2    sqrt(.25*400+.5*2500+.25*6400)   = sqrt(2950) = 54.31390245600108
  //   minimum                                     = 20
  //   median     cumulative weights .25, .75      = 50
  //   MPI        M = 50, var = .25*900+.5*0+.25*900 = 450, M - var/M = 41
  private static final double[] V = {20, 50, 80};
  private static final double[] W = {1, 2, 1};

  private static double apply(Aggregation a) {
    return a.apply(V.clone(), W.clone(), 3);
  }

  @Test
  void arithmetic_workedExample() {
    assertThat(apply(Aggregation.arithmetic())).isEqualTo(50.0);
  }

  @Test
  void geometric_workedExample() {
    assertThat(apply(Aggregation.geometric())).isCloseTo(44.72135954999579, within(1e-12));
  }

  @Test
  void harmonic_workedExample() {
    assertThat(apply(Aggregation.harmonic())).isCloseTo(39.02439024390244, within(1e-12));
  }

  @Test
  void power_workedExample_andSpecialExponents() {
    assertThat(apply(Aggregation.power(2))).isCloseTo(54.31390245600108, within(1e-12));
    assertThat(apply(Aggregation.power(1))).isCloseTo(50.0, within(1e-12));
    assertThat(apply(Aggregation.power(0))).isCloseTo(44.72135954999579, within(1e-12));
    assertThat(apply(Aggregation.power(-1))).isCloseTo(39.02439024390244, within(1e-12));
  }

  @Test
  void minimum_workedExample() {
    assertThat(apply(Aggregation.minimum())).isEqualTo(20.0);
  }

  @Test
  void median_weighted_andEqualWeightsGiveOrdinaryMedian() {
    assertThat(apply(Aggregation.median())).isEqualTo(50.0);
    // equal weights over 1, 2, 3, 4: cumulative weight reaches exactly 0.5 at 2 -> (2 + 3) / 2
    assertThat(Aggregation.median().apply(new double[] {4, 1, 3, 2}, new double[] {1, 1, 1, 1}, 4))
        .isEqualTo(2.5);
    // heavy last value: weights .1 .1 .8 -> cumulative .1, .2, 1.0 -> 9
    assertThat(Aggregation.median().apply(new double[] {1, 5, 9}, new double[] {1, 1, 8}, 3))
        .isEqualTo(9.0);
  }

  @Test
  void mazziottaPareto_workedExample() {
    assertThat(apply(Aggregation.mazziottaPareto())).isCloseTo(41.0, within(1e-12));
  }

  @Test
  void mazziottaPareto_equalWeights_matchesPaperFormula() {
    // Mazziotta & Pareto: MPI = M - S * cv with S the population sd and cv = S / M.
    // 90, 100, 110: M = 100, S = sqrt(200/3) = 8.16496580927726 (numpy x.std(ddof=0)),
    // cv = 0.0816496580927726, MPI = 100 - 0.6666666666666667 = 99.33333333333333
    double mpi = Aggregation.mazziottaPareto()
        .apply(new double[] {90, 100, 110}, new double[] {1, 1, 1}, 3);
    assertThat(mpi).isCloseTo(99.33333333333333, within(1e-12));
  }

  @Test
  void onlyFirstNEntriesAreUsed() {
    double[] v = {10, 30, 999};
    double[] w = {1, 1, 999};
    assertThat(Aggregation.arithmetic().apply(v, w, 2)).isEqualTo(20.0);
  }

  @Test
  void geometricContributions_areLogShares() {
    // numpy: g * w*log(v) / (w*log(v)).sum() = [8.81298114, 23.0171336, 12.8912448]
    double[] out = new double[3];
    Aggregation g = Aggregation.geometric();
    g.contributions(V, W, 3, apply(g), out);
    assertThat(out[0]).isCloseTo(8.81298114, within(1e-8));
    assertThat(out[1]).isCloseTo(23.0171336, within(1e-7));
    assertThat(out[2]).isCloseTo(12.8912448, within(1e-7));
  }

  @Test
  void arithmeticContributions_areWeightTimesValue() {
    double[] out = new double[3];
    Aggregation.arithmetic().contributions(V, W, 3, 50, out);
    assertThat(out).containsExactly(5.0, 25.0, 20.0);
  }

  @Test
  void minimumAndMedianContributions_goToTheDecidingChildren() {
    double[] out = new double[3];
    Aggregation.minimum().contributions(V, W, 3, 20, out);
    assertThat(out).containsExactly(20.0, 0.0, 0.0);
    double[] out4 = new double[4];
    Aggregation.median().contributions(new double[] {4, 1, 3, 2}, new double[] {1, 1, 1, 1}, 4,
        2.5, out4);
    assertThat(out4).containsExactly(0.0, 0.0, 1.5, 1.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"arithmetic", "geometric", "harmonic", "power:2", "power:0.5",
      "minimum", "median", "mazziotta-pareto"})
  void parse_textForm_roundTrips(String text) {
    assertThat(Aggregation.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void parse_unknown_listsValidForms() {
    assertThatThrownBy(() -> Aggregation.parse("topsis"))
        .hasMessageContaining("'topsis'").hasMessageContaining("power:P");
    assertThatThrownBy(() -> Aggregation.parse("power:x"))
        .hasMessageContaining("exponent 'x'");
  }

  @Test
  void domains() {
    assertThat(Aggregation.geometric().accepts(0)).isFalse();
    assertThat(Aggregation.harmonic().accepts(-1)).isFalse();
    assertThat(Aggregation.power(2).accepts(0)).isTrue();
    assertThat(Aggregation.power(-2).accepts(0)).isFalse();
    assertThat(Aggregation.arithmetic().accepts(-5)).isTrue();
    assertThat(Aggregation.mazziottaPareto().isMonotone()).isFalse();
  }

  static List<Aggregation> all() {
    return List.of(Aggregation.arithmetic(), Aggregation.geometric(), Aggregation.harmonic(),
        Aggregation.power(2), Aggregation.power(-0.5), Aggregation.minimum(), Aggregation.median(),
        Aggregation.mazziottaPareto());
  }

  static Stream<Long> seeds() {
    return IntStream.range(1, 80).mapToObj(i -> (long) i);
  }

  private static double[][] randomCase(SplittableRandom rnd) {
    int n = 1 + rnd.nextInt(7);
    double[] v = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = rnd.nextInt(5) == 0 ? 50 : 1 + rnd.nextDouble(99); // ties now and then
      w[i] = rnd.nextInt(3) == 0 ? 1 : rnd.nextDouble(0.01, 10);
    }
    return new double[][] {v, w};
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void contributions_sumToTheScore(long seed) {
    double[][] c = randomCase(new SplittableRandom(seed));
    int n = c[0].length;
    for (Aggregation a : all()) {
      double s = a.apply(c[0], c[1], n);
      double[] out = new double[n];
      a.contributions(c[0], c[1], n, s, out);
      assertThat(java.util.Arrays.stream(out).sum()).as("%s", a).isCloseTo(s, within(1e-9));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void scalingAllWeights_changesNothing(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[][] c = randomCase(rnd);
    int n = c[0].length;
    double k = rnd.nextDouble(0.1, 1000);
    double[] scaled = java.util.Arrays.stream(c[1]).map(x -> x * k).toArray();
    for (Aggregation a : all()) {
      assertThat(a.apply(c[0], scaled, n)).as("%s", a)
          .isCloseTo(a.apply(c[0], c[1], n), within(1e-9));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void monotoneMethods_neverDropWhenAChildRises(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[][] c = randomCase(rnd);
    int n = c[0].length;
    int i = rnd.nextInt(n);
    double[] raised = c[0].clone();
    raised[i] += rnd.nextDouble(0, 50);
    for (Aggregation a : all()) {
      if (a.isMonotone()) {
        assertThat(a.apply(raised, c[1], n)).as("%s", a)
            .isGreaterThanOrEqualTo(a.apply(c[0], c[1], n) - 1e-12);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void means_lieBetweenMinAndMax(long seed) {
    double[][] c = randomCase(new SplittableRandom(seed));
    int n = c[0].length;
    double min = java.util.Arrays.stream(c[0]).min().orElseThrow();
    double max = java.util.Arrays.stream(c[0]).max().orElseThrow();
    for (Aggregation a : all()) {
      if (a.isMonotone()) {
        assertThat(a.apply(c[0], c[1], n)).as("%s", a).isBetween(min - 1e-9, max + 1e-9);
      }
    }
  }
}
