package io.github.diamondscore.prepare;

import io.github.diamondscore.internal.Utf8Reader;
import io.github.diamondscore.internal.NumberText;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.data.RowKey;
import io.github.diamondscore.internal.IoErrors;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an index kept in the two-table layout of the R package COINr (Becker, JRC), so that an
 * analyst can bring an existing index over unchanged: the indicator metadata {@code iMeta} becomes
 * a {@link Framework} and the indicator data {@code iData} a {@link Panel}.
 *
 * <pre>{@code
 * CoinrFormat.Imported in = CoinrFormat.read(Path.of("iMeta.csv"), Path.of("iData.csv"));
 * in.notes().forEach(System.out::println);                 // what was mapped and ignored
 * Scores scores = Index.of(in.framework()).fit(in.panel()).score(in.panel());
 * }</pre>
 *
 * <p>Both tables are CSV as R's {@code write.csv} writes them (UTF-8, a byte order mark skipped,
 * RFC 4180 quoting, CRLF or LF): a first column without a name (R's row names) is ignored, and
 * {@code NA} or a blank cell means missing. Column names are case-sensitive, as in COINr. The
 * layout is that of COINr's {@code new_coin(iData, iMeta)}, checked as its {@code check_iMeta}
 * and {@code check_iData} do (COINr 1.x, {@code R/new_coin.R}).
 *
 * <p><b>iMeta</b>: one row per column of iData and per aggregate. Required columns {@code iCode,
 * Level, Parent, Direction, Weight, Type}; optional {@code iName, Unit, Denominator, Target}; any
 * other column is accepted and ignored (COINr allows extra columns), and listed in the notes.
 *
 * <table class="striped">
 *   <caption>How iMeta rows map to the framework</caption>
 *   <tr><th>Type</th><th>becomes</th></tr>
 *   <tr><td>{@code Indicator}</td><td>{@code Indicator.of(iCode).named(iName)
 *       .withDirection(Direction).withWeight(Weight).withUnit(Unit).per(Denominator)}; must be
 *       at Level 1 and a column of iData</td></tr>
 *   <tr><td>{@code Aggregate}</td><td>{@code Composite.of(iCode, children).named(iName)
 *       .withWeight(Weight)}, at Level 2 or more, with the index's default aggregation (COINr
 *       chooses the aggregation when it aggregates, not in iMeta); its Direction and Unit are
 *       ignored (COINr applies directions to indicators only)</td></tr>
 *   <tr><td>{@code Denominator}</td><td>a data column of the panel, for indicators' {@code
 *       Denominator}</td></tr>
 *   <tr><td>{@code Group}</td><td>the first Group column of iData (in its column order) is the
 *       panel's {@code group}; the others are ignored</td></tr>
 *   <tr><td>{@code Other}</td><td>ignored</td></tr>
 * </table>
 *
 * <p>The tree comes from {@code Parent}: each indicator and aggregate names its parent, an
 * Aggregate one Level above it; exactly one row (the index) has no Parent ({@code NA} or blank).
 * Children keep the order of their rows. Weights must be finite and &gt; 0 (a COINr weight of 0
 * has no equivalent: remove the row instead). An indicator's {@code Denominator} is always
 * applied (in COINr only when {@code Denominate()} is called); {@code Target} (COINr's
 * distance-to-target normalisation) is not mapped.
 *
 * <p><b>iData</b>: one row per unit (and time). {@code uCode} (required) becomes the entity id,
 * {@code uName} the name, {@code Time} (whole numbers) the year. Every Indicator and Denominator
 * column becomes a panel column, in iData's order. Columns of Type Group (but the first), Other or
 * Aggregate, and columns that iMeta does not describe, are ignored and listed in the notes (COINr
 * itself rejects the last kind). Values are decimal numbers with {@code .}; blank or {@code NA} is
 * missing.
 *
 * <p>Every error is an {@link IllegalArgumentException} naming the file, line, iCode or entity,
 * column and value, and saying what would be valid. The imported framework and panel can be saved
 * in diamond-score's own formats with {@link io.github.diamondscore.model.FrameworkCsv#write} and
 * {@link io.github.diamondscore.data.PanelCsv#write}.
 */
public final class CoinrFormat {

  private static final Set<String> RESERVED_PANEL_IDS = Set.of("entity", "name", "group", "year");

  private CoinrFormat() {}

  /**
   * What an import produced: the framework from iMeta, the panel from iData, and notes that say
   * what was mapped and what was ignored.
   *
   * @param framework the indicator tree
   * @param panel the data: entity = uCode, name = uName, year = Time, group = the first Group
   *     column, values = the Indicator and Denominator columns
   * @param notes one sentence per mapping decision or ignored item, in a fixed order
   */
  public record Imported(Framework framework, Panel panel, List<String> notes) {

    /**
     * Checks and copies the components.
     *
     * @param framework the indicator tree
     * @param panel the data
     * @param notes the notes (copied)
     * @throws NullPointerException if a component or a note is null
     */
    public Imported {
      Objects.requireNonNull(framework, "framework is null");
      Objects.requireNonNull(panel, "panel is null");
      notes = List.copyOf(notes);
    }
  }

  /**
   * Reads the two COINr tables from CSV files (UTF-8).
   *
   * @param iMeta the indicator metadata table
   * @param iData the indicator data table
   * @return the framework, panel and notes
   * @throws UncheckedIOException if a file cannot be read, naming it
   * @throws IllegalArgumentException if a table is invalid; the message names the file, line,
   *     iCode or entity, column and value
   */
  public static Imported read(Path iMeta, Path iData) {
    Objects.requireNonNull(iMeta, "iMeta path is null");
    Objects.requireNonNull(iData, "iData path is null");
    CoinrMeta meta = readMeta(iMeta);
    CoinrTable data = readTable(iData, "iData");
    return imported(meta, data);
  }

  /**
   * Reads the two COINr tables from readers. The readers are read to the end but not closed.
   *
   * @param iMeta the indicator metadata table as CSV text
   * @param metaSource what to call it in messages, such as its file name
   * @param iData the indicator data table as CSV text
   * @param dataSource what to call it in messages
   * @return the framework, panel and notes
   * @throws UncheckedIOException if reading fails
   * @throws IllegalArgumentException if a table is invalid; the message names the source, line,
   *     iCode or entity, column and value
   */
  public static Imported read(Reader iMeta, String metaSource, Reader iData, String dataSource) {
    Objects.requireNonNull(iMeta, "iMeta reader is null");
    Objects.requireNonNull(metaSource, "iMeta source name is null");
    Objects.requireNonNull(iData, "iData reader is null");
    Objects.requireNonNull(dataSource, "iData source name is null");
    CoinrMeta meta = CoinrMeta.of(CoinrTable.read(iMeta, metaSource, "iMeta", CoinrMeta.EXAMPLE));
    CoinrTable data = CoinrTable.read(iData, dataSource, "iData", dataExample(meta));
    return imported(meta, data);
  }

  private static CoinrMeta readMeta(Path file) {
    try (BufferedReader r = Utf8Reader.open(file)) {
      return CoinrMeta.of(CoinrTable.read(r, file.toString(), "iMeta", CoinrMeta.EXAMPLE));
    } catch (IOException e) {
      throw IoErrors.wrap("cannot read COINr iMeta file", file, e);
    } catch (UncheckedIOException e) {
      throw IoErrors.wrap("cannot read COINr iMeta file", file, e.getCause());
    }
  }

  private static CoinrTable readTable(Path file, String what) {
    try (BufferedReader r = Utf8Reader.open(file)) {
      return CoinrTable.read(r, file.toString(), what, "uCode,uName,Time,<indicator iCodes>");
    } catch (IOException e) {
      throw IoErrors.wrap("cannot read COINr " + what + " file", file, e);
    } catch (UncheckedIOException e) {
      throw IoErrors.wrap("cannot read COINr " + what + " file", file, e.getCause());
    }
  }

  private static String dataExample(CoinrMeta meta) {
    List<String> codes = new ArrayList<>(List.of("uCode", "uName"));
    for (Indicator i : meta.framework().indicators()) {
      if (codes.size() < 5) {
        codes.add(i.id());
      }
    }
    return String.join(",", codes);
  }

  /** The columns of iData and what each is used for. */
  private static final class DataColumns {
    int entity = -1;
    int name = -1;
    int time = -1;
    int group = -1;
    final List<String> valueIds = new ArrayList<>();
    final List<Integer> valueAt = new ArrayList<>();
    final List<String> otherGroups = new ArrayList<>();
    final List<String> ignored = new ArrayList<>();
  }

  private static Imported imported(CoinrMeta meta, CoinrTable data) {
    DataColumns cols = classify(meta, data);
    Panel panel = panel(meta, data, cols);
    return new Imported(meta.framework(), panel, notes(meta, data, cols, panel));
  }

  private static DataColumns classify(CoinrMeta meta, CoinrTable data) {
    DataColumns cols = new DataColumns();
    cols.entity = data.require("uCode", "iData", List.of("uCode"));
    cols.name = data.column("uName");
    cols.time = data.column("Time");
    Map<String, CoinrMeta.Entry> entries = meta.entries();
    for (int c = 0; c < data.columns().size(); c++) {
      String column = data.columns().get(c);
      if (c == cols.entity || c == cols.name || c == cols.time) {
        continue;
      }
      CoinrMeta.Entry e = entries.get(column);
      String type = e == null ? "" : e.type();
      switch (type) {
        case CoinrMeta.INDICATOR, CoinrMeta.DENOMINATOR -> {
          if (RESERVED_PANEL_IDS.contains(column)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "line %d of %s, iCode '%s': the name '%s' is reserved for row information in "
                    + "diamond-score (entity, name, group, year); rename the iCode in both tables",
                e.line(), meta.table().source(), column, column));
          }
          cols.valueIds.add(column);
          cols.valueAt.add(c);
        }
        case CoinrMeta.GROUP -> {
          if (cols.group < 0) {
            cols.group = c;
          } else {
            cols.otherGroups.add(column);
          }
        }
        case "" -> cols.ignored.add(column + " (not in iMeta)");
        default -> cols.ignored.add(column + " (Type " + type + ")");
      }
    }
    for (CoinrMeta.Entry e : entries.values()) {
      if (e.type().equals(CoinrMeta.INDICATOR) && !data.has(e.code())) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "indicator '%s' (line %d of %s) is not a column of %s; add the column to iData or "
                + "remove the row from iMeta (iData columns: %s)",
            e.code(), e.line(), meta.table().source(), data.source(),
            abbreviate(data.columns(), 20)));
      }
      Optional<String> den = e.denominator();
      if (den.isPresent() && !data.has(den.get())) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "denominator '%s' of indicator '%s' (line %d of %s) is not a column of %s; add the "
                + "column to iData or clear the indicator's Denominator (iData columns: %s)",
            den.get(), e.code(), e.line(), meta.table().source(), data.source(),
            abbreviate(data.columns(), 20)));
      }
    }
    return cols;
  }

  private static Panel panel(CoinrMeta meta, CoinrTable data, DataColumns cols) {
    Panel.Builder builder;
    try {
      builder = Panel.builder(cols.valueIds);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("header of " + data.source() + ": " + e.getMessage(), e);
    }
    Map<String, Long> seen = new HashMap<>();
    double[] values = new double[cols.valueIds.size()];
    for (CoinrTable.Row row : data.rows()) {
      long line = row.line();
      String entity = CoinrTable.text(row, cols.entity).orElseThrow(() ->
          new IllegalArgumentException(String.format(Locale.ROOT,
              "line %d of %s has a blank uCode; every row of iData needs a unit code",
              line, data.source())));
      RowKey key = RowKey.of(entity);
      String where = String.format(Locale.ROOT, "line %d of %s, entity '%s'", line,
          data.source(), entity);
      if (cols.time >= 0) {
        key = key.withYear(year(CoinrTable.text(row, cols.time), where));
      }
      Optional<String> name = CoinrTable.text(row, cols.name);
      if (name.isPresent()) {
        key = key.withName(name.get());
      }
      Optional<String> group = CoinrTable.text(row, cols.group);
      if (group.isPresent()) {
        key = key.withGroup(group.get());
      }
      String unique = cols.time < 0 ? entity : entity + "\u0000" + key.year().getAsInt();
      Long first = seen.putIfAbsent(unique, line);
      if (first != null) {
        throw new IllegalArgumentException(cols.time < 0
            ? String.format(Locale.ROOT,
                "uCode '%s' appears twice in %s (lines %d and %d); without a Time column each "
                    + "unit has one row",
                entity, data.source(), first, line)
            : String.format(Locale.ROOT,
                "uCode '%s' with Time %d appears twice in %s (lines %d and %d); each unit has "
                    + "one row per Time",
                entity, key.year().getAsInt(), data.source(), first, line));
      }
      for (int k = 0; k < values.length; k++) {
        values[k] = number(row.fields().get(cols.valueAt.get(k)).strip(), where,
            cols.valueIds.get(k));
      }
      builder.add(key, values);
    }
    return builder.build();
  }

  private static int year(Optional<String> cell, String where) {
    String text = cell.orElseThrow(() -> new IllegalArgumentException(where
        + ": Time is blank; when iData has a Time column every row needs a Time (a year)"));
    double v = CoinrTable.isDecimal(text) ? Double.parseDouble(text) : Double.NaN;
    if (!(v == Math.rint(v) && Math.abs(v) <= Integer.MAX_VALUE)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s, column 'Time': value '%s' must be a whole number such as 2021", where, text));
    }
    return (int) v;
  }

  private static double number(String text, String where, String column) {
    return NumberText.parseCell(text, problem -> new IllegalArgumentException(String.format(
        Locale.ROOT, "%s, column '%s': value '%s' %s", where, column, text, problem)));
  }

  private static List<String> notes(CoinrMeta meta, CoinrTable data, DataColumns cols,
      Panel panel) {
    List<String> notes = new ArrayList<>();
    String metaSource = meta.table().source();
    Framework fw = meta.framework();
    int indicators = fw.indicators().size();
    int aggregates = fw.size() - indicators;
    notes.add(String.format(Locale.ROOT,
        "framework from %s: %d indicators and %d aggregates under '%s' (Level %d); aggregates "
            + "use the index's default aggregation (COINr chooses it when aggregating)",
        metaSource, indicators, aggregates, meta.root().code(), meta.root().level()));
    List<String> divided = new ArrayList<>();
    List<String> reversedAggregates = new ArrayList<>();
    Map<String, List<String>> unused = new LinkedHashMap<>();
    for (CoinrMeta.Entry e : meta.entries().values()) {
      e.denominator().ifPresent(d -> divided.add(e.code() + " / " + d));
      if (e.type().equals(CoinrMeta.AGGREGATE) && e.direction() == -1) {
        reversedAggregates.add(e.code());
      }
      if (!e.inTree() && !data.has(e.code())) {
        unused.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e.code());
      }
    }
    if (!divided.isEmpty()) {
      notes.add("indicators divided by their Denominator before normalizing (in COINr only when "
          + "Denominate() is called; clear the Denominator column to score raw values): "
          + String.join(", ", divided));
    }
    if (!reversedAggregates.isEmpty()) {
      notes.add("Direction -1 of aggregates ignored (COINr applies directions to indicators "
          + "only): " + String.join(", ", reversedAggregates));
    }
    if (!meta.ignoredColumns().isEmpty()) {
      notes.add(String.format(Locale.ROOT, "%s columns ignored: %s", metaSource,
          String.join(", ", meta.ignoredColumns())));
    }
    if (meta.table().droppedRowNames()) {
      notes.add(metaSource + ": first column without a name (R row names) ignored");
    }
    for (Map.Entry<String, List<String>> e : unused.entrySet()) {
      notes.add(String.format(Locale.ROOT, "%s rows of Type %s with no column in %s, ignored: %s",
          metaSource, e.getKey(), data.source(), String.join(", ", e.getValue())));
    }
    int denominators = cols.valueIds.size() - indicators;
    notes.add(String.format(Locale.ROOT,
        "panel from %s: %d rows; entity = uCode, %s, %s; values: %d indicator and %d "
            + "denominator columns",
        data.source(), panel.size(),
        cols.name < 0 ? "no uName column" : "name = uName",
        cols.time < 0 ? "no Time column" : "year = Time", indicators, denominators));
    if (cols.group >= 0) {
      notes.add(String.format(Locale.ROOT, "group = %s (the first Group column of %s)%s",
          data.columns().get(cols.group), data.source(),
          cols.otherGroups.isEmpty() ? ""
              : "; other Group columns ignored: " + String.join(", ", cols.otherGroups)));
    }
    if (!cols.ignored.isEmpty()) {
      notes.add(String.format(Locale.ROOT, "%s columns ignored: %s", data.source(),
          String.join(", ", cols.ignored)));
    }
    if (data.droppedRowNames()) {
      notes.add(data.source() + ": first column without a name (R row names) ignored");
    }
    return notes;
  }

  private static String abbreviate(List<String> items, int max) {
    if (items.size() <= max) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, max)) + ", ... (" + (items.size() - max) + " more)";
  }
}
