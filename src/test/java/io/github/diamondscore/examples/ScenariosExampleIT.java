package io.github.diamondscore.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diamondscore.diamond.BeltAndRoad;
import io.github.diamondscore.diamond.GoGlobal;
import io.github.diamondscore.diamond.Tiers;
import io.github.diamondscore.scenario.Change;
import io.github.diamondscore.scenario.PathOptions;
import io.github.diamondscore.scenario.Scenario;
import io.github.diamondscore.scenario.Simulator;
import io.github.diamondscore.scenario.Target;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/scenarios.jsh} through the real jshell binary and checks that it prints
 * what the same calls print in this JVM.
 */
class ScenariosExampleIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();

  @Test
  void scenarios_printsThreeComparisonsASweepASolveAndAPath() throws Exception {
    String out = JShellProcess.run(ROOT, "examples/scenarios.jsh");
    Simulator sim = Simulator.of(GoGlobal.fit(), BeltAndRoad.countries())
        .withBands(Tiers.defaults().bands());
    assertThat(out).contains(sim.apply(Scenario.named("KAZ logistics like POL")
        .with(Change.like("logistics", "POL").forEntity("KAZ"))).toString())
        .contains("Scenario 'Digital Central Asia'")
        .contains("Scenario 'Government twice as strong'")
        .contains(sim.sweep("KAZ", "internet_users_pct", 60, 100, 5).toString())
        .contains(sim.solve("KAZ", "internet_users_pct", Target.score(49)).toString())
        .contains(sim.path("KAZ", Target.tier("Ready"), PathOptions.defaults().maxChanges(2)
            .exclude(GoGlobal.assess().fixedColumns())).toString())
        .contains("(Emerging -> Ready)");
  }
}
