package io.github.diamondscore.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diamondscore.testing.Generated;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 50).boxed();
  }

  // Expected texts by hand: the decimal value of the double literal, trailing zeros dropped,
  // plain between 1e-7 and 1e16, BigDecimal scientific ("1E+300") outside.
  @ParameterizedTest
  @CsvSource({
    "2.0, 2",
    "-0.5, -0.5",
    "0.002, 0.002",
    "0.1, 0.1",
    "12.6, 12.6",
    "1e7, 10000000",
    "123456789.125, 123456789.125",
    "1e15, 1000000000000000",
    "9999999999999998, 9999999999999998",
    "1e16, 1E+16",
    "1e-7, 0.0000001",
    "1.5e-8, 1.5E-8",
    "1e300, 1E+300",
    "-1e-300, -1E-300",
    "4.9e-324, 4.9E-324",
    "1.7976931348623157e308, 1.7976931348623157E+308",
    "0.30000000000000004, 0.30000000000000004",
    "12345678901234568, 1.2345678901234568E+16",
  })
  void csv_value_isShortExactText(double value, String expected) {
    assertThat(Numbers.csv(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0.0, 0", "-0.0, -0"})
  void csv_signedZero_keepsSign(double value, String expected) {
    assertThat(Numbers.csv(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void csv_extremeValues_readBackBitForBit(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = 0; i < 200; i++) {
      double v = Generated.extremeValue(rnd);
      String text = Numbers.csv(v);
      assertThat(io.github.diamondscore.internal.NumberText.isDecimal(text)).as(text).isTrue();
      assertThat(Double.doubleToRawLongBits(Double.parseDouble(text)))
          .as("%s written as %s", v, text)
          .isEqualTo(Double.doubleToRawLongBits(v));
      assertThat(text).doesNotEndWith(".0").doesNotContain(".E");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "-0.5", "+2", "1e-3", "1E+300", ".5", "5.", "-.5e2", "007"})
  void isDecimal_plainDecimals_isTrue(String text) {
    assertThat(io.github.diamondscore.internal.NumberText.isDecimal(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "+", ".", "e5", "1e", "1e+", "1.2.3", "0x1p3", "1d", "2f", "NaN",
      "Infinity", " 1", "1 ", "1,5", "--1", "1e5.5", "١"})
  void isDecimal_otherTexts_isFalse(String text) {
    assertThat(io.github.diamondscore.internal.NumberText.isDecimal(text)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"3,5|true", "-0,25|true", "1,000.5|false", "1,2,3|false",
      "a,b|false"})
  void isCommaDecimal_text_recognizesDecimalComma(String text, boolean expected) {
    assertThat(io.github.diamondscore.internal.NumberText.isCommaDecimal(text)).isEqualTo(expected);
  }

  // Expected by hand: integers in full, else 6 significant digits, scientific outside [1e-4, 1e15).
  @ParameterizedTest
  @CsvSource({"NaN, NA", "73.0, 73", "12.6, 12.6", "3.14159265, 3.14159", "0.000123456789, "
      + "0.000123457", "1.23456789e-5, 1.23457E-5", "1e300, 1E+300", "-2.5, -2.5"})
  void display_value_isShortText(double value, String expected) {
    assertThat(Numbers.display(value)).isEqualTo(expected);
  }
}
