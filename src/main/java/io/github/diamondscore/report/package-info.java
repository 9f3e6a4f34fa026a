/**
 * Text tables, SVG charts and a self-contained HTML report, written with the JDK alone.
 *
 * <p>The types here take plain values (labels, {@code double}s, strings) so they can draw
 * anything: {@link io.github.diamondscore.report.RadarChart} (Porter's diamond, the four
 * go-global areas), {@link io.github.diamondscore.report.BarChart} (a ranking),
 * {@link io.github.diamondscore.report.ContributionsChart} (what each child adds to one
 * entity's composite), {@link io.github.diamondscore.report.TextTable} (aligned text for
 * jshell and the command line) and {@link io.github.diamondscore.report.HtmlReport} (one
 * HTML5 file with inline CSS and inline SVG, no scripts and no external assets).
 *
 * <p>Output is deterministic: the same input gives the same bytes. Coordinates and shown
 * numbers are formatted with {@link java.util.Locale#ROOT} and a fixed number of decimals
 * (two unless a method says otherwise), and nothing depends on the clock, the locale or a
 * hash order. Text is escaped ({@code & < > " '}); non-ASCII characters are kept as UTF-8,
 * and characters that XML 1.0 forbids (most control characters, lone surrogates) are
 * replaced by U+FFFD so every document stays well-formed.
 *
 * <p>No method in this package accepts or returns {@code null}; a missing number is
 * {@link Double#NaN}. Built charts, tables and reports are immutable and thread-safe;
 * their builders are not.
 */
package io.github.diamondscore.report;
