package io.github.diamondscore.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a {@link Change} does, with the name it has in a scenario file. */
public enum Operation {
  /** Set an indicator's raw value. */
  SET("set"),
  /** Add to an indicator's raw value. */
  ADD("add"),
  /** Multiply an indicator's raw value (it must be present). */
  MULTIPLY("multiply"),
  /** Set an indicator to another entity's value in the reference panel. */
  ENTITY("entity"),
  /** Set an indicator to a percentile (0–100) of the reference panel. */
  PERCENTILE("percentile"),
  /** Set an indicator to the median of a group in the reference panel. */
  GROUP_MEDIAN("group-median"),
  /** Set an indicator to the median of the entities of a tier (by baseline root score). */
  TIER_MEDIAN("tier-median"),
  /** Set every indicator under a node to its frontier (goalpost, else best observed value). */
  FRONTIER("frontier"),
  /** Change a node's weight (a reweighted copy of the fitted index, no refit). */
  WEIGHT("weight"),
  /** Change a modulator's strength (no refit). */
  STRENGTH("strength");

  private final String text;

  Operation(String text) {
    this.text = text;
  }

  /**
   * Reads an operation name as in a scenario file.
   *
   * @param text e.g. {@code multiply}, {@code group-median}
   * @return the operation
   * @throws IllegalArgumentException listing the valid names
   */
  public static Operation parse(String text) {
    for (Operation o : values()) {
      if (o.text.equalsIgnoreCase(text.strip())) {
        return o;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "unknown operation '%s'; valid: %s", text, Arrays.stream(values())
            .map(Operation::toString).collect(Collectors.joining(", "))));
  }

  /**
   * Whether the operation changes the index (weights, strengths) rather than data values.
   *
   * @return true for {@link #WEIGHT} and {@link #STRENGTH}
   */
  public boolean changesIndex() {
    return this == WEIGHT || this == STRENGTH;
  }

  /**
   * The name in a scenario file.
   *
   * @return e.g. {@code group-median}
   */
  @Override
  public String toString() {
    return text;
  }
}
