package io.github.diamondscore.diamond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.data.RowKey;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.normalize.Normalization;
import io.github.diamondscore.score.Index;
import io.github.diamondscore.score.Scorer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules that make a score card something a strategist acts on, each on a worked example. */
class ReadinessCardTest {
  static final double NA = Double.NaN;

  // Rule 1: columns without information are left out; partial denominators say so.
  // The framework of AssessmentTest: idx = mean(a, b); a = mean(x, y); b = z (lower is better);
  // goalposts 0..10 onto 0..100.
  //          group  x   y   z    a     b    idx
  //   E1     G      2   4   8    30    20   25
  //   E2     G      6   8   2    70    80   75
  //   E3     G      4   NA  NA   40    NA   40     (idx renormalized over a)
  //   S1     Solo  10  10   6   100    40   70
  //   N1     -      1   3   9    20    10   15
  static Panel groupsPanel() {
    return Panel.builder("x", "y", "z")
        .add(RowKey.of("E1").withGroup("G"), 2, 4, 8)
        .add(RowKey.of("E2").withGroup("G"), 6, 8, 2)
        .add(RowKey.of("E3").withGroup("G"), 4, NA, NA)
        .add(RowKey.of("S1").withGroup("Solo"), 10, 10, 6)
        .add(RowKey.of("N1"), 1, 3, 9)
        .build();
  }

  static Assessment assess(Panel p) {
    return Assessment.of(Index.builder(AssessmentTest.framework())
        .normalization(Normalization.minMax(0, 100)).build().fit(p), p);
  }

  @Test
  void card_groupOfOneNoGroupOrWholePanel_groupColumnsLeftOut() {
    Assessment a = assess(groupsPanel());
    // S1 is alone in "Solo": no group standing on any node, no group columns in the text.
    ReadinessCard solo = a.card("S1");
    assertThat(solo.hasGroupColumns()).isFalse();
    assertThat(solo.nodes()).allSatisfy(r -> {
      assertThat(r.group()).isEmpty();
      assertThat(r.groupRank()).isEmpty();
      assertThat(r.gapToGroupBest()).isEmpty();
    });
    // idx 70: only 75 above -> 2 of 5, every entity has an index score.
    assertThat(solo.toString()).contains("idx 70.00 (Leading), rank 2 of 5; data 100% of 3")
        .doesNotContain("in group").doesNotContain("group best").doesNotContain("1 of 1");
    // N1 has no group at all.
    assertThat(a.card("N1").hasGroupColumns()).isFalse();
    assertThat(a.card("N1").index().group()).isEmpty();
    // Everyone in one group: the group rank would repeat the rank.
    Panel one = Panel.builder("x", "y", "z").add(RowKey.of("A").withGroup("G"), 1, 2, 3)
        .add(RowKey.of("B").withGroup("G"), 4, 5, 6).build();
    assertThat(assess(one).card("A").hasGroupColumns()).isFalse();
    assertThat(assess(one).card("A").toString()).doesNotContain("in its group");
    // E1 shares G with E2 and E3: group columns are there.
    ReadinessCard e1 = a.card("E1");
    assertThat(e1.hasGroupColumns()).isTrue();
    // idx in G: 75, 40 above 25 -> 3 of 3, leader 75, gap 50.
    assertThat(e1.index().group().orElseThrow().rankText()).isEqualTo("3 of 3");
    assertThat(e1.index().gapToGroupBest()).hasValue(50.0);
    assertThat(e1.toString()).contains("idx 25.00 (Nascent), rank 4 of 5, 3 of 3 in its group;")
        .contains("in group").contains("to group best");
  }

  @Test
  void card_nodeScoredForFewerEntities_rankSaysWithData() {
    Assessment a = assess(groupsPanel());
    ReadinessCard e1 = a.card("E1");
    // b: E1 20, E2 80, S1 40, N1 10; E3 has no z. 80 and 40 above -> 3 of 4 with data (of 5).
    NodeResult b = e1.node("b");
    assertThat(b.rank()).hasValue(3);
    assertThat(b.ranked()).isEqualTo(4);
    assertThat(b.entities()).isEqualTo(5);
    assertThat(b.partialData()).isTrue();
    assertThat(b.rankText()).isEqualTo("3 of 4 with data");
    // In G only E1 20 and E2 80 have b: 2 of 2 with data (3 members), gap 60.
    assertThat(b.group().orElseThrow().rankText()).isEqualTo("2 of 2 with data");
    assertThat(b.group().orElseThrow().members()).isEqualTo(3);
    assertThat(b.gapToGroupBest()).hasValue(60.0);
    // a: 30, 70, 40, 100, 20 for all five: 70, 40, 100 above -> 4 of 5, no "with data".
    assertThat(e1.node("a").rankText()).isEqualTo("4 of 5");
    assertThat(e1.node("a").partialData()).isFalse();
    assertThat(e1.toString()).contains("3 of 4 with data").contains("2 of 2 with data");
    // E3's own b is missing: no rank, no group standing.
    assertThat(a.card("E3").node("b").rankText()).isEqualTo("-");
    assertThat(a.card("E3").node("b").group()).isEmpty();
    // The table shows the denominators in the same words.
    assertThat(a.card("S1").toString()).containsPattern("\n  b +40\\.00 +2 of 4 with data ");
  }

  // Rule 2: strengths and weaknesses are distinct findings; context is not a lever.
  // idx = mean(f, g, p, w), modulated by c with strength 0 (so the arithmetic stays plain);
  // f = mean(u, v); g = h (a chain); h = mean(s, t); p = mean(pu, pv), which read the columns
  // u and v again; w = mean(pop, growth), both fixed columns; c = k. Goalposts 0..10.
  static Framework findingsFramework() {
    return Framework.of(Scorer.composite("idx",
        Scorer.composite("f", ind("u", "u"), ind("v", "v")),
        Scorer.composite("g", Scorer.composite("h", ind("s", "s"), ind("t", "t"))),
        Scorer.composite("p", ind("pu", "u"), ind("pv", "v")),
        Scorer.composite("w", ind("pop", "pop"), ind("growth", "growth")))
        .modulatedBy(Scorer.composite("c", ind("k", "k")), 0.0));
  }

  static Indicator ind(String id, String column) {
    return Scorer.indicator(id).reading(column).goalposts(0, 10);
  }

  //      u  v  s  t  pop growth k     f=p  g=h   w   c
  //  A   1  1  9  9   5    5    9     10   90   50  90
  //  B   5  5  5  5   5    5    5     50   50   50  50
  //  C   6  6  4  4   1    1    1     60   40   10  10
  //  D   7  7  3  3   9    9    3     70   30   90  30
  //  E   9  9  1  1   7    7    7     90   10   70  70
  static Panel findingsPanel() {
    return Panel.builder("u", "v", "s", "t", "pop", "growth", "k")
        .add(RowKey.of("A"), 1, 1, 9, 9, 5, 5, 9)
        .add(RowKey.of("B"), 5, 5, 5, 5, 5, 5, 5)
        .add(RowKey.of("C"), 6, 6, 4, 4, 1, 1, 1)
        .add(RowKey.of("D"), 7, 7, 3, 3, 9, 9, 3)
        .add(RowKey.of("E"), 9, 9, 1, 1, 7, 7, 7)
        .build();
  }

  static Assessment findings(Panel p) {
    return Assessment.of(Index.builder(findingsFramework())
        .normalization(Normalization.minMax(0, 100)).build().fit(p), p)
        .withFixedColumns(Set.of("pop", "growth"));
  }

  @Test
  void card_chainAndSharedColumnsAndContext_eachFindingOnceContextApart() {
    ReadinessCard a = findings(findingsPanel()).card("A");
    // Percentiles of A (100 b / 4): f = p = 10, nobody lower -> 0; g = h = 90, all four lower
    // -> 100; w = 50, only C lower -> 25; c = 90 -> 100.
    // g and h are a chain (same score, same data s, t): h, the deeper, reports it.
    assertThat(a.strengths()).extracting(NodeResult::node).containsExactly("h");
    assertThat(a.sameFindingAs("h")).extracting(NodeResult::node).containsExactly("g");
    // f and p rest on the same columns u, v: equally deep, f comes first in framework order.
    assertThat(a.weaknesses()).extracting(NodeResult::node).containsExactly("f");
    assertThat(a.sameFindingAs("f")).extracting(NodeResult::node).containsExactly("p");
    // w rests on fixed columns only (percentile 25 would make it a weakness), c is a modulator
    // (percentile 100 would make it the top strength): both are context, never levers.
    assertThat(a.context()).extracting(NodeResult::node).containsExactly("w", "c");
    assertThat(a.context()).extracting(NodeResult::percentile).containsExactly(25.0, 100.0);
    assertThat(a.toString())
        .contains("Strengths: h 90.00 (percentile 100; same finding as g)\n")
        .contains("Weaknesses: f 10.00 (percentile 0; same finding as p)\n")
        .contains("Context (given, not a lever): w 50.00 (percentile 25); c 90.00 (percentile"
            + " 100)\n");
    assertThatThrownBy(() -> a.sameFindingAs("w")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("node 'w' is not a strength or weakness of A's card")
        .hasMessageContaining("f, h");
  }

  @Test
  void recommend_foldedNode_itsRowsFollowTheReportedNodes() {
    Assessment a = findings(findingsPanel()).withRecommendations(Recommendations.of(List.of(
        new Recommendations.Rule("p", "Rec P", "", "Do P"),
        new Recommendations.Rule("f", "Rec F", "", "Do F"),
        new Recommendations.Rule("w", "Rec W", "", "Do W"))));
    // A's one weakness is f, standing for p too: f's row, then p's (each for the node it is
    // keyed by); w is context, so no row.
    assertThat(a.recommend("A")).extracting(Recommendation::node).containsExactly("f", "p");
    assertThat(a.recommend("A")).extracting(Recommendation::recommendation)
        .containsExactly("Rec F", "Rec P");
  }

  @Test
  void card_withoutFixedColumns_nodeOnFixedDataIsAFindingAgain() {
    Panel p = findingsPanel();
    Assessment a = Assessment.of(Index.builder(findingsFramework())
        .normalization(Normalization.minMax(0, 100)).build().fit(p), p);
    // w (percentile 25) is now a weakness after f (0); c stays context as a modulator.
    assertThat(a.card("A").weaknesses()).extracting(NodeResult::node).containsExactly("f", "w");
    assertThat(a.card("A").context()).extracting(NodeResult::node).containsExactly("c");
  }

  // idx = mean(m, zc); m = minimum(a1, a2); a1 = mean(x1, x2); a2 = y; zc = z. Goalposts 0..10.
  //      x1 x2  y  z    a1  a2  m   zc
  //  A    8  6  2  5    70  20  20  50
  //  B    2  2  6  4    20  60  20  40
  //  C    5  5  5  6    50  50  50  60
  //  D    9  9  9  3    90  90  90  30
  @Test
  void card_minimumSetByOneChild_reportedOnceByThatChild() {
    Framework fw = Framework.of(Scorer.composite("idx",
        Scorer.composite("m", Scorer.composite("a1", ind("x1", "x1"), ind("x2", "x2")),
            Scorer.composite("a2", ind("y", "y"))).minimum(),
        Scorer.composite("zc", ind("z", "z"))));
    Panel p = Panel.builder("x1", "x2", "y", "z").add(RowKey.of("A"), 8, 6, 2, 5)
        .add(RowKey.of("B"), 2, 2, 6, 4).add(RowKey.of("C"), 5, 5, 5, 6)
        .add(RowKey.of("D"), 9, 9, 9, 3).build();
    Assessment a = Assessment.of(Index.builder(fw).normalization(Normalization.minMax(0, 100))
        .build().fit(p), p);
    ReadinessCard c = a.card("A");
    // A: a2 20 and m 20 have nobody lower -> percentile 0 each; m = a2 exactly and a2 is under
    // m, though m also reads x1, x2: one finding, reported by a2.
    assertThat(c.weaknesses()).extracting(NodeResult::node).containsExactly("a2");
    assertThat(c.sameFindingAs("a2")).extracting(NodeResult::node).containsExactly("m");
    // a1 70 (B 20, C 50 lower: 100 * 2 / 3) and zc 50 (B 40, D 30 lower): distinct strengths,
    // tied, in framework order.
    assertThat(c.strengths()).extracting(NodeResult::node).containsExactly("a1", "zc");
    assertThat(c.sameFindingAs("a1")).isEmpty();
    // B: m = a1 = 20 instead (percentile 0); zc 40 has only D 30 lower (33): a second weakness.
    assertThat(a.card("B").weaknesses()).extracting(NodeResult::node)
        .containsExactly("a1", "zc");
    assertThat(a.card("B").sameFindingAs("a1")).extracting(NodeResult::node)
        .containsExactly("m");
  }

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 30).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void card_randomPanels_noTwoFindingsShareTheirDataOrAnEqualScoredPath(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String> cols = List.of("u", "v", "s", "t", "pop", "growth", "k");
    Panel.Builder b = Panel.builder(cols.toArray(String[]::new));
    int n = 4 + rnd.nextInt(10);
    for (int i = 0; i < n; i++) {
      double[] v = new double[cols.size()];
      for (int k = 0; k < v.length; k++) {
        v[k] = rnd.nextInt(6) == 0 ? NA : rnd.nextInt(11);
      }
      b.add(RowKey.of("R" + i), v);
    }
    Panel p = b.build();
    Assessment a = findings(p);
    Framework fw = a.framework();
    for (String e : p.entities()) {
      ReadinessCard c = a.card(e);
      List<NodeResult> found = new ArrayList<>(c.strengths());
      found.addAll(c.weaknesses());
      for (NodeResult r : found) {
        assertThat(c.context()).doesNotContain(r);
        assertThat(fw.isModulator(r.node())).isFalse();
      }
      for (int i = 0; i < found.size(); i++) {
        for (int j = i + 1; j < found.size(); j++) {
          NodeResult x = found.get(i);
          NodeResult y = found.get(j);
          assertThat(presentColumns(fw, p, e, x.node()))
              .as("%s: %s and %s", e, x.node(), y.node())
              .isNotEqualTo(presentColumns(fw, p, e, y.node()));
          boolean related = fw.path(x.node()).stream().anyMatch(z -> z.id().equals(y.node()))
              || fw.path(y.node()).stream().anyMatch(z -> z.id().equals(x.node()));
          if (related) {
            assertThat(x.score()).as("%s: %s and %s", e, x.node(), y.node())
                .isNotCloseTo(y.score(), within(1e-9));
          }
        }
      }
      // Context: the modulator always, w exactly when the entity has pop or growth.
      boolean hasFixed = !Double.isNaN(p.value(e, "pop")) || !Double.isNaN(p.value(e, "growth"));
      assertThat(c.context()).extracting(NodeResult::node)
          .containsExactlyElementsOf(hasFixed ? List.of("w", "c") : List.of("c"));
    }
  }

  /** The columns under a node that the entity has a value for (test's own computation). */
  static Set<String> presentColumns(Framework fw, Panel p, String entity, String node) {
    Set<String> out = new TreeSet<>();
    for (Node leaf : fw.leaves(node)) {
      String col = ((Indicator) leaf).column();
      if (!Double.isNaN(p.value(entity, col))) {
        out.add(col);
      }
    }
    return out;
  }

  // Rule 3: each recommendation gives its own reason.
  // idx = mean(n1, n2); n1 = mean(x, y); n2 = mean(y, z): y feeds both. Goalposts 0..10.
  //      x  y  z    n1  n2
  //  W   3  0  4    15  20
  //  L   1  9  1    50  50
  //  B   5  5  5    50  50
  //  C   6  6  6    60  60
  //  D   7  7  7    70  70
  // W is lowest on n1 and n2 (percentile 0, tie: n1 first). Its indicators (100 b / 4): y 0
  // (lowest), x 25 and z 25 (only L lower). Medians: x 5, y 6, z 5; W is below all three.
  // So n1's reasons are y, x and n2's are y, z, weakest first.
  static Assessment sharedColumn(Recommendations table) {
    Framework fw = Framework.of(Scorer.composite("idx",
        Scorer.composite("n1", ind("x", "x"), ind("y", "y")),
        Scorer.composite("n2", ind("y2", "y"), ind("z", "z"))));
    Panel p = Panel.builder("x", "y", "z").add(RowKey.of("W"), 3, 0, 4)
        .add(RowKey.of("L"), 1, 9, 1).add(RowKey.of("B"), 5, 5, 5).add(RowKey.of("C"), 6, 6, 6)
        .add(RowKey.of("D"), 7, 7, 7).build();
    return Assessment.of(Index.builder(fw).normalization(Normalization.minMax(0, 100)).build()
        .fit(p), p).withRecommendations(table);
  }

  @Test
  void recommend_twoNodesSharingTheirWeakestColumn_secondTakesItsNextReason() {
    Assessment a = sharedColumn(Recommendations.of(List.of(
        new Recommendations.Rule("n1", "Rec 1", "", "Do 1"),
        new Recommendations.Rule("n2", "Rec 2a", "", "Do 2a"),
        new Recommendations.Rule("n2", "Rec 2b", "", "Do 2b"))));
    List<Recommendation> recs = a.recommend("W");
    assertThat(recs).extracting(Recommendation::node).containsExactly("n1", "n2", "n2");
    // #1 n1: y. #2 n2: y is taken, z is next. #3 n2: y and z are taken: y again, said so.
    assertThat(recs).extracting(Recommendation::indicator).containsExactly("y", "z", "y");
    assertThat(recs).extracting(Recommendation::sameReasonAs).containsExactly(
        OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(1));
    assertThat(recs.get(1).reason()).isEqualTo("z = 4, 1 below the peer median 5");
    assertThat(recs.get(2).toString()).isEqualTo("Rec 2b for n2 (percentile 0): Do 2b; because"
        + " y = 0, 6 below the peer median 6 (same reason as #1)");
    assertThat(a.card("W").toString()).contains("\n  1. Rec 1 for n1")
        .contains("\n  3. Rec 2b for n2").contains("(same reason as #1)\n");
  }

  @Test
  void recommend_rowsKeyedByIndicatorOrFallback_restOnTheirIndicatorOrTheNextReason() {
    Assessment a = sharedColumn(Recommendations.of(List.of(
        new Recommendations.Rule("y", "Rec Y1", "", "Do Y1"),
        new Recommendations.Rule("y", "Rec Y2", "", "Do Y2"),
        new Recommendations.Rule("*", "Rec Any", "", "Do any"))));
    List<Recommendation> recs = a.recommend("W");
    // n1 has no row: its first unused reason y has two, both resting on y (#2 says so). n2 has
    // no row: its first unused reason is z, which has none: the '*' row, because of z.
    assertThat(recs).extracting(Recommendation::recommendation)
        .containsExactly("Rec Y1", "Rec Y2", "Rec Any");
    assertThat(recs).extracting(Recommendation::indicator).containsExactly("y", "y", "z");
    assertThat(recs).extracting(Recommendation::sameReasonAs).containsExactly(
        OptionalInt.empty(), OptionalInt.of(1), OptionalInt.empty());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void recommend_randomPanels_aReasonRepeatsOnlyWhenSaidAndOnlyWhenNoOtherIsLeft(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Panel.Builder b = Panel.builder("x", "y", "z");
    int n = 4 + rnd.nextInt(10);
    for (int i = 0; i < n; i++) {
      b.add(RowKey.of("R" + i), rnd.nextInt(11), rnd.nextInt(11), rnd.nextInt(11));
    }
    Panel p = b.build();
    Assessment base = sharedColumn(Recommendations.of(List.of(
        new Recommendations.Rule("n1", "Rec 1", "", "Do 1"),
        new Recommendations.Rule("n2", "Rec 2a", "", "Do 2a"),
        new Recommendations.Rule("n2", "Rec 2b", "", "Do 2b"))));
    Assessment a = Assessment.of(base.fitted().index().fit(p), p)
        .withRecommendations(base.recommendations());
    for (String e : p.entities()) {
      List<Recommendation> recs = a.recommend(e);
      for (int k = 0; k < recs.size(); k++) {
        Recommendation r = recs.get(k);
        int first = -1;
        for (int j = 0; j < k; j++) {
          if (recs.get(j).indicator().equals(r.indicator())) {
            first = j;
            break;
          }
        }
        if (first < 0) {
          assertThat(r.sameReasonAs()).as("%s #%d", e, k + 1).isEmpty();
        } else {
          assertThat(r.sameReasonAs()).as("%s #%d", e, k + 1).hasValue(first + 1);
          // Repeated only when every column under the node below the median is taken.
          for (Node leaf : a.framework().leaves(r.node())) {
            String col = ((Indicator) leaf).column();
            if (p.value(e, col) < median(p.column(col))) {
              assertThat(recs.subList(0, k)).extracting(Recommendation::indicator).contains(col);
            }
          }
        }
      }
    }
  }

  /** The median of the values (none missing here), computed the textbook way. */
  static double median(double[] values) {
    double[] v = values.clone();
    java.util.Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }

  // Rule 4: what-ifs move a value to the median of the peers one tier up.
  // idx = mean(x, z), z lower is better, goalposts 0..10: idx = (10 x + 100 - 10 z) / 2.
  // Default tiers (Leading >= 70, Ready >= 55, Emerging >= 40, Nascent).
  //   id  name      x   z   idx  tier
  //   F   Focus     2   8   20   Nascent
  //   N   Nu        1   9   10   Nascent
  //   A   Alpha     3   4   45   Emerging
  //   B   Beta      5   6   45   Emerging
  //   C   Gamma     6   6   50   Emerging
  //   R   Rho       7   4   65   Ready
  //   T   Tau       9   1   90   Leading
  //   U   Upsilon  10   4   80   Leading
  static Assessment tiered() {
    Framework fw = Framework.of(Scorer.composite("idx", ind("x", "x"),
        ind("z", "z").lowerIsBetter()));
    Panel p = Panel.builder("x", "z")
        .add(RowKey.of("F").withName("Focus"), 2, 8).add(RowKey.of("N").withName("Nu"), 1, 9)
        .add(RowKey.of("A").withName("Alpha"), 3, 4).add(RowKey.of("B").withName("Beta"), 5, 6)
        .add(RowKey.of("C").withName("Gamma"), 6, 6).add(RowKey.of("R").withName("Rho"), 7, 4)
        .add(RowKey.of("T").withName("Tau"), 9, 1).add(RowKey.of("U").withName("Upsilon"), 10, 4)
        .build();
    return Assessment.of(Index.builder(fw).normalization(Normalization.minMax(0, 100)).build()
        .fit(p), p);
  }

  @Test
  void whatIfs_nascentEntity_movesToEmergingMediansNamingTheHolder() {
    List<WhatIf> w = tiered().whatIfs("F");
    // Emerging: x 3, 5, 6 -> median 5 (Beta's); z 4, 6, 6 -> median 6 (Beta and Gamma hold it:
    // Beta, first in panel order). x 2 -> 5: idx (50 + 20)/2 = 35, gain 15; z 8 -> 6: idx
    // (20 + 40)/2 = 30, gain 10. Not the 75th percentile of all (x 7.5, z 4).
    assertThat(w).extracting(WhatIf::column).containsExactly("x", "z");
    assertThat(w).extracting(WhatIf::to).containsExactly(5.0, 6.0);
    assertThat(w.get(0).gain()).isCloseTo(15.0, within(1e-12));
    assertThat(w.get(1).gain()).isCloseTo(10.0, within(1e-12));
    assertThat(w.get(0).toString()).isEqualTo("raising x from 2 to 5, the median of the Emerging"
        + " tier (as Beta's 5), adds 15.00 points to the index (20.00 -> 35.00)");
    assertThat(w.get(1).benchmark().orElseThrow())
        .isEqualTo(new WhatIf.Benchmark("Emerging", false, 3, "B", "Beta", 6.0));
  }

  @Test
  void whatIfs_peerLevelNotBetter_noWhatIfForThatColumn() {
    // Alpha (Emerging) -> Ready = Rho only: x 3 -> 7, idx (70 + 60)/2 = 65, gain 20; z 4 is
    // already Rho's 4: not an improvement, no what-if.
    List<WhatIf> w = tiered().whatIfs("A");
    assertThat(w).extracting(WhatIf::column).containsExactly("x");
    assertThat(w.get(0).to()).isEqualTo(7.0);
    assertThat(w.get(0).gain()).isCloseTo(20.0, within(1e-12));
    assertThat(w.get(0).toString()).contains(", the median of the Ready tier (as Rho's 7),");
  }

  @Test
  void whatIfs_topTier_medianOfItsOwnTierNamingAnotherMember() {
    // Leading = Tau (x 9, z 1), Upsilon (x 10, z 4): medians x 9.5, z 2.5.
    // Upsilon: x 10 is better already; z 4 -> 2.5: idx (100 + 75)/2 = 87.5, gain 7.5; the
    // nearest other member is Tau (1).
    List<WhatIf> u = tiered().whatIfs("U");
    assertThat(u).extracting(WhatIf::column).containsExactly("z");
    assertThat(u.get(0).to()).isEqualTo(2.5);
    assertThat(u.get(0).gain()).isCloseTo(7.5, within(1e-12));
    assertThat(u.get(0).benchmark().orElseThrow())
        .isEqualTo(new WhatIf.Benchmark("Leading", true, 2, "T", "Tau", 1.0));
    assertThat(u.get(0).toString())
        .contains(", the median of the Leading tier, its own (as Tau's 1),");
    // Tau: x 9 -> 9.5: idx (95 + 90)/2 = 92.5, gain 2.5, as Upsilon's 10; z 1 is the best.
    List<WhatIf> t = tiered().whatIfs("T");
    assertThat(t).extracting(WhatIf::column).containsExactly("x");
    assertThat(t.get(0).gain()).isCloseTo(2.5, within(1e-12));
    assertThat(t.get(0).benchmark().orElseThrow().peer()).isEqualTo("U");
    // A fixed column is never a what-if.
    assertThat(tiered().withFixedColumns(Set.of("x")).whatIfs("F"))
        .extracting(WhatIf::column).containsExactly("z");
  }
}
