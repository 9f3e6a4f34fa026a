package io.github.diamondscore.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The one quoting path of every CSV the library writes (results, changes, rankings, panels,
 * frameworks, audits, uncertainty, recommendations): RFC 4180 with minimal quoting, so that the
 * project's readers (commons-csv, surrounding spaces ignored) give back exactly the text
 * written. Internal API.
 */
public final class Csv {
  private Csv() {}

  /**
   * A field as it is written: quoted (with quotes doubled) when it holds a comma, a quote, a
   * line break, starts or ends with white space, or starts with a byte order mark; as is
   * otherwise.
   *
   * @param text the field's text
   * @return the field
   */
  public static String field(String text) {
    if (!needsQuotes(text)) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  /**
   * Appends a field to a line being built.
   *
   * @param sb the line
   * @param text the field's text
   * @return {@code sb}
   */
  public static StringBuilder append(StringBuilder sb, String text) {
    if (!needsQuotes(text)) {
      return sb.append(text);
    }
    return sb.append('"').append(text.replace("\"", "\"\"")).append('"');
  }

  /**
   * One record: the fields joined by commas, each quoted as {@link #field} does, ending in LF.
   *
   * @param fields the fields
   * @return the line
   */
  public static String line(List<String> fields) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      append(i == 0 ? sb : sb.append(','), fields.get(i));
    }
    return sb.append('\n').toString();
  }

  /**
   * Appends one record ({@link #line}) to {@code out}.
   *
   * @param out where to write
   * @param fields the fields
   * @throws UncheckedIOException if appending fails
   */
  public static void record(Appendable out, List<String> fields) {
    try {
      out.append(line(fields));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean needsQuotes(String text) {
    if (text.isEmpty()) {
      return false;
    }
    if (Character.isWhitespace(text.charAt(0))
        || Character.isWhitespace(text.charAt(text.length() - 1))
        || text.charAt(0) == '\uFEFF') {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
