/**
 * Multi-criteria ranking of entities on a set of indicators with weights: TOPSIS, VIKOR, grey
 * relational analysis and Copeland.
 *
 * <p>Every method takes {@code double[][] x} (rows entities, columns indicators, raw or
 * normalized values), one weight per column (finite, {@code >= 0}, not all zero; normalized to
 * sum 1 internally) and, where the method needs them, one direction per column ({@code +1} higher
 * is better, {@code -1} lower is better). Results give a score and a rank per entity in row order;
 * rank 1 is best and ties share the lowest rank (1, 2, 2, 4), see {@link
 * io.github.diamondscore.mcda.Ranks}.
 *
 * <p>Missing values are not allowed: a NaN or infinite value is rejected with a message naming
 * the entity row and the column, because each method compares every entity with every other (or
 * with an ideal built from all of them) and would silently change meaning if a value were
 * skipped. Impute or drop the entity first. At least two entities are required.
 *
 * <p>No method in this package accepts or returns {@code null}. All types are immutable and
 * thread-safe.
 */
package io.github.diamondscore.mcda;
