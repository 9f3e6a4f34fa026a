package io.github.diamondscore.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A self-contained HTML5 page: a title, an optional subtitle, paragraphs, sections with
 * headings, tables, inline SVG charts, lists and preformatted text, styled by an inline
 * style sheet. It references nothing outside itself (no scripts, no links, no images, no
 * fonts), so the one file can be mailed or archived as it is.
 *
 * <p>The markup is also well-formed XML (every element closed, attributes quoted, only the
 * XML entities used, no namespace declarations), so XML tools can read it. Every text given
 * to the builder is escaped; charts are inlined from {@link Chart#toSvg()} without the XML
 * declaration and namespace attribute, which HTML5 does not need.
 *
 * <pre>{@code
 * HtmlReport.builder("Go-global readiness")
 *     .subtitle("Belt and Road countries")
 *     .section("Ranking")
 *     .table(rankingTable, rowClasses)
 *     .chart(barChart, "Scores out of 100")
 *     .section("China")
 *     .chart(radar)
 *     .bulletList(List.of("Raise lpi_timeliness: 3.1 is 0.4 below the peer median"))
 *     .build()
 *     .write(Path.of("target/diamond-report/index.html"));
 * }</pre>
 */
public final class HtmlReport {

  private static final Pattern CSS_CLASSES =
      Pattern.compile("(-?[_A-Za-z][_A-Za-z0-9-]*)( +-?[_A-Za-z][_A-Za-z0-9-]*)*");
  /** Columns whose texts are all at most this long are kept on one line. */
  private static final int SHORT = 12;
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  /** The built-in style sheet; it must hold neither {@code <} nor {@code &}. */
  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Helvetica,Arial,sans-serif;"
          + "margin:2em auto;max-width:62em;padding:0 1em;color:#222;line-height:1.45}",
      "h1{margin-bottom:0.2em}",
      ".subtitle{color:#555;margin-top:0}",
      "section{margin-top:2em}",
      "@media (max-width:30em){body{padding:0 0.5em}}",
      ".table-scroll{overflow-x:auto;margin:1em 0}",
      "table{border-collapse:collapse}",
      "caption{text-align:left;font-weight:bold;padding-bottom:0.3em}",
      "th,td{border-bottom:1px solid #ddd;padding:0.25em 0.75em;text-align:left;"
          + "vertical-align:top}",
      "th{border-bottom:2px solid #333}",
      "th.num,td.num{text-align:right;font-variant-numeric:tabular-nums}",
      "th.num,td.num,th.short,td.short{white-space:nowrap}",
      "tr.highlight{background:#fff3cd;font-weight:bold}",
      "tr.muted{color:#777}",
      "figure{margin:1em 0}",
      "figure.chart{overflow-x:auto}",
      "figure.chart svg{display:block;height:auto}",
      ".charts{display:grid;gap:0 1.5em;"
          + "grid-template-columns:repeat(auto-fit,minmax(min(100%,24em),1fr))}",
      "figcaption{color:#555;font-size:0.9em}",
      "pre{background:#f6f6f6;padding:0.75em;overflow-x:auto}");

  private final String title;
  private final String html;

  private HtmlReport(String title, String html) {
    this.title = title;
    this.html = html;
  }

  /**
   * Starts a report; the title is the page title and its first heading.
   *
   * @param title the title, non-blank
   * @return a builder
   * @throws IllegalArgumentException if {@code title} is blank
   */
  public static Builder builder(String title) {
    return new Builder(title);
  }

  /**
   * Returns the report's title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the page: {@code <!DOCTYPE html>} and the {@code <html>} element. The same
   * content always gives the same string.
   *
   * @return the HTML text
   */
  public String toHtml() {
    return html;
  }

  /**
   * Writes {@link #toHtml()} to {@code file} in UTF-8, creating missing parent directories
   * and replacing an existing file.
   *
   * @param file where to write, e.g. {@code target/diamond-report/index.html}
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public void write(Path file) {
    Markup.write(file, html);
  }

  /**
   * Returns the page, as {@link #toHtml()} does.
   *
   * @return the HTML text
   */
  @Override
  public String toString() {
    return html;
  }

  /**
   * Collects the content of an {@link HtmlReport} in page order. Content added before the
   * first {@link #section(String)} comes right after the title; each section runs to the
   * next. Each method checks its arguments at once. Not thread-safe.
   */
  public static final class Builder {
    private final String title;
    private String subtitle = "";
    private String lang = "en";
    private final StringBuilder extraStyle = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private boolean inSection;

    private Builder(String title) {
      this.title = Markup.requireLabel(title, "report title");
    }

    /**
     * Sets the page's language (default {@code en}), for screen readers and hyphenation.
     *
     * @param tag a BCP 47 language tag such as {@code en}, {@code zh-CN}
     * @return this builder
     * @throws IllegalArgumentException if {@code tag} is not of the form of a language tag
     */
    public Builder lang(String tag) {
      Objects.requireNonNull(tag, "tag");
      if (!LANGUAGE.matcher(tag).matches()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "language tag ('%s') must look like en or zh-CN", tag));
      }
      this.lang = tag;
      return this;
    }

    /**
     * Sets the line shown under the title.
     *
     * @param subtitle the subtitle
     * @return this builder
     * @throws IllegalStateException if a subtitle was already set
     */
    public Builder subtitle(String subtitle) {
      Objects.requireNonNull(subtitle, "subtitle");
      if (!this.subtitle.isEmpty()) {
        throw new IllegalStateException(String.format(Locale.ROOT,
            "subtitle was already set to '%s'; set it once", this.subtitle));
      }
      this.subtitle = subtitle;
      return this;
    }

    /**
     * Adds CSS rules after the built-in style sheet, e.g. colours for row classes given to
     * {@link #table(TextTable, List)}. The built-in sheet styles the row classes
     * {@code highlight} and {@code muted} and right-aligns numeric columns.
     *
     * @param rules CSS rules, e.g. {@code "tr.leading{background:#e6f4ea}"}
     * @return this builder
     * @throws IllegalArgumentException if the rules contain {@code <} or {@code &} (which
     *     would break the page), {@code url(} or {@code @import} (which would load something
     *     from outside it)
     */
    public Builder css(String rules) {
      Objects.requireNonNull(rules, "rules");
      String lower = rules.toLowerCase(Locale.ROOT);
      for (String forbidden : List.of("<", "&", "url(", "@import")) {
        if (lower.contains(forbidden)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "CSS rules must not contain '%s' (found in '%s'); the report is one"
                  + " self-contained file with an inline style sheet", forbidden, rules));
        }
      }
      extraStyle.append(rules).append('\n');
      return this;
    }

    /**
     * Adds a paragraph.
     *
     * @param text the paragraph's text, escaped
     * @return this builder
     */
    public Builder paragraph(String text) {
      Objects.requireNonNull(text, "text");
      body.append("<p>").append(Markup.escape(text)).append("</p>\n");
      return this;
    }

    /**
     * Closes the current section, if any, and opens a new one with a second-level heading.
     *
     * @param heading the section heading, non-blank
     * @return this builder
     * @throws IllegalArgumentException if {@code heading} is blank
     */
    public Builder section(String heading) {
      Markup.requireLabel(heading, "section heading");
      closeSection();
      body.append("<section>\n<h2>").append(Markup.escape(heading)).append("</h2>\n");
      inSection = true;
      return this;
    }

    /**
     * Adds a third-level heading inside the current section.
     *
     * @param heading the heading, non-blank
     * @return this builder
     * @throws IllegalArgumentException if {@code heading} is blank
     */
    public Builder subsection(String heading) {
      Markup.requireLabel(heading, "subsection heading");
      body.append("<h3>").append(Markup.escape(heading)).append("</h3>\n");
      return this;
    }

    /**
     * Adds a table with every row of {@code table} (its {@link TextTable#maxRows()} bounds
     * only its text form); the title becomes the caption, and right-aligned columns get the
     * class {@code num}.
     *
     * @param table the table
     * @return this builder
     */
    public Builder table(TextTable table) {
      Objects.requireNonNull(table, "table");
      return table(table, List.of());
    }

    /**
     * Adds a table, as {@link #table(TextTable)} does, with a CSS class on each row, e.g.
     * {@code highlight} for the home country or a tier name.
     *
     * @param table the table
     * @param rowClasses one entry per row: empty for none, or space-separated CSS class
     *     names; an empty list for no classes at all
     * @return this builder
     * @throws IllegalArgumentException if the list is not empty and its size differs from
     *     the number of rows, or an entry is not a list of CSS class names
     */
    public Builder table(TextTable table, List<String> rowClasses) {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(rowClasses, "rowClasses");
      if (!rowClasses.isEmpty() && rowClasses.size() != table.rowCount()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "row classes (%d) must give one entry per table row (%d), or be empty",
            rowClasses.size(), table.rowCount()));
      }
      for (int r = 0; r < rowClasses.size(); r++) {
        String classes = Objects.requireNonNull(rowClasses.get(r), "row class");
        if (!classes.isEmpty() && !CSS_CLASSES.matcher(classes).matches()) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "row %d class ('%s') must be CSS class names (letters, digits, - and _, not"
                  + " starting with a digit) separated by spaces, or empty", r, classes));
        }
      }
      body.append("<div class=\"table-scroll\">\n<table>\n");
      if (!table.title().isEmpty()) {
        body.append("<caption>").append(Markup.escape(table.title())).append("</caption>\n");
      }
      body.append("<thead>\n<tr>");
      for (int c = 0; c < table.columnCount(); c++) {
        body.append("<th").append(numClass(table, c)).append(" scope=\"col\">")
            .append(Markup.escape(table.headers().get(c))).append("</th>");
      }
      body.append("</tr>\n</thead>\n<tbody>\n");
      for (int r = 0; r < table.rowCount(); r++) {
        String classes = rowClasses.isEmpty() ? "" : rowClasses.get(r);
        body.append(classes.isEmpty() ? "<tr>" : "<tr class=\"" + classes + "\">");
        List<String> row = table.row(r);
        for (int c = 0; c < row.size(); c++) {
          body.append("<td").append(numClass(table, c)).append('>')
              .append(Markup.escape(row.get(c))).append("</td>");
        }
        body.append("</tr>\n");
      }
      body.append("</tbody>\n</table>\n</div>\n");
      return this;
    }

    /**
     * The class of a column's cells: {@code num} for right-aligned columns, {@code short} for
     * columns whose header and cells are all at most {@value #SHORT} characters (ranks such as
     * "16 of 79", tiers, years), which read badly when wrapped; both keep each cell on one line.
     */
    private static String numClass(TextTable table, int column) {
      if (table.alignment(column) == TextTable.Align.RIGHT) {
        return " class=\"num\"";
      }
      boolean isShort = table.headers().get(column).length() <= SHORT;
      for (int r = 0; r < table.rowCount() && isShort; r++) {
        isShort = table.row(r).get(column).length() <= SHORT;
      }
      return isShort ? " class=\"short\"" : "";
    }

    /**
     * Adds a chart, inline.
     *
     * @param chart the chart
     * @return this builder
     */
    public Builder chart(Chart chart) {
      Objects.requireNonNull(chart, "chart");
      body.append("<figure class=\"chart\">\n").append(Markup.inlineSvg(chart.toSvg()))
          .append("</figure>\n");
      return this;
    }

    /**
     * Adds a chart, inline, with a caption below it.
     *
     * @param chart the chart
     * @param caption the caption
     * @return this builder
     */
    public Builder chart(Chart chart, String caption) {
      Objects.requireNonNull(chart, "chart");
      Objects.requireNonNull(caption, "caption");
      body.append("<figure class=\"chart\">\n").append(Markup.inlineSvg(chart.toSvg()))
          .append("<figcaption>").append(Markup.escape(caption)).append("</figcaption>\n")
          .append("</figure>\n");
      return this;
    }

    /**
     * Adds charts side by side, as many in a row as the column has room for at their drawn
     * size, one below the other on a narrow screen; e.g. two radars to compare.
     *
     * @param charts the charts, in order; none adds nothing
     * @return this builder
     */
    public Builder charts(List<? extends Chart> charts) {
      Objects.requireNonNull(charts, "charts");
      if (charts.isEmpty()) {
        return this;
      }
      body.append("<div class=\"charts\">\n");
      for (Chart chart : charts) {
        chart(Objects.requireNonNull(chart, "chart"));
      }
      body.append("</div>\n");
      return this;
    }

    /**
     * Adds a bulleted list, e.g. recommendations.
     *
     * @param items the items, in order
     * @return this builder
     */
    public Builder bulletList(List<String> items) {
      return list("ul", items);
    }

    /**
     * Adds a numbered list (1, 2, 3 …), e.g. recommendations that refer to each other by number.
     *
     * @param items the items, in order
     * @return this builder
     */
    public Builder numberedList(List<String> items) {
      return list("ol", items);
    }

    private Builder list(String tag, List<String> items) {
      Objects.requireNonNull(items, "items");
      body.append('<').append(tag).append(">\n");
      for (String item : items) {
        body.append("<li>").append(Markup.escape(Objects.requireNonNull(item, "item")))
            .append("</li>\n");
      }
      body.append("</").append(tag).append(">\n");
      return this;
    }

    /**
     * Adds preformatted text, e.g. a {@link TextTable#toString()} or a log, in a monospaced
     * block that keeps spaces and line breaks.
     *
     * @param text the text
     * @return this builder
     */
    public Builder preformatted(String text) {
      Objects.requireNonNull(text, "text");
      body.append("<pre>");
      // An HTML parser drops one line break right after <pre>; an extra one keeps the text's.
      if (text.startsWith("\n") || text.startsWith("\r")) {
        body.append('\n');
      }
      body.append(Markup.escape(text)).append("</pre>\n");
      return this;
    }

    private void closeSection() {
      if (inSection) {
        body.append("</section>\n");
        inSection = false;
      }
    }

    /**
     * Builds the report. The builder can go on collecting content afterwards; the report
     * built does not change.
     *
     * @return the report
     */
    public HtmlReport build() {
      StringBuilder out = new StringBuilder(body.length() + 2048);
      out.append("<!DOCTYPE html>\n")
          .append("<html lang=\"").append(lang).append("\">\n")
          .append("<head>\n")
          .append("<meta charset=\"utf-8\"/>\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
          .append("<meta name=\"generator\" content=\"diamond-score\"/>\n")
          .append("<title>").append(Markup.escape(title)).append("</title>\n")
          .append("<style>\n").append(STYLE).append('\n').append(extraStyle)
          .append("</style>\n")
          .append("</head>\n<body>\n<header>\n<h1>").append(Markup.escape(title))
          .append("</h1>\n");
      if (!subtitle.isEmpty()) {
        out.append("<p class=\"subtitle\">").append(Markup.escape(subtitle)).append("</p>\n");
      }
      out.append("</header>\n<main>\n").append(body);
      if (inSection) {
        out.append("</section>\n");
      }
      out.append("</main>\n</body>\n</html>\n");
      return new HtmlReport(title, out.toString());
    }
  }
}
