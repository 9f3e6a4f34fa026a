package io.github.diamondscore.scenario;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Options for {@link Simulator#path}: how many changes at most, which indicators may not move,
 * what a unit of change costs, and how many candidate sets to enumerate before falling back to
 * the greedy method. Immutable; each method returns a copy.
 */
public final class PathOptions {
  private static final PathOptions DEFAULTS = new PathOptions(3, Map.of(), Set.of(), 200_000);
  private final int maxChanges;
  private final Map<String, Double> costs;
  private final Set<String> excluded;
  private final int exactLimit;

  private PathOptions(int maxChanges, Map<String, Double> costs, Set<String> excluded,
      int exactLimit) {
    this.maxChanges = maxChanges;
    this.costs = Map.copyOf(costs);
    this.excluded = Set.copyOf(excluded);
    this.exactLimit = exactLimit;
  }

  /**
   * At most 3 changes, no exclusions, the default cost (the share of each indicator's plausible
   * range moved), exact enumeration up to 200,000 candidate sets.
   *
   * @return the defaults
   */
  public static PathOptions defaults() {
    return DEFAULTS;
  }

  /**
   * At most this many changes.
   *
   * @param n 1 or more
   * @return the options
   * @throws IllegalArgumentException if n &lt; 1
   */
  public PathOptions maxChanges(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("maxChanges must be at least 1, not " + n);
    }
    return new PathOptions(n, costs, excluded, exactLimit);
  }

  /**
   * The cost of one raw unit of change of an indicator. Indicators without a cost cost the
   * share of their plausible range moved, so a cost of {@code 1 / range} is the default.
   *
   * @param indicator the indicator id
   * @param perUnit finite, &gt; 0
   * @return the options
   * @throws IllegalArgumentException if the cost is not finite and positive
   */
  public PathOptions cost(String indicator, double perUnit) {
    if (!(perUnit > 0) || !Double.isFinite(perUnit)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "cost per unit of '%s' must be finite and > 0, not %s", indicator, perUnit));
    }
    Map<String, Double> c = new HashMap<>(costs);
    c.put(indicator, perUnit);
    return new PathOptions(maxChanges, c, excluded, exactLimit);
  }

  /**
   * Indicators (ids or data columns) that may not move: population, growth, anything given.
   *
   * @param indicators the ids or columns
   * @return the options
   */
  public PathOptions exclude(Iterable<String> indicators) {
    Set<String> e = new HashSet<>(excluded);
    indicators.forEach(i -> e.add(Objects.requireNonNull(i, "indicator")));
    return new PathOptions(maxChanges, costs, e, exactLimit);
  }

  /**
   * Enumerate every candidate set when there are at most this many; use the greedy method
   * otherwise.
   *
   * @param sets 0 or more (0 always uses the greedy method)
   * @return the options
   * @throws IllegalArgumentException if negative
   */
  public PathOptions exactLimit(int sets) {
    if (sets < 0) {
      throw new IllegalArgumentException("exactLimit must be >= 0, not " + sets);
    }
    return new PathOptions(maxChanges, costs, excluded, sets);
  }

  /**
   * The most changes.
   *
   * @return at least 1
   */
  public int maxChanges() {
    return maxChanges;
  }

  /**
   * Costs per raw unit, by indicator id.
   *
   * @return an unmodifiable map
   */
  public Map<String, Double> costs() {
    return costs;
  }

  /**
   * The excluded indicator ids or columns.
   *
   * @return an unmodifiable set
   */
  public Set<String> excluded() {
    return excluded;
  }

  /**
   * The most candidate sets enumerated exactly.
   *
   * @return the limit
   */
  public int exactLimit() {
    return exactLimit;
  }

  /**
   * The options in words.
   *
   * @return one line
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "PathOptions(maxChanges=%d, costs=%s, excluded=%s,"
        + " exactLimit=%d)", maxChanges, costs, excluded, exactLimit);
  }
}
