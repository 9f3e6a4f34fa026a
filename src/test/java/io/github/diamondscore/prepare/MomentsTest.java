package io.github.diamondscore.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MomentsTest {

  private static final double NAN = Double.NaN;

  /*
   * x = 1, 2, 3, 4, 10 (n = 5). By hand: mean 4, deviations -3 -2 -1 0 6,
   * m2 = 9+4+1+0+36 = 50, s^2 = 50/4 = 12.5, s = 5/sqrt(2), s^3 = 62.5/sqrt(2), s^4 = 156.25,
   * m3 = -27-8-1+0+216 = 180, m4 = 81+16+1+0+1296 = 1394.
   * G1 = 5/(4*3) * 180/s^3 = 5/12 * 2.88*sqrt(2) = 1.2*sqrt(2) = 1.697056274847714
   * G2 = 5*6/(4*3*2) * 1394/156.25 - 3*16/(3*2) = 1.25 * 8.9216 - 8 = 3.152
   * Checked with SciPy 1.17.1:
   *   >>> from scipy.stats import skew, kurtosis
   *   >>> skew([1,2,3,4,10], bias=False), kurtosis([1,2,3,4,10], bias=False)
   *   (1.6970562748477143, 3.152000000000001)
   */
  @Test
  void skewness_smallColumn_matchesExcelSkewAndScipy() {
    assertThat(Moments.skewness(new double[] {1, 2, 3, 4, 10}))
        .isCloseTo(1.6970562748477143, within(1e-14));
  }

  @Test
  void kurtosis_smallColumn_matchesExcelKurtAndScipy() {
    assertThat(Moments.kurtosis(new double[] {1, 2, 3, 4, 10})).isCloseTo(3.152, within(1e-13));
  }

  @Test
  void skewnessAndKurtosis_missingValues_areIgnored() {
    double[] x = {NAN, 1, 2, NAN, 3, 4, 10, NAN};
    assertThat(Moments.skewness(x)).isCloseTo(1.6970562748477143, within(1e-14));
    assertThat(Moments.kurtosis(x)).isCloseTo(3.152, within(1e-13));
  }

  /*
   * Mirror image -10 -4 -3 -2 -1 = -(1,2,3,4,10) shifted: skewness changes sign, kurtosis does not.
   *   >>> skew([-10,-4,-3,-2,-1], bias=False), kurtosis([-10,-4,-3,-2,-1], bias=False)
   *   (-1.6970562748477143, 3.152000000000001)
   */
  @Test
  void skewness_leftTail_isNegative() {
    double[] x = {-10, -4, -3, -2, -1};
    assertThat(Moments.skewness(x)).isCloseTo(-1.6970562748477143, within(1e-14));
    assertThat(Moments.kurtosis(x)).isCloseTo(3.152, within(1e-13));
  }

  /*
   * x = 1 2 3 4: mean 2.5, deviations -1.5 -0.5 0.5 1.5, m2 = 5, m3 = 0, m4 = 2*5.0625 + 2*0.0625 = 10.25.
   * G1 = 0 (symmetric). G2 = (n-1)/((n-2)(n-3)) * (n(n+1) m4/m2^2 - 3(n-1)) = 3/2 * (20*10.25/25 - 9)
   *    = 1.5 * (8.2 - 9) = -1.2.  SciPy: kurtosis([1,2,3,4], bias=False) = -1.1999999999999993
   */
  @Test
  void kurtosis_fourEvenlySpacedValues_isMinusOnePointTwo() {
    assertThat(Moments.skewness(new double[] {1, 2, 3, 4})).isCloseTo(0.0, within(1e-15));
    assertThat(Moments.kurtosis(new double[] {1, 2, 3, 4})).isCloseTo(-1.2, within(1e-14));
  }

  /*
   * >>> skew([3,1,4,1,5,9,2,6], bias=False), kurtosis([3,1,4,1,5,9,2,6], bias=False)
   * (0.8335031385336658, 0.27660580453699524)
   * >>> x = [0.1,0.2,0.30000000000000004,0.7,1.5,2500.0]
   * >>> skew(x, bias=False), kurtosis(x, bias=False)
   * (2.4494883540195542, 5.999994706924962)
   */
  @Test
  void skewnessAndKurtosis_moreColumns_matchScipy() {
    double[] pi = {3, 1, 4, 1, 5, 9, 2, 6};
    assertThat(Moments.skewness(pi)).isCloseTo(0.8335031385336658, within(1e-14));
    assertThat(Moments.kurtosis(pi)).isCloseTo(0.27660580453699524, within(1e-14));
    double[] spread = {0.1, 0.2, 0.1 + 0.2, 0.7, 1.5, 2500.0};
    assertThat(Moments.skewness(spread)).isCloseTo(2.4494883540195542, within(1e-13));
    assertThat(Moments.kurtosis(spread)).isCloseTo(5.999994706924962, within(1e-12));
  }

  /*
   * n = 3 gives G1 but no G2 (its formula divides by n - 3).
   * >>> skew([1,2,4], bias=False)  -> 0.9352195295828235
   */
  @Test
  void kurtosis_threeValues_isNaNWhileSkewnessIsDefined() {
    double[] x = {1, 2, 4};
    assertThat(Moments.skewness(x)).isCloseTo(0.9352195295828235, within(1e-14));
    assertThat(Moments.kurtosis(x)).isNaN();
  }

  @Test
  void skewness_twoValues_isNaN() {
    assertThat(Moments.skewness(new double[] {1, 2})).isNaN();
    assertThat(Moments.skewness(new double[] {1, NAN, 2, NAN})).isNaN();
    assertThat(Moments.skewness(new double[0])).isNaN();
  }

  @Test
  void skewnessAndKurtosis_constantColumn_areNaN() {
    // 0.1 repeated: a computed mean could differ from 0.1 by an ulp; still zero variance
    double[] x = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1};
    assertThat(Moments.skewness(x)).isNaN();
    assertThat(Moments.kurtosis(x)).isNaN();
  }

  @Test
  void skewnessAndKurtosis_infiniteValue_areNaN() {
    double[] x = {1, 2, 3, Double.POSITIVE_INFINITY, 5};
    assertThat(Moments.skewness(x)).isNaN();
    assertThat(Moments.kurtosis(x)).isNaN();
  }

  @Test
  void skewnessAndKurtosis_overflowingFourthPowers_areNaN() {
    double[] x = {1e100, -1e100, 0, 3e100, 5};
    assertThat(Moments.kurtosis(x)).isNaN();
    assertThat(Moments.skewness(x)).isNaN();
  }

  static IntStream seeds() {
    return IntStream.rangeClosed(1, 50);
  }

  /** Skewness is invariant under a positive affine map and flips sign under negation; kurtosis is invariant under both. */
  @ParameterizedTest
  @MethodSource("seeds")
  void skewnessAndKurtosis_affineMap_invariantUpToSign(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 4 + random.nextInt(30);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.exp(random.nextDouble() * 3);
    }
    double a = 0.5 + random.nextDouble() * 10;
    double b = random.nextDouble() * 100 - 50;
    double[] y = new double[n];
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = a * x[i] + b;
      z[i] = -x[i];
    }
    double g1 = Moments.skewness(x);
    double g2 = Moments.kurtosis(x);
    assertThat(Moments.skewness(y)).isCloseTo(g1, within(1e-9));
    assertThat(Moments.kurtosis(y)).isCloseTo(g2, within(1e-9));
    assertThat(Moments.skewness(z)).isCloseTo(-g1, within(1e-12));
    assertThat(Moments.kurtosis(z)).isCloseTo(g2, within(1e-12));
    // G2 >= -3(n-1)^2/((n-2)(n-3)): its first term is a non-negative sum of fourth powers
    assertThat(g2).isGreaterThanOrEqualTo(-3.0 * (n - 1) * (n - 1) / ((n - 2.0) * (n - 3.0)));
  }
}
