package io.github.diamondscore.model;

import java.util.Locale;

/** Whether a higher raw value of an indicator is better or worse. */
public enum Direction {
  /** Higher values are better (CSV {@code 1}). */
  HIGHER_IS_BETTER(1),
  /** Lower values are better (CSV {@code -1}), e.g. tariffs or return rates. */
  LOWER_IS_BETTER(-1);

  private final int sign;

  Direction(int sign) {
    this.sign = sign;
  }

  /**
   * The sign that orients raw values so that higher is better.
   *
   * @return 1 or -1
   */
  public int sign() {
    return sign;
  }

  /**
   * The direction for a sign.
   *
   * @param sign 1 or -1
   * @return the direction
   * @throws IllegalArgumentException for any other value
   */
  public static Direction of(int sign) {
    if (sign == 1) {
      return HIGHER_IS_BETTER;
    }
    if (sign == -1) {
      return LOWER_IS_BETTER;
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "direction (%d) must be 1 (higher is better) or -1 (lower is better)", sign));
  }
}
