/**
 * Composable scorers, fitting and scoring: an {@link io.github.diamondscore.score.Index} (a
 * framework plus method choices) is fitted once on reference data into an immutable, thread-safe,
 * serializable {@link io.github.diamondscore.score.FittedIndex}, which scores panels in batch
 * ({@link io.github.diamondscore.score.Scores}) and single observations online
 * ({@link io.github.diamondscore.score.ScoreCard}) with identical numbers.
 *
 * <p>No method accepts or returns {@code null}; a missing score is {@link Double#NaN}.
 */
package io.github.diamondscore.score;
