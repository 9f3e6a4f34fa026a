package io.github.diamondscore.analysis;

import io.github.diamondscore.aggregate.Aggregation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.normalize.Normalization;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.Index;
import io.github.diamondscore.score.Scores;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Monte Carlo uncertainty analysis of an index's ranking, as recommended by the OECD/JRC
 * Handbook (2008, step 7): the index is recomputed many times with its uncertain choices drawn
 * at random, and each entity's rank is reported as an interval instead of a single number.
 *
 * <p>Uncertain inputs (each optional):
 * <ul>
 *   <li><b>weights</b>: every weight multiplied by a factor drawn uniformly from
 *       [1 − δ, 1 + δ] ({@link Builder#weightNoise});
 *   <li><b>normalization</b>: the index's default or one of the alternatives, with equal
 *       probability ({@link Builder#normalizations});
 *   <li><b>aggregation</b>: likewise for composites without their own
 *       ({@link Builder#aggregations}).
 * </ul>
 *
 * <p>Runs that vary only weights reuse the fitted parameters ({@link FittedIndex#reweighted});
 * the others refit. Every run draws from its own generator, seeded from the analysis seed in run
 * order, and writes its result into its own slot, so the output is identical for a given seed
 * whatever the number of threads.
 *
 * <p>{@link UncertaintyResult#sensitivity()} reports, for each active input, the mean absolute
 * rank shift from the nominal ranking when only that input varies (a one-at-a-time screening
 * measure, not a variance-based Sobol index).
 */
public final class Uncertainty {
  private final Index index;
  private final Panel panel;
  private final String node;
  private final int runs;
  private final long seed;
  private final double weightNoise;
  private final List<Normalization> normalizations;
  private final List<Aggregation> aggregations;
  private final int threads;

  private Uncertainty(Builder b) {
    this.index = b.index;
    this.panel = b.panel;
    this.node = b.node == null ? b.index.framework().root().id() : b.node;
    this.runs = b.runs;
    this.seed = b.seed;
    this.weightNoise = b.weightNoise;
    this.normalizations = List.copyOf(b.normalizations);
    this.aggregations = List.copyOf(b.aggregations);
    this.threads = b.threads;
    index.framework().require(node);
  }

  /**
   * Starts an analysis of an index on a panel: 1,000 runs, seed 1, weights ±25 %, no other
   * uncertain input.
   *
   * @param index the index
   * @param panel the reference panel (fitted and scored in every run)
   * @return the builder
   */
  public static Builder builder(Index index, Panel panel) {
    return new Builder(index, panel);
  }

  /**
   * Runs the analysis.
   *
   * @return ranks and scores per entity over all runs, and the sensitivity per input
   * @throws IllegalArgumentException if a run's index cannot be fitted or scored (e.g. a
   *     geometric mean meeting a zero under an alternative normalization), with that message
   */
  public UncertaintyResult run() {
    FittedIndex nominal = index.fit(panel);
    Scores nominalScores = nominal.score(panel);
    double[] nominalScore = nominalScores.column(node);
    int[] nominalRank = ranks(nominalScores);
    boolean w = weightNoise > 0;
    boolean n = !normalizations.isEmpty();
    boolean a = !aggregations.isEmpty();
    int[][] rankRuns = new int[runs][];
    double[][] scoreRuns = new double[runs][];
    simulate(nominal, w, n, a, seed, rankRuns, scoreRuns);
    Map<String, Double> sensitivity = new LinkedHashMap<>();
    int active = (w ? 1 : 0) + (n ? 1 : 0) + (a ? 1 : 0);
    String[] names = {"weights", "normalization", "aggregation"};
    boolean[] flags = {w, n, a};
    for (int f = 0; f < 3; f++) {
      if (!flags[f]) {
        continue;
      }
      int[][] only;
      if (active == 1) {
        only = rankRuns;
      } else {
        only = new int[runs][];
        simulate(nominal, f == 0, f == 1, f == 2, seed + 1 + f, only, new double[runs][]);
      }
      sensitivity.put(names[f], meanShift(only, nominalRank));
    }
    return new UncertaintyResult(node, nominalScores.entities(), nominalScore, nominalRank,
        rankRuns, scoreRuns, sensitivity);
  }

  private void simulate(FittedIndex nominal, boolean w, boolean n, boolean a, long base,
      int[][] rankOut, double[][] scoreOut) {
    SplittableRandom master = new SplittableRandom(base);
    long[] seeds = new long[runs];
    for (int r = 0; r < runs; r++) {
      seeds[r] = master.nextLong();
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(() -> IntStream.range(0, runs).parallel().forEach(r -> {
        Scores s = oneRun(nominal, new SplittableRandom(seeds[r]), w, n, a);
        rankOut[r] = ranks(s);
        scoreOut[r] = s.column(node);
      })).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("uncertainty analysis interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private Scores oneRun(FittedIndex nominal, SplittableRandom rnd, boolean w, boolean n,
      boolean a) {
    Map<String, Double> weights = new HashMap<>();
    if (w) {
      Framework fw = index.framework();
      for (Node node : fw.nodes()) {
        if (fw.parent(node.id()).isPresent() && !fw.isModulator(node.id())) {
          weights.put(node.id(),
              node.weight() * (1 + weightNoise * (2 * rnd.nextDouble() - 1)));
        }
      }
    }
    Normalization norm = index.normalization();
    if (n) {
      int k = rnd.nextInt(normalizations.size() + 1);
      norm = k == 0 ? norm : normalizations.get(k - 1);
    }
    Aggregation agg = index.aggregation();
    if (a) {
      int k = rnd.nextInt(aggregations.size() + 1);
      agg = k == 0 ? agg : aggregations.get(k - 1);
    }
    if (!n && !a) {
      return nominal.reweighted(weights).score(panel);
    }
    Index variant = index.toBuilder().normalization(norm).aggregation(agg)
        .framework(index.framework().withWeights(weights)).build();
    return variant.fit(panel).score(panel);
  }

  private int[] ranks(Scores s) {
    int[] out = new int[s.size()];
    for (int r = 0; r < out.length; r++) {
      out[r] = s.rank(r, node).orElse(0);
    }
    return out;
  }

  private static double meanShift(int[][] runs, int[] nominal) {
    double sum = 0;
    long count = 0;
    for (int[] run : runs) {
      for (int e = 0; e < nominal.length; e++) {
        if (run[e] > 0 && nominal[e] > 0) {
          sum += Math.abs(run[e] - nominal[e]);
          count++;
        }
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  /** Configures an {@link Uncertainty} analysis; not thread-safe. */
  public static final class Builder {
    private final Index index;
    private final Panel panel;
    private String node;
    private int runs = 1000;
    private long seed = 1;
    private double weightNoise = 0.25;
    private final List<Normalization> normalizations = new ArrayList<>();
    private final List<Aggregation> aggregations = new ArrayList<>();
    private int threads = Runtime.getRuntime().availableProcessors();

    private Builder(Index index, Panel panel) {
      this.index = Objects.requireNonNull(index, "index");
      this.panel = Objects.requireNonNull(panel, "panel");
    }

    /**
     * The node whose ranking is analysed.
     *
     * @param node a node id; the root by default
     * @return this builder
     */
    public Builder node(String node) {
      this.node = Objects.requireNonNull(node, "node");
      return this;
    }

    /**
     * The number of Monte Carlo runs.
     *
     * @param runs at least 10
     * @return this builder
     * @throws IllegalArgumentException if fewer than 10
     */
    public Builder runs(int runs) {
      if (runs < 10) {
        throw new IllegalArgumentException("runs (" + runs + ") must be at least 10");
      }
      this.runs = runs;
      return this;
    }

    /**
     * The seed: the same seed gives the same result whatever the number of threads.
     *
     * @param seed any value
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * The relative noise on weights: each is multiplied by a factor uniform in [1 − δ, 1 + δ].
     *
     * @param delta in [0, 1); 0 keeps weights fixed
     * @return this builder
     * @throws IllegalArgumentException if outside [0, 1)
     */
    public Builder weightNoise(double delta) {
      if (!(delta >= 0 && delta < 1)) {
        throw new IllegalArgumentException(
            "weight noise (" + delta + ") must be in [0, 1) so weights stay positive");
      }
      this.weightNoise = delta;
      return this;
    }

    /**
     * Alternative normalizations, drawn with the index's own with equal probability.
     *
     * @param alternatives the alternatives
     * @return this builder
     */
    public Builder normalizations(Normalization... alternatives) {
      this.normalizations.addAll(List.of(alternatives));
      return this;
    }

    /**
     * Alternative default aggregations, drawn with the index's own with equal probability.
     *
     * @param alternatives the alternatives
     * @return this builder
     */
    public Builder aggregations(Aggregation... alternatives) {
      this.aggregations.addAll(List.of(alternatives));
      return this;
    }

    /**
     * The number of worker threads; does not change the result.
     *
     * @param threads at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads (" + threads + ") must be at least 1");
      }
      this.threads = threads;
      return this;
    }

    /**
     * Builds the analysis.
     *
     * @return the analysis
     * @throws IllegalArgumentException if the node is unknown
     */
    public Uncertainty build() {
      if (weightNoise == 0 && normalizations.isEmpty() && aggregations.isEmpty()) {
        throw new IllegalStateException(String.format(Locale.ROOT,
            "nothing is uncertain: set weightNoise > 0 or give alternative normalizations or"
                + " aggregations"));
      }
      return new Uncertainty(this);
    }
  }
}
