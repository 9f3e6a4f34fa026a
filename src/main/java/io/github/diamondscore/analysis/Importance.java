package io.github.diamondscore.analysis;

import java.io.Serializable;
import java.util.Objects;

/**
 * One leaf's nominal weight against its importance for the root (Paruolo, Saisana and Saltelli,
 * "Ratings and rankings: voodoo or science?", JRSS A 176(3), 2013): the main effect
 * {@code S = Var(E[root | x]) / Var(root)}, estimated from the data by {@link Audit}.
 *
 * @param node the leaf id (an indicator or a custom leaf)
 * @param effectiveWeight its effective nominal weight in the root
 *     ({@link io.github.diamondscore.score.FittedIndex#effectiveWeights()}; 0 under a modulator)
 * @param weightShare the effective weight divided by the sum of the positive effective weights
 *     (NaN for a leaf with weight 0)
 * @param mainEffect the estimated main effect S in [0, 1] (NaN when too few entities)
 * @param importanceShare S divided by the sum of S over the leaves with a positive weight (NaN for
 *     a leaf with weight 0)
 * @param ratio importanceShare / weightShare (NaN when either is)
 * @param pearsonR2 the squared Pearson correlation of the leaf with the root, for comparison (it
 *     equals S when the relation is linear)
 * @param n the number of entities where both the leaf and the root are present
 * @param bins the number of non-empty bins the estimator used
 */
public record Importance(String node, double effectiveWeight, double weightShare,
    double mainEffect, double importanceShare, double ratio, double pearsonR2, int n, int bins)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Validates the row.
   *
   * @param node the leaf id
   * @param effectiveWeight the effective weight
   * @param weightShare the weight share
   * @param mainEffect the main effect
   * @param importanceShare the importance share
   * @param ratio the ratio
   * @param pearsonR2 the squared Pearson correlation
   * @param n the number of entities
   * @param bins the number of bins
   * @throws NullPointerException if the node is null
   */
  public Importance {
    Objects.requireNonNull(node, "node");
  }
}
