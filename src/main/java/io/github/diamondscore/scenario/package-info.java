/**
 * Scenarios and paths to a target: what-ifs as first-class objects, applied to a fitted index
 * with every fitted parameter frozen.
 *
 * <p>A {@link io.github.diamondscore.scenario.Scenario} is a name and a list of
 * {@link io.github.diamondscore.scenario.Change}s. A
 * {@link io.github.diamondscore.scenario.Simulator} (a fitted index plus its reference panel)
 * applies scenarios and returns a {@link io.github.diamondscore.scenario.ScenarioComparison}; it also
 * sweeps an indicator or a weight ({@link io.github.diamondscore.scenario.Sweep}), solves for the
 * value that reaches a {@link io.github.diamondscore.scenario.Target}
 * ({@link io.github.diamondscore.scenario.Solution}) and finds the smallest set of plausible
 * changes that reaches one ({@link io.github.diamondscore.scenario.TargetPath}).
 * {@link io.github.diamondscore.scenario.ScenarioCsv} reads scenario files.
 *
 * <p>The package sits above {@code score} and beside {@code analysis}. It knows nothing of the
 * built-in models: tiers come in as plain {@link io.github.diamondscore.scenario.Bands}
 * ({@code diamond}'s {@code Tiers.bands()} gives the readiness tiers).
 */
package io.github.diamondscore.scenario;
