package io.github.diamondscore.diamond;

import java.util.Locale;
import java.util.Objects;

/**
 * A readiness tier: a name and the least score in it. A score belongs to the tier with the
 * highest minimum it reaches ({@link Tiers#tierOf}).
 *
 * @param name the tier name, e.g. {@code Leading}; not blank
 * @param minimum the least score in the tier, finite or negative infinity (the lowest tier, which
 *     takes every score below the next)
 */
public record Tier(String name, double minimum) {
  /**
   * Validates the tier.
   *
   * @param name the tier name
   * @param minimum the least score in the tier
   * @throws IllegalArgumentException if the name is blank, or the minimum is NaN or positive
   *     infinity
   */
  public Tier {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("tier name is blank; give a name such as 'Leading'");
    }
    if (Double.isNaN(minimum) || minimum == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "tier '%s' minimum (%s) must be finite, or -Infinity for the lowest tier", name,
          minimum));
    }
  }

  @Override
  public String toString() {
    return minimum == Double.NEGATIVE_INFINITY ? name
        : String.format(Locale.ROOT, "%s (>= %s)", name, Fmt.number(minimum));
  }
}
