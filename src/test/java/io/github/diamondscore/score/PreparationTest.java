package io.github.diamondscore.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.diamondscore.data.Observation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.data.RowKey;
import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.prepare.Imputation;
import io.github.diamondscore.prepare.OutlierReport;
import io.github.diamondscore.testing.RandomCases;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Preparation steps inside fit and score: learned once, applied identically online. */
class PreparationTest {
  static final double NA = Double.NaN;
  static final Framework ONE = Framework.of(Composite.of("root", Indicator.of("x")));

  @Test
  void meanImputation_fillsBatchAndOnlineAlike() {
    // x: 0, 10, NA, 20 -> mean of present = 10; min-max over 0..20 -> C = 50
    Panel p = Panel.builder("x").add("A", 0).add("B", 10).add("C", NA).add("D", 20).build();
    FittedIndex f = Index.builder(ONE).imputation(Imputation.mean()).build().fit(p);
    Scores s = f.score(p);
    assertThat(s.score("C", "x")).isEqualTo(50.0);
    assertThat(s.isImputed(s.row("C"), "x")).isTrue();
    assertThat(s.isImputed(s.row("B"), "x")).isFalse();
    assertThat(s.imputedCells()).containsExactly("C x");
    ScoreCard card = f.score(Observation.of("E", Map.of()));
    assertThat(card.score("x")).isEqualTo(50.0);
    assertThat(card.imputed()).containsExactly("x");
    assertThat(card.toString()).contains("(imputed)");
  }

  @Test
  void groupMedianImputation_usesTheRowsGroup() {
    // group N: 1, 3, 8 -> median 3; group S: 10, 20 -> median 15; overall range 1..20
    Panel p = Panel.builder("x")
        .add(RowKey.of("a").withGroup("N"), 1).add(RowKey.of("b").withGroup("N"), 3)
        .add(RowKey.of("c").withGroup("N"), 8).add(RowKey.of("d").withGroup("N"), NA)
        .add(RowKey.of("e").withGroup("S"), 10).add(RowKey.of("f").withGroup("S"), 20)
        .add(RowKey.of("g").withGroup("S"), NA).build();
    Scores s = Index.builder(ONE).imputation(Imputation.groupMedian()).build().fit(p).score(p);
    // d -> 3: 100 * (3 - 1) / 19; g -> 15: 100 * 14 / 19
    assertThat(s.score("d", "x")).isCloseTo(200.0 / 19, within(1e-12));
    assertThat(s.score("g", "x")).isCloseTo(1400.0 / 19, within(1e-12));
  }

  @Test
  void latestImputation_takesTheEntitysEarlierYear() {
    Panel p = Panel.builder("x").add(RowKey.of("A", 2019), 5).add(RowKey.of("B", 2019), 0)
        .add(RowKey.of("A", 2020), NA).add(RowKey.of("B", 2020), 10).build();
    FittedIndex f = Index.builder(ONE).imputation(Imputation.latest()).build().fit(p);
    // A 2020 gets A 2019 = 5 -> 50 on 0..10
    assertThat(f.score(p).score(p.row("A", 2020).getAsInt(), "x")).isEqualTo(50.0);
    Observation online = Observation.builder("A").year(2021).build();
    assertThat(f.score(online).score("x")).isEqualTo(50.0);
    Panel noYears = Panel.builder("x").add("A", 1).add("B", 2).build();
    assertThatThrownBy(() -> Index.builder(ONE).imputation(Imputation.latest()).build()
        .fit(noYears)).hasMessageContaining("'year' column");
  }

  @Test
  void outlierTreatment_winsorizesAndAppliesCapsOnline() {
    // 1..9 and 100: skewness G1 = 3.1189, kurtosis G2 = 9.7992 (scipy bias=False) -> fails;
    // winsorize 100 to 9: G1 = -0.1515, G2 = -1.3570 -> passes. Caps [1, 9]: min-max over 1..9.
    Panel.Builder b = Panel.builder("x");
    for (int i = 1; i <= 9; i++) {
      b.add("e" + i, i);
    }
    Panel p = b.add("big", 100).build();
    FittedIndex f = Index.builder(ONE).treatOutliers().build().fit(p);
    Scores s = f.score(p);
    assertThat(s.score("e5", "x")).isEqualTo(50.0); // (5 - 1) / 8
    assertThat(s.score("big", "x")).isEqualTo(100.0);
    assertThat(f.score(Observation.of("new", Map.of("x", 500.0))).score("x")).isEqualTo(100.0);
    OutlierReport r = f.outlierReports().get(0);
    assertThat(r.indicator()).isEqualTo("x");
    assertThat(r.status()).isEqualTo(OutlierReport.Status.WINSORIZED);
    assertThat(r.pointsChanged()).isEqualTo(1);
    assertThat(r.skewnessBefore()).isCloseTo(3.118895745239087, within(1e-9));
    assertThat(r.kurtosisAfter()).isCloseTo(-1.3569849115504684, within(1e-9));
    // untreated, e5 would be (5 - 1) / 99
    assertThat(Index.of(ONE).fit(p).score(p).score("e5", "x"))
        .isCloseTo(400.0 / 99, within(1e-12));
  }

  @Test
  void screening_dropsThinEntitiesFromFitAndScores() {
    Framework fw = Framework.of(Composite.of("root", Indicator.of("a"), Indicator.of("b"),
        Indicator.of("c")));
    Panel p = Panel.builder("a", "b", "c").add("A", 0, 0, 0).add("B", 10, 10, 10)
        .add("thin", 1000, NA, NA).build();
    FittedIndex f = Index.builder(fw).screening(0.6).build().fit(p);
    // 'thin' (1 of 3 present) is left out of the fit, so a's range is 0..10, not 0..1000
    assertThat(f.referenceScreenedOut()).singleElement().asString().contains("thin");
    assertThat(f.referenceSize()).isEqualTo(2);
    Scores s = f.score(p);
    assertThat(s.entities()).containsExactly("A", "B");
    assertThat(s.screenedOut()).singleElement().asString().contains("'thin'")
        .contains("1 of 3");
    assertThatThrownBy(() -> f.score(p.observation(2)))
        .hasMessageContaining("entity 'thin' is screened out").hasMessageContaining("1 of 3");
  }

  @Test
  void prepare_returnsThePanelBeforeNormalization() {
    Framework fw = Framework.of(Composite.of("root", Indicator.of("gdp").per("pop"),
        Indicator.of("x")));
    Panel p = Panel.builder("gdp", "pop", "x").add("A", 10, 2, 1).add("B", 30, 3, NA)
        .add("C", 0, 5, 3).build();
    Panel prepared = Index.builder(fw).imputation(Imputation.mean()).build().fit(p).prepare(p);
    // gdp per pop: 5, 10, 0; x: 1, mean(1, 3) = 2, 3
    assertThat(prepared.indicators()).containsExactly("gdp", "x");
    assertThat(prepared.column("gdp")).containsExactly(5, 10, 0);
    assertThat(prepared.column("x")).containsExactly(1, 2, 3);
  }

  @Test
  void fittedIndexWithEveryStep_survivesSerialization() {
    Panel.Builder b = Panel.builder("x", "y");
    for (int i = 1; i <= 9; i++) {
      b.add(RowKey.of("e" + i).withGroup(i % 2 == 0 ? "even" : "odd"), i, i % 3 == 0 ? NA : i);
    }
    Panel p = b.add(RowKey.of("big").withGroup("odd"), 100, 5).build();
    Framework fw = Framework.of(Composite.of("root", Indicator.of("x"), Indicator.of("y")));
    FittedIndex f = Index.builder(fw).screening(0.5).imputation(Imputation.groupMean())
        .treatOutliers().build().fit(p);
    io.github.diamondscore.testkit.DiamondAssertions.assertThat(f).survivesSerialization(p)
        .scoresOnlineAsInBatch(p);
  }

  static Stream<Long> seeds() {
    return RandomCases.seeds(40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void withImputationAndTreatment_batchEqualsOnline(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Framework fw = RandomCases.framework(rnd, true);
    Panel p = RandomCases.panel(rnd, fw, 6 + rnd.nextInt(20), 0.3);
    Index index = Index.builder(fw)
        .normalization(io.github.diamondscore.normalize.Normalization.minMax(1, 100))
        .imputation(rnd.nextBoolean() ? Imputation.mean() : Imputation.median())
        .treatOutliers().build();
    // bit for bit, every row and node: the testkit check hosts use for their own indices
    io.github.diamondscore.testkit.DiamondAssertions.assertThat(index.fit(p))
        .as("seed %d", seed).scoresOnlineAsInBatch(p);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void imputation_neverChangesAPresentValue(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Framework fw = RandomCases.framework(rnd, false);
    Panel p = RandomCases.panel(rnd, fw, 6 + rnd.nextInt(20), 0.3);
    Panel prepared = Index.builder(fw).imputation(Imputation.median()).build().fit(p).prepare(p);
    for (Indicator ind : fw.indicators()) {
      double[] before = p.column(ind.id());
      double[] after = prepared.column(ind.id());
      for (int r = 0; r < before.length; r++) {
        if (!Double.isNaN(before[r])) {
          assertThat(after[r]).as("seed %d %s row %d", seed, ind.id(), r).isEqualTo(before[r]);
        } else {
          assertThat(after[r]).isNotNaN();
        }
      }
    }
  }
}
