package io.github.diamondscore.score;

import java.util.Locale;
import java.util.Objects;

/**
 * The points one child (or modulator) adds to a composite's score in a {@link ScoreCard}. The
 * contributions of a composite sum to its score within 1e-9.
 *
 * @param node the child's or modulator's id
 * @param points the points it adds (0 for a missing child)
 * @param modulator true when the node modulates the composite rather than being a weighted child
 */
public record Contribution(String node, double points, boolean modulator) {
  /**
   * Validates the node id.
   *
   * @param node the id
   * @param points the points
   * @param modulator whether it is a modulator
   */
  public Contribution {
    Objects.requireNonNull(node, "node");
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s%s %+.2f", modulator ? "~" : "", node, points);
  }
}
