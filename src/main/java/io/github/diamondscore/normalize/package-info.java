/**
 * Normalization methods: put indicators measured in different units on one scale where
 * higher is better.
 *
 * <p>A {@link io.github.diamondscore.normalize.Normalization} is a method choice (a spec); its
 * {@code fit} learns the parameters from reference values and returns an immutable
 * {@link io.github.diamondscore.normalize.FittedNormalization}. Inputs to both are
 * <em>oriented</em> values: the caller has already applied any transform and multiplied by the
 * indicator's direction, so that higher is better here. No method accepts or returns
 * {@code null}; a missing number is {@link Double#NaN} and stays NaN.
 *
 * <p>This package sits below {@code model}: indicators carry their normalization choice.
 */
package io.github.diamondscore.normalize;
