package io.github.diamondscore.prepare;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Screening of entities by data availability: an entity whose share of indicators present is
 * below a minimum is dropped, as COINr's {@code Screen} does with
 * {@code unit_screen = "byNA"} and {@code dat_thresh}.
 *
 * <p>Availability of an entity = (number of its indicators with a present value) / (number of
 * indicators). It is kept when {@code availability ≥ minimumAvailability}; a present value is
 * anything but NaN. Screening learns nothing from data: it is part of the spec and is applied to
 * every panel and observation as it comes.
 *
 * @param minimumAvailability the smallest share of indicators present that keeps an entity, in [0, 1]
 */
public record Screening(double minimumAvailability) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Validates the threshold.
   *
   * @param minimumAvailability the smallest share of indicators present that keeps an entity
   * @throws IllegalArgumentException unless {@code 0 ≤ minimumAvailability ≤ 1}
   */
  public Screening {
    if (!(minimumAvailability >= 0 && minimumAvailability <= 1)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "minimum availability (%s) must be a fraction in [0, 1], e.g. 0.6 for 60%% of indicators present",
          minimumAvailability));
    }
  }

  /**
   * Returns a screening that keeps entities with at least this share of indicators present.
   *
   * @param fraction the minimum share, in [0, 1] (0 keeps every entity)
   * @return the screening
   * @throws IllegalArgumentException unless {@code 0 ≤ fraction ≤ 1}
   */
  public static Screening ofMinimumAvailability(double fraction) {
    return new Screening(fraction);
  }

  /**
   * Screens a panel given as indicator columns.
   *
   * <p>Non-finite values: NaN is missing; ±∞ counts as present.
   *
   * @param columns one array per indicator, each with one value per entity; not modified
   * @param entities the entity ids, in row order
   * @return which rows are kept and why the others were dropped
   * @throws IllegalArgumentException if there is no column, a column is null, or a column's
   *     length differs from the number of entities
   */
  public ScreeningResult screen(double[][] columns, List<String> entities) {
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(entities, "entities");
    if (columns.length == 0) {
      throw new IllegalArgumentException(
          "screening needs at least one indicator column; availability is undefined without indicators");
    }
    int rows = entities.size();
    for (int j = 0; j < columns.length; j++) {
      if (columns[j] == null) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "column %d is null; give one array per indicator", j));
      }
      if (columns[j].length != rows) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "column %d has %d rows but there are %d entities; every column needs one value per entity",
            j, columns[j].length, rows));
      }
    }
    boolean[] keep = new boolean[rows];
    List<ScreeningResult.Dropped> dropped = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      int present = 0;
      for (double[] column : columns) {
        if (!Double.isNaN(column[i])) {
          present++;
        }
      }
      keep[i] = keeps(present, columns.length);
      if (!keep[i]) {
        dropped.add(new ScreeningResult.Dropped(
            Objects.requireNonNull(entities.get(i), "entity"), i, present, columns.length,
            minimumAvailability));
      }
    }
    return new ScreeningResult(keep, dropped);
  }

  /**
   * Whether one observation (an entity's indicator values) is kept.
   *
   * <p>Non-finite values: NaN is missing; ±∞ counts as present.
   *
   * @param observation the entity's values, one per indicator; not modified
   * @return true if its share of present values is at least the minimum
   * @throws IllegalArgumentException if the observation has no indicator
   */
  public boolean keep(double[] observation) {
    Objects.requireNonNull(observation, "observation");
    if (observation.length == 0) {
      throw new IllegalArgumentException(
          "observation has no indicator; availability is undefined without indicators");
    }
    int present = 0;
    for (double v : observation) {
      if (!Double.isNaN(v)) {
        present++;
      }
    }
    return keeps(present, observation.length);
  }

  private boolean keeps(int present, int total) {
    // present/total and a decimal threshold are both correctly rounded, so 3/5 >= 0.6 holds exactly
    return (double) present / total >= minimumAvailability;
  }
}
