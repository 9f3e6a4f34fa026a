package io.github.diamondscore.diamond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TimeSeriesTest {

  @Test
  void chinaCrossBorderEcommerce_seedFigures_publishedAndDerivedPoints() {
    TimeSeries s = TimeSeries.chinaCrossBorderEcommerce();
    assertThat(s.points()).extracting(TimeSeries.Point::year)
        .containsExactly(2011, 2012, 2013, 2014, 2015, 2016);
    assertThat(s.points()).extracting(TimeSeries.Point::source).containsExactly(
        TimeSeries.Source.PUBLISHED, TimeSeries.Source.DERIVED, TimeSeries.Source.DERIVED,
        TimeSeries.Source.DERIVED, TimeSeries.Source.DERIVED, TimeSeries.Source.PUBLISHED);
    assertThat(s.unit()).isEqualTo("trillion CNY");
    assertThat(s.value(2016)).isEqualTo(6.7);
    assertThat(s.value(2010)).isNaN();
  }

  // python: 100 * ((6.7 / 1.7) ** 0.2 - 1) = 31.560397276829242 (the brief's 31.6 %);
  //         100 * (2.1 / 1.7 - 1) = 23.529411764705888 (paper: 23.5); 3.15 / 2.1 -> 50.0;
  //         100 * (6.7 / 5.4 - 1) = 24.07407407407407 (paper: 24.1)
  @Test
  void growth_seedFigures_matchThePaper() {
    TimeSeries s = TimeSeries.chinaCrossBorderEcommerce();
    assertThat(s.cagr(2011, 2016)).isCloseTo(31.560397276829242, within(1e-12));
    assertThat(s.cagr()).isEqualTo(s.cagr(2011, 2016));
    assertThat(s.yoyGrowth(2012)).isCloseTo(23.529411764705888, within(1e-12));
    assertThat(s.yoyGrowth(2013)).isCloseTo(50.0, within(1e-12));
    assertThat(s.yoyGrowth(2016)).isCloseTo(24.07407407407407, within(1e-12));
    assertThat(s.yoyGrowth(2011)).isNaN();
    // The derived values reproduce the paper's growth rates to its one decimal.
    for (SeedFigure f : BeltAndRoad.seedFigures()) {
      if (f.metric().equals("year-on-year growth rate")) {
        assertThat(s.yoyGrowth(f.year().getAsInt())).as("%s", f.year())
            .isCloseTo(f.value(), within(0.05));
      }
    }
  }

  @Test
  void with_userYear_extendsSeriesMarkedAdded() {
    TimeSeries s = TimeSeries.chinaCrossBorderEcommerce().with(2017, 8.06);
    assertThat(s.points()).hasSize(7);
    assertThat(s.points().get(6).source()).isEqualTo(TimeSeries.Source.ADDED);
    // python: 100 * ((8.06 / 1.7) ** (1 / 6) - 1) = 29.612738532120186
    assertThat(s.cagr()).isCloseTo(29.612738532120186, within(1e-12));
    assertThat(TimeSeries.chinaCrossBorderEcommerce().points()).hasSize(6);
    assertThat(s.toString()).contains("2012    2.1  DERIVED (not published)       23.5%\n")
        .contains("2017   8.06  added                         20.3%\n")
        .endsWith("CAGR 2011-2017: 29.6% per year\n");
  }

  @Test
  void invalid_messagesNameTheProblem() {
    TimeSeries s = TimeSeries.chinaCrossBorderEcommerce();
    assertThatThrownBy(() -> s.cagr(2016, 2011)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from 2016 to 2011");
    assertThatThrownBy(() -> s.with(2017, Double.NaN))
        .hasMessageContaining("value for 2017 (NaN) must be a finite number");
    assertThatThrownBy(() -> TimeSeries.fromSeedFigures("Mars", "scale"))
        .hasMessageContaining("topic 'Mars' and metric 'scale'");
    assertThatThrownBy(() -> TimeSeries.of("x", "u", Map.of(2000, 1.0)).cagr())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("fewer than two years");
  }

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 30).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void cagr_randomSeries_compoundsBackToLastValue(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Map<Integer, Double> values = new TreeMap<>();
    int first = 2000 + rnd.nextInt(10);
    int years = 2 + rnd.nextInt(10);
    double v = rnd.nextDouble(0.5, 50);
    for (int y = first; y < first + years; y++) {
      values.put(y, v);
      v *= 1 + rnd.nextDouble(-0.3, 0.6);
    }
    TimeSeries s = TimeSeries.of("x", "u", values);
    int last = first + years - 1;
    double g = s.cagr() / 100;
    assertThat(s.value(first) * Math.pow(1 + g, last - first))
        .isCloseTo(s.value(last), within(1e-9 * s.value(last)));
    // The product of the year-on-year factors is the whole change.
    double product = 1;
    for (int y = first + 1; y <= last; y++) {
      product *= 1 + s.yoyGrowth(y) / 100;
    }
    assertThat(product).isCloseTo(s.value(last) / s.value(first), within(1e-9));
  }
}
