package io.github.diamondscore.prepare;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fill values an {@link Imputation} learned from an indicator's reference column, frozen.
 *
 * <p>It holds, depending on the method: the indicator's overall mean or median; the mean or
 * median of each group that had a present reference value; or, for {@code latest}, each
 * entity's present reference values as a list of (year, value) sorted by year. Online,
 * {@code latest} therefore fills a gap of entity e in year y from the <em>reference panel's</em>
 * values of e for years &lt; y, exactly as the batch did.
 *
 * <p>{@link #fill(double, Optional, String, int)} is a pure function of the value, the cell's
 * group, entity and year, and the learned values; the batch {@code apply} methods call it cell
 * by cell, so batch and online results are bit-identical. A present value is always returned
 * unchanged.
 *
 * <p>Instances are immutable, thread-safe and serializable.
 */
public final class FittedImputation implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Imputation method;
  private final double overall;
  private final ImmutableSortedMap<String, Double> groupFills;
  private final ImmutableSortedMap<String, ImmutableList<YearValue>> history;

  /**
   * A present reference value of an entity in a year, for {@code latest}.
   *
   * @param year the year
   * @param value the present value (finite)
   */
  public record YearValue(int year, double value) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Validates the value.
     *
     * @param year the year
     * @param value the present value
     * @throws IllegalArgumentException if the value is not finite
     */
    public YearValue {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "history value of year %d (%s) must be finite; missing years are left out", year, value));
      }
    }
  }

  private FittedImputation(Imputation method, double overall, ImmutableSortedMap<String, Double> groupFills,
      ImmutableSortedMap<String, ImmutableList<YearValue>> history) {
    this.method = method;
    this.overall = overall;
    this.groupFills = groupFills;
    this.history = history;
  }

  static FittedImputation fit(Imputation method, double[] values, String[] groups,
      String[] entities, int[] years) {
    Objects.requireNonNull(method, "method");
    checkShape(values, groups, entities, years);
    for (int i = 0; i < values.length; i++) {
      if (Double.isInfinite(values[i])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "values[%d] is %s; imputation learns from finite values (blank/NaN for missing)",
            i, values[i]));
      }
    }
    ImmutableSortedMap<String, Double> noGroups = ImmutableSortedMap.of();
    ImmutableSortedMap<String, ImmutableList<YearValue>> noHistory = ImmutableSortedMap.of();
    if (method instanceof Imputation.None) {
      return new FittedImputation(method, Double.NaN, noGroups, noHistory);
    }
    if (method instanceof Imputation.Latest) {
      if (entities == null) {
        throw new IllegalArgumentException("imputation 'latest' needs each row's entity and year; "
            + "call fit(values, groups, entities, years)");
      }
      return new FittedImputation(method, Double.NaN, noGroups, historyOf(values, entities, years));
    }
    boolean median = method instanceof Imputation.Median || method instanceof Imputation.GroupMedian;
    double overall = statistic(present(values), median);
    if (method instanceof Imputation.Mean || method instanceof Imputation.Median || groups == null) {
      return new FittedImputation(method, overall, noGroups, noHistory);
    }
    Map<String, List<Double>> byGroup = new TreeMap<>();
    for (int i = 0; i < values.length; i++) {
      if (!groups[i].isEmpty() && !Double.isNaN(values[i])) {
        byGroup.computeIfAbsent(groups[i], g -> new ArrayList<>()).add(values[i]);
      }
    }
    ImmutableSortedMap.Builder<String, Double> fills = ImmutableSortedMap.naturalOrder();
    byGroup.forEach((group, list) ->
        fills.put(group, statistic(list.stream().mapToDouble(Double::doubleValue).toArray(), median)));
    return new FittedImputation(method, overall, fills.build(), noHistory);
  }

  private static ImmutableSortedMap<String, ImmutableList<YearValue>> historyOf(
      double[] values, String[] entities, int[] years) {
    Map<String, Map<Integer, Integer>> rowOf = new HashMap<>();
    Map<String, TreeMap<Integer, Double>> byEntity = new TreeMap<>();
    for (int i = 0; i < values.length; i++) {
      Integer previous = rowOf.computeIfAbsent(entities[i], e -> new HashMap<>()).putIfAbsent(years[i], i);
      if (previous != null) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "entity '%s' has two rows for year %d (rows %d and %d); "
                + "a panel needs one row per entity and year",
            entities[i], years[i], previous, i));
      }
      if (!Double.isNaN(values[i])) {
        byEntity.computeIfAbsent(entities[i], e -> new TreeMap<>()).put(years[i], values[i]);
      }
    }
    ImmutableSortedMap.Builder<String, ImmutableList<YearValue>> history = ImmutableSortedMap.naturalOrder();
    byEntity.forEach((entity, series) -> {
      ImmutableList.Builder<YearValue> list = ImmutableList.builder();
      series.forEach((year, value) -> list.add(new YearValue(year, value)));
      history.put(entity, list.build());
    });
    return history.build();
  }

  private static double[] present(double[] values) {
    return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
  }

  /** Mean (summed in row order) or median (mean of the two middle values for an even count); NaN if empty. */
  private static double statistic(double[] present, boolean median) {
    int n = present.length;
    if (n == 0) {
      return Double.NaN;
    }
    if (median) {
      double[] sorted = present.clone();
      Arrays.sort(sorted);
      return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
    double sum = 0;
    for (double v : present) {
      sum += v;
    }
    return sum / n;
  }

  private static void checkShape(double[] values, String[] groups, String[] entities, int[] years) {
    Objects.requireNonNull(values, "values");
    if (groups != null) {
      checkLength("groups", groups.length, values.length);
      for (int i = 0; i < groups.length; i++) {
        if (groups[i] == null) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "groups[%d] is null; use \"\" for a row without a group", i));
        }
      }
    }
    if (entities != null) {
      checkLength("entities", entities.length, values.length);
      checkLength("years", years.length, values.length);
      for (int i = 0; i < entities.length; i++) {
        if (entities[i] == null || entities[i].isBlank()) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "entities[%d] is %s; every row needs an entity id",
              i, entities[i] == null ? "null" : "blank"));
        }
      }
    }
  }

  private static void checkLength(String name, int length, int expected) {
    if (length != expected) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s has %d rows but values has %d; give one %s per row",
          name, length, expected, name.substring(0, name.length() - 1)));
    }
  }

  /**
   * Returns the imputation method that was fitted.
   *
   * @return the method
   */
  public Imputation method() {
    return method;
  }

  /**
   * Returns the overall fill: the indicator's mean or median for {@code mean}, {@code median}
   * and the group methods (their fallback); NaN for {@code none} and {@code latest}, or when the
   * reference column had no present value.
   *
   * @return the overall fill, or NaN
   */
  public double overall() {
    return overall;
  }

  /**
   * Returns the learned fill of each group that had a present reference value (group
   * methods only; empty otherwise), sorted by group name.
   *
   * @return an unmodifiable map from group to fill
   */
  public Map<String, Double> groupFills() {
    return groupFills;
  }

  /**
   * Returns each entity's present reference values sorted by year ({@code latest} only; empty
   * otherwise), sorted by entity id.
   *
   * @return an unmodifiable map from entity to its (year, value) list
   */
  public Map<String, List<YearValue>> history() {
    return Collections.unmodifiableMap(history);
  }

  /**
   * Fills one cell when the method needs no entity or year (every method but {@code latest}).
   *
   * <p>Non-finite values: a present value (anything but NaN, ±∞ included) is returned
   * unchanged; NaN is replaced by the learned fill, which is itself NaN when nothing could be
   * learned.
   *
   * @param value the cell's value, NaN when missing
   * @param group the cell's group; empty (or {@code ""}) for none
   * @return {@code value} if present, else the fill
   * @throws IllegalStateException if the method is {@code latest}
   */
  public double fill(double value, Optional<String> group) {
    Objects.requireNonNull(group, "group");
    if (method instanceof Imputation.Latest) {
      throw new IllegalStateException("imputation 'latest' fills from the entity's earlier years; "
          + "call fill(value, group, entity, year)");
    }
    return fill(value, group, "", 0);
  }

  /**
   * Fills one cell of a panel: works for every method.
   *
   * <p>{@code latest} returns the entity's reference value in the latest year before
   * {@code year} that had a present value, or NaN if there is none; the other methods ignore
   * entity and year.
   *
   * <p>Non-finite values: a present value (anything but NaN, ±∞ included) is returned
   * unchanged; NaN is replaced by the learned fill, which may itself be NaN.
   *
   * @param value the cell's value, NaN when missing
   * @param group the cell's group; empty (or {@code ""}) for none
   * @param entity the cell's entity id
   * @param year the cell's year
   * @return {@code value} if present, else the fill
   */
  public double fill(double value, Optional<String> group, String entity, int year) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(entity, "entity");
    if (!Double.isNaN(value)) {
      return value;
    }
    if (method instanceof Imputation.None) {
      return Double.NaN;
    }
    if (method instanceof Imputation.Latest) {
      return latestBefore(entity, year);
    }
    if (group.isPresent()) {
      Double fill = groupFills.get(group.get());
      if (fill != null) {
        return fill;
      }
    }
    return overall;
  }

  private double latestBefore(String entity, int year) {
    List<YearValue> series = history.get(entity);
    if (series == null) {
      return Double.NaN;
    }
    // last index with series.year < year
    int lo = 0;
    int hi = series.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (series.get(mid).year() < year) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo == 0 ? Double.NaN : series.get(lo - 1).value();
  }

  /**
   * Fills a column whose rows have no group, entity or year (not for {@code latest}).
   *
   * <p>Non-finite values: as {@link #fill(double, Optional)}.
   *
   * @param values the column; not modified
   * @return the filled column and the cells that were imputed
   * @throws IllegalStateException if the method is {@code latest}
   */
  public ImputedColumn apply(double[] values) {
    Objects.requireNonNull(values, "values");
    String[] groups = new String[values.length];
    Arrays.fill(groups, "");
    return apply(values, groups);
  }

  /**
   * Fills a column with each row's group ({@code ""} for none; not for {@code latest}).
   *
   * <p>Non-finite values: as {@link #fill(double, Optional)}.
   *
   * @param values the column; not modified
   * @param groups each row's group, same length, no null element
   * @return the filled column and the cells that were imputed
   * @throws IllegalArgumentException if the lengths differ or a group is null
   * @throws IllegalStateException if the method is {@code latest}
   */
  public ImputedColumn apply(double[] values, String[] groups) {
    Objects.requireNonNull(groups, "groups");
    checkShape(values, groups, null, null);
    if (method instanceof Imputation.Latest) {
      throw new IllegalStateException("imputation 'latest' fills from the entity's earlier years; "
          + "call apply(values, groups, entities, years)");
    }
    double[] filled = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      filled[i] = fill(values[i], groupOf(groups[i]));
    }
    return new ImputedColumn(values, filled);
  }

  /**
   * Fills a panel column with each row's group, entity and year (every method).
   *
   * <p>Non-finite values: as {@link #fill(double, Optional, String, int)}.
   *
   * @param values the column; not modified
   * @param groups each row's group ({@code ""} for none), same length
   * @param entities each row's entity id, same length, none blank
   * @param years each row's year, same length
   * @return the filled column and the cells that were imputed
   * @throws IllegalArgumentException if the lengths differ, or an element is null or an entity blank
   */
  public ImputedColumn apply(double[] values, String[] groups, String[] entities, int[] years) {
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(entities, "entities");
    Objects.requireNonNull(years, "years");
    checkShape(values, groups, entities, years);
    double[] filled = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      filled[i] = fill(values[i], groupOf(groups[i]), entities[i], years[i]);
    }
    return new ImputedColumn(values, filled);
  }

  private static Optional<String> groupOf(String group) {
    return group.isEmpty() ? Optional.empty() : Optional.of(group);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof FittedImputation)) {
      return false;
    }
    FittedImputation other = (FittedImputation) o;
    return method.equals(other.method) && Double.compare(overall, other.overall) == 0
        && groupFills.equals(other.groupFills) && history.equals(other.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, overall, groupFills, history);
  }

  /**
   * Returns a short description, e.g. {@code FittedImputation[group-mean, overall 4.5, 3 groups]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    if (method instanceof Imputation.Latest) {
      return String.format(Locale.ROOT, "FittedImputation[latest, %d entities]", history.size());
    }
    if (method instanceof Imputation.GroupMean || method instanceof Imputation.GroupMedian) {
      return String.format(Locale.ROOT, "FittedImputation[%s, overall %s, %d groups]",
          method.id(), overall, groupFills.size());
    }
    if (method instanceof Imputation.None) {
      return "FittedImputation[none]";
    }
    return String.format(Locale.ROOT, "FittedImputation[%s, overall %s]", method.id(), overall);
  }
}
