package io.github.diamondscore.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScreeningTest {

  private static final double NAN = Double.NaN;

  /*
   * 5 indicators (columns) x 4 entities (rows), threshold 60%:
   *   FR 5 of 5 = 100%  kept
   *   DE 3 of 5 = 60%   kept (3/5 = 0.6 is not below 0.6)
   *   IT 2 of 5 = 40%   dropped
   *   ES 0 of 5 = 0%    dropped
   */
  private static final double[][] COLUMNS = {
    {1, 1, 1, NAN},
    {2, 2, NAN, NAN},
    {3, NAN, 3, NAN},
    {4, 4, NAN, NAN},
    {5, NAN, NAN, NAN},
  };
  private static final List<String> ENTITIES = List.of("FR", "DE", "IT", "ES");

  @Test
  void screen_sixtyPercent_dropsEntitiesBelowIt() {
    ScreeningResult result = Screening.ofMinimumAvailability(0.6).screen(COLUMNS, ENTITIES);
    assertThat(result.keep()).containsExactly(true, true, false, false);
    assertThat(result.keptRows()).containsExactly(0, 1);
    assertThat(result.kept(1)).isTrue();
    assertThat(result.kept(2)).isFalse();
    assertThat(result.dropped()).containsExactly(
        new ScreeningResult.Dropped("IT", 2, 2, 5, 0.6), new ScreeningResult.Dropped("ES", 3, 0, 5, 0.6));
    assertThat(result.dropped().get(0).availability()).isEqualTo(0.4);
    assertThat(result.report()).containsExactly(
        "entity 'IT': 2 of 5 indicators present (40%) < 60%",
        "entity 'ES': 0 of 5 indicators present (0%) < 60%");
    assertThat(result.toString()).isEqualTo("ScreeningResult[4 entities, 2 dropped]");
  }

  @Test
  void screen_zeroThreshold_keepsEveryone() {
    assertThat(Screening.ofMinimumAvailability(0).screen(COLUMNS, ENTITIES).dropped()).isEmpty();
  }

  @Test
  void screen_fullThreshold_keepsOnlyComplete() {
    assertThat(Screening.ofMinimumAvailability(1).screen(COLUMNS, ENTITIES).keptRows()).containsExactly(0);
  }

  /* 25 indicators, 12 present: 12/25 = 48% < 60%. */
  @Test
  void describe_twelveOfTwentyFive_readsAsInTheIssue() {
    double[][] columns = new double[25][1];
    for (int j = 0; j < 25; j++) {
      columns[j][0] = j < 12 ? j : NAN;
    }
    ScreeningResult result = Screening.ofMinimumAvailability(0.6).screen(columns, List.of("X"));
    assertThat(result.report()).containsExactly("entity 'X': 12 of 25 indicators present (48%) < 60%");
  }

  /*
   * 599 of 1000 = 59.9%: rounded to whole percent it would read "60% < 60%", so one decimal is
   * shown. 1 of 3 = 33.33...% against 34%: whole percent already differs ("33% < 34%").
   */
  @Test
  void describe_closeToThreshold_showsEnoughDecimals() {
    assertThat(new ScreeningResult.Dropped("Y", 0, 599, 1000, 0.6).describe())
        .isEqualTo("entity 'Y': 599 of 1000 indicators present (59.9%) < 60%");
    assertThat(new ScreeningResult.Dropped("Z", 0, 1, 3, 0.34).describe())
        .isEqualTo("entity 'Z': 1 of 3 indicators present (33%) < 34%");
    assertThat(new ScreeningResult.Dropped("W", 0, 2, 3, 0.6667).describe())
        .isEqualTo("entity 'W': 2 of 3 indicators present (66.667%) < 66.67%");
  }

  @Test
  void keep_singleObservation_sameRuleAsBatch() {
    Screening screening = Screening.ofMinimumAvailability(0.6);
    assertThat(screening.keep(new double[] {1, NAN, 3, NAN, NAN})).isFalse(); // 2/5
    assertThat(screening.keep(new double[] {1, 2, NAN})).isTrue(); // 2/3 = 0.667
    assertThat(screening.keep(new double[] {Double.POSITIVE_INFINITY, NAN})).isFalse(); // 1/2, inf is present
    assertThat(screening.keep(new double[] {Double.POSITIVE_INFINITY, 1, NAN})).isTrue();
  }

  /** A decimal threshold equal to p/t keeps an entity with exactly p of t present (no rounding surprise). */
  @Test
  void keep_decimalThresholdEqualToRatio_keeps() {
    for (int total = 1; total <= 100; total++) {
      for (int present = 0; present <= total; present++) {
        if (present * 100 % total != 0) {
          continue;
        }
        int percent = present * 100 / total;
        double threshold = Double.parseDouble(String.format(Locale.ROOT, "%d.%02d", percent / 100, percent % 100));
        double[] row = new double[total];
        for (int j = 0; j < total; j++) {
          row[j] = j < present ? 1 : NAN;
        }
        assertThat(Screening.ofMinimumAvailability(threshold).keep(row))
            .as("%d of %d at %s", present, total, threshold).isTrue();
      }
    }
  }

  static IntStream seeds() {
    return IntStream.rangeClosed(1, 50);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void screen_batchMatchesRowRuleAndIsMonotoneInThreshold(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int rows = 1 + random.nextInt(30);
    int cols = 1 + random.nextInt(12);
    double[][] columns = new double[cols][rows];
    List<String> entities = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      entities.add("E" + i);
    }
    double missingRate = random.nextDouble();
    for (double[] column : columns) {
      for (int i = 0; i < rows; i++) {
        column[i] = random.nextDouble() < missingRate ? NAN : random.nextDouble();
      }
    }
    double low = random.nextDouble();
    double high = low + (1 - low) * random.nextDouble();
    ScreeningResult lenient = Screening.ofMinimumAvailability(low).screen(columns, entities);
    ScreeningResult strict = Screening.ofMinimumAvailability(high).screen(columns, entities);
    for (int i = 0; i < rows; i++) {
      double[] row = new double[cols];
      int present = 0;
      for (int j = 0; j < cols; j++) {
        row[j] = columns[j][i];
        present += Double.isNaN(row[j]) ? 0 : 1;
      }
      assertThat(lenient.kept(i)).isEqualTo(Screening.ofMinimumAvailability(low).keep(row));
      assertThat(lenient.kept(i)).isEqualTo((double) present / cols >= low);
      if (strict.kept(i)) {
        assertThat(lenient.kept(i)).as("row %d kept at %s but not at %s", i, high, low).isTrue();
      }
    }
    assertThat(lenient.keptRows().size() + lenient.dropped().size()).isEqualTo(rows);
  }

  // ---------------------------------------------------------------- rejections

  @Test
  void ofMinimumAvailability_outsideUnitInterval_rejected() {
    for (double bad : new double[] {-0.1, 1.5, NAN, 60}) {
      assertThatThrownBy(() -> Screening.ofMinimumAvailability(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("minimum availability (" + bad + ") must be a fraction in [0, 1]");
    }
  }

  @Test
  void screen_noColumns_rejected() {
    assertThatThrownBy(() -> Screening.ofMinimumAvailability(0.5).screen(new double[0][], List.of("A")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("screening needs at least one indicator column");
    assertThatThrownBy(() -> Screening.ofMinimumAvailability(0.5).keep(new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("observation has no indicator");
  }

  @Test
  void screen_columnOfWrongLength_rejectedNamingColumn() {
    double[][] columns = {{1, 2}, {1}};
    assertThatThrownBy(() -> Screening.ofMinimumAvailability(0.5).screen(columns, List.of("A", "B")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 1 has 1 rows but there are 2 entities");
    assertThatThrownBy(() -> Screening.ofMinimumAvailability(0.5).screen(new double[][] {null}, List.of("A")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 0 is null");
  }

  @Test
  void dropped_inconsistentCounts_rejected() {
    assertThatThrownBy(() -> new ScreeningResult.Dropped("A", 0, 6, 5, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dropped entity 'A' (row 0, 6 of 5 present)");
  }
}
