package io.github.diamondscore.prepare;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * How missing values of an indicator are filled: the specification, before any data is seen.
 * Fitting it on the reference column learns the fill values and freezes them in a
 * {@link FittedImputation}, so an online observation with a gap gets the value the batch got.
 *
 * <p>The methods (names as accepted by {@link #parse(String)}):
 * <ul>
 *   <li>{@code none}: nothing is filled (the default; missing stays NaN).
 *   <li>{@code mean}, {@code median}: the mean or median of the indicator's present reference
 *       values (the median of an even count is the mean of the two middle values).
 *   <li>{@code group-mean}, {@code group-median}: the same statistic over the present reference
 *       values of the cell's group (the data's {@code group} column). A cell without a group
 *       (empty string), a group with no present reference value, or a group not seen at fit,
 *       gets the overall statistic instead.
 *   <li>{@code latest}: for panels with a {@code year} column, the entity's value in its latest
 *       earlier year (year &lt; the cell's year) that has a present value in the reference panel;
 *       no such year leaves the cell missing. Present values are taken from the reference data
 *       only, never from values filled earlier (which would give the same result anyway).
 * </ul>
 * When nothing can be learned (no present reference value), the fill is NaN and the cell stays
 * missing. Present values are never changed.
 *
 * <p>These are the imputations of the OECD/JRC Handbook on Constructing Composite Indicators
 * (2008), Step 3 "Imputation of missing data" (unconditional mean/median substitution), and
 * COINr's {@code Impute}
 * ({@code i_mean}, {@code i_median}, {@code i_mean_grp}, {@code i_median_grp},
 * {@code impute_panel} with {@code "latest"}).
 *
 * <p>Instances are immutable, thread-safe and serializable (they are part of an index spec).
 */
public sealed interface Imputation extends Serializable
    permits Imputation.None, Imputation.Mean, Imputation.Median, Imputation.GroupMean,
        Imputation.GroupMedian, Imputation.Latest {

  /**
   * Returns the method's name as {@link #parse(String)} accepts it, e.g. {@code group-mean}.
   *
   * @return the name
   */
  String id();

  /**
   * Returns no imputation: missing values stay missing.
   *
   * @return {@code none}
   */
  static Imputation none() {
    return new None();
  }

  /**
   * Returns imputation by the indicator's mean.
   *
   * @return {@code mean}
   */
  static Imputation mean() {
    return new Mean();
  }

  /**
   * Returns imputation by the indicator's median.
   *
   * @return {@code median}
   */
  static Imputation median() {
    return new Median();
  }

  /**
   * Returns imputation by the mean of the cell's group.
   *
   * @return {@code group-mean}
   */
  static Imputation groupMean() {
    return new GroupMean();
  }

  /**
   * Returns imputation by the median of the cell's group.
   *
   * @return {@code group-median}
   */
  static Imputation groupMedian() {
    return new GroupMedian();
  }

  /**
   * Returns imputation by the entity's latest earlier present value.
   *
   * @return {@code latest}
   */
  static Imputation latest() {
    return new Latest();
  }

  /**
   * Parses a method name: {@code none}, {@code mean}, {@code median}, {@code group-mean},
   * {@code group-median} or {@code latest} (case and surrounding blanks ignored).
   *
   * @param name the name
   * @return the method
   * @throws IllegalArgumentException if the name is not one of those, listing the valid names
   */
  static Imputation parse(String name) {
    Objects.requireNonNull(name, "name");
    switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "none":
        return none();
      case "mean":
        return mean();
      case "median":
        return median();
      case "group-mean":
        return groupMean();
      case "group-median":
        return groupMedian();
      case "latest":
        return latest();
      default:
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "imputation method '%s' is unknown; use one of none, mean, median, "
                + "group-mean, group-median, latest", name));
    }
  }

  /**
   * Learns the fill values from a column without groups or years (every cell is group-less).
   *
   * <p>Non-finite values: NaN is missing; ±∞ is rejected.
   *
   * @param values the reference values; not modified
   * @return the fitted imputation
   * @throws IllegalArgumentException if a value is infinite, or the method is {@code latest}
   *     (which needs entities and years)
   */
  default FittedImputation fit(double[] values) {
    Objects.requireNonNull(values, "values");
    return FittedImputation.fit(this, values, null, null, null);
  }

  /**
   * Learns the fill values from a column and its rows' groups ({@code ""} for no group).
   *
   * <p>Non-finite values: NaN is missing; ±∞ is rejected.
   *
   * @param values the reference values; not modified
   * @param groups each row's group, same length, no null element
   * @return the fitted imputation
   * @throws IllegalArgumentException if the lengths differ, a group is null, a value is
   *     infinite, or the method is {@code latest} (which needs entities and years)
   */
  default FittedImputation fit(double[] values, String[] groups) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(groups, "groups");
    return FittedImputation.fit(this, values, groups, null, null);
  }

  /**
   * Learns the fill values from a panel column: values with each row's group ({@code ""} for
   * none), entity and year. Every method accepts this form; {@code latest} requires it.
   *
   * <p>Non-finite values: NaN is missing; ±∞ is rejected.
   *
   * @param values the reference values; not modified
   * @param groups each row's group, same length, no null element
   * @param entities each row's entity id, same length, none blank
   * @param years each row's year, same length
   * @return the fitted imputation
   * @throws IllegalArgumentException if the lengths differ, an element is null or an entity
   *     blank, a value is infinite, or (for {@code latest}) an entity has two rows for one year
   */
  default FittedImputation fit(double[] values, String[] groups, String[] entities, int[] years) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(entities, "entities");
    Objects.requireNonNull(years, "years");
    return FittedImputation.fit(this, values, groups, entities, years);
  }

  /** No imputation. */
  record None() implements Imputation {
    private static final long serialVersionUID = 1L;

    @Override
    public String id() {
      return "none";
    }

    @Override
    public String toString() {
      return id();
    }
  }

  /** The indicator's mean. */
  record Mean() implements Imputation {
    private static final long serialVersionUID = 1L;

    @Override
    public String id() {
      return "mean";
    }

    @Override
    public String toString() {
      return id();
    }
  }

  /** The indicator's median. */
  record Median() implements Imputation {
    private static final long serialVersionUID = 1L;

    @Override
    public String id() {
      return "median";
    }

    @Override
    public String toString() {
      return id();
    }
  }

  /** The mean of the cell's group, or the indicator's mean when the group has none. */
  record GroupMean() implements Imputation {
    private static final long serialVersionUID = 1L;

    @Override
    public String id() {
      return "group-mean";
    }

    @Override
    public String toString() {
      return id();
    }
  }

  /** The median of the cell's group, or the indicator's median when the group has none. */
  record GroupMedian() implements Imputation {
    private static final long serialVersionUID = 1L;

    @Override
    public String id() {
      return "group-median";
    }

    @Override
    public String toString() {
      return id();
    }
  }

  /** The entity's value in its latest earlier year with a present reference value. */
  record Latest() implements Imputation {
    private static final long serialVersionUID = 1L;

    @Override
    public String id() {
      return "latest";
    }

    @Override
    public String toString() {
      return id();
    }
  }
}
