package io.github.diamondscore.diamond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.diamondscore.aggregate.Aggregation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Modulator;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.score.Scores;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PorterDiamondTest {

  @Test
  void framework_structure_geometricDeterminantsModulatedByChanceAndGovernment() {
    Framework fw = PorterDiamond.framework();
    Composite root = (Composite) fw.root();
    assertThat(root.id()).isEqualTo("diamond");
    assertThat(root.aggregation()).hasValue(Aggregation.geometric());
    assertThat(root.children()).extracting(Node::id).containsExactly("factor_conditions",
        "demand_conditions", "related_industries", "firm_strategy");
    assertThat(root.modulators()).extracting(m -> m.node().id(), Modulator::strength)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("chance", 0.15),
            org.assertj.core.groups.Tuple.tuple("government", 0.25));
    assertThat(fw.isModulator("government")).isTrue();
    // Every diamond placement of model v2 sits under its factor, with its code as id; two
    // indicators per factor, chance one.
    int placed = 0;
    for (Placement p : GoGlobal.placements()) {
      if (fw.node(p.parent()).isPresent()) {
        assertThat(fw.parent(p.column()).orElseThrow().id()).as(p.column())
            .isEqualTo(p.parent());
        placed++;
      }
    }
    assertThat(fw.indicators()).hasSize(placed).hasSize(11);
    assertThat(fw.children("chance")).extracting(Node::id)
        .containsExactly("gdp_pc_growth_5y_pct");
  }

  @Test
  void v1_structure_everyV1IndicatorUnderItsMetadataFactor() {
    Framework fw = PorterDiamond.v1();
    for (String code : GoGlobal.V1_INDICATORS) {
      assertThat(fw.parent(code).orElseThrow().id()).as(code)
          .isEqualTo(BeltAndRoad.indicator(code).factor().nodeId());
    }
    assertThat(fw.indicators()).hasSize(25);
  }

  // The diamond's formula checked on the bundled data from the factor scores the same fit
  // produces: D = (FC * DC * RI * FS)^(1/4) * (1 + .15 (C - 50)/50) * (1 + .25 (G - 50)/50),
  // clipped to [0, 100] -- arithmetic written out here, not taken from the library.
  @Test
  void score_bundledData_rootFollowsDocumentedFormula() {
    Scores s = PorterDiamond.assess().scores();
    for (int r = 0; r < s.size(); r++) {
      double det = Math.pow(s.score(r, "factor_conditions") * s.score(r, "demand_conditions")
          * s.score(r, "related_industries") * s.score(r, "firm_strategy"), 0.25);
      double c = s.score(r, "chance");
      double g = s.score(r, "government");
      double d = det * (Double.isNaN(c) ? 1 : 1 + 0.15 * (c - 50) / 50)
          * (Double.isNaN(g) ? 1 : 1 + 0.25 * (g - 50) / 50);
      if (Double.isNaN(det)) {
        continue; // e.g. LAO, TLS: a determinant is missing, the geometric mean renormalizes
      }
      assertThat(s.score(r, "diamond")).as(s.entities().get(r))
          .isCloseTo(Math.min(100, Math.max(0, d)), within(1e-9));
    }
  }

  @Test
  void framework_zeroStrengths_diamondIsGeometricMeanOfDeterminants() {
    Panel data = BeltAndRoad.countries();
    Scores s = PorterDiamond.index(PorterDiamond.framework(0, 0)).fit(data).score(data);
    double fc = s.score("CHN", "factor_conditions");
    double dc = s.score("CHN", "demand_conditions");
    double ri = s.score("CHN", "related_industries");
    double fs = s.score("CHN", "firm_strategy");
    assertThat(s.score("CHN", "diamond")).isCloseTo(Math.pow(fc * dc * ri * fs, 0.25),
        within(1e-9));
    // The independent numpy implementation of model v2 (see GoGlobalTest) on all 79 countries
    // gives CHN determinants = 61.9382366141184 (factors 57.84, 78.96, 50.44, 63.90 rounded;
    // (57.84 * 78.96 * 50.44 * 63.90)^(1/4) = 61.94).
    assertThat(s.score("CHN", "diamond")).isCloseTo(61.9382366141184, within(1e-9));
  }

  @Test
  void plain_sixWeightedFactorsArithmetic() {
    Framework fw = PorterDiamond.plain();
    Composite root = (Composite) fw.root();
    assertThat(root.aggregation()).hasValue(Aggregation.arithmetic());
    assertThat(root.modulators()).isEmpty();
    assertThat(root.children()).extracting(Node::id, Node::weight).containsExactly(
        org.assertj.core.groups.Tuple.tuple("factor_conditions", 1.0),
        org.assertj.core.groups.Tuple.tuple("demand_conditions", 1.0),
        org.assertj.core.groups.Tuple.tuple("related_industries", 1.0),
        org.assertj.core.groups.Tuple.tuple("firm_strategy", 1.0),
        org.assertj.core.groups.Tuple.tuple("chance", 0.5),
        org.assertj.core.groups.Tuple.tuple("government", 1.0));
    Panel data = BeltAndRoad.countries();
    Scores s = PorterDiamond.index(fw).fit(data).score(data);
    // (FC + DC + RI + FS + 0.5 C + G) / 5.5 for a country with every factor present.
    double expected = (s.score("CHN", "factor_conditions") + s.score("CHN", "demand_conditions")
        + s.score("CHN", "related_industries") + s.score("CHN", "firm_strategy")
        + 0.5 * s.score("CHN", "chance") + s.score("CHN", "government")) / 5.5;
    assertThat(s.score("CHN", "diamond")).isCloseTo(expected, within(1e-9));
  }

  @Test
  void framework_missingFactor_namesIt() {
    List<IndicatorInfo> noChance = new ArrayList<>(BeltAndRoad.indicators());
    noChance.removeIf(i -> i.factor() == Factor.CHANCE);
    assertThatThrownBy(() -> PorterDiamond.v1(noChance))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no indicator for diamond factor 'Chance'");
  }

  @Test
  void framework_strengthOutOfRange_rejected() {
    assertThatThrownBy(() -> PorterDiamond.v1(BeltAndRoad.indicators(), 1.5, 0.25))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("chance").hasMessageContaining("strength (1.5)");
  }

  @Test
  void factor_parse_labelOrIdCaseInsensitive() {
    assertThat(Factor.parse(" firm strategy, structure and rivalry "))
        .isEqualTo(Factor.FIRM_STRATEGY);
    assertThat(Factor.parse("GOVERNMENT")).isEqualTo(Factor.GOVERNMENT);
    assertThat(Area.parse("network")).isEqualTo(Area.NETWORK);
    assertThat(Area.NETWORK.isInfrastructure()).isTrue();
    assertThat(Area.RISK.isInfrastructure()).isFalse();
    assertThat(Factor.CHANCE.isDeterminant()).isFalse();
  }
}
