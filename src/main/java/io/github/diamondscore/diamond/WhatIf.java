package io.github.diamondscore.diamond;

import io.github.diamondscore.model.Direction;
import java.util.Locale;
import java.util.Objects;

/**
 * A what-if: one raw indicator value changed, and the index score before and after, both computed
 * by the fitted index on the entity's observation (not estimated from weights).
 *
 * @param entity the entity id
 * @param column the data column changed
 * @param direction whether higher or lower raw values are better for it
 * @param from the current raw value
 * @param to the new raw value
 * @param before the index (root) score now
 * @param after the index score with the new value
 */
public record WhatIf(String entity, String column, Direction direction, double from, double to,
    double before, double after) {

  /**
   * Validates the what-if.
   *
   * @param entity the entity
   * @param column the column
   * @param direction the direction
   * @param from the current value
   * @param to the new value
   * @param before the score now
   * @param after the score after
   */
  public WhatIf {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(direction, "direction");
  }

  /**
   * The points the change adds to the index.
   *
   * <p>Non-finite values: NaN when either score is missing.
   *
   * @return {@code after − before}
   */
  public double gain() {
    return after - before;
  }

  /**
   * The change in words, e.g. {@code raising lpi_timeliness from 3.90 to 4.05 adds 0.45 points to
   * the index (49.61 -> 50.06)}.
   *
   * @return one line
   */
  @Override
  public String toString() {
    String verb = Double.isNaN(from) ? "setting" : to > from ? "raising" : "lowering";
    return String.format(Locale.ROOT, "%s %s from %s to %s %s %s points to the index (%s -> %s)",
        verb, column, Fmt.number(from), Fmt.number(to),
        gain() >= 0 ? "adds" : "removes", Fmt.score(Math.abs(gain())), Fmt.score(before),
        Fmt.score(after));
  }
}
