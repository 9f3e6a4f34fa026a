package io.github.diamondscore.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NormalizationTest {

  @Test
  void minMax_defaultRange_mapsLinearly() {
    // reference 2, 4, 10: (4 - 2) / (10 - 2) = 0.25 -> 25; min -> 0, max -> 100
    FittedNormalization f = Normalization.minMax().fit(new double[] {2, 4, 10}, "x");
    assertThat(f.apply(4)).isEqualTo(25.0);
    assertThat(f.apply(2)).isEqualTo(0.0);
    assertThat(f.apply(10)).isEqualTo(100.0);
    assertThat(((FittedNormalization.Linear) f).worst()).isEqualTo(2.0);
    assertThat(((FittedNormalization.Linear) f).frontier()).isEqualTo(10.0);
  }

  @Test
  void minMax_range1To100_startsAboveZero() {
    // 1 + 99 * 0.25 = 25.75
    FittedNormalization f = Normalization.minMax(1, 100).fit(new double[] {2, 4, 10}, "x");
    assertThat(f.apply(4)).isEqualTo(25.75);
    assertThat(f.apply(2)).isEqualTo(1.0);
  }

  @Test
  void minMax_valueOutsideReference_isClipped() {
    FittedNormalization f = Normalization.minMax(1, 100).fit(new double[] {2, 4, 10}, "x");
    assertThat(f.apply(12)).isEqualTo(100.0);
    assertThat(f.apply(-5)).isEqualTo(1.0);
    assertThat(f.apply(Double.NaN)).isNaN();
  }

  @Test
  void minMax_missingValuesIgnoredWhenFitting() {
    FittedNormalization f =
        Normalization.minMax().fit(new double[] {Double.NaN, 2, 10, Double.NaN}, "x");
    assertThat(f.apply(6)).isEqualTo(50.0);
  }

  @Test
  void zScore_usesSampleStandardDeviation() {
    // 2, 4, 9: mean 5, sd = sqrt((9 + 1 + 16) / 2) = sqrt(13) = 3.605551...;
    // (9 - 5) / sqrt(13) = 1.1094003924504583 (numpy: (9 - x.mean()) / x.std(ddof=1))
    FittedNormalization f = Normalization.zScore().fit(new double[] {2, 4, 9}, "x");
    assertThat(f.apply(9)).isCloseTo(1.1094003924504583, within(1e-15));
    assertThat(((FittedNormalization.Standard) f).mean()).isEqualTo(5.0);
    assertThat(((FittedNormalization.Standard) f).sd()).isCloseTo(Math.sqrt(13), within(1e-15));
  }

  @Test
  void zScore_rescaledTo100And10() {
    // 100 + 10 * 1.1094003924504583 = 111.09400392450459
    FittedNormalization f = Normalization.zScore(100, 10).fit(new double[] {2, 4, 9}, "x");
    assertThat(f.apply(9)).isCloseTo(111.09400392450459, within(1e-12));
    assertThat(f.apply(5)).isEqualTo(100.0);
  }

  @Test
  void goalposts_given_distanceToFrontier() {
    // LPI goalposts 1 (worst) and 5 (frontier): 100 * (3.1 - 1) / (5 - 1) = 52.5
    FittedNormalization f = ((Normalization.Goalposts) Normalization.goalposts()).withGoalposts(1, 5);
    assertThat(f.apply(3.1)).isCloseTo(52.5, within(1e-12));
    assertThat(f.apply(6)).isEqualTo(100.0);
    assertThat(f.apply(0)).isEqualTo(0.0);
  }

  @Test
  void goalposts_fitted_areReferenceMinAndMax() {
    FittedNormalization f = Normalization.goalposts(1, 100).fit(new double[] {3, 7}, "x");
    // 1 + 99 * (5 - 3) / (7 - 3) = 50.5
    assertThat(f.apply(5)).isEqualTo(50.5);
  }

  @Test
  void rank_countsStrictlyWorseReferenceValues() {
    // reference 3, 1, 2, 2 -> sorted 1, 2, 2, 3. rank(x) = 1 + #{ref < x}
    FittedNormalization f = Normalization.rank().fit(new double[] {3, 1, 2, 2}, "x");
    assertThat(f.apply(1)).isEqualTo(1.0);
    assertThat(f.apply(2)).isEqualTo(2.0); // ties share the lower rank
    assertThat(f.apply(3)).isEqualTo(4.0);
    assertThat(f.apply(2.5)).isEqualTo(4.0); // online: the rank it would have had
    assertThat(f.apply(99)).isEqualTo(5.0);
  }

  @Test
  void percentile_sharesOfNMinusOne() {
    // sorted 1, 2, 2, 3 (n = 4): p = #{ref < x} / 3
    FittedNormalization f = Normalization.percentile().fit(new double[] {3, 1, 2, 2}, "x");
    assertThat(f.apply(1)).isEqualTo(0.0);
    assertThat(f.apply(2)).isCloseTo(100.0 / 3, within(1e-12));
    assertThat(f.apply(3)).isEqualTo(100.0);
    assertThat(f.apply(10)).isEqualTo(100.0); // clipped at the top
    FittedNormalization g = Normalization.percentile(1, 100).fit(new double[] {3, 1, 2, 2}, "x");
    assertThat(g.apply(2)).isCloseTo(1 + 99.0 / 3, within(1e-12));
  }

  @Test
  void fit_constantColumn_namesIndicator() {
    assertThatThrownBy(() -> Normalization.minMax().fit(new double[] {4, 4, Double.NaN}, "gdp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'gdp'").hasMessageContaining("constant")
        .hasMessageContaining("goalposts");
  }

  @Test
  void fit_noValue_namesIndicator() {
    assertThatThrownBy(() -> Normalization.zScore().fit(new double[] {Double.NaN}, "rd"))
        .hasMessageContaining("'rd'").hasMessageContaining("no value");
  }

  @Test
  void fit_infiniteValue_isRejected() {
    assertThatThrownBy(() -> Normalization.rank().fit(
        new double[] {1, Double.POSITIVE_INFINITY}, "fdi"))
        .hasMessageContaining("'fdi'").hasMessageContaining("infinite");
  }

  @ParameterizedTest
  @ValueSource(strings = {"minmax", "minmax:1:100", "zscore", "zscore:100:10", "goalposts",
      "goalposts:1:100", "rank", "percentile", "percentile:1:100"})
  void parse_textForm_roundTrips(String text) {
    assertThat(Normalization.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void parse_aliasesAndCase() {
    assertThat(Normalization.parse("Min-Max:0:1")).isEqualTo(Normalization.minMax(0, 1));
    assertThat(Normalization.parse("z-score")).isEqualTo(Normalization.zScore());
  }

  @Test
  void parse_unknownName_listsValidForms() {
    assertThatThrownBy(() -> Normalization.parse("softmax"))
        .hasMessageContaining("'softmax'").hasMessageContaining("minmax:LOW:HIGH");
  }

  @Test
  void parse_badRange_namesIt() {
    assertThatThrownBy(() -> Normalization.parse("minmax:100:1"))
        .hasMessageContaining("minmax:100:1").hasMessageContaining("below high");
    assertThatThrownBy(() -> Normalization.parse("minmax:a:1"))
        .hasMessageContaining("'a' is not a number");
    assertThatThrownBy(() -> Normalization.parse("rank:1:2"))
        .hasMessageContaining("unknown normalization 'rank:1:2'");
  }

  @Test
  void zScore_nonPositiveSd_isRejected() {
    assertThatThrownBy(() -> Normalization.zScore(0, 0)).hasMessageContaining("sd (0.0)");
  }

  static Stream<Long> seeds() {
    return seedRange(1, 60);
  }

  private static Stream<Long> seedRange(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> (long) i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void boundedMethods_stayInRange_evenForNewValues(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] ref = new double[2 + rnd.nextInt(30)];
    for (int i = 0; i < ref.length; i++) {
      ref[i] = rnd.nextInt(4) == 0 ? Double.NaN : Math.round(rnd.nextDouble(-1e3, 1e3));
    }
    ref[0] = -2000;
    ref[1] = 2000;
    double lo = rnd.nextDouble(-10, 10);
    double hi = lo + rnd.nextDouble(0.5, 100);
    for (Normalization n : new Normalization[] {Normalization.minMax(lo, hi),
        Normalization.goalposts(lo, hi), Normalization.percentile(lo, hi)}) {
      FittedNormalization f = n.fit(ref, "x");
      for (int k = 0; k < 50; k++) {
        double x = rnd.nextDouble(-5000, 5000);
        assertThat(f.apply(x)).as("%s at %s", n, x).isBetween(lo, hi);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyMethod_isMonotoneInTheOrientedValue(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] ref = new double[3 + rnd.nextInt(20)];
    for (int i = 0; i < ref.length; i++) {
      ref[i] = rnd.nextInt(-50, 50);
    }
    ref[0] = -60;
    for (Normalization n : new Normalization[] {Normalization.minMax(), Normalization.zScore(),
        Normalization.goalposts(), Normalization.rank(), Normalization.percentile()}) {
      FittedNormalization f = n.fit(ref, "x");
      double a = rnd.nextDouble(-80, 80);
      double b = a + rnd.nextDouble(0, 40);
      assertThat(f.apply(b)).as("%s: f(%s) vs f(%s)", n, b, a).isGreaterThanOrEqualTo(f.apply(a));
    }
  }
}
