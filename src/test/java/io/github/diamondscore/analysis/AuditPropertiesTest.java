package io.github.diamondscore.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.normalize.Normalization;
import io.github.diamondscore.score.Index;
import io.github.diamondscore.testing.RandomCases;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the audit over seeded random frameworks and panels; a failure names its seed. */
class AuditPropertiesTest {
  static Stream<Long> seeds() {
    return RandomCases.seeds(40);
  }

  static Index index(Framework fw) {
    return Index.builder(fw).normalization(Normalization.minMax(1, 100)).build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void statisticsStayInTheirRanges(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Framework fw = RandomCases.framework(rnd, true);
    Panel p = RandomCases.panel(rnd, fw, 5 + rnd.nextInt(60), 0.2);
    AuditResult a = Audit.of(index(fw).fit(p), p);
    for (Correlation c : a.correlations()) {
      assertThat(c.pearson()).as("seed %d %s", seed, c).satisfiesAnyOf(
          r -> assertThat(r).isNaN(), r -> assertThat(r).isBetween(-1.0, 1.0));
      assertThat(c.spearman()).as("seed %d %s", seed, c).satisfiesAnyOf(
          r -> assertThat(r).isNaN(), r -> assertThat(r).isBetween(-1.0, 1.0));
      assertThat(c.n()).isBetween(0, p.size());
    }
    for (Consistency c : a.consistency()) {
      assertThat(c.alpha()).as("seed %d %s", seed, c).satisfiesAnyOf(
          x -> assertThat(x).isNaN(), x -> assertThat(x).isLessThanOrEqualTo(1 + 1e-12));
      double sum = c.eigenvalues().stream().mapToDouble(Double::doubleValue).sum();
      if (!c.eigenvalues().isEmpty()) {
        assertThat(sum).as("seed %d eigenvalues sum to k", seed)
            .isCloseTo(c.children().size(), within(1e-9));
      }
    }
    double shares = 0;
    for (Importance i : a.importance()) {
      assertThat(i.mainEffect()).as("seed %d %s", seed, i).satisfiesAnyOf(
          x -> assertThat(x).isNaN(), x -> assertThat(x).isBetween(0.0, 1.0));
      assertThat(i.pearsonR2()).satisfiesAnyOf(x -> assertThat(x).isNaN(),
          x -> assertThat(x).isBetween(0.0, 1.0));
      if (!Double.isNaN(i.importanceShare())) {
        shares += i.importanceShare();
      }
    }
    assertThat(shares).as("seed %d", seed).satisfiesAnyOf(s -> assertThat(s).isZero(),
        s -> assertThat(s).isCloseTo(1, within(1e-9)));
    for (IndicatorStats s : a.indicators()) {
      assertThat(s.missingShare()).isBetween(0.0, 1.0);
      assertThat(s.count()).isLessThanOrEqualTo(a.entities());
    }
    for (AuditFlag f : a.flags()) {
      assertThat(f.message()).isNotBlank();
      assertThat(fw.node(f.nodes().get(0))).isPresent();
    }
  }

  /**
   * x ↦ x³/10⁴ is increasing and maps [−100, 100] onto itself (so goalposts stay valid): the
   * indicators' normalized scores change, but not their order, so the Spearman correlation of
   * any two indicators is the same.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void spearmanOfIndicators_invariantUnderMonotoneTransformOfRawData(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Framework fw = RandomCases.framework(rnd, true);
    Panel p = RandomCases.panel(rnd, fw, 6 + rnd.nextInt(40), 0.2);
    Panel cubed = p;
    for (String id : p.indicators()) {
      double[] col = p.column(id);
      for (int r = 0; r < col.length; r++) {
        col[r] = col[r] * col[r] * col[r] / 10_000;
      }
      cubed = cubed.withColumn(id, col);
    }
    AuditResult a = Audit.of(index(fw).fit(p), p);
    AuditResult b = Audit.of(index(fw).fit(cubed), cubed);
    Set<String> indicators = new HashSet<>();
    fw.indicators().stream().map(Indicator::id).forEach(indicators::add);
    assertThat(b.correlations()).hasSameSizeAs(a.correlations());
    for (int k = 0; k < a.correlations().size(); k++) {
      Correlation x = a.correlations().get(k);
      Correlation y = b.correlations().get(k);
      if (indicators.contains(x.node()) && indicators.contains(x.other())) {
        assertThat(y.n()).isEqualTo(x.n());
        if (Double.isNaN(x.spearman())) {
          assertThat(y.spearman()).isNaN();
        } else {
          assertThat(y.spearman()).as("seed %d %s", seed, x)
              .isCloseTo(x.spearman(), within(1e-9));
        }
      }
    }
  }
}
