package io.github.diamondscore.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small text helpers for readable {@code toString()} output and messages. Internal API.
 */
public final class Text {
  private Text() {}

  /** The most characters of an offending value or line that a message echoes. */
  public static final int CLIP = 200;

  /**
   * Text as a message echoes it: at most {@value #CLIP} characters, cut with "…".
   *
   * @param text the text
   * @return the text, or its first {@value #CLIP} characters and "…"
   */
  public static String clip(String text) {
    return text.length() <= CLIP ? text : text.substring(0, CLIP) + "…";
  }

  /**
   * Formats a score with two decimals, or {@code NA} when missing.
   *
   * @param v the value
   * @return the text
   */
  public static String score(double v) {
    return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%.2f", v);
  }

  /**
   * Formats a number in its shortest exact form ({@code 3} rather than {@code 3.0}), or an empty
   * string when NaN. Reading the text back with {@link Double#parseDouble} gives the same double.
   *
   * @param v the value
   * @return the text
   */
  public static String exact(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /**
   * Lays out rows as an aligned plain-text table; columns whose cells all look numeric are
   * right-aligned.
   *
   * @param title a title line, or empty for none
   * @param header column headers
   * @param rows the cells, each row as long as the header
   * @return the table, lines separated by '\n', ending with '\n'
   */
  public static String table(String title, List<String> header, List<List<String>> rows) {
    int cols = header.size();
    int[] width = new int[cols];
    boolean[] numeric = new boolean[cols];
    for (int c = 0; c < cols; c++) {
      width[c] = header.get(c).length();
      numeric[c] = true;
    }
    for (List<String> row : rows) {
      for (int c = 0; c < cols; c++) {
        String cell = row.get(c);
        width[c] = Math.max(width[c], cell.length());
        if (!cell.isEmpty() && !cell.equals("NA") && !cell.matches("[-+]?[0-9.]+%?")) {
          numeric[c] = false;
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    if (!title.isEmpty()) {
      sb.append(title).append('\n');
    }
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < cols; c++) {
        String cell = row.get(c);
        String pad = " ".repeat(width[c] - cell.length());
        line.append(c == 0 ? "" : "  ").append(numeric[c] ? pad + cell : cell + pad);
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }
}
