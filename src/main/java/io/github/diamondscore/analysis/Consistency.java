package io.github.diamondscore.analysis;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The internal consistency of one composite: Cronbach's alpha and a principal component analysis
 * of its weighted children's scores (modulators left out), over the entities where every child is
 * present.
 *
 * <p>Cronbach's alpha is {@code k/(k − 1) · (1 − Σ s²ᵢ / s²ₜ)} with the sample variances
 * (divisor n − 1) of the k children and of their row sums. The principal components are those of
 * the children's correlation matrix (the children standardized), computed by
 * {@link io.github.diamondscore.weight.PcaWeights#analyze} with one retained component, so no
 * rotation is applied: the loadings are the first, unrotated component's (eigenvector × √λ₁, the
 * correlation of each child with it), signed so that they sum to a non-negative number.
 *
 * @param composite the composite id
 * @param children its weighted children, in framework order
 * @param completeCases the number of entities with every child present
 * @param alpha Cronbach's alpha (at most 1, can be negative; NaN with fewer than 2 complete
 *     cases or constant row sums)
 * @param eigenvalues the eigenvalues of the correlation matrix, largest first (they sum to k);
 *     empty when PCA was not possible
 * @param varianceShares each eigenvalue divided by k, largest first; empty likewise
 * @param loadings the first component's loading of each child, in the order of
 *     {@code children}; empty likewise
 * @param note why PCA or alpha could not be computed, when so
 */
public record Consistency(String composite, List<String> children, int completeCases,
    double alpha, List<Double> eigenvalues, List<Double> varianceShares, List<Double> loadings,
    Optional<String> note) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Validates and copies the lists.
   *
   * @param composite the composite id
   * @param children the children
   * @param completeCases complete cases
   * @param alpha Cronbach's alpha
   * @param eigenvalues the eigenvalues
   * @param varianceShares the variance shares
   * @param loadings the first component's loadings
   * @param note why something is missing
   * @throws NullPointerException if a reference is null
   */
  public Consistency {
    Objects.requireNonNull(composite, "composite");
    Objects.requireNonNull(note, "note");
    children = List.copyOf(children);
    eigenvalues = List.copyOf(eigenvalues);
    varianceShares = List.copyOf(varianceShares);
    loadings = List.copyOf(loadings);
  }
}
