/**
 * Aggregation methods: combine the scores of a composite's children into one score.
 *
 * <p>Every {@link io.github.diamondscore.aggregate.Aggregation} works on the present children only:
 * the caller passes their values and raw weights, and the method renormalizes the weights to sum
 * to one. No method accepts or returns {@code null}.
 *
 * <p>This package sits below {@code model}: composites carry their aggregation choice.
 */
package io.github.diamondscore.aggregate;
