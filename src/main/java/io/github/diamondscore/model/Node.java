package io.github.diamondscore.model;

import java.io.Serializable;
import java.util.List;

/**
 * A node of an indicator hierarchy: an {@link Indicator} leaf, a {@link Composite} of weighted
 * children, or a {@link Custom} leaf computed by the host. Every node has an id unique in its
 * framework, a display name, a weight relative to its siblings, and optional
 * {@linkplain Modulator modulators}.
 *
 * <p>Nodes are immutable; the {@code with…}, {@code named} and {@code modulatedBy} methods return
 * copies.
 */
public sealed interface Node extends Serializable permits Indicator, Composite, Custom {

  /**
   * The node's id, unique within a framework.
   *
   * @return the id
   */
  String id();

  /**
   * The display name.
   *
   * @return the name; the id when none was given
   */
  String name();

  /**
   * The weight relative to the siblings (finite, &gt; 0).
   *
   * @return the weight; 1 unless set
   */
  double weight();

  /**
   * The nodes that modulate this one, in the order they apply.
   *
   * @return an unmodifiable list, empty when none
   */
  List<Modulator> modulators();

  /**
   * The weighted children: empty for leaves.
   *
   * @return an unmodifiable list
   */
  List<Node> children();

  /**
   * A copy with another weight.
   *
   * @param weight finite and &gt; 0
   * @return the copy
   * @throws IllegalArgumentException naming the node if the weight is invalid
   */
  Node withWeight(double weight);

  /**
   * A copy with another display name.
   *
   * @param name the name, not blank
   * @return the copy
   */
  Node named(String name);

  /**
   * A copy modulated by another node, e.g. the diamond's determinants by chance and government.
   *
   * @param modulator the modulating node
   * @param strength in [0, 1]; see {@link Modulator}
   * @return the copy
   * @throws IllegalArgumentException if the strength is outside [0, 1]
   */
  Node modulatedBy(Node modulator, double strength);

  /**
   * A copy with the given modulators instead of the current ones.
   *
   * @param modulators the modulators
   * @return the copy
   */
  Node withModulators(List<Modulator> modulators);

  /**
   * Whether this node is a leaf (an indicator or a custom leaf).
   *
   * @return true for leaves
   */
  default boolean isLeaf() {
    return children().isEmpty();
  }
}
