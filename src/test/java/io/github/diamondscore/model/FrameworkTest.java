package io.github.diamondscore.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameworkTest {
  private final Indicator a = Indicator.of("a");
  private final Indicator b = Indicator.of("b").withWeight(3);
  private final Framework fw = Framework.of(Composite.of("root",
      Composite.of("left", a, b).geometric(), Indicator.of("c").modulatedBy(Indicator.of("m"), 0.5)));

  @Test
  void of_duplicateIdAnywhere_namesIt() {
    assertThatThrownBy(() -> Framework.of(Composite.of("r", Composite.of("x", a), a)))
        .hasMessageContaining("duplicate node id 'a'");
    assertThatThrownBy(() -> Framework.of(Composite.of("r", a.modulatedBy(Indicator.of("a"), 0.1))))
        .hasMessageContaining("duplicate node id 'a'");
  }

  @Test
  void nodes_preOrderWithModulatorsAfterChildren() {
    assertThat(fw.nodes()).extracting(Node::id).containsExactly("root", "left", "a", "b", "c", "m");
    assertThat(fw.isModulator("m")).isTrue();
    assertThat(fw.level("m")).isEqualTo(2);
    assertThat(fw.parent("m").map(Node::id)).contains("c");
  }

  @Test
  void withWeights_returnsNewFrameworkAndLeavesOldOne() {
    Framework re = fw.withWeights(Map.of("a", 5.0));
    assertThat(re.require("a").weight()).isEqualTo(5.0);
    assertThat(fw.require("a").weight()).isEqualTo(1.0);
    assertThat(((Composite) re.require("left")).aggregation()).isEqualTo(
        ((Composite) fw.require("left")).aggregation());
  }

  @Test
  void with_replacesANodeDeepInside() {
    Framework re = fw.with(Indicator.of("m").lowerIsBetter());
    assertThat(((Indicator) re.require("m")).direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(re.isModulator("m")).isTrue();
  }

  @Test
  void require_unknown_listsNodes() {
    assertThatThrownBy(() -> fw.require("zzz")).hasMessageContaining("no node 'zzz'")
        .hasMessageContaining("root, left, a");
  }

  @Test
  void nodeFactories_rejectBadArguments() {
    assertThatThrownBy(() -> Indicator.of("a").withWeight(0)).hasMessageContaining("node 'a'")
        .hasMessageContaining("weight (0.0)");
    assertThatThrownBy(() -> Indicator.of("a").goalposts(5, 1)).hasMessageContaining("indicator 'a'")
        .hasMessageContaining("below high");
    assertThatThrownBy(() -> Indicator.of("")).hasMessageContaining("node id ''");
    assertThatThrownBy(() -> Direction.of(0)).hasMessageContaining("direction (0)");
    assertThatThrownBy(() -> Composite.of("r", a, a)).hasMessageContaining("child 'a' twice");
    assertThatThrownBy(() -> a.modulatedBy(b, 2)).hasMessageContaining("strength (2.0)");
    assertThatThrownBy(() -> Transform.parse("sqrt")).hasMessageContaining("'sqrt'");
  }

  @Test
  void builder_rowByRow_equalsTheTreeBuiltFromNodes() {
    Framework rows = Framework.builder("readiness")
        .indicator("tariff", "readiness", Indicator::lowerIsBetter)
        .composite("logistics", "readiness", c -> c.geometric().withWeight(2))
        .indicator("lpi_customs", "logistics", i -> i.goalposts(1, 5))
        .indicator("lpi_timeliness", "logistics", i -> i.goalposts(1, 5))
        .modulator("growth", "logistics", 0.15)
        .root(c -> c.named("Readiness"))
        .build();
    Framework nodes = Framework.of(Composite.of("readiness",
        Indicator.of("tariff").lowerIsBetter(),
        Composite.of("logistics", Indicator.of("lpi_customs").goalposts(1, 5),
            Indicator.of("lpi_timeliness").goalposts(1, 5)).geometric().withWeight(2)
            .modulatedBy(Indicator.of("growth"), 0.15)).named("Readiness"));
    assertThat(rows).isEqualTo(nodes);
    assertThat(rows.isModulator("growth")).isTrue();
  }

  @Test
  void builder_rejectsWhatTheCsvRejects() {
    assertThatThrownBy(() -> Framework.builder("r").indicator("a", "ghost").build())
        .hasMessageContaining("node 'a' has parent 'ghost'");
    assertThatThrownBy(() -> Framework.builder("r").indicator("a", "r").indicator("a", "r"))
        .hasMessageContaining("duplicate node id 'a'");
    assertThatThrownBy(() -> Framework.builder("r").indicator("a", "r").indicator("b", "a")
        .build()).hasMessageContaining("parent 'a', which is an indicator");
    assertThatThrownBy(() -> Framework.builder("r").indicator("a", "r").composite("c", "r")
        .build()).hasMessageContaining("composite 'c' has no children");
    assertThatThrownBy(() -> Framework.builder("r").indicator("a", "r").composite("x", "y")
        .composite("y", "x").indicator("z", "x").build())
        .hasMessageContaining("not connected to the root 'r'");
    assertThatThrownBy(() -> Framework.builder("r").modulator("m", "r", 3))
        .hasMessageContaining("strength (3.0)");
  }

  @Test
  void toString_outlinesTheTree() {
    String s = fw.toString();
    assertThat(s).contains("Framework 'root' (6 nodes, 4 indicators)")
        .contains("b  w=0.750").contains("~ m  modulates c, strength 0.50").contains("geometric");
  }
}
