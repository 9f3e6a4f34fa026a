package io.github.diamondscore.score;

import java.util.Locale;

/**
 * One entity's change on one node between two years of a time panel scored against the same
 * fitted parameters.
 *
 * @param entity the entity id
 * @param node the node id
 * @param from the score in the first year (NaN when missing)
 * @param to the score in the second year (NaN when missing)
 */
public record Change(String entity, String node, double from, double to) {
  /**
   * Validates the ids.
   *
   * @param entity the entity id
   * @param node the node id
   * @param from the first score
   * @param to the second score
   */
  public Change {
    java.util.Objects.requireNonNull(entity, "entity");
    java.util.Objects.requireNonNull(node, "node");
  }

  /**
   * The change, to − from.
   *
   * @return the difference; NaN when either score is missing
   */
  public double change() {
    return to - from;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %s: %.2f -> %.2f (%+.2f)", entity, node, from, to,
        change());
  }
}
