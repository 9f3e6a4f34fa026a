package io.github.diamondscore.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.diamondscore.aggregate.Aggregation;
import io.github.diamondscore.data.Observation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.data.RowKey;
import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.normalize.FittedNormalization;
import io.github.diamondscore.normalize.Normalization;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FittedIndexTest {
  static final double NA = Double.NaN;

  // Worked example (hand arithmetic, checked with a python one-off):
  //   index normalization minmax:1:100, so lpi (goalposts 1..5) uses goalposts on 1..100.
  //   lpi:    1 + 99 (x - 1) / 4         A 3 -> 50.5    B 4 -> 75.25   C 2 -> 25.75
  //   net:    1 + 99 (x - 40) / 40       A 40 -> 1      B 80 -> 100    C 60 -> 50.5
  //   tariff: lower is better, oriented -x, worst -5, frontier -2: A 5 -> 1, B 2 -> 100, C NA
  //   infra = geometric(lpi, net):  A sqrt(50.5) = 7.106335201775948, B sqrt(7525) =
  //           86.74675786448736, C sqrt(25.75 * 50.5) = 36.06071269401092
  //   idx = (2 infra + tariff) / 3: A 5.070890134517298, B 91.16450524299158,
  //         C (tariff missing) = infra = 36.06071269401092 with coverage 2/3
  static Framework framework() {
    Node infra = Scorer.composite("infra", Scorer.indicator("lpi").goalposts(1, 5),
        Scorer.indicator("net")).geometric().withWeight(2);
    return Framework.of(Scorer.composite("idx", infra, Scorer.indicator("tariff").lowerIsBetter()));
  }

  static Panel panel() {
    return Panel.builder("lpi", "net", "tariff")
        .add("A", 3, 40, 5).add("B", 4, 80, 2).add("C", 2, 60, NA).build();
  }

  static FittedIndex fitted() {
    return Index.builder(framework()).normalization(Normalization.minMax(1, 100)).build()
        .fit(panel());
  }

  @Test
  void score_workedExample() {
    Scores s = fitted().score(panel());
    assertThat(s.score("A", "lpi")).isEqualTo(50.5);
    assertThat(s.score("C", "net")).isEqualTo(50.5);
    assertThat(s.score("A", "tariff")).isEqualTo(1.0);
    assertThat(s.score("C", "tariff")).isNaN();
    assertThat(s.score("A", "infra")).isCloseTo(7.106335201775948, within(1e-12));
    assertThat(s.score("B", "infra")).isCloseTo(86.74675786448736, within(1e-12));
    assertThat(s.score("A", "idx")).isCloseTo(5.070890134517298, within(1e-12));
    assertThat(s.score("B", "idx")).isCloseTo(91.16450524299158, within(1e-12));
    assertThat(s.score("C", "idx")).isCloseTo(36.06071269401092, within(1e-12));
    assertThat(s.coverage("C", "idx")).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(s.coverage("A", "idx")).isEqualTo(1.0);
    assertThat(s.coverage("C", "tariff")).isEqualTo(0.0);
    assertThat(s.rank("B", "idx")).hasValue(1);
    assertThat(s.rank("C", "idx")).hasValue(2);
    assertThat(s.rank("A", "idx")).hasValue(3);
    assertThat(s.rank("C", "tariff")).isEmpty();
  }

  @Test
  void score_observation_cardWithContributions() {
    ScoreCard card = fitted().score(Observation.of("A", Map.of("lpi", 3.0, "net", 40.0,
        "tariff", 5.0)));
    assertThat(card.total()).isCloseTo(5.070890134517298, within(1e-12));
    // idx is arithmetic: infra 2/3 * 7.1063 = 4.737556801183965, tariff 1/3 * 1
    assertThat(card.contributions("idx")).extracting(Contribution::points)
        .satisfiesExactly(p -> assertThat(p).isCloseTo(4.737556801183965, within(1e-12)),
            p -> assertThat(p).isCloseTo(1.0 / 3, within(1e-12)));
    // infra is geometric: log shares; ln(1) = 0 so net adds nothing
    assertThat(card.contributions("infra").get(0).points())
        .isCloseTo(7.106335201775948, within(1e-12));
    assertThat(card.contributions("infra").get(1).points()).isEqualTo(0.0);
    assertThat(card.contributions("lpi")).isEmpty();
    assertThat(card.toString()).contains("ScoreCard 'A'").contains("infra").contains("+4.74 to idx");
  }

  @Test
  void minCoverage_makesThinCompositesMissing() {
    FittedIndex f = Index.builder(framework()).normalization(Normalization.minMax(1, 100))
        .minCoverage(0.7).build().fit(panel());
    Scores s = f.score(panel());
    assertThat(s.score("C", "idx")).isNaN(); // coverage 2/3 < 0.7
    assertThat(s.coverage("C", "idx")).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(s.score("A", "idx")).isCloseTo(5.070890134517298, within(1e-12));
  }

  @Test
  void defaultCoverage_missingOnlyWhenNoChildPresent() {
    Panel p = Panel.builder("lpi", "net", "tariff")
        .add("A", 3, 40, 5).add("B", 4, 80, 2).add("D", NA, NA, 3).build();
    Scores s = fitted().score(p);
    assertThat(s.score("D", "infra")).isNaN();
    assertThat(s.coverage("D", "infra")).isEqualTo(0.0);
    // tariff 3: 1 + 99 * (-3 + 5) / 3 = 67
    assertThat(s.score("D", "idx")).isCloseTo(67.0, within(1e-12));
  }

  @Test
  void fittedParameters_areInspectable() {
    FittedIndex f = fitted();
    FittedNormalization.Linear net = (FittedNormalization.Linear) f.normalization("net");
    assertThat(net.worst()).isEqualTo(40.0);
    assertThat(net.frontier()).isEqualTo(80.0);
    assertThat(f.normalization("lpi").method()).isEqualTo(Normalization.goalposts(1, 100));
    assertThat(f.referenceSize()).isEqualTo(3);
    assertThatThrownBy(() -> f.normalization("infra")).hasMessageContaining("'infra'");
    assertThat(f.toString()).contains("net").contains("worst=40.0");
  }

  @Test
  void effectiveWeights_productOfSharesAlongThePath() {
    // infra 2/3 then 1/2 each; tariff 1/3
    Map<String, Double> w = fitted().effectiveWeights();
    assertThat(w).containsOnlyKeys("lpi", "net", "tariff");
    assertThat(w.get("lpi")).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(w.get("tariff")).isCloseTo(1.0 / 3, within(1e-15));
  }

  @Test
  void modulatedBy_scalesByStrengthAndClips() {
    // determinants = arithmetic(a, b); a, b, m min-max on 0..100 over A, B, C.
    // Row C: a 60, b 60 -> det 60; m 80 -> 60 * (1 + 0.25 * (80 - 50) / 50) = 60 * 1.15 = 69
    // Row B: det 100, m 100 -> 100 * 1.25 = 125 -> clipped to 100
    // Row A: det 0 -> 0 whatever m is
    Node det = Composite.of("det", Indicator.of("a"), Indicator.of("b"))
        .modulatedBy(Indicator.of("m"), 0.25);
    Framework fw = Framework.of(Composite.of("root", det));
    Panel p = Panel.builder("a", "b", "m").add("A", 0, 0, 0).add("B", 100, 100, 100)
        .add("C", 60, 60, 80).build();
    FittedIndex f = Index.of(fw).fit(p);
    Scores s = f.score(p);
    assertThat(s.score("C", "det")).isCloseTo(69.0, within(1e-12));
    assertThat(s.score("B", "det")).isEqualTo(100.0);
    assertThat(s.score("A", "det")).isEqualTo(0.0);
    ScoreCard card = f.score(p.observation(2));
    // contributions: a 30, b 30, modulator m +9 -> 69
    assertThat(card.contributions("det")).extracting(Contribution::node, Contribution::modulator)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", false),
            org.assertj.core.groups.Tuple.tuple("b", false),
            org.assertj.core.groups.Tuple.tuple("m", true));
    assertThat(card.contributions("det").get(2).points()).isCloseTo(9.0, within(1e-12));
    assertThat(f.effectiveWeights().get("m")).isEqualTo(0.0);
  }

  @Test
  void customLeaf_takesPartInWeightsAndRanks() {
    Node credit = Scorer.custom("credit", o -> o.has("rating") ? 20 * o.value("rating") : NA);
    Framework fw = Framework.of(Scorer.weighted("root",
        new LinkedHashMap<>(Map.of(Scorer.indicator("x"), 1.0))).withChild(credit));
    Panel p = Panel.builder("x", "rating").add("A", 0, 5).add("B", 10, 1).add("C", 5, NA).build();
    Scores s = Index.of(fw).fit(p).score(p);
    // A: (0 + 100) / 2 = 50; B: (100 + 20) / 2 = 60; C: x = 50, credit missing -> 50
    assertThat(s.score("A", "root")).isEqualTo(50.0);
    assertThat(s.score("B", "root")).isEqualTo(60.0);
    assertThat(s.score("C", "root")).isEqualTo(50.0);
    assertThat(s.rank("A", "root")).hasValue(2);
    assertThat(s.rank("C", "root")).hasValue(2); // tie with A: 1, 2, 2
    assertThat(s.rank("C", "credit")).isEmpty();
  }

  @Test
  void customLeaf_outOfRange_namesNodeAndEntity() {
    Framework fw = Framework.of(Composite.of("root", Indicator.of("x"),
        Scorer.custom("bad", o -> 150)));
    Panel p = Panel.builder("x").add("A", 1).add("B", 2).build();
    FittedIndex f = Index.of(fw).fit(p);
    assertThatThrownBy(() -> f.score(p)).hasMessageContaining("entity 'A'")
        .hasMessageContaining("custom node 'bad'").hasMessageContaining("150");
  }

  @Test
  void ranks_tiesShareTheLowestRank_missingUnranked() {
    Framework fw = Framework.of(Composite.of("root", Indicator.of("x")));
    Panel p = Panel.builder("x").add("a", 9).add("b", 5).add("c", 5).add("d", 1).add("e", NA)
        .build();
    Scores s = Index.of(fw).fit(p).score(p);
    assertThat(List.of(s.rank("a", "root").getAsInt(), s.rank("b", "root").getAsInt(),
        s.rank("c", "root").getAsInt(), s.rank("d", "root").getAsInt())).containsExactly(1, 2, 2, 4);
    assertThat(s.rank("e", "root")).isEmpty();
  }

  @Test
  void resultsCsv_longFormat() {
    Framework fw = Framework.of(Composite.of("root", Indicator.of("x")));
    Panel p = Panel.builder("x").add("a", 10).add("b", 0).add("c", NA).build();
    String csv = Index.of(fw).fit(p).score(p).toCsv();
    assertThat(csv).isEqualTo("entity,node,score,rank\n"
        + "a,root,100,1\na,x,100,1\nb,root,0,2\nb,x,0,2\nc,root,,\nc,x,,\n");
  }

  @Test
  void resultsCsv_withYears_ranksWithinYear() {
    Framework fw = Framework.of(Composite.of("root", Indicator.of("x")));
    Panel p = Panel.builder("x").add(RowKey.of("a", 2019), 10).add(RowKey.of("b", 2019), 0)
        .add(RowKey.of("a", 2020), 5).add(RowKey.of("b", 2020), 8).build();
    Scores s = Index.of(fw).fit(p.filterYear(2019)).score(p);
    // fitted on 2019: min 0, max 10; 2020: a 50, b 80 -> b first in 2020
    assertThat(s.toCsv()).isEqualTo("entity,year,node,score,rank\n"
        + "a,2019,root,100,1\na,2019,x,100,1\nb,2019,root,0,2\nb,2019,x,0,2\n"
        + "a,2020,root,50,2\na,2020,x,50,2\nb,2020,root,80,1\nb,2020,x,80,1\n");
  }

  @Test
  void toString_readableTableByRank() {
    String s = fitted().score(panel()).toString();
    assertThat(s).contains("Scores 'idx' (3 entities x 5 nodes)");
    assertThat(s.indexOf(" B ")).isLessThan(s.indexOf(" C ")).isLessThan(s.indexOf(" A "));
    assertThat(s).contains("91.16").contains("67%");
  }

  @Test
  void fit_missingColumn_namesIndicatorAndColumns() {
    Panel p = Panel.builder("lpi", "net").add("A", 3, 40).add("B", 4, 80).build();
    assertThatThrownBy(() -> Index.of(framework()).fit(p))
        .hasMessageContaining("indicator column 'tariff' is not a column")
        .hasMessageContaining("lpi, net");
  }

  @Test
  void fit_constantIndicator_namesItAndValue() {
    Panel p = Panel.builder("lpi", "net", "tariff").add("A", 3, 40, 5).add("B", 4, 40, 2).build();
    assertThatThrownBy(() -> Index.of(framework()).fit(p))
        .hasMessageContaining("indicator 'net' is constant")
        .hasMessageContaining("all 2 present values = 40.0");
  }

  @Test
  void fit_constantIndicatorWithGoalposts_isFine() {
    Panel p = Panel.builder("lpi", "net", "tariff").add("A", 3, 40, 5).add("B", 3, 80, 2).build();
    // lpi is 3 for both, but its goalposts 1..5 define the scale: 1 + 99 * 0.5 = 50.5
    FittedIndex f = Index.builder(framework()).normalization(Normalization.minMax(1, 100)).build()
        .fit(p);
    assertThat(f.score(p).score("A", "lpi")).isEqualTo(50.5);
  }

  @Test
  void logTransform_nonPositive_namesEntityAndIndicator() {
    Framework fw = Framework.of(Composite.of("root", Indicator.of("gdp").log()));
    Panel p = Panel.builder("gdp").add("A", 100).add("B", 0).build();
    assertThatThrownBy(() -> Index.of(fw).fit(p)).hasMessageContaining("entity 'B'")
        .hasMessageContaining("indicator 'gdp'").hasMessageContaining("> 0");
  }

  @Test
  void logTransform_workedExample() {
    // ln 10 = 2.302585, ln 100 = 4.605170, ln 1000 = 6.907755: 100 is exactly midway -> 50
    Framework fw = Framework.of(Composite.of("root", Indicator.of("gdp").log()));
    Panel p = Panel.builder("gdp").add("A", 10).add("B", 100).add("C", 1000).build();
    assertThat(Index.of(fw).fit(p).score(p).score("B", "gdp")).isCloseTo(50.0, within(1e-12));
  }

  @Test
  void denominator_dividesBeforeNormalizing() {
    // per capita: A 10/2 = 5, B 30/3 = 10, C 0/5 = 0 -> minmax: A 50
    Framework fw = Framework.of(Composite.of("root", Indicator.of("gdp").per("pop")));
    Panel p = Panel.builder("gdp", "pop").add("A", 10, 2).add("B", 30, 3).add("C", 0, 5).build();
    assertThat(Index.of(fw).fit(p).score(p).score("A", "gdp")).isEqualTo(50.0);
  }

  @Test
  void reading_letsOneColumnFeedTwoNodes() {
    // x in both subtrees: a = x (0..10 -> 0..100), b = x lower-is-better; A: x 2 -> a 20, b 80
    Framework fw = Framework.of(Composite.of("root", Composite.of("left", Indicator.of("x")),
        Composite.of("right", Indicator.of("x_again").reading("x").lowerIsBetter())));
    Panel p = Panel.builder("x").add("A", 2).add("B", 0).add("C", 10).build();
    Scores s = Index.of(fw).fit(p).score(p);
    assertThat(s.score("A", "x")).isEqualTo(20.0);
    assertThat(s.score("A", "x_again")).isEqualTo(80.0);
    assertThat(s.score("A", "root")).isEqualTo(50.0);
  }

  @Test
  void geometricMean_ofZero_namesEntityNodeAndHint() {
    Framework fw = Framework.of(Composite.of("root", Indicator.of("a"), Indicator.of("b"))
        .geometric());
    Panel p = Panel.builder("a", "b").add("A", 0, 5).add("B", 10, 1).build();
    FittedIndex f = Index.of(fw).fit(p);
    assertThatThrownBy(() -> f.score(p)).hasMessageContaining("entity 'A'")
        .hasMessageContaining("node 'root'").hasMessageContaining("'a' = 0.0")
        .hasMessageContaining("minmax:1:100");
  }

  @Test
  void serialization_roundTripScoresIdentically() throws Exception {
    Node credit = Scorer.custom("credit", o -> 40);
    Framework fw = framework().map("idx", n -> ((Composite) n).withChild(credit));
    FittedIndex f = Index.builder(fw).normalization(Normalization.minMax(1, 100)).build()
        .fit(panel());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(f);
    }
    FittedIndex back;
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (FittedIndex) in.readObject();
    }
    assertThat(back.score(panel())).isEqualTo(f.score(panel()));
  }

  @Test
  void sharedAcrossThreads_givesTheSameNumbers() throws Exception {
    FittedIndex f = fitted();
    Observation obs = panel().observation(1);
    double expected = f.score(obs).total();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Double>> futures = new java.util.ArrayList<>();
      for (int t = 0; t < 64; t++) {
        futures.add(pool.submit(() -> t0(f, obs)));
      }
      for (Future<Double> fu : futures) {
        assertThat(fu.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  private static double t0(FittedIndex f, Observation obs) {
    double last = Double.NaN;
    for (int i = 0; i < 200; i++) {
      last = f.score(obs).total();
    }
    return last;
  }

  @Test
  void indexSpec_validatesAndDescribes() {
    assertThatThrownBy(() -> Index.builder(framework()).minCoverage(1.5))
        .hasMessageContaining("minimum coverage (1.5)");
    Index idx = Index.builder(framework()).aggregation(Aggregation.median()).build();
    assertThat(idx.toString()).contains("aggregation=median");
    assertThat(idx.toBuilder().build().aggregation()).isEqualTo(Aggregation.median());
  }
}
