/**
 * Panels (entities × indicators), observations and CSV input/output.
 *
 * <p>No method in this package accepts or returns {@code null}; a missing number is
 * {@link Double#NaN}.
 */
package io.github.diamondscore.data;
