package io.github.diamondscore.diamond;

import java.util.Locale;
import java.util.Objects;

/**
 * Where one indicator sits in a built-in model, and why: the written-down choice behind every
 * leaf of {@link GoGlobal#framework()}. {@link GoGlobal#placements()} lists them in model order;
 * the README's model table and {@code docs/audit.md} are made from them.
 *
 * @param column the data column of {@code countries.csv}, which is also the node id
 * @param parent the id of the composite the indicator belongs to, e.g. {@code firm_strategy}
 * @param treatment what is done to the raw value before normalizing: {@code log},
 *     {@code goalposts 0..10} or {@code none} (see {@link IndicatorInfo#treatment()})
 * @param reason why the indicator measures that node, in one or two sentences
 */
public record Placement(String column, String parent, String treatment, String reason) {

  /**
   * Validates the placement.
   *
   * @param column the data column
   * @param parent the parent composite id
   * @param treatment the treatment in words
   * @param reason the reason
   * @throws IllegalArgumentException if a text is blank
   */
  public Placement {
    for (String[] field : new String[][] {{"column", column}, {"parent", parent},
        {"treatment", treatment}, {"reason", reason}}) {
      if (Objects.requireNonNull(field[1], field[0]).isBlank()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "placement of '%s': %s is blank; give a %s", column, field[0], field[0]));
      }
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s in %s (%s): %s", column, parent, treatment, reason);
  }
}
