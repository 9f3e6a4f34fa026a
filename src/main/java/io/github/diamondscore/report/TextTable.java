package io.github.diamondscore.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A table of strings with a title, column headers and an alignment per column, whose
 * {@link #toString()} prints aligned plain text, at most {@link #maxRows()} rows of it, for
 * jshell and the command line. {@link HtmlReport.Builder#table(TextTable)} renders the same
 * table, every row, as HTML.
 *
 * <pre>
 * Ranking
 * rank  country  score
 * ----  -------  -----
 *    1  China    71.20
 *    2  Brazil   55.00
 * ... 1 more row
 * </pre>
 *
 * <p>Widths are counted in terminal columns, not chars: an accented letter written with a
 * combining mark takes one column, a Chinese character two (see
 * {@link Builder#row(String...)}). Columns are separated by two spaces; trailing spaces are
 * trimmed; lines end with {@code \n} and the text has no final line break.
 */
public final class TextTable {

  /** How the cells of a column line up. */
  public enum Align {
    /** Padded on the right. */
    LEFT,
    /** Padded on the left, for numbers. */
    RIGHT,
    /**
     * {@link #RIGHT} when every cell of the column that is not blank or a missing marker
     * ({@code NA}, {@code NaN}, {@code n/a}, {@code -}, {@code –}, {@code —}) is a number such
     * as {@code 12}, {@code -3.5}, {@code 1,234.5}, {@code 1e-3} or {@code 45%}, and there is
     * at least one such cell; else {@link #LEFT}. The default.
     */
    AUTO
  }

  private static final Pattern NUMBER =
      Pattern.compile("[+\\-\u2212]?(\\d[\\d,]*(\\.\\d*)?|\\.\\d+)([eE][+\\-]?\\d+)?%?");
  private static final Set<String> MISSING_MARKERS =
      Set.of("", "NA", "NaN", "n/a", "-", "\u2013", "\u2014");
  private static final int DEFAULT_MAX_ROWS = 20;

  private final String title;
  private final List<String> headers;
  private final List<List<String>> rows;
  private final List<Align> alignments;
  private final int maxRows;

  private TextTable(String title, List<String> headers, List<List<String>> rows,
      List<Align> alignments, int maxRows) {
    this.title = title;
    this.headers = headers;
    this.rows = rows;
    this.alignments = alignments;
    this.maxRows = maxRows;
  }

  /**
   * Starts a table with the given column headers.
   *
   * @param headers one header per column, at least one; may be empty strings
   * @return a builder
   * @throws IllegalArgumentException if there is no column
   */
  public static Builder builder(String... headers) {
    Objects.requireNonNull(headers, "headers");
    return builder(Arrays.asList(headers));
  }

  /**
   * Starts a table with the given column headers.
   *
   * @param headers one header per column, at least one; may be empty strings
   * @return a builder
   * @throws IllegalArgumentException if there is no column
   */
  public static Builder builder(List<String> headers) {
    return new Builder(headers);
  }

  /**
   * Returns the title printed above the table.
   *
   * @return the title, empty when there is none
   */
  public String title() {
    return title;
  }

  /**
   * Returns the column headers.
   *
   * @return an unmodifiable list, one per column
   */
  public List<String> headers() {
    return headers;
  }

  /**
   * Returns the number of columns.
   *
   * @return at least 1
   */
  public int columnCount() {
    return headers.size();
  }

  /**
   * Returns the number of rows, including those {@link #toString()} leaves out.
   *
   * @return the row count
   */
  public int rowCount() {
    return rows.size();
  }

  /**
   * Returns one row's cells as given.
   *
   * @param index the row, from 0
   * @return an unmodifiable list, one cell per column
   * @throws IndexOutOfBoundsException if {@code index} is not a row
   */
  public List<String> row(int index) {
    return rows.get(index);
  }

  /**
   * Returns a column's alignment, with {@link Align#AUTO} resolved.
   *
   * @param column the column, from 0
   * @return {@link Align#LEFT} or {@link Align#RIGHT}
   * @throws IndexOutOfBoundsException if {@code column} is not a column
   */
  public Align alignment(int column) {
    return alignments.get(column);
  }

  /**
   * Returns how many rows {@link #toString()} prints before its "... N more rows" line.
   *
   * @return the bound, at least 1
   */
  public int maxRows() {
    return maxRows;
  }

  /**
   * Returns a copy of this table that prints at most {@code maxRows} rows.
   *
   * @param maxRows the bound, at least 1; {@link Integer#MAX_VALUE} prints every row
   * @return the copy
   * @throws IllegalArgumentException if {@code maxRows < 1}
   */
  public TextTable withMaxRows(int maxRows) {
    return new TextTable(title, headers, rows, alignments, checkMaxRows(maxRows));
  }

  /**
   * Returns the table as aligned text: the title (if any), the headers, a rule of dashes,
   * then the first {@link #maxRows()} rows and, if rows were left out, a line
   * {@code "... N more rows"}. A table without rows prints {@code "(no rows)"} below the rule.
   * Control characters in cells (line breaks, tabs) print as spaces.
   *
   * @return the text, without a final line break
   */
  @Override
  public String toString() {
    int shown = Math.min(maxRows, rows.size());
    int columns = headers.size();
    int[] widths = new int[columns];
    List<List<String>> lines = new ArrayList<>(shown + 1);
    lines.add(clean(headers));
    for (int r = 0; r < shown; r++) {
      lines.add(clean(rows.get(r)));
    }
    for (List<String> line : lines) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], Markup.displayWidth(line.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    if (!title.isEmpty()) {
      out.append(oneLine(title)).append('\n');
    }
    appendLine(out, lines.get(0), widths);
    List<String> rule = new ArrayList<>(columns);
    for (int c = 0; c < columns; c++) {
      rule.add("-".repeat(widths[c]));
    }
    appendLine(out, rule, widths);
    for (int r = 1; r < lines.size(); r++) {
      appendLine(out, lines.get(r), widths);
    }
    if (rows.isEmpty()) {
      out.append("(no rows)\n");
    } else if (shown < rows.size()) {
      int more = rows.size() - shown;
      out.append("... ").append(more).append(more == 1 ? " more row" : " more rows")
          .append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  /**
   * Compares title, headers, rows, resolved alignments and the row bound.
   *
   * @param other another object
   * @return whether {@code other} is an equal table
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof TextTable t
        && title.equals(t.title)
        && headers.equals(t.headers)
        && rows.equals(t.rows)
        && alignments.equals(t.alignments)
        && maxRows == t.maxRows;
  }

  /**
   * Returns a hash of the fields {@link #equals(Object)} compares.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return Objects.hash(title, headers, rows, alignments, maxRows);
  }

  private void appendLine(StringBuilder out, List<String> cells, int[] widths) {
    int start = out.length();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        out.append("  ");
      }
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - Markup.displayWidth(cell));
      if (alignments.get(c) == Align.RIGHT) {
        out.append(pad).append(cell);
      } else {
        out.append(cell).append(pad);
      }
    }
    int end = out.length();
    while (end > start && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    out.append('\n');
  }

  private static List<String> clean(List<String> cells) {
    List<String> out = new ArrayList<>(cells.size());
    for (String cell : cells) {
      out.add(oneLine(cell));
    }
    return out;
  }

  private static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      out.append(Character.isISOControl(ch) ? ' ' : ch);
    }
    return out.toString();
  }

  static boolean isNumeric(String cell) {
    return NUMBER.matcher(cell.strip()).matches();
  }

  private static int checkMaxRows(int maxRows) {
    if (maxRows < 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "max rows (%d) must be at least 1; use Integer.MAX_VALUE to print every row",
          maxRows));
    }
    return maxRows;
  }

  /**
   * Collects the rows and settings of a {@link TextTable}. Each setter checks its own
   * argument at once. Not thread-safe.
   */
  public static final class Builder {
    private final List<String> headers;
    private final Align[] aligns;
    private final List<List<String>> rows = new ArrayList<>();
    private String title = "";
    private int maxRows = DEFAULT_MAX_ROWS;

    private Builder(List<String> headers) {
      Objects.requireNonNull(headers, "headers");
      if (headers.isEmpty()) {
        throw new IllegalArgumentException(
            "a table needs at least one column; give the column headers");
      }
      this.headers = List.copyOf(headers);
      this.aligns = new Align[headers.size()];
      Arrays.fill(aligns, Align.AUTO);
    }

    /**
     * Sets the title printed above the table (a caption in HTML).
     *
     * @param title the title; empty for none
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets how a column lines up (default {@link Align#AUTO}).
     *
     * @param column the column, from 0
     * @param align its alignment
     * @return this builder
     * @throws IllegalArgumentException if {@code column} is not a column
     */
    public Builder align(int column, Align align) {
      Objects.requireNonNull(align, "align");
      if (column < 0 || column >= headers.size()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "column (%d) must be between 0 and %d; the headers are %s",
            column, headers.size() - 1, headers));
      }
      aligns[column] = align;
      return this;
    }

    /**
     * Adds a row. Cells may hold any text; widths are measured in terminal columns
     * (combining marks and format characters 0, East Asian wide and fullwidth characters 2,
     * others 1).
     *
     * @param cells one cell per column
     * @return this builder
     * @throws IllegalArgumentException if the number of cells differs from the number of
     *     columns
     */
    public Builder row(String... cells) {
      Objects.requireNonNull(cells, "cells");
      return row(Arrays.asList(cells));
    }

    /**
     * Adds a row, as {@link #row(String...)} does.
     *
     * @param cells one cell per column
     * @return this builder
     * @throws IllegalArgumentException if the number of cells differs from the number of
     *     columns
     */
    public Builder row(List<String> cells) {
      Objects.requireNonNull(cells, "cells");
      if (cells.size() != headers.size()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "row %d has %d cells %s but the table has %d columns %s; give one cell per column",
            rows.size(), cells.size(), cells, headers.size(), headers));
      }
      rows.add(List.copyOf(cells));
      return this;
    }

    /**
     * Sets how many rows {@link TextTable#toString()} prints (default 20).
     *
     * @param maxRows the bound, at least 1; {@link Integer#MAX_VALUE} prints every row
     * @return this builder
     * @throws IllegalArgumentException if {@code maxRows < 1}
     */
    public Builder maxRows(int maxRows) {
      this.maxRows = checkMaxRows(maxRows);
      return this;
    }

    /**
     * Builds the table, resolving {@link Align#AUTO} from the cells.
     *
     * @return the table
     */
    public TextTable build() {
      List<Align> resolved = new ArrayList<>(headers.size());
      for (int c = 0; c < headers.size(); c++) {
        resolved.add(aligns[c] == Align.AUTO ? detect(c) : aligns[c]);
      }
      return new TextTable(title, headers, Collections.unmodifiableList(new ArrayList<>(rows)),
          List.copyOf(resolved), maxRows);
    }

    private Align detect(int column) {
      boolean anyNumber = false;
      for (List<String> row : rows) {
        String cell = row.get(column).strip();
        if (MISSING_MARKERS.contains(cell)) {
          continue;
        }
        if (!isNumeric(cell)) {
          return Align.LEFT;
        }
        anyNumber = true;
      }
      return anyNumber ? Align.RIGHT : Align.LEFT;
    }
  }
}
