package io.github.diamondscore.testkit;

import static io.github.diamondscore.testkit.DiamondAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.normalize.Normalization;
import io.github.diamondscore.scenario.Band;
import io.github.diamondscore.scenario.Bands;
import io.github.diamondscore.scenario.Change;
import io.github.diamondscore.scenario.ScenarioComparison;
import io.github.diamondscore.scenario.Scenario;
import io.github.diamondscore.scenario.Simulator;
import io.github.diamondscore.scenario.Target;
import io.github.diamondscore.scenario.TargetPath;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.Index;
import io.github.diamondscore.score.Scorer;
import io.github.diamondscore.score.Scores;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each scenario assertion passes and fails once; the failures show the rows concerned. The
 * index: root = (a + 3 b) / 4, min-max 0–100 on A (0, 0), B (10, 10), C (5, 2): A 0, B 100,
 * C 27.5.
 */
class ScenarioAssertionsTest {
  static final Panel PANEL = Panel.builder("a", "b").add("A", 0, 0).add("B", 10, 10)
      .add("C", 5, 2).build();
  static final FittedIndex FITTED = Index.builder(Framework.of(Scorer.composite("root",
      Scorer.indicator("a"), Scorer.indicator("b").withWeight(3))))
      .normalization(Normalization.minMax(0, 100)).build().fit(PANEL);
  static final Simulator SIM = Simulator.of(FITTED, PANEL).withBands(Bands.of(List.of(
      new Band("Ready", 30), new Band("Nascent", Double.NEGATIVE_INFINITY))));
  // C: a 5 -> 8: root 35, +7.5; ranks unchanged (B 1, C 2, A 3)
  static final ScenarioComparison UP = SIM.apply(Scenario.named("C up")
      .with(Change.set("a", 8).forEntity("C")));

  @Test
  void ranksAbove() {
    Scores s = FITTED.score(PANEL);
    assertThat(s).ranks("C").above("A");
    assertThatThrownBy(() -> assertThat(s).ranks("A").above("C")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected A to rank above C on 'root', but:")
        .hasMessageContaining("A        root 0.00, rank 3")
        .hasMessageContaining("C        root 27.50, rank 2");
  }

  @Test
  void raisesScoreOfByAtLeast() {
    assertThat(UP).raisesScoreOf("C", "root").byAtLeast(7.5);
    assertThatThrownBy(() -> assertThat(UP).raisesScoreOf("C", "root").byAtLeast(8))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected scenario 'C up' to raise C's score on 'root' by at least"
            + " 8.0, but:")
        .hasMessageContaining("C root 27.50 -> 35.00 (+7.50), rank 2 -> 2, Nascent -> Ready");
    assertThatThrownBy(() -> assertThat(UP).raisesScoreOf("A", "root"))
        .hasMessageContaining("A root 0.00 -> 0.00 (+0.00), rank 3 -> 3, Nascent");
  }

  @Test
  void doesNotChangeRankOf() {
    assertThat(UP).doesNotChangeRankOf("B").doesNotChangeRankOf("C");
    ScenarioComparison past = SIM.apply(Scenario.named("C past B").with(Change.set("a", 10)
        .forEntity("C")).with(Change.set("b", 10).forEntity("C")).with(Change.set("a", 0)
        .forEntity("B")));
    assertThatThrownBy(() -> assertThat(past).doesNotChangeRankOf("B"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected scenario 'C past B' not to change B's rank on 'root',"
            + " but:")
        .hasMessageContaining("B root 100.00 -> 75.00 (-25.00), rank 1 -> 2");
  }

  @Test
  void pathReachesWithAtMostChanges() {
    TargetPath p = SIM.path("C", Target.tier("Ready"));
    assertThat(p).reaches("Ready").withAtMost(1).changes();
    assertThat(p).reaches(30.0).withAtMost(2).changes();
    TargetPath both = SIM.path("C", Target.score(100));
    assertThatThrownBy(() -> assertThat(both).reaches(100.0).withAtMost(1).changes())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected the path to take at most 1 changes, but it takes 2:")
        .hasMessageContaining("Path for C to score >= 100");
    assertThatThrownBy(() -> assertThat(p).reaches(99.0))
        .hasMessageContaining("expected the path to reach 99.0, but:")
        .hasMessageContaining("root 27.50 -> 30.00");
  }
}
