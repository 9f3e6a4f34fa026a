package io.github.diamondscore.model;

import io.github.diamondscore.data.Observation;
import java.io.Serializable;

/**
 * A host function that scores one observation on 0–100, used as a {@link Custom} leaf. It is
 * {@link Serializable} so that a fitted index holding it can be serialized (a lambda assigned to
 * this type is serializable when what it captures is).
 */
@FunctionalInterface
public interface CustomScore extends Serializable {
  /**
   * Scores one entity.
   *
   * @param observation the entity's values
   * @return a score in [0, 100], or NaN when it cannot be computed (missing)
   */
  double score(Observation observation);
}
