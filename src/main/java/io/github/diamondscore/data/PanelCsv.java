package io.github.diamondscore.data;

import io.github.diamondscore.internal.Utf8Reader;
import io.github.diamondscore.internal.AtomicFiles;
import io.github.diamondscore.internal.Csv;
import io.github.diamondscore.internal.NumberText;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes panels in the data CSV format of diamond-score.
 *
 * <p>The format (DESIGN.md, "Data CSV"):
 *
 * <ul>
 *   <li>The first line is a header. It must have a column named {@code entity} (the row ids) and
 *       may have columns named {@code name}, {@code group} and {@code year}, in any position;
 *       every other column is an indicator. Column names are case-sensitive and unique.
 *   <li>Values are decimal numbers with {@code .} as the decimal point, such as {@code 12.5},
 *       {@code -0.5}, {@code +2} or {@code 1e-3}. A blank cell or {@code NA} means missing (NaN).
 *       Anything else, including {@code NaN}, {@code Inf} and decimal commas, is an error.
 *   <li>Entity ids are not blank and unique; with a {@code year} column every row needs a whole
 *       number year and entity-year pairs are unique instead. A blank name or group means none.
 *   <li>UTF-8 (a byte order mark is skipped), RFC 4180 quoting (fields with commas, quotes or line
 *       breaks in double quotes, quotes doubled), CRLF or LF line ends. Spaces around unquoted
 *       fields are ignored. Empty lines, and lines with only empty fields, are skipped.
 *   <li>A file with a header and no rows gives an empty panel (size 0) with the header's
 *       indicators.
 * </ul>
 *
 * <p>Writing produces the header {@code entity[,name][,group][,year],<indicators>}, one line per
 * row with LF line ends, missing values as empty fields, and each number in a form that reads
 * back as exactly the same double ({@code 2} rather than {@code 2.0}, {@code 0.001},
 * {@code 1E+300}, {@code -0}). So {@code read(toCsv(panel))} equals {@code panel} to the bit.
 *
 * <p>Reading streams the file into primitive column arrays (never a list of records or boxed
 * numbers): a million rows of five indicators with short entity ids hold about 105 MB once read
 * and load within a 140 MB heap.
 */
public final class PanelCsv {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setIgnoreSurroundingSpaces(true)
      .setIgnoreEmptyLines(true)
      .get();

  private PanelCsv() {}

  /**
   * Reads a data CSV file (UTF-8).
   *
   * @param file the file
   * @return the panel
   * @throws UncheckedIOException if the file cannot be read; the message names it
   * @throws IllegalArgumentException if the content breaks the format; the message names the
   *     file, line, entity, column and offending text, and says what would be valid
   */
  public static Panel read(Path file) {
    Objects.requireNonNull(file, "file is null");
    BufferedReader reader;
    try {
      reader = Utf8Reader.open(file);
    } catch (IOException e) {
      throw io.github.diamondscore.internal.IoErrors.wrap("cannot read data file", file, e);
    }
    try (reader) {
      return read(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close data file " + file + ": " + e, e);
    }
  }

  /**
   * Reads data CSV text from a reader. The reader is read to the end but not closed.
   *
   * @param reader the text source
   * @param sourceName what to call the source in messages, such as a file name or "request body"
   * @return the panel
   * @throws UncheckedIOException if reading fails
   * @throws IllegalArgumentException if the content breaks the format; the message names the
   *     source, line, entity, column and offending text, and says what would be valid
   */
  public static Panel read(Reader reader, String sourceName) {
    Objects.requireNonNull(reader, "reader is null");
    Objects.requireNonNull(sourceName, "source name is null");
    try {
      return new Reading(skipByteOrderMark(reader), sourceName).run();
    } catch (UncheckedIOException e) {
      throw translate(e.getCause(), sourceName);
    } catch (IOException e) {
      throw translate(e, sourceName);
    }
  }

  private static RuntimeException translate(IOException e, String source) {
    return io.github.diamondscore.internal.IoErrors.reading(source, e);
  }

  private static Reader skipByteOrderMark(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader, 1);
    int first = in.read();
    if (first >= 0 && first != '\uFEFF') {
      in.unread(first);
    }
    return in;
  }

  /**
   * Writes a panel to a file as UTF-8 data CSV, replacing the file if it exists.
   *
   * <p>Non-finite values: NaN is written as an empty field.
   *
   * @param panel the panel
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written; the message names it
   */
  public static void write(Panel panel, Path file) {
    Objects.requireNonNull(panel, "panel is null");
    Objects.requireNonNull(file, "file is null");
    AtomicFiles.write(file, "data file", out -> writeTo(panel, out));
  }

  /**
   * Writes a panel as data CSV text.
   *
   * <p>Non-finite values: NaN is written as an empty field.
   *
   * @param panel the panel
   * @param out where to append the text (not flushed or closed)
   * @throws UncheckedIOException if appending fails
   */
  public static void write(Panel panel, Appendable out) {
    Objects.requireNonNull(panel, "panel is null");
    Objects.requireNonNull(out, "out is null");
    try {
      writeTo(panel, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write panel: " + e, e);
    }
  }

  /**
   * The data CSV text of a panel.
   *
   * <p>Non-finite values: NaN is written as an empty field.
   *
   * @param panel the panel
   * @return the text, one LF-terminated line per row after the header
   */
  public static String toCsv(Panel panel) {
    StringBuilder sb = new StringBuilder();
    write(panel, sb);
    return sb.toString();
  }

  private static void writeTo(Panel panel, Appendable out) throws IOException {
    StringBuilder line = new StringBuilder("entity");
    if (panel.hasNames()) {
      line.append(",name");
    }
    if (panel.hasGroups()) {
      line.append(",group");
    }
    if (panel.hasYears()) {
      line.append(",year");
    }
    for (String id : panel.indicators()) {
      Csv.append(line.append(','), id);
    }
    out.append(line.append('\n'));
    int columns = panel.indicatorCount();
    for (int r = 0; r < panel.size(); r++) {
      line.setLength(0);
      Csv.append(line, panel.entity(r));
      if (panel.hasNames()) {
        Csv.append(line.append(','), panel.name(r).orElse(""));
      }
      if (panel.hasGroups()) {
        Csv.append(line.append(','), panel.group(r).orElse(""));
      }
      if (panel.hasYears()) {
        line.append(',').append(panel.year(r).getAsInt());
      }
      for (int c = 0; c < columns; c++) {
        line.append(',').append(Numbers.csv(panel.value(r, c)));
      }
      out.append(line.append('\n'));
    }
  }


  /** The state of reading one source. */
  private static final class Reading {
    private final Reader reader;
    private final String source;

    private int width;
    private int entityColumn = -1;
    private int nameColumn = -1;
    private int groupColumn = -1;
    private int yearColumn = -1;
    private int[] indicatorColumns;
    private List<String> indicatorIds;

    Reading(Reader reader, String source) {
      this.reader = reader;
      this.source = source;
    }

    Panel run() throws IOException {
      CSVParser parser = CSVParser.parse(reader, FORMAT);
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s is empty; a data file starts with a header line such as "
                + "'entity,gdp_pc,internet' naming the entity column and the indicators",
            source));
      }
      CSVRecord header = records.next();
      long previousEnd = parser.getCurrentLineNumber();
      readHeader(header, startLine(header, previousEnd, 0));
      Panel.Builder builder;
      try {
        builder = Panel.builder(indicatorIds);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "header of " + source + ": " + e.getMessage(), e);
      }
      double[] values = new double[indicatorColumns.length];
      long[] lines = new long[1024];
      int rows = 0;
      while (records.hasNext()) {
        CSVRecord record = records.next();
        long end = parser.getCurrentLineNumber();
        long line = startLine(record, end, previousEnd);
        previousEnd = end;
        if (isBlank(record)) {
          continue;
        }
        readRow(record, line, builder, values);
        if (rows == lines.length) {
          lines = Arrays.copyOf(lines, rows + (rows >> 1));
        }
        lines[rows++] = line;
      }
      long[] lineOfRow = lines;
      return builder.build(r -> "line " + lineOfRow[r] + " of " + source);
    }

    private void readHeader(CSVRecord header, long line) {
      List<String> columns = header.toList();
      width = columns.size();
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        String column = columns.get(i);
        if (column.isBlank()) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "column %d of the header of %s (line %d) is blank; every column needs a name%s",
              i + 1, source, line,
              i == columns.size() - 1 && i > 0 ? " (is there a trailing comma?)" : ""));
        }
        Integer first = seen.putIfAbsent(column, i);
        if (first != null) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "column '%s' appears twice in the header of %s (columns %d and %d); "
                  + "column names must be unique",
              column, source, first + 1, i + 1));
        }
      }
      Integer entity = seen.get("entity");
      if (entity == null) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s has no 'entity' column (header: %s); name the column of entity ids 'entity'%s",
            source, Ids.list(columns, 12), missingEntityHint(columns)));
      }
      entityColumn = entity;
      nameColumn = seen.getOrDefault("name", -1);
      groupColumn = seen.getOrDefault("group", -1);
      yearColumn = seen.getOrDefault("year", -1);
      List<String> ids = new ArrayList<>();
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        if (!Ids.RESERVED.contains(columns.get(i))) {
          ids.add(columns.get(i));
          positions.add(i);
        }
      }
      indicatorIds = ids;
      indicatorColumns = positions.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String missingEntityHint(List<String> columns) {
      for (String column : columns) {
        if (column.equalsIgnoreCase("entity")) {
          return String.format(Locale.ROOT, " (found '%s'; column names are case-sensitive)",
              column);
        }
      }
      if (columns.size() == 1 && columns.get(0).contains(";")) {
        return " (the header looks separated by ';'; separate columns with ',' and write "
            + "decimals with '.')";
      }
      if (columns.size() == 1 && columns.get(0).contains("\t")) {
        return " (the header looks separated by tabs; separate columns with ',')";
      }
      return "";
    }

    private void readRow(CSVRecord record, long line, Panel.Builder builder, double[] values) {
      if (record.size() != width) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "line %d of %s has %d fields but the header has %d; every row needs one field per "
                + "column (leave missing values blank)%s",
            line, source, record.size(), width,
            record.size() > width
                ? "; if numbers are written with a decimal comma (3,5), write them with '.' "
                    + "(3.5) or quote fields that contain commas"
                : ""));
      }
      String entity = record.get(entityColumn);
      if (entity.isBlank()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "line %d of %s has a blank entity id; every row needs a non-blank entity id",
            line, source));
      }
      String name = label(record, nameColumn);
      String group = label(record, groupColumn);
      int year = yearColumn < 0 ? 0 : year(record.get(yearColumn).strip(), line, entity);
      for (int k = 0; k < indicatorColumns.length; k++) {
        values[k] = number(record.get(indicatorColumns[k]), line, entity, k);
      }
      builder.addRow(entity, name, group, yearColumn >= 0, year, values);
    }

    private static String label(CSVRecord record, int column) {
      if (column < 0) {
        return null;
      }
      String text = record.get(column);
      return text.isBlank() ? null : text;
    }

    private int year(String text, long line, String entity) {
      if (text.isEmpty()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "line %d of %s, entity '%s': the year is blank; when the file has a 'year' column "
                + "every row needs a year",
            line, source, entity));
      }
      try {
        if (!text.matches("[+-]?[0-9]{1,9}")) {
          // Integer.parseInt also takes non-ASCII digits; the format allows ASCII only.
          throw new NumberFormatException(text);
        }
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "line %d of %s, entity '%s', column 'year': value '%s' is not an integer; "
                + "write the year as a whole number such as 2021",
            line, source, entity, text), e);
      }
    }

    private double number(String field, long line, String entity, int k) {
      String text = field.strip();
      return NumberText.parseCell(text, problem -> cellError(line, entity, k, text, problem));
    }

    private IllegalArgumentException cellError(long line, String entity, int k, String text,
        String problem) {
      return new IllegalArgumentException(String.format(Locale.ROOT,
          "line %d of %s, entity '%s', column '%s': value '%s' %s",
          line, source, entity, indicatorIds.get(k), text, problem));
    }

    private static boolean isBlank(CSVRecord record) {
      for (String value : record) {
        if (!value.isBlank()) {
          return false;
        }
      }
      return true;
    }

    /**
     * The line a record starts on: the parser reports the line it ended on, which is later when
     * a quoted field holds line breaks. A record ending one line after the previous one is a
     * single line, which spares scanning the fields of almost every record.
     */
    private static long startLine(CSVRecord record, long endLine, long previousEnd) {
      if (endLine == previousEnd + 1) {
        return endLine;
      }
      long breaks = 0;
      for (String value : record) {
        for (int i = 0; i < value.length(); i++) {
          char c = value.charAt(i);
          if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
            breaks++;
          }
        }
      }
      return endLine - breaks;
    }
  }
}
