package io.github.diamondscore.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.data.RowKey;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.normalize.Normalization;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.Index;
import io.github.diamondscore.score.Scorer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples. The index: root = (1·a + 3·b) / 4, arithmetic, min-max 0–100 fitted on
 * A (a 0, b 0), B (10, 10), C (5, 2), D (a missing, b 6). So C: a 50, b 20, root
 * (50 + 60) / 4 = 27.5; A 0; B 100; D: b 60 alone (renormalized) = 60.
 */
class SimulatorTest {
  static final Framework FW = Framework.of(Scorer.composite("root",
      Scorer.indicator("a"), Scorer.indicator("b").withWeight(3)));
  static final Panel PANEL = Panel.builder("a", "b")
      .add(RowKey.of("A").withGroup("g1"), 0, 0).add(RowKey.of("B").withGroup("g1"), 10, 10)
      .add(RowKey.of("C").withGroup("g2"), 5, 2).add(RowKey.of("D").withGroup("g2"), Double.NaN, 6)
      .build();
  static final FittedIndex FITTED = Index.builder(FW).normalization(Normalization.minMax(0, 100))
      .build().fit(PANEL);
  static final Bands BANDS = Bands.of(List.of(new Band("Leading", 70), new Band("Ready", 30),
      new Band("Nascent", Double.NEGATIVE_INFINITY)));
  static final Simulator SIM = Simulator.of(FITTED, PANEL).withBands(BANDS);

  @Test
  void set_raisesCByAQuarterOfTheNormalizedChange() {
    ScenarioComparison c = SIM.apply(Scenario.named("C a to 8").with(Change.set("a", 8).forEntity("C")));
    // a 5 -> 8 is 50 -> 80 normalized; root (80 + 60) / 4 = 35, delta 7.5
    assertThat(c.row("C", "root").scenario()).isCloseTo(35, within(1e-12));
    assertThat(c.delta("C", "root")).isCloseTo(7.5, within(1e-12));
    assertThat(c.row("C", "root").baselineTier()).isEqualTo("Nascent");
    assertThat(c.row("C", "root").scenarioTier()).isEqualTo("Ready");
    assertThat(c.delta("A", "root")).isZero();
    assertThat(c.movers("root")).extracting(ScenarioComparison.Row::entity).containsExactly("C");
    assertThat(c.toString()).contains("Scenario 'C a to 8'").contains("Nascent -> Ready")
        .contains("+7.50");
  }

  @Test
  void like_copiesAnotherEntitysValue() {
    ScenarioComparison c = SIM.apply(Scenario.named("C like B").with(Change.like("a", "B")
        .forEntity("C")));
    // a 10 -> 100; root (100 + 60) / 4 = 40, delta 12.5
    assertThat(c.delta("C", "root")).isCloseTo(12.5, within(1e-12));
  }

  @Test
  void addAndMultiply_composeInOrder() {
    ScenarioComparison c = SIM.apply(Scenario.named("x").with(Change.add("b", 1).forEntity("C"))
        .with(Change.multiply("b", 2).forEntity("C")));
    // b (2 + 1) * 2 = 6 -> 60; root (50 + 180) / 4 = 57.5
    assertThat(c.row("C", "root").scenario()).isCloseTo(57.5, within(1e-12));
  }

  @Test
  void percentileAndGroupMedian_readTheReferencePanel() {
    // percentile 50 of a over A, B, C = 5; A: a 0 -> 5 (50), root 12.5
    ScenarioComparison p = SIM.apply(Scenario.named("p").with(Change.toPercentile("a", 50)));
    assertThat(p.delta("A", "root")).isCloseTo(12.5, within(1e-12));
    assertThat(p.delta("C", "root")).isZero();
    // D has no a: filled with 5 -> (50 + 180) / 4 = 57.5, from 60
    assertThat(p.delta("D", "root")).isCloseTo(-2.5, within(1e-12));
    // group g1's median of b = (0 + 10) / 2 = 5; C: b 2 -> 5 (50): root (50 + 150) / 4 = 50
    ScenarioComparison g = SIM.apply(Scenario.named("g").with(Change.toGroupMedian("b", "g1")
        .forEntity("C")));
    assertThat(g.row("C", "root").scenario()).isCloseTo(50, within(1e-12));
  }

  @Test
  void tierMedian_usesEntitiesOfThatTier() {
    // Ready (>= 30): D (60) only; its b is 6. C: b 2 -> 6: root (50 + 180) / 4 = 57.5
    ScenarioComparison c = SIM.apply(Scenario.named("t").with(Change.toTierMedian("b", "Ready")
        .forEntity("C")));
    assertThat(c.row("C", "root").scenario()).isCloseTo(57.5, within(1e-12));
  }

  @Test
  void frontierAndWeight_keepFittedParameters() {
    ScenarioComparison f = SIM.apply(Scenario.named("f").with(Change.toFrontier("root").forGroup("g2")));
    assertThat(f.row("C", "root").scenario()).isCloseTo(100, within(1e-12));
    assertThat(f.row("D", "root").scenario()).isCloseTo(100, within(1e-12));
    assertThat(f.delta("A", "root")).isZero();
    // weight of a 1 -> 3: C (3·50 + 3·20) / 6 = 35; min/max unchanged (no refit)
    ScenarioComparison w = SIM.apply(Scenario.named("w").with(Change.weight("a", 3)));
    assertThat(w.row("C", "root").scenario()).isCloseTo(35, within(1e-12));
    assertThat(w.delta("B", "root")).isZero();
  }

  @Test
  void strength_changesAModulatorWithoutRefit() {
    Framework fw = Framework.of(Scorer.composite("root", Scorer.indicator("a"))
        .modulatedBy(Scorer.indicator("b"), 0.5));
    FittedIndex f = Index.builder(fw).build().fit(PANEL.withoutColumns(List.of()));
    Simulator sim = Simulator.of(f, PANEL);
    ScenarioComparison c = sim.apply(Scenario.named("s").with(Change.strength("b", 1)));
    // C: a 50, b 20: root 50 (1 + s (20 - 50) / 50): s 0.5 -> 35, s 1 -> 20
    assertThat(c.row("C", "root").baseline()).isCloseTo(35, within(1e-12));
    assertThat(c.row("C", "root").scenario()).isCloseTo(20, within(1e-12));
    assertThat(f.withStrengths(java.util.Map.of("b", 1.0)).framework().toString())
        .contains("strength 1.00");
  }

  @Test
  void emptyScenario_changesNothing() {
    ScenarioComparison c = SIM.apply(Scenario.named("nothing"));
    assertThat(c.movers()).isEmpty();
    assertThat(c.toString()).contains("(nothing moved)");
  }

  @Test
  void badScenarios_nameScenarioRowAndChange() {
    assertThatThrownBy(() -> SIM.apply(Scenario.named("s1").with(Change.set("a", 1)
        .forEntity("ZZZ")))).hasMessageContaining("scenario 's1', change 1 (ZZZ a set 1)")
        .hasMessageContaining("unknown entity 'ZZZ'");
    assertThatThrownBy(() -> SIM.apply(Scenario.named("s2").with(Change.set("a", 1))
        .with(Change.set("nope", 1)))).hasMessageContaining("scenario 's2', change 2")
        .hasMessageContaining("'nope' is not an indicator of framework 'root'; indicators: a, b");
    assertThatThrownBy(() -> SIM.apply(Scenario.named("s3").with(Change.multiply("a", 2)
        .forEntity("D")))).hasMessageContaining("D has no value for a, so there is nothing to"
        + " multiply; use set");
    assertThatThrownBy(() -> SIM.apply(Scenario.named("s4").with(Change.set("a", 11)
        .forEntity("C")))).hasMessageContaining("C a = 11 is beyond its plausible best 10"
        + " (best observed, B)");
    assertThat(SIM.withRange("a", 0, 12).apply(Scenario.named("s5").with(Change.set("a", 11)
        .forEntity("C"))).delta("C", "root")).isCloseTo(12.5, within(1e-12)); // clipped at 100
    assertThatThrownBy(() -> SIM.apply(Scenario.named("s6").with(Change.toGroupMedian("a", "g9"))))
        .hasMessageContaining("no entity is in group 'g9'; groups: [g1, g2]");
    assertThatThrownBy(() -> SIM.apply(Scenario.named("s7").with(Change.toTierMedian("a", "Top"))))
        .hasMessageContaining("no tier 'Top'");
  }

  @Test
  void logDomain_isChecked() {
    Framework fw = Framework.of(Scorer.composite("root", Scorer.indicator("a").log(),
        Scorer.indicator("b")));
    Panel panel = Panel.builder("a", "b").add("A", 1, 0).add("B", 100, 10).add("C", 10, 5)
        .build();
    Simulator sim = Simulator.of(Index.builder(fw).build().fit(panel), panel);
    assertThatThrownBy(() -> sim.apply(Scenario.named("neg").with(Change.add("a", -20)
        .forEntity("C")))).hasMessageContaining("scenario 'neg', change 1 (C a add -20)")
        .hasMessageContaining("C a = -10 is outside the log transform's domain");
    // solve on the log scale: root = (100 ln(a)/ln(100) + 50) / 2 >= 75 -> a = 100^(1) = 100;
    // >= 62.5 -> ln a = 0.75 ln 100 -> a = 31.6227766
    Solution s = sim.solve("C", "a", Target.score(62.5));
    assertThat(s.value()).isCloseTo(Math.pow(100, 0.75), within(1e-6));
    assertThat(s.logScale()).isTrue();
  }

  @Test
  void solve_closedFormAgrees() {
    // root = (a_norm + 60) / 4 >= 35 -> a_norm = 80 -> a = 8
    Solution s = SIM.solve("C", "a", Target.score(35));
    assertThat(s.value()).isCloseTo(8, within(5 * 1e-9 * 5));
    assertThat(s.score()).isGreaterThanOrEqualTo(35);
    assertThat(s.toString()).contains("C reaches score >= 35").contains("a = 8");
    Solution tier = SIM.solve("C", "b", Target.tier("Ready"));
    // (50 + 3 b_norm) / 4 >= 30 -> b_norm = 23.33 -> b = 2.3333
    assertThat(tier.value()).isCloseTo(7.0 / 3, within(1e-7));
    assertThat(SIM.solve("B", "a", Target.score(50)).alreadyReached()).isTrue();
  }

  @Test
  void solve_unreachable_saysTheBestReachable() {
    // rank 1 needs B's 100; a alone at 10 gives (100 + 60) / 4 = 40
    assertThatThrownBy(() -> SIM.solve("C", "a", Target.rank(1)))
        .hasMessageContaining("solve C a for rank <= 1")
        .hasMessageContaining("unreachable: even at its plausible best a = 10 (best observed, B)"
            + " C's root is 40.00, below 100");
  }

  @Test
  void path_picksTheCheapestSmallestSet() {
    // to 35: a 5 -> 8 (0.3 of its range) or b 2 -> 3 (0.1): b
    TargetPath p = SIM.path("C", Target.score(35));
    assertThat(p.method()).isEqualTo(TargetPath.Method.EXACT);
    assertThat(p.steps()).extracting(TargetPath.Step::indicator).containsExactly("b");
    assertThat(p.steps().get(0).to()).isCloseTo(3, within(1e-7));
    assertThat(p.score()).isGreaterThanOrEqualTo(35);
    assertThat(p.why()).contains("one change suffices; of the 2 single changes that reach 35");
    // with a expensive per unit of b, still b; with b ten times dearer than a: a (0.3 < 10 * 1)
    TargetPath dear = SIM.path("C", Target.score(35), PathOptions.defaults().cost("b", 10)
        .cost("a", 1));
    assertThat(dear.steps()).extracting(TargetPath.Step::indicator).containsExactly("a");
    // 100 needs both at their best
    TargetPath both = SIM.path("C", Target.score(100));
    assertThat(both.changes()).isEqualTo(2);
    assertThatThrownBy(() -> SIM.path("C", Target.score(100), PathOptions.defaults()
        .maxChanges(1))).hasMessageContaining("unreachable with at most 1 changes");
    assertThat(SIM.path("C", Target.tier("Ready")).toString())
        .contains("Path for C to tier Ready").contains("(Nascent -> Ready)");
  }

  @Test
  void sweep_tracksScoreAndRank() {
    Sweep s = SIM.sweep("C", "a", 0, 12, 4);
    // a 0, 4, 8, 12 -> 0, 40, 80, 100 (clipped): root 15, 25, 35, 40
    assertThat(s.points()).extracting(Sweep.Point::score).containsExactly(15.0, 25.0, 35.0,
        40.0);
    assertThat(s.points().get(3).plausible()).isFalse();
    assertThat(s.toString()).contains("* beyond the plausible best value");
    Sweep w = SIM.sweepWeight("a", 1, 3, 3, "C");
    assertThat(w.points().get(2).score()).isCloseTo(35, within(1e-12));
  }
}
