package io.github.diamondscore.prepare;

import io.github.diamondscore.internal.IoErrors;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One COINr table (iMeta or iData) read from CSV: the header and the rows with their line
 * numbers. Knows nothing of what the columns mean; {@link CoinrFormat} does.
 *
 * <p>The text is read into memory first, so that every row's line number is exact (a quoted field
 * may span lines). A first column without a name is the row-name column that R's
 * {@code write.csv} writes by default; it is dropped and {@link #droppedRowNames()} says so.
 */
final class CoinrTable {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setIgnoreSurroundingSpaces(true)
      .setIgnoreEmptyLines(true)
      .get();

  /** A decimal number as R's write.csv prints one: 12, -0.5, 1e-04, 3.2E+10, .5. */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
  private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?[0-9]+,[0-9]+");

  /** One data row: its line in the source and its fields (row-name column dropped). */
  record Row(long line, List<String> fields) {}

  private final String source;
  private final List<String> columns;
  private final Map<String, Integer> index;
  private final List<Row> rows;
  private final boolean droppedRowNames;

  private CoinrTable(String source, List<String> columns, List<Row> rows,
      boolean droppedRowNames) {
    this.source = source;
    this.columns = List.copyOf(columns);
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      byName.put(columns.get(i), i);
    }
    this.index = byName;
    this.rows = List.copyOf(rows);
    this.droppedRowNames = droppedRowNames;
  }

  /**
   * Reads a table. {@code example} is a header line shown when the text is empty.
   *
   * @throws IllegalArgumentException for invalid CSV, an empty text, blank or repeated column
   *     names, or a row with a wrong number of fields
   * @throws UncheckedIOException if reading fails
   */
  static CoinrTable read(Reader reader, String source, String what, String example) {
    String text;
    try {
      StringWriter all = new StringWriter();
      reader.transferTo(all);
      text = all.toString();
    } catch (IOException e) {
      throw IoErrors.reading(what + " table " + source, e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try {
      return parse(text, source, what, example);
    } catch (UncheckedIOException e) {
      throw invalidCsv(source, e.getCause());
    } catch (IOException e) {
      throw invalidCsv(source, e);
    }
  }

  private static RuntimeException invalidCsv(String source, IOException e) {
    return IoErrors.reading(source, e);
  }

  private static CoinrTable parse(String text, String source, String what, String example)
      throws IOException {
    long[] lineStarts = lineStarts(text);
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s is empty; a COINr %s table starts with a header line such as '%s'",
            source, what, example));
      }
      CSVRecord header = records.next();
      List<String> names = new ArrayList<>(header.toList());
      boolean rowNames = names.size() > 1 && names.get(0).isBlank();
      if (rowNames) {
        names.remove(0);
      }
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        int shown = i + 1 + (rowNames ? 1 : 0);
        if (name.isBlank()) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "column %d of the header of %s (line %d) is blank; every column needs a name%s",
              shown, source, line(header, text, lineStarts),
              i == names.size() - 1 ? " (is there a trailing comma?)" : ""));
        }
        Integer first = seen.putIfAbsent(name, shown);
        if (first != null) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "column '%s' appears twice in the header of %s (columns %d and %d); "
                  + "column names must be unique",
              name, source, first, shown));
        }
      }
      int width = header.size();
      List<Row> rows = new ArrayList<>();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        long line = line(record, text, lineStarts);
        if (isBlank(record)) {
          continue;
        }
        if (record.size() != width) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "line %d of %s has %d fields but the header has %d; every row needs one field per "
                  + "column (leave missing values blank or write NA)%s",
              line, source, record.size(), width,
              record.size() > width
                  ? "; if numbers are written with a decimal comma (3,5), write them with '.' "
                      + "(3.5) or quote fields that contain commas"
                  : ""));
        }
        List<String> fields = record.toList();
        rows.add(new Row(line, List.copyOf(rowNames ? fields.subList(1, width) : fields)));
      }
      return new CoinrTable(source, names, rows, rowNames);
    }
  }

  /** The offset at which each line starts; lines end with LF, CRLF or a lone CR. */
  private static long[] lineStarts(String text) {
    long[] starts = new long[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (end) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  /**
   * The 1-based line a record starts on. The parser reports where it began reading the record,
   * which is before any empty lines it skipped, so line breaks at that position are passed over.
   */
  private static long line(CSVRecord record, String text, long[] lineStarts) {
    int position = (int) record.getCharacterPosition();
    while (position < text.length()
        && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
      position++;
    }
    int found = Arrays.binarySearch(lineStarts, position);
    return found >= 0 ? found + 1 : -found - 1;
  }

  private static boolean isBlank(CSVRecord record) {
    for (String value : record) {
      if (!value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  String source() {
    return source;
  }

  List<String> columns() {
    return columns;
  }

  List<Row> rows() {
    return rows;
  }

  boolean droppedRowNames() {
    return droppedRowNames;
  }

  boolean has(String column) {
    return index.containsKey(column);
  }

  /** The position of a column, or -1. */
  int column(String name) {
    return index.getOrDefault(name, -1);
  }

  /** A required column, with a hint when only its case differs or the separator is wrong. */
  int require(String name, String what, Collection<String> required) {
    Integer at = index.get(name);
    if (at != null) {
      return at;
    }
    String hint = "";
    for (String column : columns) {
      if (column.equalsIgnoreCase(name)) {
        hint = String.format(Locale.ROOT, " (found '%s'; COINr column names are case-sensitive)",
            column);
      }
    }
    if (hint.isEmpty() && columns.size() == 1 && columns.get(0).contains(";")) {
      hint = " (the header looks separated by ';'; separate columns with ',' and write decimals "
          + "with '.')";
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "%s has no '%s' column (header: %s); a COINr %s table needs the columns %s%s",
        source, name, String.join(",", columns), what, String.join(", ", required), hint));
  }

  /** A text cell: empty for a blank cell, a missing column or R's {@code NA}. */
  static Optional<String> text(Row row, int column) {
    if (column < 0) {
      return Optional.empty();
    }
    String value = row.fields().get(column).strip();
    return value.isEmpty() || value.equals("NA") ? Optional.empty() : Optional.of(value);
  }

  /** Whether the text is a decimal number as R writes them (finite or not). */
  static boolean isDecimal(String text) {
    return DECIMAL.matcher(text).matches();
  }

  /** Whether the text looks like a number written with a decimal comma. */
  static boolean isCommaDecimal(String text) {
    return COMMA_DECIMAL.matcher(text).matches();
  }
}
