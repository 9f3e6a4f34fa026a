/**
 * Weights for the children of one node, derived from expert judgements or from data.
 *
 * <p>Every method is a pure function over arrays: {@code double[][] x} holds one row per entity
 * and one column per indicator, and a {@code List<String>} of indicator labels names the columns
 * in results and error messages. Where a method says the data must be <em>normalized</em>, the
 * columns must already be oriented so that higher is better (for example min-max normalized with
 * the indicator's direction applied): these methods take no directions.
 *
 * <ul>
 *   <li>{@link io.github.diamondscore.weight.Weights}: equal and manual weights.</li>
 *   <li>{@link io.github.diamondscore.weight.Ahp} with {@link io.github.diamondscore.weight.PairwiseMatrix}:
 *       the analytic hierarchy process (Saaty), single expert or group.</li>
 *   <li>{@link io.github.diamondscore.weight.EntropyWeights}: the entropy weight method.</li>
 *   <li>{@link io.github.diamondscore.weight.CriticWeights}: CRITIC (Diakoulaki et al. 1995).</li>
 *   <li>{@link io.github.diamondscore.weight.PcaWeights}: principal components with varimax rotation,
 *       as in the OECD/JRC Handbook on Constructing Composite Indicators (2008), section 6.1.</li>
 *   <li>{@link io.github.diamondscore.weight.BenefitOfTheDoubt}: benefit-of-the-doubt (DEA) weights per
 *       entity, as in the Handbook's benefit-of-the-doubt approach.</li>
 * </ul>
 *
 * <p>Every result of a weighting method is a {@link io.github.diamondscore.weight.DerivedWeights}:
 * non-negative weights that sum to 1, with the method's diagnostics and warnings.
 *
 * <p>No method in this package accepts or returns {@code null}; a missing number is
 * {@link Double#NaN}. Bad input throws {@link IllegalArgumentException} with a message that names
 * the indicator, entity row or matrix cell at fault. All types are immutable and thread-safe.
 */
package io.github.diamondscore.weight;
