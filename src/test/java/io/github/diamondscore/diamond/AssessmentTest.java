package io.github.diamondscore.diamond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.diamondscore.data.Observation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.data.RowKey;
import io.github.diamondscore.model.Direction;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.Index;
import io.github.diamondscore.score.Scorer;
import io.github.diamondscore.normalize.Normalization;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AssessmentTest {
  static final double NA = Double.NaN;

  // A hand-sized framework: idx = mean(a, b); a = mean(x, y); b = z (lower is better); every
  // indicator on goalposts 0..10 mapped onto 0..100, so a raw 2 is 20 (z: 8 is 20).
  static Framework framework() {
    return Framework.of(Scorer.composite("idx",
        Scorer.composite("a", Scorer.indicator("x").goalposts(0, 10),
            Scorer.indicator("y").goalposts(0, 10)),
        Scorer.composite("b", Scorer.indicator("z").goalposts(0, 10).lowerIsBetter())));
  }

  //          group  x   y   z    a      b    idx
  //   E1     G1     2   4   8    30     20   25
  //   E2     G1     6   8   2    70     80   75
  //   E3     G2     4   NA  5    40     50   45
  //   E4     G2    10  10   6   100     40   70
  //   E5     G2     1   3   9    20     10   15
  //   E6     G1    NA  NA  NA    NA     NA   NA
  static Panel panel() {
    return Panel.builder("x", "y", "z")
        .add(RowKey.of("E1").withName("Eins").withGroup("G1"), 2, 4, 8)
        .add(RowKey.of("E2").withName("Zwei").withGroup("G1"), 6, 8, 2)
        .add(RowKey.of("E3").withName("Drei").withGroup("G2"), 4, NA, 5)
        .add(RowKey.of("E4").withName("Vier").withGroup("G2"), 10, 10, 6)
        .add(RowKey.of("E5").withName("Fuenf").withGroup("G2"), 1, 3, 9)
        .add(RowKey.of("E6").withName("Sechs").withGroup("G1"), NA, NA, NA)
        .build();
  }

  static FittedIndex fitted() {
    return Index.builder(framework()).normalization(Normalization.minMax(0, 100)).build()
        .fit(panel());
  }

  static Recommendations table() {
    return Recommendations.of(List.of(
        new Recommendations.Rule("a", "Rec A", "Challenge A", "Do A"),
        new Recommendations.Rule("z", "Rec Z", "", "Do Z"),
        new Recommendations.Rule("*", "Rec Any", "", "Do anything")));
  }

  static Assessment assessment() {
    return Assessment.of(fitted(), panel()).withRecommendations(table());
  }

  @Test
  void ranking_handExample_ranksTiersAndMissingLast() {
    Ranking r = assessment().ranking();
    assertThat(r.rows()).extracting(Ranking.Row::entity)
        .containsExactly("E2", "E4", "E3", "E1", "E5", "E6");
    assertThat(r.rows()).extracting(Ranking.Row::score)
        .containsExactly(75.0, 70.0, 45.0, 25.0, 15.0, NA);
    // 70 is exactly the Leading cut-off.
    assertThat(r.rows()).extracting(Ranking.Row::tier)
        .containsExactly("Leading", "Leading", "Emerging", "Nascent", "Nascent", "NA");
    assertThat(r.row("E6").rank()).isEmpty();
    assertThat(r.row("E3").rank()).hasValue(3);
    assertThat(r.row("E3").dataCoverage()).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(r.row("E3").name()).isEqualTo("Drei");
    assertThat(r.toString()).contains("Ranking on 'idx' (6 entities;")
        .contains("   3  E3  Drei   45.00  Emerging  G2      67%\n")
        .contains("      E6  Sechs     NA  NA        G1       0%\n");
  }

  @Test
  void card_handExample_ranksPercentilesGaps() {
    ReadinessCard c = assessment().card("E3");
    assertThat(c.nodes()).extracting(NodeResult::node).containsExactly("idx", "a", "b");
    NodeResult idx = c.index();
    assertThat(idx.score()).isEqualTo(45.0);
    // 75, 70 above; 25, 15 below; E6 missing: rank 3 of 5 (of 6), percentile 100 * 2 / 4 = 50.
    assertThat(idx.rank()).hasValue(3);
    assertThat(idx.ranked()).isEqualTo(5);
    assertThat(idx.entities()).isEqualTo(6);
    assertThat(idx.rankText()).isEqualTo("3 of 5 with data");
    assertThat(idx.percentile()).isEqualTo(50.0);
    // Group G2 = E3 45, E4 70, E5 15: rank 2 of 3, leader 70.
    assertThat(idx.groupRank()).hasValue(2);
    assertThat(idx.group()).hasValueSatisfying(g -> {
      assertThat(g.ranked()).isEqualTo(3);
      assertThat(g.rankText()).isEqualTo("2 of 3");
    });
    assertThat(idx.gapToBest()).isEqualTo(30.0);
    assertThat(idx.gapToGroupBest()).hasValue(25.0);
    // b: 20, 80, 50, 40, 10 -> E3 50 has 20, 40, 10 below: 100 * 3 / 4 = 75.
    assertThat(c.node("b").percentile()).isEqualTo(75.0);
    assertThat(c.node("b").rank()).hasValue(2);
    // a: 30, 70, 40, 100, 20 -> E3 40: 2 below, percentile 50: neither strength nor weakness.
    assertThat(c.node("a").percentile()).isEqualTo(50.0);
    assertThat(c.strengths()).extracting(NodeResult::node).containsExactly("b");
    assertThat(c.weaknesses()).isEmpty();
    assertThat(c.tier()).hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("Emerging"));
    assertThat(c.toString()).contains("Score card: Drei (E3), group G2")
        .contains("idx 45.00 (Emerging), rank 3 of 5 with data, 2 of 3 in its group")
        .contains("Strengths: b 50.00 (percentile 75)").contains("Weaknesses: none");
  }

  @Test
  void card_weakEntity_weaknessesTiedInFrameworkOrderWithRecommendations() {
    ReadinessCard c = assessment().card("E1");
    // a: E1 30 above only 20 -> 25; b: E1 20 above only 10 -> 25; tie: framework order.
    assertThat(c.weaknesses()).extracting(NodeResult::node).containsExactly("a", "b");
    assertThat(c.weaknesses()).extracting(NodeResult::percentile).containsExactly(25.0, 25.0);
    // Group G1 = E1 25, E2 75 (E6 missing): 2 of 2 with data.
    assertThat(c.index().groupRank()).hasValue(2);
    assertThat(c.index().group().orElseThrow().rankText()).isEqualTo("2 of 2 with data");
    List<Recommendation> recs = c.recommendations();
    assertThat(recs).hasSize(2);
    // a: x = 2 (median of 2, 6, 4, 10, 1 is 4; x score percentile 25) beats y = 4 (median of
    // 4, 8, 10, 3 is 6; y score percentile 100 * 1 / 3 = 33): the reason is x.
    Recommendation ra = recs.get(0);
    assertThat(ra.node()).isEqualTo("a");
    assertThat(ra.recommendation()).isEqualTo("Rec A");
    assertThat(ra.challenge()).isEqualTo("Challenge A");
    assertThat(ra.indicator()).isEqualTo("x");
    assertThat(ra.value()).isEqualTo(2.0);
    assertThat(ra.peerMedian()).isEqualTo(4.0);
    assertThat(ra.shortfall()).isEqualTo(2.0);
    assertThat(ra.reason()).isEqualTo("x = 2, 2 below the peer median 4");
    // b has no row: the rows of its reason z (lower is better: 8 vs median of 8, 2, 5, 6, 9 = 6).
    Recommendation rz = recs.get(1);
    assertThat(rz.recommendation()).isEqualTo("Rec Z");
    assertThat(rz.reason())
        .isEqualTo("z = 8, 2 above the peer median 6 (lower is better)");
    assertThat(rz.toString()).isEqualTo("Rec Z for b (percentile 25): Do Z; because z = 8,"
        + " 2 above the peer median 6 (lower is better)");
  }

  @Test
  void recommend_noRowForNodeOrIndicator_usesFallback() {
    Assessment a = Assessment.of(fitted(), panel()).withRecommendations(Recommendations.of(
        List.of(new Recommendations.Rule("*", "Rec Any", "C", "Do anything"))));
    assertThat(a.recommend("E1")).extracting(Recommendation::recommendation)
        .containsExactly("Rec Any", "Rec Any");
    assertThat(Assessment.of(fitted(), panel()).withRecommendations(Recommendations.of(List.of()))
        .recommend("E1")).isEmpty();
  }

  @Test
  void card_missingEntity_noRankNoTierNoWeaknesses() {
    ReadinessCard c = assessment().card("E6");
    assertThat(c.score()).isNaN();
    assertThat(c.index().rank()).isEmpty();
    assertThat(c.index().percentile()).isNaN();
    assertThat(c.tier()).isEmpty();
    assertThat(c.strengths()).isEmpty();
    assertThat(c.weaknesses()).isEmpty();
    assertThat(c.whatIfs()).isEmpty();
    assertThat(c.dataCoverage()).isEqualTo(0.0);
    assertThat(c.toString()).contains("idx NA (NA), rank - of 5 with data");
  }

  // Tiers of the hand panel: Leading E2 75, E4 70; Ready none; Emerging E3 45; Nascent E1 25,
  // E5 15. Targets are medians of the next tier up that has members:
  // E1 (Nascent) -> Emerging = E3 (x 4, y NA, z 5):
  //   x 2 -> 4: a = (40 + 40)/2 = 40, idx = (40 + 20)/2 = 30, gain 5
  //   y: no Emerging value, no what-if
  //   z 8 -> 5: b = 50, idx = (30 + 50)/2 = 40, gain 15
  // E3 (Emerging) -> Ready is empty -> Leading = E2, E4 (x 6, 10; z 2, 6):
  //   x 4 -> 8: a = 80 (y missing), idx = (80 + 50)/2 = 65, gain 20; y missing: none
  //   z 5 -> 4: b = 60, idx = (40 + 60)/2 = 50, gain 5
  //   nearest to 8 are E2 6 and E4 10, a tie: E2 (Zwei), first in panel order
  // E4 (Leading, the top): its own tier E2, E4: x median 8 and y median 9 are below its 10;
  //   z median 4 < 6: b = 60, idx = (100 + 60)/2 = 80, gain 10, named after E2 (E4 is excluded)
  @Test
  void whatIfs_handExample_medianOfNextTierUpWithNearestPeer() {
    List<WhatIf> w = assessment().whatIfs("E1");
    assertThat(w).extracting(WhatIf::column).containsExactly("z", "x");
    assertThat(w).extracting(WhatIf::to).containsExactly(5.0, 4.0);
    assertThat(w.get(0).gain()).isCloseTo(15.0, within(1e-12));
    assertThat(w.get(1).gain()).isCloseTo(5.0, within(1e-12));
    assertThat(w.get(0).before()).isEqualTo(25.0);
    assertThat(w.get(0).direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(w.get(0).toString()).isEqualTo("lowering z from 8 to 5, the median of the"
        + " Emerging tier (as Drei's 5), adds 15.00 points to the index (25.00 -> 40.00)");
    List<WhatIf> e3 = assessment().whatIfs("E3");
    assertThat(e3).extracting(WhatIf::column).containsExactly("x", "z");
    assertThat(e3).extracting(WhatIf::to).containsExactly(8.0, 4.0);
    assertThat(e3.get(0).gain()).isCloseTo(20.0, within(1e-12));
    assertThat(e3.get(0).benchmark()).hasValueSatisfying(b -> {
      assertThat(b.tier()).isEqualTo("Leading");
      assertThat(b.ownTier()).isFalse();
      assertThat(b.peers()).isEqualTo(2);
      assertThat(b.peer()).isEqualTo("E2");
      assertThat(b.peerValue()).isEqualTo(6.0);
    });
    List<WhatIf> e4 = assessment().whatIfs("E4");
    assertThat(e4).extracting(WhatIf::column).containsExactly("z");
    assertThat(e4.get(0).to()).isEqualTo(4.0);
    assertThat(e4.get(0).gain()).isCloseTo(10.0, within(1e-12));
    assertThat(e4.get(0).toString()).contains(", the median of the Leading tier, its own (as"
        + " Zwei's 2),");
    assertThat(assessment().whatIf("E3", "y", 7).toString())
        .isEqualTo("setting y from NA to 7 adds 7.50 points to the index (45.00 -> 52.50)");
    assertThat(assessment().whatIf("E3", "y", 7).benchmark()).isEmpty();
    // E6 has no index score, so no tier: no what-ifs.
    assertThat(assessment().whatIfs("E6")).isEmpty();
    // Fixed columns are left out.
    assertThat(assessment().withFixedColumns(Set.of("z")).whatIfs("E1"))
        .extracting(WhatIf::column).containsExactly("x");
  }

  @Test
  void whatIf_explicitValue_gainEqualsBatchRescoringDifference() {
    Assessment a = assessment();
    WhatIf w = a.whatIf("E3", "y", 7);
    // E3 had y missing: a = x only = 40; with y = 7 -> a = (40 + 70)/2 = 55, idx = (55 + 50)/2.
    assertThat(w.from()).isNaN();
    assertThat(w.after()).isCloseTo(52.5, within(1e-12));
    assertThat(w.gain()).isCloseTo(7.5, within(1e-12));
  }

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 40).boxed();
  }

  /** A random panel for the hand framework: 4 to 12 entities in 1 to 3 groups, some missing. */
  static Panel randomPanel(SplittableRandom rnd) {
    int n = 4 + rnd.nextInt(9);
    Panel.Builder b = Panel.builder("x", "y", "z");
    for (int i = 0; i < n; i++) {
      double[] v = new double[3];
      for (int k = 0; k < 3; k++) {
        v[k] = rnd.nextInt(8) == 0 ? NA : Math.round(rnd.nextDouble(-2, 12) * 4) / 4.0;
      }
      b.add(RowKey.of("R" + i).withGroup("G" + rnd.nextInt(3)), v);
    }
    return b.build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void whatIfs_randomPanels_gainEqualsBatchRescoringAndIsPositive(long seed) {
    Panel p = randomPanel(new SplittableRandom(seed));
    FittedIndex f = Index.builder(framework()).normalization(Normalization.minMax(0, 100))
        .build().fit(p);
    Assessment a = Assessment.of(f, p);
    for (String e : p.entities()) {
      for (WhatIf w : a.whatIfs(e)) {
        // Rescore the whole panel in batch with the one cell changed.
        double[] col = p.column(w.column());
        col[p.row(e).orElseThrow()] = w.to();
        double after = f.score(p.withColumn(w.column(), col)).score(e, "idx");
        assertThat(w.gain()).as("%s %s", e, w.column())
            .isCloseTo(after - a.score(e), within(1e-9)).isPositive();
        boolean higher = w.direction() == Direction.HIGHER_IS_BETTER;
        assertThat(higher ? w.to() > w.from() : w.to() < w.from()).isTrue();
        // Never beyond the best observed value; the named peer holds the value it is said to.
        double[] present = java.util.Arrays.stream(p.column(w.column()))
            .filter(v -> !Double.isNaN(v)).toArray();
        double best = higher ? java.util.Arrays.stream(present).max().orElseThrow()
            : java.util.Arrays.stream(present).min().orElseThrow();
        assertThat(higher ? w.to() <= best : w.to() >= best).isTrue();
        WhatIf.Benchmark b = w.benchmark().orElseThrow();
        assertThat(b.peer()).isNotEqualTo(e);
        assertThat(p.value(b.peer(), w.column())).isEqualTo(b.peerValue());
        assertThat(a.tiers().nameOf(a.score(b.peer()))).isEqualTo(b.tier());
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void card_randomPanels_percentilesBoundedStrengthsAboveWeaknessesBelow(long seed) {
    Panel p = randomPanel(new SplittableRandom(seed));
    Assessment a = Assessment.of(Index.builder(framework())
        .normalization(Normalization.minMax(0, 100)).build().fit(p), p);
    Ranking ranking = a.ranking();
    double previous = Double.POSITIVE_INFINITY;
    for (Ranking.Row row : ranking.rows()) {
      if (!Double.isNaN(row.score())) {
        assertThat(row.score()).isLessThanOrEqualTo(previous);
        previous = row.score();
      }
    }
    for (String e : p.entities()) {
      ReadinessCard c = a.card(e);
      for (NodeResult r : c.nodes()) {
        if (!Double.isNaN(r.percentile())) {
          assertThat(r.percentile()).isBetween(0.0, 100.0);
          assertThat(r.gapToBest()).isGreaterThanOrEqualTo(0);
          r.gapToGroupBest().ifPresent(g -> assertThat(g).isBetween(0.0, r.gapToBest()));
          r.group().ifPresent(g -> assertThat(g.ranked()).isBetween(2, g.members()));
          assertThat(r.ranked()).isLessThanOrEqualTo(r.entities());
        }
      }
      assertThat(c.strengths()).allMatch(r -> r.percentile() > 50).hasSizeLessThanOrEqualTo(3);
      assertThat(c.weaknesses()).allMatch(r -> r.percentile() < 50).hasSizeLessThanOrEqualTo(3);
      // Every reason names a column of the data and that entity's value of it, worse than the
      // median.
      for (Recommendation rec : c.recommendations()) {
        assertThat(p.hasIndicator(rec.indicator())).isTrue();
        assertThat(rec.value()).isEqualTo(p.value(e, rec.indicator()));
        assertThat(rec.shortfall()).isPositive();
      }
    }
  }

  @Test
  void compare_twoEntities_nodeByNodeWithLeader() {
    Comparison c = assessment().compare("E1", "E2", "E3");
    assertThat(c.nodes()).containsExactly("idx", "a", "b");
    assertThat(c.score("E1", "a")).isEqualTo(30.0);
    assertThat(c.score("E3", "b")).isEqualTo(50.0);
    assertThat(c.difference("E2", "E1", "idx")).isEqualTo(50.0);
    assertThat(c.leader("idx")).hasValue("E2");
    assertThat(c.leader("b")).hasValue("E2");
    assertThat(c.toString()).startsWith("Comparison of Eins (E1), Zwei (E2), Drei (E3)\n")
        .contains("tier  Nascent  Leading  Emerging")
        .contains("  a   30.00    70.00    40.00     E2");
    assertThat(assessment().compare("E5", "E6").leader("idx")).hasValue("E5");
  }

  @Test
  void compare_invalid_messagesNameTheProblem() {
    Assessment a = assessment();
    assertThatThrownBy(() -> a.compare("E1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two entities but got 1");
    assertThatThrownBy(() -> a.compare("E1", "E1")).hasMessageContaining("repeat one");
    assertThatThrownBy(() -> a.compare("E1", "X9"))
        .hasMessageContaining("entity 'X9' is not in the assessment");
    assertThatThrownBy(() -> a.compare("E1", "E2").score("E3", "a"))
        .hasMessageContaining("entity 'E3' is not in the comparison");
    assertThatThrownBy(() -> a.compare("E1", "E2").score("E1", "x"))
        .hasMessageContaining("node 'x' is not in the comparison");
  }

  @Test
  void of_panelWithSeveralYears_rejectedNamingYears() {
    Panel years = Panel.builder("x", "y", "z").add(RowKey.of("A", 2019), 1, 2, 3)
        .add(RowKey.of("A", 2020), 2, 3, 4).build();
    assertThatThrownBy(() -> Assessment.of(fitted(), years))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[2019, 2020]").hasMessageContaining("filterYear(2020)");
    assertThatThrownBy(() -> Assessment.of(fitted(), Panel.builder("x", "y", "z").build()))
        .hasMessageContaining("no rows");
  }

  @Test
  void withLimits_keptThroughCopies_blankRejected() {
    assertThat(assessment().limits()).isEmpty();
    Assessment a = assessment().withLimits(List.of("Data are from 2019.", "Scores are relative."))
        .withTiers(Tiers.of(80, 60, 30)).withFixedColumns(Set.of("z"));
    assertThat(a.limits()).containsExactly("Data are from 2019.", "Scores are relative.");
    assertThatThrownBy(() -> assessment().withLimits(List.of("ok", " ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit statement 2 is blank");
    assertThat(GoGlobal.assess().limits()).isEqualTo(GoGlobal.limits());
  }

  @Test
  void withFixedColumns_unknownColumn_listsColumns() {
    assertThatThrownBy(() -> assessment().withFixedColumns(Set.of("w")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fixed column 'w'").hasMessageContaining("x, y, z");
    assertThatThrownBy(() -> assessment().whatIf("E1", "w", 1))
        .hasMessageContaining("'w' is not a data column");
  }

  @Test
  void scoreCardAndObservation_sameNumbersAsBatch() {
    Assessment a = assessment();
    Observation o = a.observation("E3");
    assertThat(o.value("x")).isEqualTo(4.0);
    assertThat(a.scoreCard("E3").total()).isEqualTo(a.score("E3"));
    assertThat(a.percentile("E3", "b")).isEqualTo(75.0);
    assertThat(a.columns()).containsExactly("x", "y", "z");
    assertThat(a.cardNodes()).containsExactly("idx", "a", "b");
    assertThat(a.toString()).isEqualTo("Assessment on 'idx': 6 entities, 3 card nodes, 3 data"
        + " columns; tiers: Leading 2, Ready 0, Emerging 1, Nascent 2");
  }

  @Test
  void goGlobal_china_everyReasonNamesRealIndicatorAndValue() {
    Assessment a = GoGlobal.assess();
    List<Recommendation> first = a.recommend("CHN");
    assertThat(first).isNotEmpty();
    // Deterministic: the same list on every call.
    assertThat(a.recommend("CHN")).isEqualTo(first);
    Panel p = BeltAndRoad.countries();
    for (String e : p.entities()) {
      for (Recommendation r : a.recommend(e)) {
        assertThat(BeltAndRoad.indicator(r.indicator()).code()).isEqualTo(r.indicator());
        assertThat(r.value()).isEqualTo(p.value(e, r.indicator()));
        assertThat(r.reason()).startsWith(r.indicator() + " = ");
        assertThat(r.shortfall()).isPositive();
        assertThat(r.percentile()).isLessThan(50);
      }
    }
    // China: risk prevention is the weak node (percentile 40); WGI rule of law -0.2747 against
    // a median of -0.0169 is the reason (numpy.median of the 79 wgi_rule_of_law values =
    // -0.0169; shortfall 0.2578).
    assertThat(first).extracting(Recommendation::node).containsOnly("risk");
    assertThat(first.get(0).reason()).isEqualTo("wgi_rule_of_law = -0.27 estimate, 0.26 below"
        + " the peer median -0.0169");
    // China's recommendations are for the weaknesses of its card and the nodes they stand for.
    ReadinessCard card = a.card("CHN");
    List<String> weak = new java.util.ArrayList<>();
    for (NodeResult r : card.weaknesses()) {
      weak.add(r.node());
      card.sameFindingAs(r.node()).forEach(x -> weak.add(x.node()));
    }
    assertThat(first).extracting(Recommendation::node).isSubsetOf(weak);
    // The peer median is the median of the column's present values.
    for (Recommendation r : first) {
      double[] v = java.util.Arrays.stream(p.column(r.indicator())).filter(x -> !Double.isNaN(x))
          .sorted().toArray();
      double median = v.length % 2 == 1 ? v[v.length / 2]
          : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
      assertThat(r.peerMedian()).isCloseTo(median, within(1e-12));
    }
  }

  @Test
  void goGlobal_china_whatIfsAreComputedGains() {
    Assessment a = GoGlobal.assess();
    List<WhatIf> w = a.whatIfs("CHN");
    assertThat(w).isNotEmpty();
    // population and GDP growth are fixed in the default assessment.
    assertThat(w).extracting(WhatIf::column).doesNotContain("population", "gdp_pc_growth_pct");
    for (WhatIf x : w) {
      Panel p = a.panel();
      double[] col = p.column(x.column());
      col[p.row("CHN").orElseThrow()] = x.to();
      double after = a.fitted().score(p.withColumn(x.column(), col)).score("CHN", "readiness");
      assertThat(x.after()).isCloseTo(after, within(1e-9));
    }
    assertThat(w).extracting(WhatIf::column).doesNotContainAnyElementsOf(
        PorterDiamond.FIXED_COLUMNS);
    // Each target is the median of the column in the next tier up, held near by a peer there.
    String next = a.tiers().tiers().get(a.tiers().tiers().indexOf(a.tier("CHN").orElseThrow())
        - 1).name();
    for (WhatIf x : w) {
      WhatIf.Benchmark b = x.benchmark().orElseThrow();
      assertThat(b.tier()).isEqualTo(next);
      double[] v = a.entities().stream().filter(e -> a.tiers().nameOf(a.score(e)).equals(next))
          .mapToDouble(e -> a.panel().value(e, x.column())).filter(d -> !Double.isNaN(d))
          .sorted().toArray();
      double median = v.length % 2 == 1 ? v[v.length / 2]
          : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
      assertThat(x.to()).isCloseTo(median, within(1e-12));
      assertThat(x.gain()).isPositive();
    }
  }
}
