/**
 * Data preparation before normalization: denomination, screening, imputation and outlier
 * treatment, as pure functions over {@code double[]} columns.
 *
 * <p>Every step that learns something from the reference data returns an immutable,
 * {@link java.io.Serializable} fitted value ({@link io.github.diamondscore.prepare.FittedImputation},
 * {@link io.github.diamondscore.prepare.FittedOutlierTreatment}) whose application to one value is
 * a pure function of that value and the learned parameters, so a batch column and a single online
 * value give bit-identical results.
 *
 * <p>No method in this package accepts or returns {@code null}; a missing number is
 * {@link Double#NaN}. Row indices are zero-based.
 */
package io.github.diamondscore.prepare;
