/**
 * The source paper's models built in, with the bundled Belt and Road data and results a strategist
 * can act on.
 *
 * <ul>
 *   <li>Data: {@link io.github.diamondscore.diamond.BeltAndRoad} loads the bundled countries
 *       (79 economies by 25 public indicators), their metadata ({@link
 *       io.github.diamondscore.diamond.IndicatorInfo}) and the paper's figures ({@link
 *       io.github.diamondscore.diamond.SeedFigure}, {@link io.github.diamondscore.diamond.TimeSeries})
 *       from the class path, in one call each.
 *   <li>Models, as ordinary frameworks: {@link io.github.diamondscore.diamond.PorterDiamond} (six
 *       factors; the four determinants by geometric mean, modulated by chance and government),
 *       {@link io.github.diamondscore.diamond.GoGlobal} (four areas: national competitive advantage,
 *       platform building, risk prevention, infrastructure), {@link
 *       io.github.diamondscore.diamond.EnterpriseReadiness} (a template for one firm) and {@link
 *       io.github.diamondscore.diamond.MarketEntry} (ranking target markets).
 *   <li>Results: {@link io.github.diamondscore.diamond.Assessment} turns a fitted index and a panel
 *       into tiers ({@link io.github.diamondscore.diamond.Tiers}), rankings, score cards with
 *       strengths, weaknesses, gaps, computed what-ifs and {@linkplain
 *       io.github.diamondscore.diamond.Recommendations recommendations}, and comparisons.
 * </ul>
 *
 * <p>No method here accepts or returns {@code null}; a missing number is {@link Double#NaN}.
 * Every type is immutable and thread-safe. Every result has a readable {@code toString()} for
 * jshell.
 */
package io.github.diamondscore.diamond;
