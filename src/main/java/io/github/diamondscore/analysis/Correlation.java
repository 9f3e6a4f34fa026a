package io.github.diamondscore.analysis;

import java.io.Serializable;
import java.util.Objects;

/**
 * The correlation of two nodes' scores over the entities where both are present (pairwise
 * deletion). Indicators' scores are their normalized values.
 *
 * @param relation how the two nodes are related
 * @param composite the composite the pair belongs to: the common parent for siblings, the parent
 *     for {@link Relation#PARENT}, the root for {@link Relation#ROOT}
 * @param node the first node
 * @param other the second node: a sibling, the parent or the root
 * @param modulator whether a modulator is involved: {@code node} (or, for siblings, either node)
 *     scales its parent rather than being a weighted child
 * @param n the number of entities where both are present
 * @param pearson Pearson's r (NaN with fewer than 3 pairs or a constant side)
 * @param spearman Spearman's rho: Pearson's r of the ranks within those pairs, ties sharing their
 *     average rank (NaN as Pearson)
 */
public record Correlation(Relation relation, String composite, String node, String other,
    boolean modulator, int n, double pearson, double spearman) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How the two nodes of a correlation are related. */
  public enum Relation {
    /** Two children (or modulators) of the same node. */
    SIBLINGS,
    /** A node and its parent (the node it is a child or modulator of). */
    PARENT,
    /** A node and the root. */
    ROOT
  }

  /**
   * Validates the correlation.
   *
   * @param relation the relation
   * @param composite the composite
   * @param node the first node
   * @param other the second node
   * @param modulator whether a modulator is involved
   * @param n the number of pairs
   * @param pearson Pearson's r
   * @param spearman Spearman's rho
   * @throws NullPointerException if a reference is null
   */
  public Correlation {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(composite, "composite");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(other, "other");
  }
}
