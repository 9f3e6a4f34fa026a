package io.github.diamondscore.diamond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.diamondscore.aggregate.Aggregation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.FrameworkCsv;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.model.Transform;
import io.github.diamondscore.normalize.Normalization;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.Index;
import io.github.diamondscore.score.Scores;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GoGlobalTest {

  static Panel threeCountries() {
    Panel all = BeltAndRoad.countries();
    return all.rows(new int[] {all.row("CHN").orElseThrow(), all.row("SGP").orElseThrow(),
        all.row("MNG").orElseThrow()});
  }

  // Three-country worked example: the go-global model fitted and scored on CHN, SGP and MNG
  // only. Expected values from an independent python implementation (stdlib only) of the
  // documented model, run on data/countries.csv:
  //
  //   LOG = {population, gdp_pc_const_usd, market_cap_pct_gdp, merch_trade_pct_gdp}
  //   fit: per indicator, x = sign * (log x if in LOG else x) over the 3 rows; lo, hi = min, max
  //        fdi_inflow_pct_gdp: goalposts lo, hi = 0, 10 (no fit)
  //   norm(x) = clip(1 + 99 (x - lo) / (hi - lo), 1, 100); blank -> missing
  //   factor / area = mean of present normalized indicators (diamond_factor / influence_area)
  //   det = (FC * DC * RI * FS) ** (1/4)
  //   diamond = clip(det * (1 + .15 (chance - 50)/50) * (1 + .25 (gov - 50)/50), 0, 100)
  //   infrastructure = mean(logistics, network, finance)
  //   readiness = mean(diamond, platform, risk, infrastructure)
  //
  // Results (python repr):
  //   CHN FC 75.55454813070357 DC 34.101796800521974 RI 55.45843443993568 FS 7.3631755
  //       chance 78.64753297508551 gov 17.356657097592645 diamond 29.102984269287088
  //       platform 7.3631755 risk 23.90960179387799 infrastructure 43.006719779089984
  //       readiness 25.845620335563765
  //   MNG diamond 9.766811881883852 platform 80.62804611548192 risk 35.59453781512605
  //       infrastructure 27.91267678954573 readiness 38.475518150509394
  //   SGP diamond 99.98562295671609 readiness 93.33103565615839
  // By hand for SGP: det = (94.2656 * 82.0278 * 100 * 100)^(1/4) = 93.7732; chance 1 ->
  //   1 + 0.15 * (1 - 50)/50 = 0.853; government 100 -> 1.25; 93.7732 * 0.853 * 1.25 = 99.9856.
  //   CHN FS: fdi 1.28549 on goalposts 0..10 -> 1 + 99 * 0.128549 = 13.7264; merch trade is the
  //   lowest of the three -> 1; mean 7.3632.
  @Test
  void score_threeCountrySubset_matchesIndependentComputation() {
    Panel three = threeCountries();
    Scores s = GoGlobal.index().fit(three).score(three);
    double tol = 1e-9;
    assertThat(s.score("CHN", "factor_conditions")).isCloseTo(75.55454813070357, within(tol));
    assertThat(s.score("CHN", "demand_conditions")).isCloseTo(34.101796800521974, within(tol));
    assertThat(s.score("CHN", "related_industries")).isCloseTo(55.45843443993568, within(tol));
    assertThat(s.score("CHN", "firm_strategy")).isCloseTo(7.3631755, within(tol));
    assertThat(s.score("CHN", "chance")).isCloseTo(78.64753297508551, within(tol));
    assertThat(s.score("CHN", "government")).isCloseTo(17.356657097592645, within(tol));
    assertThat(s.score("CHN", "diamond")).isCloseTo(29.102984269287088, within(tol));
    assertThat(s.score("CHN", "platform")).isCloseTo(7.3631755, within(tol));
    assertThat(s.score("CHN", "risk")).isCloseTo(23.90960179387799, within(tol));
    assertThat(s.score("CHN", "infrastructure")).isCloseTo(43.006719779089984, within(tol));
    assertThat(s.score("CHN", "readiness")).isCloseTo(25.845620335563765, within(tol));
    assertThat(s.score("MNG", "diamond")).isCloseTo(9.766811881883852, within(tol));
    assertThat(s.score("MNG", "platform")).isCloseTo(80.62804611548192, within(tol));
    assertThat(s.score("MNG", "risk")).isCloseTo(35.59453781512605, within(tol));
    assertThat(s.score("MNG", "infrastructure")).isCloseTo(27.91267678954573, within(tol));
    assertThat(s.score("MNG", "readiness")).isCloseTo(38.475518150509394, within(tol));
    assertThat(s.score("SGP", "diamond")).isCloseTo(99.98562295671609, within(tol));
    assertThat(s.score("SGP", "readiness")).isCloseTo(93.33103565615839, within(tol));
    assertThat(s.rank("SGP", "readiness")).hasValue(1);
    assertThat(s.rank("MNG", "readiness")).hasValue(2);
    // MNG has no market capitalization: finance uses account ownership alone, coverage 1/2.
    assertThat(s.coverage("MNG", "finance")).isEqualTo(0.5);
  }

  @Test
  void framework_structure_fourEqualAreasWithIdScheme() {
    Framework fw = GoGlobal.framework();
    Node root = fw.root();
    assertThat(root.id()).isEqualTo("readiness");
    assertThat(root.children()).extracting(Node::id)
        .containsExactly("diamond", "platform", "risk", "infrastructure");
    assertThat(root.children()).allMatch(n -> n.weight() == 1);
    assertThat(fw.children("infrastructure")).extracting(Node::id)
        .containsExactly("logistics", "network", "finance");
    // Outside the diamond: <composite id>.<column>, reading the column.
    Indicator t = (Indicator) fw.require("logistics.lpi_timeliness");
    assertThat(t.column()).isEqualTo("lpi_timeliness");
    assertThat(fw.parent("platform.fdi_inflow_pct_gdp").orElseThrow().id()).isEqualTo("platform");
    // Inside the diamond the id is the column.
    assertThat(((Indicator) fw.require("lpi_timeliness")).column()).isEqualTo("lpi_timeliness");
    // Every bundled indicator feeds the diamond; the others feed their area.
    Set<String> diamondColumns = new HashSet<>();
    for (Node n : fw.leaves("diamond")) {
      diamondColumns.add(((Indicator) n).column());
    }
    assertThat(diamondColumns).hasSize(25);
    for (IndicatorInfo info : BeltAndRoad.indicators()) {
      if (info.area() != Area.ADVANTAGE) {
        Node n = fw.require(GoGlobal.nodeId(info.area(), info.code()));
        assertThat(fw.parent(n.id()).orElseThrow().id()).isEqualTo(info.area().nodeId());
      }
    }
    // 25 in the diamond + 19 in the other areas (6 are national competitive advantage only).
    assertThat(fw.indicators()).hasSize(44);
  }

  @Test
  void framework_indicatorTreatments_logAndGoalposts() {
    Framework fw = GoGlobal.framework();
    for (String c : List.of("population", "gdp_pc_const_usd", "market_cap_pct_gdp",
        "merch_trade_pct_gdp", "platform.merch_trade_pct_gdp")) {
      assertThat(((Indicator) fw.require(c)).transform()).as(c).isEqualTo(Transform.LOG);
    }
    Indicator fdi = (Indicator) fw.require("fdi_inflow_pct_gdp");
    assertThat(fdi.goalposts()).hasValueSatisfying(g -> {
      assertThat(g.low()).isEqualTo(0.0);
      assertThat(g.high()).isEqualTo(10.0);
    });
    assertThat(((Indicator) fw.require("lpi_overall")).transform()).isEqualTo(Transform.NONE);
    assertThat(BeltAndRoad.indicator("population").treatment()).isEqualTo("log");
    assertThat(BeltAndRoad.indicator("fdi_inflow_pct_gdp").treatment())
        .isEqualTo("goalposts 0..10");
    assertThat(BeltAndRoad.indicator("cpi_ti").treatment()).isEqualTo("none");
  }

  @Test
  void sameColumnTwice_sameNormalizedValueInBothPlaces() {
    Scores s = GoGlobal.assess().scores();
    for (int r = 0; r < s.size(); r++) {
      double a = s.score(r, "lpi_timeliness");
      double b = s.score(r, "logistics.lpi_timeliness");
      assertThat(Double.doubleToLongBits(a)).isEqualTo(Double.doubleToLongBits(b));
    }
  }

  @Test
  void frameworkCsv_writeThenRead_equalFrameworkAndScores() {
    for (Framework fw : List.of(GoGlobal.framework(), PorterDiamond.framework(),
        PorterDiamond.plain())) {
      String csv = FrameworkCsv.toCsv(fw);
      Framework back = FrameworkCsv.read(new StringReader(csv), "model.csv");
      assertThat(back).as(fw.root().id()).isEqualTo(fw);
      Panel data = BeltAndRoad.countries();
      Scores a = PorterDiamond.index(fw).fit(data).score(data);
      Scores b = PorterDiamond.index(back).fit(data).score(data);
      assertThat(b).isEqualTo(a);
    }
  }

  @Test
  void rescore_otherMethods_rankAndPercentileWork() {
    Panel data = BeltAndRoad.countries();
    Framework fw = GoGlobal.framework();
    // percentile:1:100 and rank keep every normalized value above 0, so the geometric diamond is
    // defined; the ranking changes with the method but every entity is scored.
    for (Normalization n : List.of(Normalization.percentile(1, 100), Normalization.rank())) {
      Scores s = Index.builder(fw).normalization(n).build().fit(data).score(data);
      for (int r = 0; r < s.size(); r++) {
        assertThat(s.score(r, "readiness")).as("%s %s", n, s.entities().get(r)).isPositive();
      }
    }
    // Harmonic default aggregation: composites without their own aggregation change, the
    // diamond keeps its geometric mean.
    Scores h = Index.builder(fw).normalization(Normalization.minMax(1, 100))
        .aggregation(Aggregation.harmonic()).build().fit(data).score(data);
    Scores d = GoGlobal.assess().scores();
    assertThat(h.score("CHN", "readiness")).isLessThan(d.score("CHN", "readiness"));
  }

  @Test
  void rescore_zScore_geometricDiamondRejectsNegativeChildren() {
    Panel data = BeltAndRoad.countries();
    FittedIndex f = Index.builder(GoGlobal.framework()).normalization(Normalization.zScore())
        .build().fit(data);
    assertThatThrownBy(() -> f.score(data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("node 'diamond'").hasMessageContaining("minmax:1:100");
  }

  @Test
  void framework_missingArea_namesIt() {
    List<IndicatorInfo> noFinance = new ArrayList<>(BeltAndRoad.indicators());
    noFinance.removeIf(i -> i.area() == Area.FINANCE);
    assertThatThrownBy(() -> GoGlobal.framework(noFinance))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no indicator for area 'Infrastructure: finance/payments'");
    assertThatThrownBy(() -> GoGlobal.area(Area.ADVANTAGE, BeltAndRoad.indicators()))
        .hasMessageContaining("is the diamond");
  }

  @Test
  void framework_subsetOfIndicators_isRebuiltFromMetadata() {
    // A user can swap indicators: keep one per factor and area and the model rebuilds.
    List<IndicatorInfo> few = new ArrayList<>();
    Set<Object> seen = new HashSet<>();
    for (IndicatorInfo i : BeltAndRoad.indicators()) {
      if (seen.add(i.factor()) | seen.add(i.area())) {
        few.add(i);
      }
    }
    Framework fw = GoGlobal.framework(few);
    assertThat(fw.leaves("diamond")).hasSize(few.size());
    Scores s = PorterDiamond.index(fw).fit(BeltAndRoad.countries())
        .score(BeltAndRoad.countries());
    assertThat(IntStream.range(0, s.size()).mapToDouble(r -> s.score(r, "readiness")))
        .allMatch(v -> v >= 0 && v <= 100);
    assertThat(fw.root()).isInstanceOf(Composite.class);
  }
}
