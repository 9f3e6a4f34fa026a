package io.github.diamondscore.analysis;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One finding of an {@link Audit}: what kind it is, which nodes it concerns, the number that
 * triggered it, the threshold it crossed and a sentence saying so.
 *
 * @param kind what was found
 * @param nodes the node ids concerned (one, two for a pair, or every node reading a column)
 * @param value the statistic that triggered the flag
 * @param threshold the threshold it crossed (NaN when there is none, e.g. a repeated column)
 * @param message a readable sentence with the numbers
 */
public record AuditFlag(Kind kind, List<String> nodes, double value, double threshold,
    String message) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What an audit flag is about. */
  public enum Kind {
    /** A weighted child whose Pearson r with its parent is negative. */
    NEGATIVE_WITH_PARENT,
    /** A weighted child whose Pearson r with its parent is in [0, low threshold). */
    WEAK_WITH_PARENT,
    /** Two weighted children of one composite with Pearson r above the high threshold. */
    HIGH_SIBLING_CORRELATION,
    /** An indicator whose importance share is below the low ratio times its weight share. */
    IMPORTANCE_BELOW_WEIGHT,
    /** An indicator whose importance share is above the high ratio times its weight share. */
    IMPORTANCE_ABOVE_WEIGHT,
    /** An indicator whose raw column fails the outlier check of the preparation step. */
    OUTLIERS,
    /** An indicator with few distinct values or one dominant value. */
    LOW_VARIANCE,
    /** A data column read by several indicator nodes. */
    REPEATED_COLUMN
  }

  /**
   * Validates and copies the flag.
   *
   * @param kind what was found
   * @param nodes the node ids concerned, at least one
   * @param value the statistic
   * @param threshold the threshold, NaN for none
   * @param message the sentence
   * @throws NullPointerException if a reference is null
   * @throws IllegalArgumentException if no node is named
   */
  public AuditFlag {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    nodes = List.copyOf(nodes);
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("an audit flag (" + kind + ") must name a node");
    }
  }
}
