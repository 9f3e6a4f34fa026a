package io.github.diamondscore.prepare;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Denomination: dividing an indicator by a data column (GDP, population, area, ...) to make
 * entities of different size comparable, as COINr's {@code Denominate} does. It runs before
 * every other preparation step and learns nothing from data, so batch and online results are the
 * same division.
 */
public final class Denomination {

  private Denomination() {
  }

  /**
   * Divides one value by its denominator: {@code numerator / denominator}.
   *
   * <p>Non-finite values: a missing numerator or denominator (NaN) gives NaN (the result is
   * missing, explicitly, never guessed); a zero or infinite denominator is an error, since
   * the ratio would be ±∞ or an artificial 0; an infinite numerator gives ±∞.
   *
   * @param numerator the indicator value
   * @param denominator the denominator value of the same entity
   * @param indicator the indicator id, for the error message
   * @param denominatorId the denominator column id, for the error message
   * @param entity the entity id, for the error message
   * @return the ratio, or NaN when either is missing
   * @throws IllegalArgumentException if the denominator is 0 or ±∞
   */
  public static double denominate(double numerator, double denominator, String indicator,
      String denominatorId, String entity) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(denominatorId, "denominatorId");
    Objects.requireNonNull(entity, "entity");
    if (Double.isNaN(denominator) || Double.isNaN(numerator)) {
      return Double.NaN;
    }
    if (denominator == 0 || Double.isInfinite(denominator)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "denominator '%s' is %s for entity '%s', so indicator '%s' cannot be divided by it; "
              + "give a finite non-zero value, or leave it blank to make the result missing",
          denominatorId, denominator, entity, indicator));
    }
    return numerator / denominator;
  }

  /**
   * Divides an indicator column by a denominator column, row by row, with
   * {@link #denominate(double, double, String, String, String)}.
   *
   * <p>Non-finite values: as the single-value method, row by row.
   *
   * @param numerator the indicator column; not modified
   * @param denominator the denominator column, same length; not modified
   * @param indicator the indicator id
   * @param denominatorId the denominator column id
   * @param entities the entity ids in row order, same length
   * @return a new array of ratios, NaN where either value is missing
   * @throws IllegalArgumentException if the lengths differ, or a denominator is 0 or ±∞
   *     (the message names the entity and both columns)
   */
  public static double[] denominate(double[] numerator, double[] denominator, String indicator,
      String denominatorId, List<String> entities) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(entities, "entities");
    if (numerator.length != denominator.length || numerator.length != entities.size()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "indicator '%s' has %d rows, denominator '%s' %d and there are %d entities; "
              + "all must have one value per entity",
          indicator, numerator.length, denominatorId, denominator.length, entities.size()));
    }
    double[] out = new double[numerator.length];
    for (int i = 0; i < numerator.length; i++) {
      out[i] = denominate(numerator[i], denominator[i], indicator, denominatorId, entities.get(i));
    }
    return out;
  }
}
