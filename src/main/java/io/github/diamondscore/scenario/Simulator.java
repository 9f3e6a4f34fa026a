package io.github.diamondscore.scenario;

import io.github.diamondscore.aggregate.Aggregation;
import io.github.diamondscore.data.Observation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Goalposts;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.model.Transform;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.Scores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Applies {@link Scenario}s to a fitted index and its reference panel, sweeps, solves for targets
 * and finds paths to them. Every fitted parameter stays frozen: data changes are scored by the
 * same fitted index, and weight or strength changes use a reweighted copy of it
 * ({@link FittedIndex#reweighted}, {@link FittedIndex#withStrengths}), never a refit. So a delta is
 * the scenario's effect alone.
 *
 * <p><b>Plausible range.</b> Each indicator's plausible range, in its own units (after the
 * denominator, before the transform), is the range you gave ({@link #withRange}), else its
 * goalposts, else the range observed in the reference panel. Its best end (by direction) bounds
 * every what-if: a scenario that moves a value beyond it fails, solving and paths stop at it. A
 * what-if nobody could carry out is not a result.
 *
 * <p>Immutable and thread-safe. The reference panel must have one row per entity (filter a time
 * panel to one year first).
 *
 * <pre>{@code
 * Simulator sim = Simulator.of(fitted, panel).withBands(bands);
 * System.out.println(sim.apply(Scenario.named("KAZ logistics like POL")
 *     .with(Change.like("lpi_customs", "POL").forEntity("KAZ"))));
 * }</pre>
 */
public final class Simulator {
  private static final double BISECTION = 1e-9;
  private final FittedIndex fitted;
  private final Panel reference;
  private final Bands bands;
  private final Map<String, double[]> ranges;
  private final Scores baseline;

  private Simulator(FittedIndex fitted, Panel reference, Bands bands,
      Map<String, double[]> ranges, Scores baseline) {
    this.fitted = fitted;
    this.reference = reference;
    this.bands = bands;
    this.ranges = Map.copyOf(ranges);
    this.baseline = baseline;
  }

  /**
   * A simulator over a fitted index and the panel whose entities the scenarios change (usually
   * the reference panel it was fitted on; levels such as percentiles and medians are read from
   * it).
   *
   * @param fitted the fitted index
   * @param reference the panel, one row per entity
   * @return the simulator, without bands
   * @throws IllegalArgumentException if the panel has several years, or cannot be scored
   */
  public static Simulator of(FittedIndex fitted, Panel reference) {
    Objects.requireNonNull(fitted, "fitted");
    Objects.requireNonNull(reference, "reference");
    if (reference.years().size() > 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "the scenario panel has rows for years %s; give one year (panel.filterYear(y))",
          reference.years()));
    }
    Scores base = fitted.score(reference);
    if (base.size() != reference.size()) {
      throw new IllegalArgumentException("screening drops entities of the scenario panel ("
          + base.screenedOut() + "); give a panel of entities the index scores");
    }
    return new Simulator(fitted, reference, Bands.none(), Map.of(), base);
  }

  /**
   * This simulator with bands (tiers) for the root score: comparisons show tier changes, and
   * targets and {@code tier-median} changes can name a tier.
   *
   * @param newBands the bands
   * @return a new simulator
   */
  public Simulator withBands(Bands newBands) {
    return new Simulator(fitted, reference, Objects.requireNonNull(newBands, "bands"), ranges,
        baseline);
  }

  /**
   * This simulator with your plausible range for an indicator, in its own units (after the
   * denominator), replacing its goalposts or observed range: e.g. a target the government has
   * committed to.
   *
   * @param indicator the indicator id
   * @param low the lower end
   * @param high the upper end, above {@code low}
   * @return a new simulator
   * @throws IllegalArgumentException for an unknown indicator or an invalid range
   */
  public Simulator withRange(String indicator, double low, double high) {
    Indicator ind = indicator("range", indicator);
    if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "range of '%s' [%s, %s] must be finite with low < high", indicator, low, high));
    }
    Map<String, double[]> r = new HashMap<>(ranges);
    r.put(ind.id(), new double[] {low, high});
    return new Simulator(fitted, reference, bands, r, baseline);
  }

  /**
   * The fitted index.
   *
   * @return the fitted index
   */
  public FittedIndex fitted() {
    return fitted;
  }

  /**
   * The panel the scenarios change.
   *
   * @return the panel
   */
  public Panel reference() {
    return reference;
  }

  /**
   * The bands.
   *
   * @return the bands, possibly none
   */
  public Bands bands() {
    return bands;
  }

  /**
   * The baseline scores of the panel.
   *
   * @return the scores
   */
  public Scores baseline() {
    return baseline;
  }

  /**
   * An indicator's plausible range for one entity, in raw units of the data column (the
   * indicator's range times the entity's denominator, if any): {@code [worst, best]} by
   * direction.
   *
   * @param entity the entity
   * @param indicator the indicator id
   * @return {@code {worst, best}}
   * @throws IllegalArgumentException for an unknown entity or indicator
   */
  public double[] plausibleRange(String entity, String indicator) {
    String where = "range of " + indicator + " for " + entity;
    Indicator ind = indicator(where, indicator);
    int r = row(where, entity);
    Plausible p = plausible(ind);
    double d = denominator(where, ind, r);
    return new double[] {p.worst * d, p.best * d};
  }

  // ---------------------------------------------------------------------------- scenarios

  /**
   * Applies a scenario and compares it with the baseline.
   *
   * @param scenario the scenario
   * @return the comparison, every entity and node
   * @throws IllegalArgumentException naming the scenario, the change (and its file line) and
   *     the reason: an unknown entity, group, tier, indicator or node; a multiply or add on a
   *     missing value; a value outside the log transform's domain or beyond the plausible best
   */
  public ScenarioComparison apply(Scenario scenario) {
    Framework fw = fitted.framework();
    Map<String, double[]> columns = new LinkedHashMap<>();
    Map<String, Double> weights = new LinkedHashMap<>();
    Map<String, Double> strengths = new LinkedHashMap<>();
    List<Change> changes = scenario.changes();
    for (int i = 0; i < changes.size(); i++) {
      Change c = changes.get(i);
      String where = where(scenario, i, c);
      switch (c.operation()) {
        case WEIGHT -> {
          node(where, c.target());
          if (!(c.value() > 0)) {
            throw fail(where, "a weight must be > 0, not " + Fmt.num(c.value()));
          }
          weights.put(c.target(), c.value());
        }
        case STRENGTH -> {
          node(where, c.target());
          if (!fw.isModulator(c.target())) {
            throw fail(where, "'" + c.target() + "' is not a modulator; strength applies to"
                + " modulators" + modulatorList());
          }
          if (c.value() < 0 || c.value() > 1) {
            throw fail(where, "a strength must be in [0, 1], not " + Fmt.num(c.value()));
          }
          strengths.put(c.target(), c.value());
        }
        case FRONTIER -> {
          Node n = node(where, c.target());
          int[] rows = rows(where, c.scope());
          for (Indicator ind : weightedIndicators(n)) {
            double[] col = columns.computeIfAbsent(ind.column(), reference::column);
            Plausible p = plausible(ind);
            for (int r : rows) {
              col[r] = check(where, ind, r, p.best * denominator(where, ind, r));
            }
          }
        }
        default -> {
          int[] rows = rows(where, c.scope());
          for (Indicator ind : targets(where, c)) {
            double[] col = columns.computeIfAbsent(ind.column(), reference::column);
            for (int r : rows) {
              col[r] = check(where, ind, r, newValue(where, c, ind, r, col[r]));
            }
          }
        }
      }
    }
    FittedIndex f = fitted;
    if (!weights.isEmpty()) {
      f = f.reweighted(weights);
    }
    if (!strengths.isEmpty()) {
      f = f.withStrengths(strengths);
    }
    Panel p = reference;
    for (Map.Entry<String, double[]> e : columns.entrySet()) {
      p = p.withColumn(e.getKey(), e.getValue());
    }
    Scores after;
    try {
      after = f.score(p);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("scenario '" + scenario.name() + "': " + e.getMessage(),
          e);
    }
    String root = fw.root().id();
    List<ScenarioComparison.Row> rows = new ArrayList<>();
    for (int r = 0; r < reference.size(); r++) {
      for (Node n : fw.nodes()) {
        double b = baseline.score(r, n.id());
        double s = after.score(r, n.id());
        boolean isRoot = n.id().equals(root);
        rows.add(new ScenarioComparison.Row(reference.entity(r), n.id(), b, s,
            baseline.rank(r, n.id()), after.rank(r, n.id()),
            isRoot ? bands.nameOf(b) : "", isRoot ? bands.nameOf(s) : ""));
      }
    }
    return new ScenarioComparison(scenario, root, rows);
  }

  /** The indicator a data change targets, or for a level change on a node, those under it. */
  private List<Indicator> targets(String where, Change c) {
    Framework fw = fitted.framework();
    boolean level = c.operation() != Operation.SET && c.operation() != Operation.ADD
        && c.operation() != Operation.MULTIPLY;
    if (level && fw.node(c.target()).orElse(null) instanceof Composite comp) {
      return weightedIndicators(comp);
    }
    return List.of(indicator(where, c.target()));
  }

  private double newValue(String where, Change c, Indicator ind, int r, double old) {
    switch (c.operation()) {
      case SET:
        return c.value();
      case ADD:
      case MULTIPLY:
        if (Double.isNaN(old)) {
          throw fail(where, String.format(Locale.ROOT,
              "%s has no value for %s, so there is nothing to %s; use set", reference.entity(r),
              ind.column(), c.operation()));
        }
        return c.operation() == Operation.ADD ? old + c.value() : old * c.value();
      case ENTITY: {
        int other = row(where, c.reference());
        double level = level(ind, other);
        if (Double.isNaN(level)) {
          throw fail(where, String.format(Locale.ROOT, "%s has no value for %s to copy",
              c.reference(), ind.column()));
        }
        return level * denominator(where, ind, r);
      }
      case PERCENTILE:
        return percentile(levels(ind, allRows()), c.value()) * denominator(where, ind, r);
      case GROUP_MEDIAN: {
        int[] members = rows(where, Scope.group(c.reference()));
        double m = percentile(levels(ind, members), 50);
        if (Double.isNaN(m)) {
          throw fail(where, String.format(Locale.ROOT, "no entity of group '%s' has a value for"
              + " %s", c.reference(), ind.column()));
        }
        return m * denominator(where, ind, r);
      }
      case TIER_MEDIAN: {
        Band band;
        try {
          band = bands.require(c.reference());
        } catch (IllegalArgumentException e) {
          throw fail(where, e.getMessage());
        }
        String root = fitted.framework().root().id();
        List<Integer> members = new ArrayList<>();
        for (int k = 0; k < reference.size(); k++) {
          if (bands.bandOf(baseline.score(k, root)).map(band::equals).orElse(false)) {
            members.add(k);
          }
        }
        double m = percentile(levels(ind, members.stream().mapToInt(Integer::intValue)
            .toArray()), 50);
        if (Double.isNaN(m)) {
          throw fail(where, String.format(Locale.ROOT, "no entity of tier '%s' has a value for"
              + " %s", band.name(), ind.column()));
        }
        return m * denominator(where, ind, r);
      }
      default:
        throw new AssertionError(c.operation());
    }
  }

  /** Checks a new raw value: finite, in the transform's domain, not beyond the plausible best. */
  private double check(String where, Indicator ind, int r, double raw) {
    String cell = reference.entity(r) + " " + ind.column() + " = " + Fmt.num(raw);
    if (!Double.isFinite(raw)) {
      throw fail(where, cell + " is not a finite number");
    }
    double level = raw / denominator(where, ind, r);
    if (ind.transform() == Transform.LOG && !(level > 0)) {
      throw fail(where, cell + " is outside the log transform's domain: " + ind.id()
          + " must stay > 0");
    }
    Plausible p = plausible(ind);
    int sign = ind.direction().sign();
    double slack = BISECTION * Math.abs(p.best - p.worst);
    if (sign * (level - p.best) > slack) {
      throw fail(where, String.format(Locale.ROOT,
          "%s is beyond its plausible best %s (%s); a what-if nobody could carry out is not a"
              + " scenario: widen the range with withRange(\"%s\", low, high) if it is"
              + " plausible", cell, Fmt.num(p.best * denominator(where, ind, r)), p.bestSource,
          ind.id()));
    }
    return raw;
  }

  // ---------------------------------------------------------------------------- sweeps

  /**
   * Sweeps an indicator's raw value for one entity and tracks the root's score and rank.
   *
   * @param entity the entity
   * @param indicator the indicator id
   * @param from the first value
   * @param to the last value
   * @param steps the number of values, at least 2, evenly spaced
   * @return the sweep
   * @throws IllegalArgumentException for an unknown entity or indicator, fewer than 2 steps, or a
   *     value outside the log transform's domain
   */
  public Sweep sweep(String entity, String indicator, double from, double to, int steps) {
    return sweep(entity, indicator, from, to, steps, fitted.framework().root().id());
  }

  /**
   * Sweeps an indicator's raw value for one entity and tracks a node's score and rank (among
   * the other entities' baseline scores). Values beyond the plausible best are marked, not
   * refused, since a sweep explores.
   *
   * @param entity the entity
   * @param indicator the indicator id
   * @param from the first value
   * @param to the last value
   * @param steps the number of values, at least 2, evenly spaced
   * @param node the node whose score is tracked
   * @return the sweep
   * @throws IllegalArgumentException for an unknown entity, indicator or node, fewer than 2
   *     steps, or a value outside the log transform's domain
   */
  public Sweep sweep(String entity, String indicator, double from, double to, int steps,
      String node) {
    String where = String.format(Locale.ROOT, "sweep of %s for %s", indicator, entity);
    Indicator ind = indicator(where, indicator);
    int r = row(where, entity);
    node(where, node);
    checkSteps(where, from, to, steps);
    Observation obs = reference.observation(r);
    double[] others = others(r, node);
    Plausible p = plausible(ind);
    double d = denominator(where, ind, r);
    List<Sweep.Point> points = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      double v = i == steps - 1 ? to : from + i * (to - from) / (steps - 1);
      if (ind.transform() == Transform.LOG && !(v / d > 0)) {
        throw fail(where, String.format(Locale.ROOT, "%s = %s is outside the log transform's"
            + " domain (> 0); sweep from a positive value", ind.column(), Fmt.num(v)));
      }
      double s = scoreWith(obs, Map.of(ind.column(), v), node);
      boolean plausible = ind.direction().sign() * (v / d - p.best)
          <= BISECTION * Math.abs(p.best - p.worst);
      points.add(new Sweep.Point(v, s, rankAmong(s, others), plausible));
    }
    return new Sweep(entity, node, indicator, points);
  }

  /**
   * Sweeps a node's weight (relative to its siblings) and tracks one entity's root score and
   * rank; every entity is rescored with the reweighted fitted index at each step.
   *
   * @param weightNode the node whose weight varies
   * @param from the first weight, &gt; 0
   * @param to the last weight, &gt; 0
   * @param steps the number of weights, at least 2
   * @param entity the entity tracked
   * @return the sweep
   * @throws IllegalArgumentException for an unknown node or entity, or invalid weights
   */
  public Sweep sweepWeight(String weightNode, double from, double to, int steps, String entity) {
    String where = String.format(Locale.ROOT, "sweep of the weight of %s for %s", weightNode,
        entity);
    node(where, weightNode);
    int r = row(where, entity);
    checkSteps(where, from, to, steps);
    if (!(from > 0 && to > 0)) {
      throw fail(where, "weights must be > 0");
    }
    String root = fitted.framework().root().id();
    List<Sweep.Point> points = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      double w = i == steps - 1 ? to : from + i * (to - from) / (steps - 1);
      Scores s = fitted.reweighted(Map.of(weightNode, w)).score(reference);
      points.add(new Sweep.Point(w, s.score(r, root), s.rank(r, root), true));
    }
    return new Sweep(entity, root, "weight of " + weightNode, points);
  }

  private static void checkSteps(String where, double from, double to, int steps) {
    if (steps < 2 || !Double.isFinite(from) || !Double.isFinite(to)) {
      throw fail(where, String.format(Locale.ROOT, "give finite ends and at least 2 steps (got"
          + " %s to %s in %d steps)", from, to, steps));
    }
  }

  // ---------------------------------------------------------------------------- solve

  /**
   * The raw value of one indicator that lifts an entity to a target, all else equal. The score
   * must be monotone in the indicator on the way to the node (no {@code mazziotta-pareto}); the
   * search runs from the entity's value (its plausible worst when missing) to its plausible best,
   * by bisection to 1e-9 of that range, on the log scale for a log-transformed indicator.
   *
   * @param entity the entity
   * @param indicator the indicator id
   * @param target the target
   * @return the solution; {@link Solution#alreadyReached()} when no change is needed
   * @throws IllegalArgumentException for an unknown entity, indicator, node or tier, a
   *     non-monotone aggregation on the way, or a target that cannot be reached within the
   *     plausible range (saying the best score reachable)
   */
  public Solution solve(String entity, String indicator, Target target) {
    String where = String.format(Locale.ROOT, "solve %s %s for %s", entity, indicator, target);
    Indicator ind = indicator(where, indicator);
    int r = row(where, entity);
    String node = targetNode(where, target);
    requireMonotone(where, ind, node);
    double threshold = threshold(where, target, node, r);
    Observation obs = reference.observation(r);
    double from = obs.value(ind.column());
    double base = baseline.score(r, node);
    Plausible p = plausible(ind);
    double d = denominator(where, ind, r);
    double best = p.best * d;
    boolean log = ind.transform() == Transform.LOG;
    if (base >= threshold) {
      return new Solution(entity, indicator, node, target, threshold, from, from, base, base,
          best, p.bestSource, log);
    }
    double start = Double.isNaN(from) ? p.worst * d : from;
    if (ind.direction().sign() * (best - start) < 0) {
      start = best;
    }
    double atBest = scoreWith(obs, Map.of(ind.column(), best), node);
    if (!(atBest >= threshold)) {
      throw fail(where, String.format(Locale.ROOT,
          "unreachable: even at its plausible best %s = %s (%s) %s's %s is %s, below %s;"
              + " no value of %s alone within [%s, %s] reaches it (try path(...) to combine"
              + " indicators, or withRange to allow more)", ind.column(), Fmt.num(best),
          p.bestSource, entity, node, Fmt.score(atBest), Fmt.num(threshold), ind.id(),
          Fmt.num(Math.min(p.worst * d, best)), Fmt.num(Math.max(p.worst * d, best))));
    }
    final double a = start;
    double lo = 0;
    double hi = 1;
    if (scoreWith(obs, Map.of(ind.column(), a), node) >= threshold) {
      hi = 0;
    }
    while (hi - lo > BISECTION) {
      double mid = (lo + hi) / 2;
      if (scoreWith(obs, Map.of(ind.column(), along(a, best, mid, log)), node) >= threshold) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    double value = along(a, best, hi, log);
    double s = scoreWith(obs, Map.of(ind.column(), value), node);
    return new Solution(entity, indicator, node, target, threshold, from, value, base, s, best,
        p.bestSource, log);
  }

  /** The point a share t of the way from a to b, on the log scale when asked. */
  private static double along(double a, double b, double t, boolean log) {
    if (t <= 0) {
      return a;
    }
    if (t >= 1) {
      return b;
    }
    if (log && a > 0 && b > 0) {
      return Math.exp(Math.log(a) + t * (Math.log(b) - Math.log(a)));
    }
    return a + t * (b - a);
  }

  // ---------------------------------------------------------------------------- paths

  /**
   * The smallest set of plausible changes that lifts an entity to a target, with the default
   * options (at most 3 changes, cost = share of each indicator's plausible range moved).
   *
   * @param entity the entity
   * @param target the target
   * @return the path
   * @throws IllegalArgumentException as for {@link #path(String, Target, PathOptions)}
   */
  public TargetPath path(String entity, Target target) {
    return path(entity, target, PathOptions.defaults());
  }

  /**
   * The smallest set of plausible changes that lifts an entity to a target (see
   * {@link TargetPath} for the exact and greedy methods). Candidates are the indicators under the
   * target node (through weighted children, not modulators) that the entity has a value for and
   * can still improve, less the excluded ones; each moves at most to its plausible best.
   *
   * @param entity the entity
   * @param target the target
   * @param options the options
   * @return the path; empty when the target is already reached
   * @throws IllegalArgumentException for an unknown entity, node or tier, a non-monotone
   *     aggregation on the way, or a target no set of at most {@code maxChanges} plausible
   *     changes reaches (saying the best score reachable)
   */
  public TargetPath path(String entity, Target target, PathOptions options) {
    String where = String.format(Locale.ROOT, "path for %s to %s", entity, target);
    int r = row(where, entity);
    String node = targetNode(where, target);
    double threshold = threshold(where, target, node, r);
    Observation obs = reference.observation(r);
    double base = baseline.score(r, node);
    if (base >= threshold) {
      return new TargetPath(entity, node, target, threshold, TargetPath.Method.EXACT, List.of(),
          base, base, bands, "already reached: no change needed");
    }
    List<Candidate> cands = candidates(where, r, node, options);
    if (cands.isEmpty()) {
      throw fail(where, "no indicator under " + node + " can improve for " + entity
          + " (all missing, excluded or already at their plausible best)");
    }
    double all = scoreAt(obs, cands, allIndices(cands.size()), 1, node);
    if (!(all >= threshold)) {
      throw fail(where, String.format(Locale.ROOT,
          "unreachable: with all %d improvable indicators at their plausible best, %s's %s is"
              + " %s, below %s", cands.size(), entity, node, Fmt.score(all),
          Fmt.num(threshold)));
    }
    int n = cands.size();
    int maxK = Math.min(options.maxChanges(), n);
    long sets = 0;
    for (int k = 1; k <= maxK; k++) {
      sets += binomial(n, k);
    }
    int[] chosen;
    TargetPath.Method method;
    String why;
    if (sets <= options.exactLimit()) {
      method = TargetPath.Method.EXACT;
      chosen = null;
      int reaching = 0;
      int size = 0;
      double bestCost = Double.POSITIVE_INFINITY;
      for (int k = 1; k <= maxK && chosen == null; k++) {
        int[] idx = new int[k];
        for (int i = 0; i < k; i++) {
          idx[i] = i;
        }
        while (true) {
          if (scoreAt(obs, cands, idx, 1, node) >= threshold) {
            reaching++;
            double t = leastShare(obs, cands, idx, node, threshold);
            double cost = cost(cands, idx, t);
            if (cost < bestCost) {
              bestCost = cost;
              chosen = idx.clone();
            }
          }
          if (!next(idx, n)) {
            break;
          }
        }
        size = k;
      }
      if (chosen == null) {
        throw fail(where, String.format(Locale.ROOT,
            "unreachable with at most %d changes: no set of %d of the %d improvable indicators"
                + " reaches %s even at their plausible best (all %d together give %s); allow"
                + " more with PathOptions.maxChanges", maxK, maxK, n, Fmt.num(threshold), n,
            Fmt.score(all)));
      }
      why = size == 1
          ? String.format(Locale.ROOT, "one change suffices; of the %d single changes that"
              + " reach %s, this one costs least", reaching, Fmt.num(threshold))
          : String.format(Locale.ROOT, "no set of fewer than %d changes reaches %s even at the"
              + " plausible bounds; of the %d sets of %d that do, this one costs least", size,
              Fmt.num(threshold), reaching, size);
    } else {
      method = TargetPath.Method.GREEDY;
      chosen = greedy(obs, cands, node, threshold, base);
      if (chosen.length > options.maxChanges()) {
        throw fail(where, String.format(Locale.ROOT, "the greedy method needs %d changes, more"
            + " than maxChanges %d; allow more, or raise exactLimit to enumerate",
            chosen.length, options.maxChanges()));
      }
      why = String.format(Locale.ROOT, "greedy: %d candidate sets exceed the exact limit of %d;"
          + " indicators were added by gain per cost at their bound, then unneeded ones"
          + " dropped; small, not proven smallest", sets, options.exactLimit());
    }
    double t = leastShare(obs, cands, chosen, node, threshold);
    double score = scoreAt(obs, cands, chosen, t, node);
    List<TargetPath.Step> steps = new ArrayList<>();
    for (int i : chosen) {
      Candidate c = cands.get(i);
      double to = along(c.from, c.bound, t, c.log);
      double alone = scoreWith(obs, Map.of(c.ind.column(), to), node) - base;
      String reason = String.format(Locale.ROOT, "%.0f%% of the way to its bound; alone adds"
          + " %s", 100 * t, Fmt.delta(alone));
      steps.add(new TargetPath.Step(c.ind.id(), c.from, to, c.bound, c.source,
          c.unitCost * Math.abs(to - c.from), alone, reason));
    }
    steps.sort((x, y) -> Double.compare(y.gainAlone(), x.gainAlone()));
    return new TargetPath(entity, node, target, threshold, method, steps, base, score, bands,
        why);
  }

  private record Candidate(Indicator ind, double from, double bound, String source,
      double unitCost, boolean log) {}

  private List<Candidate> candidates(String where, int r, String node, PathOptions o) {
    List<Candidate> out = new ArrayList<>();
    Set<String> columns = new HashSet<>();
    for (Indicator ind : weightedIndicators(fitted.framework().require(node))) {
      if (o.excluded().contains(ind.id()) || o.excluded().contains(ind.column())
          || !columns.add(ind.column())) {
        continue;
      }
      double from = reference.value(r, reference.columnIndex(ind.column()));
      if (Double.isNaN(from)) {
        continue;
      }
      requireMonotone(where, ind, node);
      Plausible p = plausible(ind);
      double d = denominator(where, ind, r);
      double bound = p.best * d;
      if (!(ind.direction().sign() * (bound - from) > 0)) {
        continue;
      }
      double width = Math.abs(p.best - p.worst) * Math.abs(d);
      double unit = o.costs().containsKey(ind.id()) ? o.costs().get(ind.id()) : 1 / width;
      out.add(new Candidate(ind, from, bound, p.bestSource, unit,
          ind.transform() == Transform.LOG));
    }
    return out;
  }

  private double scoreAt(Observation obs, List<Candidate> cands, int[] idx, double t,
      String node) {
    Map<String, Double> values = new HashMap<>();
    for (int i : idx) {
      Candidate c = cands.get(i);
      values.put(c.ind.column(), along(c.from, c.bound, t, c.log));
    }
    return scoreWith(obs, values, node);
  }

  /** The least share of the way to the bounds at which the set reaches the threshold. */
  private double leastShare(Observation obs, List<Candidate> cands, int[] idx, String node,
      double threshold) {
    double lo = 0;
    double hi = 1;
    while (hi - lo > BISECTION) {
      double mid = (lo + hi) / 2;
      if (scoreAt(obs, cands, idx, mid, node) >= threshold) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  private static double cost(List<Candidate> cands, int[] idx, double t) {
    double sum = 0;
    for (int i : idx) {
      Candidate c = cands.get(i);
      sum += c.unitCost * Math.abs(along(c.from, c.bound, t, c.log) - c.from);
    }
    return sum;
  }

  private int[] greedy(Observation obs, List<Candidate> cands, String node, double threshold,
      double base) {
    Integer[] order = new Integer[cands.size()];
    double[] ratio = new double[cands.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      Candidate c = cands.get(i);
      double gain = scoreWith(obs, Map.of(c.ind.column(), c.bound), node) - base;
      ratio[i] = gain / (c.unitCost * Math.abs(c.bound - c.from));
    }
    Arrays.sort(order, (x, y) -> Double.compare(ratio[y], ratio[x]));
    List<Integer> set = new ArrayList<>();
    for (int i : order) {
      set.add(i);
      if (scoreAt(obs, cands, toArray(set), 1, node) >= threshold) {
        break;
      }
    }
    for (int k = set.size() - 1; k >= 0; k--) {
      List<Integer> without = new ArrayList<>(set);
      without.remove(k);
      if (!without.isEmpty() && scoreAt(obs, cands, toArray(without), 1, node) >= threshold) {
        set = without;
      }
    }
    return toArray(set);
  }

  private static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] allIndices(int n) {
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    return idx;
  }

  /** The next k-subset of 0..n-1 in lexicographic order; false after the last. */
  private static boolean next(int[] idx, int n) {
    int k = idx.length;
    int i = k - 1;
    while (i >= 0 && idx[i] == n - k + i) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    idx[i]++;
    for (int j = i + 1; j < k; j++) {
      idx[j] = idx[j - 1] + 1;
    }
    return true;
  }

  private static long binomial(int n, int k) {
    long b = 1;
    for (int i = 1; i <= k; i++) {
      b = b * (n - k + i) / i;
      if (b > Integer.MAX_VALUE) {
        return Integer.MAX_VALUE;
      }
    }
    return b;
  }

  // ---------------------------------------------------------------------------- helpers

  private double scoreWith(Observation obs, Map<String, Double> values, String node) {
    Observation o = obs;
    for (Map.Entry<String, Double> e : values.entrySet()) {
      o = o.withValue(e.getKey(), e.getValue());
    }
    return fitted.score(o).score(node);
  }

  private double[] others(int r, String node) {
    double[] out = new double[reference.size() - 1];
    int k = 0;
    for (int i = 0; i < reference.size(); i++) {
      if (i != r) {
        out[k++] = baseline.score(i, node);
      }
    }
    return out;
  }

  private static OptionalInt rankAmong(double s, double[] others) {
    if (Double.isNaN(s)) {
      return OptionalInt.empty();
    }
    int rank = 1;
    for (double o : others) {
      if (o > s) {
        rank++;
      }
    }
    return OptionalInt.of(rank);
  }

  private double threshold(String where, Target target, String node, int r) {
    switch (target.kind()) {
      case SCORE:
        return target.value();
      case TIER:
        try {
          return bands.require(target.tier()).minimum();
        } catch (IllegalArgumentException e) {
          throw fail(where, e.getMessage());
        }
      case RANK: {
        double[] others = Arrays.stream(others(r, node)).filter(v -> !Double.isNaN(v))
            .sorted().toArray();
        int rank = (int) target.value();
        if (rank - 1 >= others.length) {
          return Double.NEGATIVE_INFINITY;
        }
        return others[others.length - rank];
      }
      default:
        throw new AssertionError(target.kind());
    }
  }

  private String targetNode(String where, Target target) {
    String node = target.node().isEmpty() ? fitted.framework().root().id() : target.node();
    node(where, node);
    return node;
  }

  private void requireMonotone(String where, Indicator ind, String node) {
    Framework fw = fitted.framework();
    List<Node> path = fw.path(ind.id());
    int at = -1;
    for (int i = 0; i < path.size(); i++) {
      if (path.get(i).id().equals(node)) {
        at = i;
      }
    }
    if (at < 0) {
      throw fail(where, String.format(Locale.ROOT, "%s is not under node %s", ind.id(), node));
    }
    for (Node n : path.subList(at, path.size())) {
      if (n instanceof Composite c) {
        Aggregation a = c.aggregation().orElse(fitted.index().aggregation());
        if (!a.isMonotone()) {
          throw fail(where, String.format(Locale.ROOT, "node %s aggregates by %s, which is not"
              + " monotone (raising a child can lower it), so there is no exact solution; use a"
              + " sweep", n.id(), a));
        }
      }
    }
  }

  /** Indicators under a node through weighted children (modulators are context, not levers). */
  private static List<Indicator> weightedIndicators(Node n) {
    List<Indicator> out = new ArrayList<>();
    if (n instanceof Indicator i) {
      out.add(i);
    }
    for (Node k : n.children()) {
      out.addAll(weightedIndicators(k));
    }
    return out;
  }

  private record Plausible(double worst, double best, String bestSource) {}

  private Plausible plausible(Indicator ind) {
    int sign = ind.direction().sign();
    double[] user = ranges.get(ind.id());
    if (user != null) {
      return sign > 0 ? new Plausible(user[0], user[1], "your range")
          : new Plausible(user[1], user[0], "your range");
    }
    if (ind.goalposts().isPresent()) {
      Goalposts g = ind.goalposts().get();
      return sign > 0 ? new Plausible(g.low(), g.high(), "frontier goalpost")
          : new Plausible(g.high(), g.low(), "frontier goalpost");
    }
    double worst = Double.NaN;
    double best = Double.NaN;
    int bestRow = -1;
    for (int r = 0; r < reference.size(); r++) {
      double v = level(ind, r);
      if (Double.isNaN(v)) {
        continue;
      }
      if (bestRow < 0 || sign * (v - best) > 0) {
        best = v;
        bestRow = r;
      }
      if (Double.isNaN(worst) || sign * (v - worst) < 0) {
        worst = v;
      }
    }
    if (bestRow < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "indicator '%s' has no"
          + " value in the scenario panel, so it has no plausible range; give one with"
          + " withRange", ind.id()));
    }
    return new Plausible(worst, best, "best observed, " + reference.entity(bestRow));
  }

  private double level(Indicator ind, int r) {
    double raw = reference.value(r, reference.columnIndex(ind.column()));
    if (ind.denominator().isEmpty()) {
      return raw;
    }
    return raw / reference.value(r, reference.columnIndex(ind.denominator().get()));
  }

  private double denominator(String where, Indicator ind, int r) {
    if (ind.denominator().isEmpty()) {
      return 1;
    }
    double d = reference.value(r, reference.columnIndex(ind.denominator().get()));
    if (!(d > 0) || !Double.isFinite(d)) {
      throw fail(where, String.format(Locale.ROOT, "%s has no usable %s (%s) to express %s per"
          + " unit", reference.entity(r), ind.denominator().get(), Fmt.num(d), ind.id()));
    }
    return d;
  }

  private double[] levels(Indicator ind, int[] rows) {
    return Arrays.stream(rows).mapToDouble(r -> level(ind, r)).filter(v -> !Double.isNaN(v))
        .toArray();
  }

  /** R's type 7 percentile of the values; NaN when there are none. */
  static double percentile(double[] values, double p) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] x = values.clone();
    Arrays.sort(x);
    double h = (x.length - 1) * p / 100;
    int lo = (int) Math.floor(h);
    if (lo >= x.length - 1) {
      return x[x.length - 1];
    }
    return x[lo] + (h - lo) * (x[lo + 1] - x[lo]);
  }

  private int[] allRows() {
    return allIndices(reference.size());
  }

  private int[] rows(String where, Scope scope) {
    switch (scope.kind()) {
      case ALL:
        return allRows();
      case ENTITY:
        return new int[] {row(where, scope.name())};
      default: {
        List<Integer> out = new ArrayList<>();
        Set<String> groups = new java.util.TreeSet<>();
        for (int r = 0; r < reference.size(); r++) {
          reference.group(r).ifPresent(groups::add);
          if (reference.group(r).map(scope.name()::equals).orElse(false)) {
            out.add(r);
          }
        }
        if (out.isEmpty()) {
          throw fail(where, String.format(Locale.ROOT, "no entity is in group '%s'; groups: %s",
              scope.name(), groups.isEmpty() ? "(the panel has no group column)" : groups));
        }
        return toArray(out);
      }
    }
  }

  private int row(String where, String entity) {
    OptionalInt r = reference.row(entity);
    if (r.isEmpty()) {
      throw fail(where, String.format(Locale.ROOT, "unknown entity '%s'; the panel has %d"
          + " entities, e.g. %s", entity, reference.size(),
          reference.entities().subList(0, Math.min(5, reference.size()))));
    }
    return r.getAsInt();
  }

  private Node node(String where, String id) {
    return fitted.framework().node(id).orElseThrow(() -> fail(where, String.format(Locale.ROOT,
        "unknown node '%s' in framework '%s'", id, fitted.framework().root().id())));
  }

  private Indicator indicator(String where, String id) {
    Framework fw = fitted.framework();
    if (fw.node(id).orElse(null) instanceof Indicator i) {
      return i;
    }
    for (Indicator i : fw.indicators()) {
      if (i.column().equals(id)) {
        return i;
      }
    }
    List<String> ids = fw.indicators().stream().map(Indicator::id).toList();
    throw fail(where, String.format(Locale.ROOT, "'%s' is not an indicator of framework '%s';"
        + " indicators: %s", id, fw.root().id(), ids.size() > 12
            ? String.join(", ", ids.subList(0, 12)) + ", ..." : String.join(", ", ids)));
  }

  private String modulatorList() {
    List<String> mods = new ArrayList<>();
    for (Node n : fitted.framework().nodes()) {
      if (fitted.framework().isModulator(n.id())) {
        mods.add(n.id());
      }
    }
    return mods.isEmpty() ? " (this framework has none)" : " (" + String.join(", ", mods) + ")";
  }

  private static String where(Scenario s, int i, Change c) {
    String at = c.origin().isEmpty() ? "change " + (i + 1) : c.origin();
    return String.format(Locale.ROOT, "scenario '%s', %s (%s)", s.name(), at, c);
  }

  private static IllegalArgumentException fail(String where, String message) {
    return new IllegalArgumentException(where + ": " + message);
  }

  /**
   * The fitted index, panel size and bands.
   *
   * @return one line
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Simulator on '%s' (%d entities; bands: %s)",
        fitted.framework().root().id(), reference.size(), bands);
  }
}
