package io.github.diamondscore.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DigitsTest {

  static Stream<Arguments> worked() {
    // By hand: 84.99999999999999 to 15 significant digits is 85.0000000000000 -> "85";
    // 0.1 + 0.2 = 0.30000000000000004 -> 0.300000000000000 -> "0.3"; 66.92114 has 7 digits.
    return Stream.of(
        Arguments.of(84.99999999999999, "85", "84.99999999999999"),
        Arguments.of(0.1 + 0.2, "0.3", "0.30000000000000004"),
        Arguments.of(66.92114, "66.92114", "66.92114"),
        Arguments.of(100.0, "100", "100"),
        Arguments.of(-2.5, "-2.5", "-2.5"),
        Arguments.of(1.0 / 3, "0.333333333333333", "0.3333333333333333"),
        Arguments.of(1e-9 / 3, "3.33333333333333E-10", "3.3333333333333337E-10"), // python repr
        Arguments.of(Double.NaN, "", ""),
        Arguments.of(0.0, "0", "0"));
  }

  @ParameterizedTest
  @MethodSource("worked")
  void workedExamples(double v, String rounded, String exact) {
    assertThat(Digits.ROUNDED.format(v)).isEqualTo(rounded);
    assertThat(Digits.EXACT.format(v)).isEqualTo(exact);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void rounded_isWithinHalfAUnitOfThe15thDigitAndNeverLongerThanExact(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 2000; i++) {
      double v = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(-6, 12));
      String text = Digits.ROUNDED.format(v);
      double back = Double.parseDouble(text);
      BigDecimal err = new BigDecimal(back).subtract(new BigDecimal(v)).abs();
      BigDecimal ulp15 = new BigDecimal(v).abs().round(new MathContext(1))
          .movePointLeft(14).max(new BigDecimal(Math.ulp(v)));
      assertThat(err).as("%s -> %s", v, text).isLessThanOrEqualTo(ulp15);
      // formatting the read-back value again gives the same text (a fixed point)
      assertThat(Digits.ROUNDED.format(back)).as("%s", v).isEqualTo(text);
      assertThat(text.replace("-", "").replace(".", "").replaceAll("E.*", "")
          .replaceAll("^0+", "").length()).as("%s", text).isLessThanOrEqualTo(15);
      assertThat(Double.parseDouble(Digits.EXACT.format(v))).isEqualTo(v);
    }
  }
}
