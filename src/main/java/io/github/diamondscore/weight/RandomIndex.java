package io.github.diamondscore.weight;

import java.util.Arrays;
import java.util.Objects;

/**
 * A table of random consistency indices {@code RI(n)}: the mean consistency index
 * {@code CI = (λmax − n)/(n − 1)} of random reciprocal matrices of size {@code n}, the denominator
 * of AHP's consistency ratio {@code CR = CI / RI(n)}.
 *
 * <p>{@link #saaty()} is the default table, for {@code n = 1..15}:
 * <pre>
 * n   1    2    3     4     5     6     7     8     9     10    11    12    13    14    15
 * RI  0    0    0.58  0.90  1.12  1.24  1.32  1.41  1.45  1.49  1.51  1.48  1.56  1.57  1.59
 * </pre>
 * The values for {@code n <= 10} are Saaty's (T. L. Saaty, <i>The Analytic Hierarchy Process</i>,
 * McGraw-Hill, 1980); those for {@code n = 11..15} (with the non-monotone 1.48 at {@code n = 12})
 * are the extension reproduced with them in the AHP literature and software (for example the
 * Python package pyDecision and the Haskell package hahp). The drink-consumption example of Saaty (2008,
 * "Decision making with the analytic hierarchy process", Int. J. Services Sciences 1(1):83–98),
 * whose published CR of 0.022 uses RI(7) = 1.32, is reproduced in this library's tests.
 *
 * <p>Tummala and Ling (1998, "A note on the computation of the mean random consistency index of
 * the analytic hierarchy process", Theory and Decision 44:221–230) computed a table from larger
 * simulations. Its values could not be verified from a source available to this project, so no
 * built-in table is offered for it; pass the published values to {@link #of(String, double...)}
 * if you need them.
 */
public final class RandomIndex {

  private static final RandomIndex SAATY = new RandomIndex("Saaty", new double[] {
      0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59});

  private final String name;
  private final double[] values;

  private RandomIndex(String name, double[] values) {
    this.name = name;
    this.values = values;
  }

  /**
   * Returns Saaty's table for {@code n = 1..15}, see the class description.
   *
   * @return the default table
   */
  public static RandomIndex saaty() {
    return SAATY;
  }

  /**
   * Returns a table given by its values.
   *
   * @param name a name for messages and diagnostics, such as the source of the values
   * @param values {@code RI(1), RI(2), ...}: finite and {@code >= 0}; {@code RI(n)} for
   *     {@code n >= 3} must be positive
   * @return the table
   * @throws IllegalArgumentException if the name is blank, no values are given, or a value is
   *     negative, not finite, or zero for {@code n >= 3}
   */
  public static RandomIndex of(String name, double... values) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(values, "values");
    if (name.isBlank()) {
      throw new IllegalArgumentException("random index table name must not be blank; name its source");
    }
    if (values.length == 0) {
      throw new IllegalArgumentException("random index table '" + name + "' has no values; give RI(1), RI(2), ...");
    }
    for (int k = 0; k < values.length; k++) {
      double v = values[k];
      boolean ok = k < 2 ? (v >= 0 && v < Double.POSITIVE_INFINITY) : (v > 0 && v < Double.POSITIVE_INFINITY);
      if (!ok) {
        throw new IllegalArgumentException(Checks.fmt(
            "random index RI(%d) = %s in table '%s' must be finite and %s", k + 1, v, name,
            k < 2 ? ">= 0" : "> 0"));
      }
    }
    return new RandomIndex(name, values.clone());
  }

  /**
   * Returns the table's name.
   *
   * @return the name, {@code "Saaty"} for the default table
   */
  public String name() {
    return name;
  }

  /**
   * Returns the largest matrix size the table covers.
   *
   * @return the number of values in the table
   */
  public int maxSize() {
    return values.length;
  }

  /**
   * Returns {@code RI(n)}.
   *
   * @param n the matrix size, from 1 to {@link #maxSize()}
   * @return the random index
   * @throws IllegalArgumentException if {@code n} is outside the table
   */
  public double value(int n) {
    if (n < 1 || n > values.length) {
      throw new IllegalArgumentException(Checks.fmt(
          "random index table '%s' covers n = 1..%d but the matrix has n = %d; compare fewer "
              + "items at once (split the node) or give a larger table with RandomIndex.of",
          name, values.length, n));
    }
    return values[n - 1];
  }

  /**
   * Returns the table's name and values.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return "RandomIndex[" + name + "] " + Arrays.toString(values);
  }
}
