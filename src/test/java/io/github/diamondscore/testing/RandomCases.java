package io.github.diamondscore.testing;

import io.github.diamondscore.aggregate.Aggregation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Seeded generators of random frameworks and matching panels for property tests. Every case is a
 * pure function of its seed, so a failure names the seed that reproduces it.
 */
public final class RandomCases {
  private RandomCases() {}

  /** Seeds 1..n for {@code @MethodSource}. */
  public static Stream<Long> seeds(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> (long) i);
  }

  /** Aggregations that never lower a composite when a child rises. */
  public static final List<Aggregation> MONOTONE = List.of(Aggregation.arithmetic(),
      Aggregation.geometric(), Aggregation.harmonic(), Aggregation.power(2),
      Aggregation.power(0.5), Aggregation.minimum(), Aggregation.median());

  /**
   * A random framework: 2 to 4 levels, 1 to 4 children per composite, random weights, directions,
   * goalposts now and then, monotone aggregations, and sometimes a modulator.
   */
  public static Framework framework(SplittableRandom rnd, boolean allowModulators) {
    int[] counter = {0};
    return Framework.of(composite(rnd, 0, 1 + rnd.nextInt(3), counter, allowModulators));
  }

  private static Node composite(SplittableRandom rnd, int depth, int maxDepth, int[] counter,
      boolean mods) {
    int n = 1 + rnd.nextInt(4);
    List<Node> kids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Node child = depth < maxDepth && rnd.nextInt(3) > 0
          ? composite(rnd, depth + 1, maxDepth, counter, mods) : indicator(rnd, counter);
      if (rnd.nextInt(3) == 0) {
        child = child.withWeight(0.25 + rnd.nextInt(12) * 0.5);
      }
      kids.add(child);
    }
    Composite c = Composite.of("c" + counter[0]++, kids)
        .aggregatedBy(MONOTONE.get(rnd.nextInt(MONOTONE.size())));
    if (mods && rnd.nextInt(5) == 0) {
      return c.modulatedBy(indicator(rnd, counter), rnd.nextDouble(0, 1));
    }
    return c;
  }

  private static Indicator indicator(SplittableRandom rnd, int[] counter) {
    Indicator ind = Indicator.of("i" + counter[0]++);
    if (rnd.nextBoolean()) {
      ind = ind.lowerIsBetter();
    }
    if (rnd.nextInt(5) == 0) {
      ind = ind.goalposts(-100, 100);
    }
    return ind;
  }

  /**
   * A panel for the framework's indicators: values in [-100, 100] with ties, a share of missing
   * cells, and in each column at least two distinct present values (so every method can be fitted).
   */
  public static Panel panel(SplittableRandom rnd, Framework fw, int rows, double missingShare) {
    List<String> ids = new ArrayList<>();
    fw.indicators().forEach(i -> ids.add(i.id()));
    double[][] cols = new double[ids.size()][rows];
    for (int j = 0; j < ids.size(); j++) {
      for (int r = 0; r < rows; r++) {
        double v = rnd.nextInt(4) == 0 ? rnd.nextInt(-3, 3) * 10.0 : rnd.nextDouble(-100, 100);
        cols[j][r] = r >= 2 && rnd.nextDouble() < missingShare ? Double.NaN : v;
      }
      cols[j][0] = -90;
      cols[j][1] = 90;
    }
    Panel.Builder b = Panel.builder(ids);
    for (int r = 0; r < rows; r++) {
      double[] row = new double[ids.size()];
      for (int j = 0; j < ids.size(); j++) {
        row[j] = cols[j][r];
      }
      b.add("e" + r, row);
    }
    return b.build();
  }
}
