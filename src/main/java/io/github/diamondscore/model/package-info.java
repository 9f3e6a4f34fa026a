/**
 * The indicator hierarchy: indicators, composites, host-defined leaves, and the validated
 * {@link io.github.diamondscore.model.Framework} tree that holds them.
 *
 * <p>Nodes are immutable values; every {@code with…}-style method returns a modified copy. No
 * method accepts or returns {@code null}: absent settings are {@link java.util.Optional}, missing
 * numbers are {@link Double#NaN}.
 */
package io.github.diamondscore.model;
