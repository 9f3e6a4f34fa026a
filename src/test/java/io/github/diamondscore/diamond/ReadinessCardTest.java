package io.github.diamondscore.diamond;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.data.RowKey;
import io.github.diamondscore.normalize.Normalization;
import io.github.diamondscore.score.Index;
import org.junit.jupiter.api.Test;

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
}
