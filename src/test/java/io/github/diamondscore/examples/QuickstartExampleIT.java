package io.github.diamondscore.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.diamondscore.data.Observation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.normalize.Normalization;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.Index;
import io.github.diamondscore.score.Scorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/quickstart.jsh} through the real jshell binary, as the README says, and
 * checks what it prints.
 */
class QuickstartExampleIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();

  @Test
  void quickstart_printsFrameworkScoresAndCard() throws Exception {
    String out = JShellProcess.run(ROOT, "examples/quickstart.jsh");
    assertThat(out).contains("Framework 'readiness' (6 nodes, 4 indicators)")
        .contains("Scores 'readiness' (4 entities x 6 nodes)")
        .contains("ScoreCard 'KAZ' on 'readiness'");
    // The script's KAZ total, recomputed here through the same public API (an independent
    // run in this JVM): the jshell session must print exactly this value.
    var logistics = Scorer.composite("logistics",
        Scorer.indicator("lpi_customs").goalposts(1, 5),
        Scorer.indicator("lpi_timeliness").goalposts(1, 5)).geometric().withWeight(2);
    var fw = Framework.of(Scorer.composite("readiness", logistics,
        Scorer.indicator("internet_users_pct"), Scorer.indicator("tariff").lowerIsBetter()));
    Panel panel = Panel.builder("lpi_customs", "lpi_timeliness", "internet_users_pct", "tariff")
        .add("CHN", 3.32, 3.90, 64.0809, 4.59).add("SGP", 4.18, 4.40, 88.9493, 0)
        .add("MYS", 3.17, 3.65, 84.1871, 3.49).add("MNG", 2.39, 3.40, 51.08, 4.69).build();
    FittedIndex f = Index.builder(fw).normalization(Normalization.minMax(1, 100)).build()
        .fit(panel);
    double kaz = f.score(Observation.of("KAZ", Map.of("lpi_customs", 2.52, "lpi_timeliness",
        3.06, "internet_users_pct", 81.8776))).total();
    // By hand: logistics = sqrt((1 + 99*1.52/4) * (1 + 99*2.06/4)) = sqrt(38.62 * 51.985)
    // = 44.807; internet = 1 + 99 * (81.8776 - 51.08) / (88.9493 - 51.08) = 81.51;
    // tariff missing -> (2 * 44.807 + 81.51) / 3 = 57.04
    assertThat(kaz).isBetween(57.0, 57.1);
    assertThat(out).contains(String.format(Locale.ROOT, "KAZ readiness %.2f (tariff missing:"
        + " coverage 75%%)", kaz));
  }

  @Test
  void runner_failsOnWhatRealJshellRejects() throws Exception {
    // The old quick start: each line starting with ".add" is a statement of its own in jshell.
    Path dir = Files.createDirectories(ROOT.resolve("target/it-scripts"));
    Files.writeString(dir.resolve("leading-dot.jsh"), String.join("\n",
        "import io.github.diamondscore.data.*;",
        "var panel = Panel.builder(\"x\")",
        "        .add(\"A\", 1.0)",
        "        .build();",
        "System.out.println(panel);", ""));
    assertThatThrownBy(() -> JShellProcess.run(ROOT, "target/it-scripts/leading-dot.jsh"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("illegal start of expression");
  }

  @Test
  void everyExampleScriptHasATest() throws Exception {
    try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsh")))
          .containsExactlyInAnyOrder("quickstart.jsh", "belt-and-road.jsh", "enterprise.jsh",
              "seed-figures.jsh", "scenarios.jsh");
    }
  }
}
