package io.github.diamondscore.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.Index;
import io.github.diamondscore.score.Scores;
import io.github.diamondscore.weight.Ahp;
import io.github.diamondscore.weight.DerivedWeights;
import io.github.diamondscore.weight.PairwiseMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisTest {
  static final Framework FW = Framework.of(Composite.of("root", Indicator.of("a"),
      Indicator.of("b"), Indicator.of("c")));
  static final Panel P = Panel.builder("a", "b", "c").add("w", 1, 10, 5).add("x", 2, 10, 6)
      .add("y", 3, 20, 7).add("z", 4, 40, 9).build();

  @Test
  void entropy_onNormalizedChildren() {
    // numpy on the min-max (0..100) scores N: p = N / N.sum(0); e = -sum(p ln p) / ln 4;
    // w = (1 - e) / sum(1 - e) = [0.23007243, 0.50566901, 0.26425856]
    DerivedWeights w = Reweighting.derive(Index.of(FW), P, "root", Reweighting.Method.ENTROPY);
    assertThat(w.weight("a")).isCloseTo(0.23007243, within(1e-8));
    assertThat(w.weight("b")).isCloseTo(0.50566901, within(1e-8));
    assertThat(w.weight("c")).isCloseTo(0.26425856, within(1e-8));
  }

  @Test
  void critic_onNormalizedChildren() {
    // numpy: s = N.std(0, ddof=1); R = corrcoef(N.T); c = s * (1 - R).sum(1); c / c.sum()
    // = [0.36281361, 0.4606846, 0.17650179]
    DerivedWeights w = Reweighting.derive(Index.of(FW), P, "root", Reweighting.Method.CRITIC);
    assertThat(w.weightList()).satisfiesExactly(
        x -> assertThat(x).isCloseTo(0.36281361, within(1e-8)),
        x -> assertThat(x).isCloseTo(0.4606846, within(1e-8)),
        x -> assertThat(x).isCloseTo(0.17650179, within(1e-8)));
  }

  @Test
  void apply_writesANewFrameworkAndLeavesTheOldOne() {
    DerivedWeights w = Reweighting.derive(Index.of(FW), P, "root", Reweighting.Method.ENTROPY);
    Framework re = Reweighting.apply(FW, w);
    assertThat(re.require("b").weight()).isCloseTo(0.50566901, within(1e-8));
    assertThat(FW.require("b").weight()).isEqualTo(1.0);
    // the reweighted index scores z = 100 everywhere -> 100; x: (33.3*wa + 0*wb + 25*wc)
    Scores s = Index.of(re).fit(P).score(P);
    assertThat(s.score("x", "root")).isCloseTo(100.0 / 3 * 0.23007243 + 25 * 0.26425856,
        within(1e-6));
  }

  @Test
  void deriveAll_reweightsEveryComposite() {
    Framework two = Framework.of(Composite.of("root", Composite.of("left", Indicator.of("a"),
        Indicator.of("b")), Indicator.of("c")));
    Framework re = Reweighting.deriveAll(Index.of(two), P, Reweighting.Method.EQUAL);
    assertThat(re.require("left").weight()).isEqualTo(0.5);
    assertThat(re.require("a").weight()).isEqualTo(0.5);
  }

  @Test
  void ahp_labelsMustBeTheChildren() {
    PairwiseMatrix m = PairwiseMatrix.of(List.of("a", "b", "c"),
        new double[][] {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}});
    DerivedWeights w = Reweighting.derive(FW, "root", m, Ahp.defaults());
    // consistent matrix from weights 4:2:1 -> 4/7, 2/7, 1/7
    assertThat(w.weight("a")).isCloseTo(4.0 / 7, within(1e-9));
    PairwiseMatrix other = PairwiseMatrix.of(List.of("a", "b", "q"),
        new double[][] {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}});
    assertThatThrownBy(() -> Reweighting.derive(FW, "root", other, Ahp.defaults()))
        .hasMessageContaining("[a, b, q]").hasMessageContaining("children of 'root'");
  }

  @Test
  void rejections_nameTheCulprit() {
    assertThatThrownBy(() -> Reweighting.derive(Index.of(FW), P, "a",
        Reweighting.Method.ENTROPY)).hasMessageContaining("node 'a' has 0 weighted children");
    assertThatThrownBy(() -> Reweighting.Method.parse("magic")).hasMessageContaining("'magic'");
    Panel flat = Panel.builder("a", "b", "c").add("w", 1, 10, 5).add("x", 2, 0, 6)
        .add("y", 3, 20, 7).add("z", 4, 40, 9).build();
    DerivedWeights equalish = Reweighting.derive(Index.of(FW), flat, "root",
        Reweighting.Method.EQUAL);
    assertThat(equalish.weightList()).containsOnly(1.0 / 3);
  }

  @Test
  void topsis_onPreparedValuesWithEffectiveWeightsAndDirections() {
    // root = (a weight 2, b lower-is-better weight 1); raw a = 2, 5, 3; b = 30, 15, 10.
    // numpy TOPSIS (vector normalization, w = [2/3, 1/3], b a cost):
    // closeness = [0.0, 0.881580171364105, 0.5031487394780895]
    Framework fw = Framework.of(Composite.of("root", Indicator.of("a").withWeight(2),
        Indicator.of("b").lowerIsBetter()));
    Panel p = Panel.builder("a", "b").add("r", 2, 30).add("s", 5, 15).add("t", 3, 10)
        .add("gap", 1, Double.NaN).build();
    Scores s = CrossCheck.check(Index.of(fw).fit(p), p, "root", CrossCheck.Method.TOPSIS,
        CrossCheck.Input.PREPARED).scores();
    assertThat(s.nodes()).containsExactly("topsis");
    assertThat(s.score("r", "topsis")).isCloseTo(0.0, within(1e-12));
    assertThat(s.score("s", "topsis")).isCloseTo(0.881580171364105, within(1e-12));
    assertThat(s.score("t", "topsis")).isCloseTo(0.5031487394780895, within(1e-12));
    assertThat(s.rank("s", "topsis")).hasValue(1);
    assertThat(s.score("gap", "topsis")).isNaN();
    assertThat(s.rank("gap", "topsis")).isEmpty();
  }

  @Test
  void everyMethod_ranksTheDominantEntityFirst() {
    // z is best on every indicator, w worst: every method must agree on both ends
    for (CrossCheck.Method m : CrossCheck.Method.values()) {
      Scores s = CrossCheck.rank(Index.of(FW).fit(P), P, "root", m);
      assertThat(s.rank("z", m.id())).as("%s", m).hasValue(1);
      assertThat(s.rank("w", m.id())).as("%s", m).hasValue(4);
    }
  }

  @Test
  void topsis_byDefaultRanksOnTheIndexsNormalizedScores() {
    // Same data; the index's min-max (0-100, fitted on all four rows) gives
    // a: r 25, s 100, t 50 (min 1 max 5); b lower is better: r 0, s 75, t 100 (min 10 max 30).
    // numpy TOPSIS on those, w = [2/3, 1/3], both benefits:
    // closeness = [0.0, 0.87806648, 0.51077055]
    Framework fw = Framework.of(Composite.of("root", Indicator.of("a").withWeight(2),
        Indicator.of("b").lowerIsBetter()));
    Panel p = Panel.builder("a", "b").add("r", 2, 30).add("s", 5, 15).add("t", 3, 10)
        .add("gap", 1, Double.NaN).build();
    CrossCheckResult c = CrossCheck.check(Index.of(fw).fit(p), p, "root",
        CrossCheck.Method.TOPSIS, CrossCheck.Input.NORMALIZED);
    assertThat(c.scores().score("r", "topsis")).isCloseTo(0.0, within(1e-8));
    assertThat(c.scores().score("s", "topsis")).isCloseTo(0.87806648, within(1e-8));
    assertThat(c.scores().score("t", "topsis")).isCloseTo(0.51077055, within(1e-8));
    assertThat(CrossCheck.rank(Index.of(fw).fit(p), p, "root", CrossCheck.Method.TOPSIS))
        .isEqualTo(c.scores());
    assertThat(c.unranked()).containsExactly(entry("gap", List.of("b")));
    assertThat(c.missingCounts()).containsExactly(entry("b", 1));
    assertThat(c.summary()).isEqualTo("topsis on 2 indicators under 'root' (normalized scores):"
        + " ranked 3 of 4; 1 lack at least one indicator (b 1)");
    assertThat(c.toString()).contains("1  s").containsSubsequence("s", "t", "r")
        .contains("gap: lacks b");
  }

  @Test
  void crossCheck_onTheBundledModelSaysHowManyItCouldNotRank() {
    Panel p = io.github.diamondscore.diamond.BeltAndRoad.countries();
    FittedIndex f = io.github.diamondscore.diamond.GoGlobal.index().fit(p);
    CrossCheckResult c = CrossCheck.check(f, p, "readiness", CrossCheck.Method.TOPSIS,
        CrossCheck.Input.NORMALIZED);
    // ranked + unranked = every country; an entity is unranked iff some indicator is missing
    assertThat(c.unranked().size() + (int) java.util.Arrays.stream(c.scores().column("topsis"))
        .filter(v -> !Double.isNaN(v)).count()).isEqualTo(p.size());
    Scores index = f.score(p);
    for (String e : c.unranked().keySet()) {
      for (String id : c.unranked().get(e)) {
        assertThat(index.score(e, id)).as("%s %s", e, id).isNaN();
      }
    }
    // 25 indicators less the 3 that only feed the diamond's modulators (chance, government)
    assertThat(c.indicators()).hasSize(22).doesNotContain("lpi_customs");
    assertThat(c.summary()).startsWith("topsis on 22 indicators under 'readiness' (normalized"
        + " scores): ranked ").contains("(rd_expenditure_pct_gdp 28, ");
  }

  @Test
  void crossCheck_withTooFewCompleteEntitiesNamesTheGaps() {
    Framework fw = Framework.of(Composite.of("root", Indicator.of("a"), Indicator.of("b")));
    Panel p = Panel.builder("a", "b").add("r", 2, Double.NaN).add("s", 5, 15)
        .add("t", Double.NaN, 10).build();
    assertThatThrownBy(() -> CrossCheck.rank(Index.of(fw).fit(p), p, "root",
        CrossCheck.Method.VIKOR))
        .hasMessageContaining("only 1 of 3 entities have every indicator under 'root'")
        .hasMessageContaining("(a 1, b 1)").hasMessageContaining("--impute");
  }
}
