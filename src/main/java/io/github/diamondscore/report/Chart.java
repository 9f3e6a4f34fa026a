package io.github.diamondscore.report;

import java.nio.file.Path;

/**
 * An SVG chart drawn by this package: a standalone, well-formed SVG 1.1 document with the
 * SVG namespace, {@code width}, {@code height} and {@code viewBox}, which
 * {@link HtmlReport.Builder#chart(Chart)} can inline.
 *
 * <p>The interface is sealed so that a report only ever inlines markup this package wrote
 * and escaped. Implementations are immutable and thread-safe.
 */
public sealed interface Chart permits RadarChart, BarChart, ContributionsChart, ShareChart {

  /**
   * Returns the chart's title, drawn at its top and used as its accessible name.
   *
   * @return the title, empty when the chart has none
   */
  String title();

  /**
   * Returns the width of the drawing in SVG user units (pixels).
   *
   * @return the width, at least 1
   */
  int width();

  /**
   * Returns the height of the drawing in SVG user units (pixels).
   *
   * @return the height, at least 1
   */
  int height();

  /**
   * Returns the standalone SVG document: an XML declaration, then the {@code <svg>} root.
   * The same chart always gives the same string.
   *
   * @return the SVG document
   */
  String toSvg();

  /**
   * Writes {@link #toSvg()} to {@code file} in UTF-8, creating missing parent directories
   * and replacing an existing file.
   *
   * @param file where to write, e.g. {@code target/diamond-report/china.svg}
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  void write(Path file);
}
