package io.github.diamondscore.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.normalize.Normalization;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.Index;
import io.github.diamondscore.testing.RandomCases;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over seeded random frameworks (monotone aggregations, modulators now and then) and
 * panels with missing cells; each case is a pure function of its seed.
 */
class ScenarioPropertiesTest {
  static Stream<Long> seeds() {
    return RandomCases.seeds(40);
  }

  private static Simulator simulator(SplittableRandom rnd) {
    Framework fw = RandomCases.framework(rnd, true);
    Panel p = RandomCases.panel(rnd, fw, 4 + rnd.nextInt(12), 0.2);
    FittedIndex f = Index.builder(fw).normalization(Normalization.minMax(1, 100)).build().fit(p);
    return Simulator.of(f, p);
  }

  /** A random (entity, indicator) with a present value below its plausible best, if any. */
  private static Object[] improvable(SplittableRandom rnd, Simulator sim) {
    Panel p = sim.reference();
    List<Object[]> out = new ArrayList<>();
    for (Indicator ind : sim.fitted().framework().indicators()) {
      if (sim.fitted().framework().path(ind.id()).stream()
          .anyMatch(n -> sim.fitted().framework().isModulator(n.id()))) {
        continue; // under a modulator: still monotone, but keep to weighted paths for paths
      }
      for (int r = 0; r < p.size(); r++) {
        double v = p.value(r, p.columnIndex(ind.column()));
        double best = sim.plausibleRange(p.entity(r), ind.id())[1];
        if (!Double.isNaN(v) && ind.direction().sign() * (best - v) > 0) {
          out.add(new Object[] {p.entity(r), ind, v, best});
        }
      }
    }
    return out.isEmpty() ? null : out.get(rnd.nextInt(out.size()));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void emptyScenario_changesNothing(long seed) {
    Simulator sim = simulator(new SplittableRandom(seed));
    ScenarioComparison c = sim.apply(Scenario.named("empty"));
    assertThat(c.movers()).as("seed %d", seed).isEmpty();
    assertThat(c.rows()).hasSize(sim.reference().size() * sim.fitted().framework().size());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void improvingAnIndicator_neverLowersAnAncestor(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Simulator sim = simulator(rnd);
    Object[] pick = improvable(rnd, sim);
    if (pick == null) {
      return;
    }
    String entity = (String) pick[0];
    Indicator ind = (Indicator) pick[1];
    double to = (double) pick[2] + rnd.nextDouble(0.01, 1) * ((double) pick[3] - (double) pick[2]);
    ScenarioComparison c = sim.apply(Scenario.named("up").with(Change.set(ind.id(), to)
        .forEntity(entity)));
    for (Node n : sim.fitted().framework().path(ind.id())) {
      ScenarioComparison.Row row = c.row(entity, n.id());
      assertThat(row.scenario()).as("seed %d, %s raised to %s: %s", seed, ind.id(), to, row)
          .isGreaterThanOrEqualTo(row.baseline() - 1e-9);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void solvedValue_appliedReachesTheTarget(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Simulator sim = simulator(rnd);
    Object[] pick = improvable(rnd, sim);
    if (pick == null) {
      return;
    }
    String entity = (String) pick[0];
    Indicator ind = (Indicator) pick[1];
    String root = sim.fitted().framework().root().id();
    double base = sim.baseline().score(entity, root);
    double atBest = sim.apply(Scenario.named("best").with(Change.set(ind.id(), (double) pick[3])
        .forEntity(entity))).row(entity, root).scenario();
    if (!(atBest - base > 1e-6)) {
      return;
    }
    double target = base + rnd.nextDouble(0.05, 1) * (atBest - base);
    Solution s = sim.solve(entity, ind.id(), Target.score(target));
    double reached = sim.apply(s.asScenario()).row(entity, root).scenario();
    assertThat(reached).as("seed %d: %s", seed, s).isGreaterThanOrEqualTo(target - 1e-9);
    assertThat(reached).isEqualTo(s.score());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void exactPath_reachesAndNoStrictSubsetDoes(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Simulator sim = simulator(rnd);
    String root = sim.fitted().framework().root().id();
    String entity = sim.reference().entity(rnd.nextInt(sim.reference().size()));
    double base = sim.baseline().score(entity, root);
    ScenarioComparison frontier = sim.apply(Scenario.named("all").with(Change.toFrontier(root)
        .forEntity(entity)));
    double top = frontier.row(entity, root).scenario();
    if (Double.isNaN(base) || !(top - base > 1e-6)) {
      return;
    }
    double target = base + rnd.nextDouble(0.05, 0.9) * (top - base);
    TargetPath path;
    try {
      path = sim.path(entity, Target.score(target), PathOptions.defaults().maxChanges(4));
    } catch (IllegalArgumentException e) {
      // Only filling a missing value would reach it, or more than 4 changes are needed.
      assertThat(e).as("seed %d", seed).hasMessageContaining("unreachable");
      return;
    }
    assertThat(path.method()).isEqualTo(TargetPath.Method.EXACT);
    double reached = sim.apply(path.asScenario()).row(entity, root).scenario();
    assertThat(reached).as("seed %d: %s", seed, path).isGreaterThanOrEqualTo(target - 1e-9);
    List<TargetPath.Step> steps = path.steps();
    for (int mask = 0; mask < (1 << steps.size()) - 1; mask++) {
      Scenario subset = Scenario.named("subset");
      for (int i = 0; i < steps.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          subset = subset.with(Change.set(steps.get(i).indicator(), steps.get(i).bound())
              .forEntity(entity));
        }
      }
      assertThat(sim.apply(subset).row(entity, root).scenario())
          .as("seed %d: strict subset %s of %s at its bounds", seed, subset, path)
          .isLessThan(target);
    }
  }
}
