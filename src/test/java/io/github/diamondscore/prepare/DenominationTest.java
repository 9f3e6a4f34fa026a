package io.github.diamondscore.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DenominationTest {

  private static final double NAN = Double.NaN;

  /*
   * gdp / population: 10/2 = 5, 20/8 = 2.5, NaN/4 = missing, 5/NaN = missing, 6/-3 = -2.
   */
  @Test
  void denominate_column_dividesRowByRowAndKeepsMissingMissing() {
    double[] ratio = Denomination.denominate(new double[] {10, 20, NAN, 5, 6}, new double[] {2, 8, 4, NAN, -3},
        "gdp", "population", List.of("FR", "DE", "IT", "ES", "PT"));
    assertThat(ratio).containsExactly(5, 2.5, NAN, NAN, -2);
  }

  @Test
  void denominate_singleValue_sameAsColumn() {
    assertThat(Denomination.denominate(20, 8, "gdp", "population", "DE")).isEqualTo(2.5);
    assertThat(Denomination.denominate(20, NAN, "gdp", "population", "DE")).isNaN();
    assertThat(Denomination.denominate(Double.POSITIVE_INFINITY, 8, "gdp", "population", "DE"))
        .isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void denominate_zeroDenominator_rejectedNamingEntityAndBothColumns() {
    assertThatThrownBy(() -> Denomination.denominate(new double[] {10, 20}, new double[] {2, 0}, "gdp",
        "population", List.of("FR", "DE")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("denominator 'population' is 0.0 for entity 'DE', "
            + "so indicator 'gdp' cannot be divided by it");
    assertThatThrownBy(() -> Denomination.denominate(1, -0.0, "gdp", "area", "IT"))
        .hasMessageContaining("denominator 'area' is -0.0 for entity 'IT'");
    // a zero denominator is an error even when the numerator is zero
    assertThatThrownBy(() -> Denomination.denominate(0, 0, "gdp", "area", "IT"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void denominate_infiniteDenominator_rejected() {
    assertThatThrownBy(() -> Denomination.denominate(1, Double.NEGATIVE_INFINITY, "gdp", "area", "IT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("denominator 'area' is -Infinity for entity 'IT'")
        .hasMessageContaining("give a finite non-zero value, or leave it blank");
  }

  @Test
  void denominate_lengthsDiffer_rejectedNamingColumns() {
    assertThatThrownBy(() -> Denomination.denominate(new double[] {1, 2}, new double[] {1}, "gdp",
        "population", List.of("FR", "DE")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicator 'gdp' has 2 rows, denominator 'population' 1 and there are 2 entities");
  }

  static IntStream seeds() {
    return IntStream.rangeClosed(1, 30);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void denominate_columnEqualsSingleValues_bitForBit(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 1 + random.nextInt(40);
    double[] x = new double[n];
    double[] d = new double[n];
    List<String> entities = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      x[i] = random.nextInt(5) == 0 ? NAN : random.nextDouble() * 1e6;
      d[i] = random.nextInt(5) == 0 ? NAN : 0.5 + random.nextDouble() * 1e3;
      entities.add("E" + i);
    }
    double[] column = Denomination.denominate(x, d, "x", "d", entities);
    for (int i = 0; i < n; i++) {
      double single = Denomination.denominate(x[i], d[i], "x", "d", entities.get(i));
      assertThat(Double.doubleToRawLongBits(column[i])).isEqualTo(Double.doubleToRawLongBits(single));
      assertThat(Double.isNaN(column[i])).isEqualTo(Double.isNaN(x[i]) || Double.isNaN(d[i]));
    }
  }
}
