package io.github.diamondscore.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.normalize.Normalization;
import io.github.diamondscore.prepare.Moments;
import io.github.diamondscore.prepare.OutlierReport;
import io.github.diamondscore.prepare.OutlierTreatment;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.Index;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTest {
  static final double NA = Double.NaN;

  /** An indicator whose score is its raw value: goalposts 0..100 onto the default 0..100. */
  static Indicator raw(String id) {
    return Indicator.of(id).goalposts(0, 100);
  }

  static AuditResult audit(Framework fw, Panel panel) {
    return Audit.of(Index.of(fw).fit(panel), panel);
  }

  /** A panel with one column per id, rows e0, e1, ...; columns[j][r]. */
  static Panel panel(List<String> ids, double[][] columns) {
    Panel.Builder b = Panel.builder(ids);
    for (int r = 0; r < columns[0].length; r++) {
      double[] row = new double[ids.size()];
      for (int j = 0; j < row.length; j++) {
        row[j] = columns[j][r];
      }
      b.add("e" + r, row);
    }
    return b.build();
  }

  // ---- worked examples ----------------------------------------------------------------------

  @Test
  void siblings_pearsonAndSpearman_onScores_withPairwiseDeletion() {
    // scores = raw values; python3 (see AuditStatsTest): n 6, Pearson 0.967069114419842,
    // Spearman 0.8956221510397981
    Framework fw = Framework.of(Composite.of("root", raw("x"), raw("y")));
    Panel p = panel(List.of("x", "y"), new double[][] {{1, 2, 2, 4, NA, 6, 7, 7},
        {2, 1, 3, 5, 9, NA, 8, 8}});
    AuditResult a = audit(fw, p);
    Correlation c = a.correlation(Correlation.Relation.SIBLINGS, "y", "x").orElseThrow();
    assertThat(c.n()).isEqualTo(6);
    assertThat(c.pearson()).isCloseTo(0.967069114419842, within(1e-12));
    assertThat(c.spearman()).isCloseTo(0.8956221510397981, within(1e-12));
    assertThat(c.composite()).isEqualTo("root");
    assertThat(c.modulator()).isFalse();
    // with the parent: every entity with x has a root score (the mean of what is present)
    assertThat(a.correlation(Correlation.Relation.PARENT, "x", "root").orElseThrow().n())
        .isEqualTo(7);
  }

  @Test
  void cronbachAlphaAndPca_ofOneComposite() {
    // python3: C = the 5 complete rows; alpha = 0.8982035928143712;
    // w, v = eigh(corrcoef(C.T)) sorted descending: eigenvalues
    // [2.50808239, 0.39596188, 0.09595573], shares w / 3, first loadings v[:, 0] * sqrt(w[0])
    // signed to a positive sum: [0.9688326, 0.89697234, 0.87457785]
    Framework fw = Framework.of(Composite.of("root", Composite.of("c", raw("a"), raw("b"),
        raw("d")), raw("z")));
    Panel p = panel(List.of("a", "b", "d", "z"), new double[][] {{3, 5, 1, 4, 2, NA},
        {4, 5, 2, 3, 2, 1}, {3, 4, 2, 5, 1, 1}, {1, 2, 3, 4, 5, 6}});
    AuditResult a = audit(fw, p);
    Consistency c = a.consistency("c");
    assertThat(c.children()).containsExactly("a", "b", "d");
    assertThat(c.completeCases()).isEqualTo(5);
    assertThat(c.alpha()).isCloseTo(0.8982035928143712, within(1e-12));
    assertThat(c.eigenvalues()).satisfiesExactly(
        e -> assertThat(e).isCloseTo(2.50808239, within(1e-8)),
        e -> assertThat(e).isCloseTo(0.39596188, within(1e-8)),
        e -> assertThat(e).isCloseTo(0.09595573, within(1e-8)));
    assertThat(c.varianceShares().get(0)).isCloseTo(2.50808239 / 3, within(1e-8));
    assertThat(c.loadings()).satisfiesExactly(
        l -> assertThat(l).isCloseTo(0.9688326, within(1e-7)),
        l -> assertThat(l).isCloseTo(0.89697234, within(1e-7)),
        l -> assertThat(l).isCloseTo(0.87457785, within(1e-7)));
    assertThat(c.note()).isEmpty();
    // the root has two children, so it is analysed too
    assertThat(a.consistency().stream().map(Consistency::composite)).containsExactly("root",
        "c");
  }

  @Test
  void indicatorTable_momentsMatchMomentsAndScipy_andOutlierRuleMatchesPreparation() {
    // python3: zz = z without NaN; mean 7.045454545454546, std(ddof=1) 8.032604015680548,
    // scipy.stats.skew(zz, bias=False) 2.7251125375045957,
    // scipy.stats.kurtosis(zz, bias=False) 8.182756108899826: both above 2 and 3.5
    double[] z = {1, 2, 3, 4, 5, 6, 7, 8, 9, 30, NA, 2.5};
    double[] w = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    Framework fw = Framework.of(Composite.of("root", Indicator.of("z"), Indicator.of("w")));
    AuditResult a = audit(fw, panel(List.of("z", "w"), new double[][] {z, w}));
    IndicatorStats s = a.indicator("z");
    assertThat(s.count()).isEqualTo(11);
    assertThat(s.missingShare()).isCloseTo(1 / 12.0, within(1e-15));
    assertThat(s.mean()).isCloseTo(7.045454545454546, within(1e-12));
    assertThat(s.sd()).isCloseTo(8.032604015680548, within(1e-12));
    assertThat(s.min()).isEqualTo(1);
    assertThat(s.max()).isEqualTo(30);
    assertThat(s.skewness()).isEqualTo(Moments.skewness(z))
        .isCloseTo(2.7251125375045957, within(1e-12));
    assertThat(s.kurtosis()).isEqualTo(Moments.kurtosis(z))
        .isCloseTo(8.182756108899826, within(1e-12));
    assertThat(s.outlierStatus()).isEqualTo(OutlierTreatment.fit(z, "z",
        OutlierTreatment.Options.defaults()).report().status());
    assertThat(s.failsOutlierCheck()).isTrue();
    assertThat(a.indicator("w").outlierStatus()).isEqualTo(OutlierReport.Status.PASSED);
    assertThat(a.flags(AuditFlag.Kind.OUTLIERS)).singleElement()
        .satisfies(f -> assertThat(f.nodes()).containsExactly("z"))
        .satisfies(f -> assertThat(f.message()).contains("2.725").contains("8.183"));
    // a stricter rule from the options is the rule applied
    AuditResult lax = Audit.of(Index.of(fw).fit(panel(List.of("z", "w"),
        new double[][] {z, w})), panel(List.of("z", "w"), new double[][] {z, w}),
        AuditOptions.defaults().withOutlierOptions(OutlierTreatment.Options.defaults()
            .withSkewThreshold(3)));
    assertThat(lax.flags(AuditFlag.Kind.OUTLIERS)).isEmpty();
  }

  @Test
  void indicatorTable_readsTheDenominatedColumn() {
    Framework fw = Framework.of(Composite.of("root", Indicator.of("gdp").per("pop"),
        Indicator.of("x")));
    Panel p = panel(List.of("gdp", "pop", "x"), new double[][] {{10, 40, 90, 160},
        {1, 2, 3, 4}, {1, 2, 3, 5}});
    IndicatorStats s = audit(fw, p).indicator("gdp");
    assertThat(s.column()).isEqualTo("gdp");
    assertThat(s.denominator()).contains("pop");
    // 10, 20, 30, 40
    assertThat(s.mean()).isEqualTo(25);
    assertThat(s.max()).isEqualTo(40);
  }

  @Test
  void lowVariance_fewDistinctValues_orOneDominantValue() {
    int n = 40;
    double[] zeros = new double[n];
    double[] three = new double[n];
    double[] fine = new double[n];
    for (int r = 0; r < n; r++) {
      zeros[r] = r < 28 ? 0 : r; // 28 of 40 = 70 % zeros
      three[r] = r % 3;
      fine[r] = r * 1.5;
    }
    Framework fw = Framework.of(Composite.of("root", Indicator.of("zeros"),
        Indicator.of("three"), Indicator.of("fine")));
    AuditResult a = audit(fw, panel(List.of("zeros", "three", "fine"),
        new double[][] {zeros, three, fine}));
    assertThat(a.indicator("zeros").modeShare()).isCloseTo(0.7, within(1e-15));
    assertThat(a.indicator("zeros").lowVariance()).isTrue();
    assertThat(a.indicator("three").distinctValues()).isEqualTo(3);
    assertThat(a.indicator("three").lowVariance()).isTrue();
    assertThat(a.indicator("fine").lowVariance()).isFalse();
    assertThat(a.flags(AuditFlag.Kind.LOW_VARIANCE)).extracting(f -> f.nodes().get(0))
        .containsExactly("zeros", "three");
    assertThat(a.flags(AuditFlag.Kind.LOW_VARIANCE).get(0).value()).isCloseTo(0.7,
        within(1e-15));
    assertThat(a.flags(AuditFlag.Kind.LOW_VARIANCE).get(1).value()).isEqualTo(3);
  }

  // ---- flags on indices built to trigger them --------------------------------------------

  /**
   * Root = mean of A and B, indicators z-scored (so their scale does not depend on extremes).
   * In A, a1 and a2 are one factor f with 5 % noise: r = 1/1.0025 ≈ 0.9975; a3 is f with as much
   * noise (r = 1/√(1.0025·2) ≈ 0.71 with a1). In B, b1..b3 = g + 0.6e (r = 1/1.36 ≈ 0.74 with
   * each other), neg = −g + 0.6e and noise independent with weight 0.25; with unit-variance
   * z-scores B = Σ z_b + z_neg + 0.25 z_noise has variance 3 + 6·0.735 − 6·0.735 + 1 + 0.0625 =
   * 4.0625, so r(noise, B) = 0.25/√4.0625 ≈ 0.124 and r(neg, B) = (1 − 3·0.735)/2.016 ≈ −0.60;
   * sampling standard errors at n = 2000 are about 0.02.
   */
  static Panel designed(int n, long seed) {
    Random rnd = new Random(seed);
    List<String> ids = List.of("a1", "a2", "a3", "b1", "b2", "b3", "neg", "noise");
    double[][] c = new double[ids.size()][n];
    for (int r = 0; r < n; r++) {
      double f = rnd.nextGaussian();
      double g = rnd.nextGaussian();
      c[0][r] = f + 0.05 * rnd.nextGaussian();
      c[1][r] = f + 0.05 * rnd.nextGaussian();
      c[2][r] = f + rnd.nextGaussian();
      c[3][r] = g + 0.6 * rnd.nextGaussian();
      c[4][r] = g + 0.6 * rnd.nextGaussian();
      c[5][r] = g + 0.6 * rnd.nextGaussian();
      c[6][r] = -g + 0.6 * rnd.nextGaussian();
      c[7][r] = rnd.nextGaussian();
    }
    return panel(ids, c);
  }

  static AuditResult designedAudit(int n, long seed) {
    Panel p = designed(n, seed);
    return Audit.of(Index.builder(DESIGNED).normalization(Normalization.zScore()).build()
        .fit(p), p);
  }

  static final Framework DESIGNED = Framework.of(Composite.of("root",
      Composite.of("A", Indicator.of("a1"), Indicator.of("a2"), Indicator.of("a3")),
      Composite.of("B", Indicator.of("b1"), Indicator.of("b2"), Indicator.of("b3"),
          Indicator.of("neg"), Indicator.of("noise").withWeight(0.25))));

  @Test
  void flags_doubleCounting_negative_and_weakWithParent() {
    AuditResult a = designedAudit(2000, 42);
    assertThat(a.flags(AuditFlag.Kind.HIGH_SIBLING_CORRELATION)).singleElement()
        .satisfies(f -> assertThat(f.nodes()).containsExactly("a1", "a2"))
        .satisfies(f -> assertThat(f.value()).isGreaterThan(0.99))
        .satisfies(f -> assertThat(f.threshold()).isEqualTo(0.9))
        .satisfies(f -> assertThat(f.message()).contains("'A'"));
    assertThat(a.flags(AuditFlag.Kind.NEGATIVE_WITH_PARENT)).singleElement()
        .satisfies(f -> assertThat(f.nodes()).containsExactly("neg", "B"))
        .satisfies(f -> assertThat(f.value()).isBetween(-0.7, -0.5));
    assertThat(a.correlation(Correlation.Relation.PARENT, "b1", "B").orElseThrow().pearson())
        .isBetween(0.5, 0.9);
    assertThat(a.flags(AuditFlag.Kind.WEAK_WITH_PARENT)).singleElement()
        .satisfies(f -> assertThat(f.nodes()).containsExactly("noise", "B"))
        .satisfies(f -> assertThat(f.value()).isBetween(0.0, 0.2));
    // the flags agree with the tables
    assertThat(a.correlation(Correlation.Relation.SIBLINGS, "a1", "a3").orElseThrow()
        .pearson()).isBetween(0.65, 0.8);
    assertThat(a.correlation(Correlation.Relation.PARENT, "noise", "B").orElseThrow()
        .pearson()).isEqualTo(a.flags(AuditFlag.Kind.WEAK_WITH_PARENT).get(0).value());
    // each node with the root, the root itself excluded
    assertThat(a.correlations().stream()
        .filter(c -> c.relation() == Correlation.Relation.ROOT)).hasSize(10);
    // the flags lead the text
    assertThat(a.toString()).startsWith("Statistical audit of 'root' (2000 entities)\nFlags: ");
  }

  @Test
  void flags_thresholdsComeFromTheOptions() {
    Panel p = designed(300, 5);
    FittedIndex f = Index.of(DESIGNED).fit(p);
    AuditResult strict = Audit.of(f, p, AuditOptions.defaults()
        .withCorrelationThresholds(0.999999, 0));
    assertThat(strict.flags(AuditFlag.Kind.HIGH_SIBLING_CORRELATION)).isEmpty();
    assertThat(strict.flags(AuditFlag.Kind.WEAK_WITH_PARENT)).isEmpty();
    AuditResult loose = Audit.of(f, p, AuditOptions.defaults()
        .withCorrelationThresholds(0.5, 0.95));
    assertThat(loose.flags(AuditFlag.Kind.HIGH_SIBLING_CORRELATION).size()).isGreaterThan(3);
  }

  /**
   * Four equally weighted indicators: d spreads over 0..100, the others over 45..55 of the same
   * 0..100 goalposts, so the root's variance is about 10000 / (10000 + 3 · 100) = 97 % d's:
   * importance share ≈ 0.97 against a weight share of 0.25 (ratio ≈ 3.9 > 2), and ≈ 0.01 for
   * each of the others (ratio ≈ 0.04 < 0.5).
   */
  @Test
  void flags_dominantIndicator_importanceFarAboveItsWeight() {
    Random rnd = new Random(11);
    int n = 400;
    double[][] c = new double[4][n];
    for (int r = 0; r < n; r++) {
      c[0][r] = 100 * rnd.nextDouble();
      for (int j = 1; j < 4; j++) {
        c[j][r] = 45 + 10 * rnd.nextDouble();
      }
    }
    Framework fw = Framework.of(Composite.of("root", raw("d"), raw("p"), raw("q"), raw("s")));
    AuditResult a = audit(fw, panel(List.of("d", "p", "q", "s"), c));
    Importance d = a.importance("d");
    assertThat(d.effectiveWeight()).isCloseTo(0.25, within(1e-15));
    assertThat(d.weightShare()).isCloseTo(0.25, within(1e-15));
    assertThat(d.mainEffect()).isBetween(0.9, 1.0);
    assertThat(d.importanceShare()).isBetween(0.9, 1.0);
    assertThat(d.ratio()).isCloseTo(d.importanceShare() / d.weightShare(), within(1e-15));
    // the root is linear in d, so S is close to Pearson's r²
    assertThat(d.mainEffect()).isCloseTo(d.pearsonR2(), within(0.03));
    assertThat(d.n()).isEqualTo(n);
    assertThat(d.bins()).isEqualTo(20);
    assertThat(a.flags(AuditFlag.Kind.IMPORTANCE_ABOVE_WEIGHT)).singleElement()
        .satisfies(f -> assertThat(f.nodes()).containsExactly("d"))
        .satisfies(f -> assertThat(f.value()).isGreaterThan(3.5))
        .satisfies(f -> assertThat(f.threshold()).isEqualTo(2));
    assertThat(a.flags(AuditFlag.Kind.IMPORTANCE_BELOW_WEIGHT)).extracting(f -> f.nodes()
        .get(0)).containsExactly("p", "q", "s");
    double shares = a.importance().stream().mapToDouble(Importance::importanceShare).sum();
    assertThat(shares).isCloseTo(1, within(1e-12));
  }

  @Test
  void balancedIndex_isNotFlaggedForImportance() {
    // y = mean of two independent uniforms: S ≈ 0.5 each, as in the analytic case
    Random rnd = new Random(3);
    int n = 2000;
    double[][] c = new double[2][n];
    for (int r = 0; r < n; r++) {
      c[0][r] = 100 * rnd.nextDouble();
      c[1][r] = 100 * rnd.nextDouble();
    }
    AuditResult a = audit(Framework.of(Composite.of("root", raw("x1"), raw("x2"))),
        panel(List.of("x1", "x2"), c));
    assertThat(a.importance("x1").mainEffect()).isCloseTo(0.5, within(0.05));
    assertThat(a.importance("x2").mainEffect()).isCloseTo(0.5, within(0.05));
    assertThat(a.flags(AuditFlag.Kind.IMPORTANCE_ABOVE_WEIGHT)).isEmpty();
    assertThat(a.flags(AuditFlag.Kind.IMPORTANCE_BELOW_WEIGHT)).isEmpty();
  }

  @Test
  void repeatedColumn_listedWithItsSummedEffectiveWeight() {
    // gdp feeds 'gdp' in A (1/2 · 1/2) and 'b.gdp' in B (1/2 · 2/3): total 0.25 + 1/3
    Framework fw = Framework.of(Composite.of("root",
        Composite.of("A", Indicator.of("gdp"), Indicator.of("x")),
        Composite.of("B", Indicator.of("b.gdp").reading("gdp").withWeight(2),
            Indicator.of("y"))));
    Panel p = designedColumns(List.of("gdp", "x", "y"), 30, 9);
    AuditResult a = audit(fw, p);
    assertThat(a.repeatedColumns()).singleElement().satisfies(r -> {
      assertThat(r.column()).isEqualTo("gdp");
      assertThat(r.nodes()).containsExactly("gdp", "b.gdp");
      assertThat(r.totalEffectiveWeight()).isCloseTo(0.25 + 1.0 / 3, within(1e-15));
      assertThat(r.mainEffect()).isEqualTo(a.importance("gdp").mainEffect());
    });
    assertThat(a.flags(AuditFlag.Kind.REPEATED_COLUMN)).singleElement()
        .satisfies(f -> assertThat(f.nodes()).containsExactly("gdp", "b.gdp"))
        .satisfies(f -> assertThat(f.value()).isCloseTo(0.25 + 1.0 / 3, within(1e-15)))
        .satisfies(f -> assertThat(f.message()).contains("'b.gdp' under 'B'"));
    assertThat(a.indicator("b.gdp").column()).isEqualTo("gdp");
  }

  static Panel designedColumns(List<String> ids, int n, long seed) {
    Random rnd = new Random(seed);
    double[][] c = new double[ids.size()][n];
    for (double[] col : c) {
      for (int r = 0; r < n; r++) {
        col[r] = rnd.nextDouble() * 100;
      }
    }
    return panel(ids, c);
  }

  @Test
  void modulators_areReportedAndMarked_butNotFlaggedOrWeighted() {
    Framework fw = Framework.of(Composite.of("root", Indicator.of("x"), Indicator.of("y"))
        .modulatedBy(Indicator.of("m"), 0.2));
    Random rnd = new Random(1);
    int n = 200;
    double[][] c = new double[3][n];
    for (int r = 0; r < n; r++) {
      c[0][r] = rnd.nextDouble();
      c[1][r] = rnd.nextDouble();
      c[2][r] = -c[0][r] + 0.01 * rnd.nextDouble(); // opposed to x: would be flagged as a child
    }
    AuditResult a = audit(fw, panel(List.of("x", "y", "m"), c));
    Correlation xm = a.correlation(Correlation.Relation.SIBLINGS, "x", "m").orElseThrow();
    assertThat(xm.modulator()).isTrue();
    assertThat(xm.pearson()).isLessThan(-0.9);
    assertThat(a.correlation(Correlation.Relation.PARENT, "m", "root").orElseThrow()
        .modulator()).isTrue();
    assertThat(a.flags()).noneMatch(f -> f.nodes().contains("m"));
    Importance m = a.importance("m");
    assertThat(m.effectiveWeight()).isZero();
    assertThat(m.weightShare()).isNaN();
    assertThat(m.ratio()).isNaN();
    assertThat(m.mainEffect()).isBetween(0.0, 1.0);
    // alpha and PCA use the weighted children only
    assertThat(a.consistency("root").children()).containsExactly("x", "y");
  }

  @Test
  void compositeWithTooFewCompleteCases_saysWhyPcaIsMissing() {
    Framework fw = Framework.of(Composite.of("root", raw("a"), raw("b")));
    Panel p = panel(List.of("a", "b"), new double[][] {{1, 2, NA, NA, 5}, {NA, 2, 3, 4, 6}});
    Consistency c = audit(fw, p).consistency("root");
    assertThat(c.completeCases()).isEqualTo(2);
    assertThat(c.eigenvalues()).isEmpty();
    assertThat(c.note()).hasValueSatisfying(s -> assertThat(s).contains("2 entities")
        .contains("PCA needs 3"));
  }

  // ---- bad input ----------------------------------------------------------------------------

  @Test
  void panelWithoutAColumnTheFrameworkReads_isRejectedNamingIt() {
    Framework fw = Framework.of(Composite.of("root", Composite.of("A", Indicator.of("x"),
        Indicator.of("y").per("pop"))));
    Panel full = designedColumns(List.of("x", "y", "pop"), 10, 1);
    FittedIndex f = Index.of(fw).fit(full);
    assertThatThrownBy(() -> Audit.of(f, designedColumns(List.of("y", "pop"), 10, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicator 'x' (under 'A')")
        .hasMessageContaining("data column 'x'").hasMessageContaining("y, pop");
    assertThatThrownBy(() -> Audit.of(f, designedColumns(List.of("x", "y"), 10, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'pop' as its denominator");
  }

  @Test
  void tooFewEntities_isRejected() {
    Framework fw = Framework.of(Composite.of("root", Indicator.of("x"), Indicator.of("y")));
    Panel p = designedColumns(List.of("x", "y"), 10, 1);
    FittedIndex f = Index.of(fw).fit(p);
    assertThatThrownBy(() -> Audit.of(f, p.rows(new int[] {0, 1})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("audit of 'root'").hasMessageContaining("at least 3")
        .hasMessageContaining("2 rows");
  }

  @Test
  void invalidOptions_areRejectedNamingTheOption() {
    assertThatThrownBy(() -> AuditOptions.defaults().withCorrelationThresholds(1.5, 0.2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("highCorrelation")
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> AuditOptions.defaults().withImportanceRatios(2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("highImportanceRatio");
    assertThatThrownBy(() -> AuditOptions.defaults().withBins(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bins");
    assertThatThrownBy(() -> AuditOptions.defaults().withLowVariance(1, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minDistinctValues");
    assertThatThrownBy(() -> audit(DESIGNED, designed(50, 1)).indicator("A"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'A' is not a")
        .hasMessageContaining("a1, a2");
  }

  // ---- output -------------------------------------------------------------------------------

  @Test
  void csv_onePerSection_rfc4180_exactNumbers(@TempDir Path dir) throws Exception {
    AuditResult a = audit(DESIGNED, designed(200, 8));
    List<Path> files = a.writeCsv(dir.resolve("audit"));
    assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("flags.csv",
        "indicators.csv", "correlations.csv", "alpha.csv", "pca.csv", "importance.csv",
        "repeated_columns.csv");
    List<String> flags = Files.readAllLines(files.get(0));
    assertThat(flags.get(0)).isEqualTo("kind,nodes,value,threshold,message");
    assertThat(flags).hasSize(1 + a.flags().size());
    // messages hold commas and quotes are doubled: parse back with commons-csv
    try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
        .setSkipHeaderRecord(true).get().parse(Files.newBufferedReader(files.get(0)))) {
      var records = parser.getRecords();
      assertThat(records).hasSize(a.flags().size());
      assertThat(records.get(0).get("message")).isEqualTo(a.flags().get(0).message());
      assertThat(Double.parseDouble(records.get(0).get("value")))
          .isEqualTo(a.flags().get(0).value());
    }
    List<String> imp = Files.readAllLines(dir.resolve("audit/importance.csv"));
    assertThat(imp.get(0)).isEqualTo("leaf,effective_weight,weight_share,main_effect,"
        + "importance_share,ratio,pearson_r2,n,bins");
    assertThat(imp.get(1)).startsWith("a1,0.16666666666666666,");
    assertThat(Files.readAllLines(dir.resolve("audit/correlations.csv")))
        .hasSize(1 + a.correlations().size());
    assertThat(Files.readAllLines(dir.resolve("audit/repeated_columns.csv")))
        .containsExactly("column,nodes,total_effective_weight,main_effect");
  }

  @Test
  void markdown_isACompleteDocument_withEveryFlagAndItsNumbers() {
    AuditResult a = designedAudit(2000, 42);
    String md = a.toMarkdown();
    assertThat(md).startsWith("# Statistical audit of `root`\n").contains("\n## Flags\n")
        .contains("\n## Indicators").contains("\n## Correlations\n")
        .contains("\n### Correlations between siblings").contains("\n## Internal consistency\n")
        .contains("\n## Weights versus importance").contains("\n## Repeated data columns");
    for (AuditFlag f : a.flags()) {
      assertThat(md).contains("**" + f.kind().name().replace("_", "\\_") + "**");
      assertThat(md).contains(AuditResult.fmt(f.value(), 3));
    }
    // a table row per indicator, pipes as column separators
    assertThat(md).contains("| a1 |").containsPattern("\\|---\\|---\\|");
  }

  @Test
  void text_sectionsAreAlignedTables() {
    AuditResult a = audit(DESIGNED, designed(200, 8));
    assertThat(a.indicatorsText()).startsWith("Indicators (raw values after denomination)\n"
        + "indicator");
    assertThat(a.importanceText()).contains("importance share").contains("\na1 ");
    assertThat(a.correlationsText()).contains("Correlations between siblings")
        .contains("Correlations with the parent").contains("Correlations with the root");
    assertThat(a.consistencyText()).contains("alpha").contains("pc1 loading");
    assertThat(a.repeatedColumnsText()).isEqualTo("Repeated data columns: none\n");
    Function<String, Long> lines = s -> s.lines().count();
    assertThat(lines.apply(a.indicatorsText())).isEqualTo(2 + 8);
    List<String> all = new ArrayList<>(a.toString().lines().toList());
    assertThat(all.get(1)).startsWith("Flags: " + a.flags().size());
  }
}
