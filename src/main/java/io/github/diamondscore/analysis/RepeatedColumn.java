package io.github.diamondscore.analysis;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A data column that several indicator nodes read (e.g. under two branches), so it counts more
 * than any one node's weight says.
 *
 * @param column the data column
 * @param nodes the indicator nodes reading it, in framework order
 * @param totalEffectiveWeight the sum of their effective weights in the root
 * @param mainEffect the main effect on the root of the first node reading it (the others differ
 *     only where transforms, directions or clipping change the order of the values; NaN when not
 *     estimable)
 */
public record RepeatedColumn(String column, List<String> nodes, double totalEffectiveWeight,
    double mainEffect) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Validates and copies the node list.
   *
   * @param column the data column
   * @param nodes the nodes reading it
   * @param totalEffectiveWeight their total effective weight
   * @param mainEffect the column's main effect
   * @throws NullPointerException if a reference is null
   */
  public RepeatedColumn {
    Objects.requireNonNull(column, "column");
    nodes = List.copyOf(nodes);
  }
}
