package io.github.diamondscore.testing;

import io.github.diamondscore.data.Panel;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded generators of awkward test data, shared by the tests of every package.
 *
 * <p>Everything here is a pure function of the {@link SplittableRandom} it is given, so a
 * property test that builds its data with {@code new SplittableRandom(seed)} names the failing
 * case by its seed. Extend this class with new generators rather than copying them into tests;
 * keep each one documented with what "awkward" means for it.
 */
public final class Generated {

  private Generated() {}

  /**
   * A panel of {@code rows} entities ({@code E001}, {@code E002} …, no names, groups or years)
   * with awkward but scoreable values.
   *
   * <p>Each column draws one of five shapes, so that a panel mixes them:
   *
   * <ol>
   *   <li>ordinary: uniform on [-1, 2) times a scale 10^k, k in [-3, 6] (negatives included);
   *   <li>ties: whole numbers 0..4 times a scale, so most values are shared by several rows;
   *   <li>tiny: uniform on (0, 1) times 1e-9;
   *   <li>large: uniform on [1, 10) times 1e9;
   *   <li>skewed: exp(2 Z) with Z standard normal (a long right tail).
   * </ol>
   *
   * <p>Besides, about one cell in ten repeats the value of an earlier row (extra ties), and each
   * cell is missing (NaN) with probability {@code missingShare}, independently, so a column can
   * be all missing when the share is high. Values stay within about 1e-12 … 1e11 in magnitude,
   * so sums and products of a few of them stay finite.
   *
   * @param rnd the random source (advanced by the call)
   * @param rows the number of rows, ≥ 0
   * @param indicators the indicator ids, valid for {@link Panel#builder(List)}
   * @param missingShare the probability that a cell is NaN, in [0, 1]
   * @return the panel
   */
  public static Panel panel(SplittableRandom rnd, int rows, List<String> indicators,
      double missingShare) {
    if (!(missingShare >= 0 && missingShare <= 1)) {
      throw new IllegalArgumentException("missingShare (" + missingShare + ") must be in [0, 1]");
    }
    int k = indicators.size();
    double[][] columns = new double[k][rows];
    for (int c = 0; c < k; c++) {
      int shape = rnd.nextInt(5);
      double scale = Math.pow(10, rnd.nextInt(-3, 7));
      for (int r = 0; r < rows; r++) {
        double v;
        switch (shape) {
          case 0:
            v = (rnd.nextDouble() * 3 - 1) * scale;
            break;
          case 1:
            v = rnd.nextInt(5) * scale;
            break;
          case 2:
            v = rnd.nextDouble() * 1e-9;
            break;
          case 3:
            v = (1 + rnd.nextDouble() * 9) * 1e9;
            break;
          default:
            v = Math.exp(2 * gaussian(rnd));
            break;
        }
        if (r > 0 && rnd.nextDouble() < 0.1) {
          v = columns[c][rnd.nextInt(r)];
        }
        columns[c][r] = v;
      }
      for (int r = 0; r < rows; r++) {
        if (rnd.nextDouble() < missingShare) {
          columns[c][r] = Double.NaN;
        }
      }
    }
    Panel.Builder builder = Panel.builder(indicators);
    double[] row = new double[k];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < k; c++) {
        row[c] = columns[c][r];
      }
      builder.add(String.format(Locale.ROOT, "E%03d", r + 1), row);
    }
    return builder.build();
  }

  /**
   * A finite double chosen to stress number formatting and parsing: about a third from a fixed
   * list of edge cases (±0, the smallest subnormal, the largest double, 1e-300, 1e300, 0.1 + 0.2,
   * 1/3, 2^53 + 2, values at the 1e-7 and 1e16 notation boundaries …), a third uniformly random
   * bit patterns (any exponent, all 17 digits), and a third decimals with a random power of ten.
   * Not for scoring tests: sums of such values overflow.
   *
   * @param rnd the random source (advanced by the call)
   * @return a finite double, possibly -0.0
   */
  public static double extremeValue(SplittableRandom rnd) {
    switch (rnd.nextInt(3)) {
      case 0:
        return EDGE_VALUES[rnd.nextInt(EDGE_VALUES.length)];
      case 1:
        double bits;
        do {
          bits = Double.longBitsToDouble(rnd.nextLong());
        } while (!Double.isFinite(bits));
        return bits;
      default:
        return (rnd.nextDouble() * 2 - 1) * Math.pow(10, rnd.nextInt(-20, 21));
    }
  }

  private static final double[] EDGE_VALUES = {
    0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
    -Double.MAX_VALUE, 1e-300, -1e-300, 1e300, -1e300, 0.1 + 0.2, 1.0 / 3, -2.0 / 3,
    9007199254740994.0, 1e15, 1e16, 9.999999999999998e15, 1e-7, 9.999999999999999e-8, 0.001,
    0.002, 1e7, 12345678.9, 1.0, -1.0, 100.0, 123456789012345678.0, Math.PI, Math.E
  };

  private static double gaussian(SplittableRandom rnd) {
    // Box-Muller: SplittableRandom has no nextGaussian in Java 17.
    double u = 1 - rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
  }
}
