package io.github.diamondscore.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.diamondscore.data.Observation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.normalize.Normalization;
import io.github.diamondscore.testing.RandomCases;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties over seeded random frameworks and panels; a failure names its seed. */
class ScoringPropertiesTest {
  static Stream<Long> seeds() {
    return RandomCases.seeds(60);
  }

  private static Index index(Framework fw) {
    // 1..100 so geometric and harmonic means never meet a zero
    return Index.builder(fw).normalization(Normalization.minMax(1, 100)).build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void batchEqualsOnline_toTheLastBit(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Framework fw = RandomCases.framework(rnd, true);
    Panel p = RandomCases.panel(rnd, fw, 3 + rnd.nextInt(20), 0.3);
    FittedIndex f = index(fw).fit(p);
    Scores batch = f.score(p);
    for (int r = 0; r < p.size(); r++) {
      ScoreCard card = f.score(p.observation(r));
      for (String node : batch.nodes()) {
        assertThat(Double.doubleToLongBits(card.score(node)))
            .as("seed %d row %d node %s", seed, r, node)
            .isEqualTo(Double.doubleToLongBits(batch.score(r, node)));
        assertThat(card.coverage(node)).isEqualTo(batch.coverage(r, node));
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void contributions_sumToEachCompositeScore(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Framework fw = RandomCases.framework(rnd, true);
    Panel p = RandomCases.panel(rnd, fw, 3 + rnd.nextInt(10), 0.2);
    FittedIndex f = index(fw).fit(p);
    for (int r = 0; r < p.size(); r++) {
      ScoreCard card = f.score(p.observation(r));
      for (Node n : fw.nodes()) {
        if (!n.isLeaf() && !Double.isNaN(card.score(n.id()))) {
          double sum = card.contributions(n.id()).stream().mapToDouble(Contribution::points).sum();
          assertThat(sum).as("seed %d row %d node %s", seed, r, n.id())
              .isCloseTo(card.score(n.id()), within(1e-9));
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void boundedNormalization_keepsEveryNodeInRange(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Framework fw = RandomCases.framework(rnd, true);
    Panel p = RandomCases.panel(rnd, fw, 3 + rnd.nextInt(20), 0.3);
    Scores s = index(fw).fit(p).score(p);
    for (String node : s.nodes()) {
      for (double v : s.column(node)) {
        if (!Double.isNaN(v)) {
          // modulators clip to [0, 100]; everything else stays within [1, 100]
          assertThat(v).as("seed %d node %s", seed, node).isBetween(0.0, 100.0 + 1e-9);
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void raisingAHigherIsBetterIndicator_neverLowersAnAncestor(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Framework fw = RandomCases.framework(rnd, true);
    Panel p = RandomCases.panel(rnd, fw, 5 + rnd.nextInt(10), 0.2);
    FittedIndex f = index(fw).fit(p);
    Observation base = p.observation(2 + rnd.nextInt(p.size() - 2));
    for (Indicator ind : fw.indicators()) {
      if (!base.has(ind.id())) {
        continue;
      }
      double step = rnd.nextDouble(0, 60) * ind.direction().sign(); // "better" either way
      ScoreCard before = f.score(base);
      ScoreCard after = f.score(base.withValue(ind.id(), base.value(ind.id()) + step));
      for (Node anc : fw.path(ind.id())) {
        if (!Double.isNaN(before.score(anc.id()))) {
          assertThat(after.score(anc.id())).as("seed %d: %s after raising %s", seed, anc.id(),
              ind.id()).isGreaterThanOrEqualTo(before.score(anc.id()) - 1e-9);
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reorderingEntities_changesNothing(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Framework fw = RandomCases.framework(rnd, false);
    Panel p = RandomCases.panel(rnd, fw, 3 + rnd.nextInt(20), 0.3);
    int[] perm = java.util.stream.IntStream.range(0, p.size()).toArray();
    for (int i = perm.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    Panel shuffled = p.rows(perm);
    Scores a = index(fw).fit(p).score(p);
    Scores b = index(fw).fit(shuffled).score(shuffled);
    for (String e : p.entities()) {
      for (String node : a.nodes()) {
        assertThat(Double.doubleToLongBits(b.score(e, node))).as("seed %d %s %s", seed, e, node)
            .isEqualTo(Double.doubleToLongBits(a.score(e, node)));
        assertThat(b.rank(e, node)).isEqualTo(a.rank(e, node));
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void scalingAllSiblingWeights_changesNothing(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Framework fw = RandomCases.framework(rnd, false);
    Panel p = RandomCases.panel(rnd, fw, 3 + rnd.nextInt(20), 0.3);
    Node parent = fw.root();
    double k = rnd.nextDouble(0.1, 50);
    Map<String, Double> scaled = new HashMap<>();
    for (Node c : parent.children()) {
      scaled.put(c.id(), c.weight() * k);
    }
    Scores a = index(fw).fit(p).score(p);
    Scores b = index(fw.withWeights(scaled)).fit(p).score(p);
    for (int r = 0; r < p.size(); r++) {
      assertThat(b.score(r, parent.id())).as("seed %d row %d", seed, r)
          .isCloseTo(a.score(r, parent.id()), within(1e-9));
    }
  }
}
