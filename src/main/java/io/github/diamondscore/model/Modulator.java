package io.github.diamondscore.model;

import java.io.Serializable;
import java.util.Locale;

/**
 * A node that acts on another node's score multiplicatively instead of as a weighted child: the
 * modulated score becomes s × (1 + strength × (m − 50) / 50), clipped to [0, 100], where m is the
 * modulator's score. A modulator at 50 leaves the score unchanged; at 100 it raises it by
 * {@code strength} × 100 %, at 0 it lowers it by as much. A missing modulator leaves the score
 * unchanged. It models chance and government acting on the diamond's determinants.
 *
 * @param node the modulating node (scored like any other node, on 0–100)
 * @param strength how strongly it acts, in [0, 1]
 */
public record Modulator(Node node, double strength) implements Serializable {
  /**
   * Validates the strength.
   *
   * @param node the modulating node
   * @param strength in [0, 1]
   * @throws IllegalArgumentException if the strength is outside [0, 1]
   */
  public Modulator {
    java.util.Objects.requireNonNull(node, "node");
    if (!(strength >= 0 && strength <= 1)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "modulator '%s': strength (%s) must be in [0, 1]", node.id(), strength));
    }
  }
}
