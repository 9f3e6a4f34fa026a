package io.github.diamondscore.model;

import java.util.Locale;

/**
 * An indicator's goalposts in raw units: the ends of the range that maps onto the output scale.
 * The direction decides which end is the worst: for a higher-is-better indicator {@code low} is
 * the worst value and {@code high} the frontier; for a lower-is-better one it is the reverse.
 *
 * @param low the lower goalpost
 * @param high the upper goalpost
 */
public record Goalposts(double low, double high) implements java.io.Serializable {
  /**
   * Validates the goalposts.
   *
   * @param low the lower goalpost
   * @param high the upper goalpost
   * @throws IllegalArgumentException if either is not finite, or low ≥ high
   */
  public Goalposts {
    if (!Double.isFinite(low) || !Double.isFinite(high)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "goalposts (%s, %s) must be finite numbers", low, high));
    }
    if (low == high) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "goalposts low (%s) and high (%s) are equal; the worst value and the frontier must differ",
          low, high));
    }
    if (low > high) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "goalposts low (%s) must be below high (%s); the direction decides which one is the worst",
          low, high));
    }
  }

  /**
   * Goalposts from a pair of values.
   *
   * @param low the lower goalpost
   * @param high the upper goalpost
   * @return the goalposts
   */
  public static Goalposts of(double low, double high) {
    return new Goalposts(low, high);
  }
}
