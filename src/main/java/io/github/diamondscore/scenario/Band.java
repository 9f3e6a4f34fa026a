package io.github.diamondscore.scenario;

import java.util.Locale;
import java.util.Objects;

/**
 * A named score band, such as a readiness tier: a name and the least score in it.
 *
 * @param name the band name, e.g. {@code Ready}; not blank
 * @param minimum the least score in the band, finite, or negative infinity for the lowest band
 */
public record Band(String name, double minimum) {
  /**
   * Validates the band.
   *
   * @param name the band name
   * @param minimum the least score in the band
   * @throws IllegalArgumentException if the name is blank or the minimum is NaN or +∞
   */
  public Band {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("band name is blank; give a name such as 'Ready'");
    }
    if (Double.isNaN(minimum) || minimum == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "band '%s' minimum (%s) must be finite, or -Infinity for the lowest band", name,
          minimum));
    }
  }

  /**
   * The band in words, e.g. {@code Ready (>= 55)}.
   *
   * @return one line
   */
  @Override
  public String toString() {
    return minimum == Double.NEGATIVE_INFINITY ? name
        : name + " (>= " + Fmt.num(minimum) + ")";
  }
}
