package io.github.diamondscore.data;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * A table of entities (rows) by indicators (columns), held as one {@code double[]} per indicator.
 *
 * <p>Each row is an entity (a country, an enterprise …) with an optional display name, an
 * optional group and, for a panel over time, a year. Entity ids are unique; in a panel with
 * years, entity-year pairs are unique instead. Either every row has a year or none has. Values
 * are finite doubles; a missing value is {@link Double#NaN}. Infinities are rejected when the
 * panel is built, so code reading a panel only has to deal with NaN.
 *
 * <p>Build one with {@link #builder(String...)} or read one with {@link PanelCsv#read}:
 *
 * <pre>{@code
 * Panel panel = Panel.builder("gdp_pc", "internet")
 *     .add(RowKey.of("CN").withName("China"), 12.6, 73.0)
 *     .add("VN", 4.3, Double.NaN)
 *     .build();
 * double v = panel.value("CN", "internet");   // 73.0
 * }</pre>
 *
 * <p>A panel is immutable and thread-safe. Derived panels ({@link #withColumn}, {@link #rows} …)
 * share the unchanged column arrays with this one, so they are cheap. {@link #toString()} prints a
 * bounded, aligned table for jshell.
 */
public final class Panel implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int SHOWN_ROWS = 10;
  private static final int SHOWN_COLUMNS = 8;
  private static final int CELL_WIDTH = 24;

  private final transient List<String> indicators;
  private final transient Map<String, Integer> columnIndex;
  private final transient double[][] columns;
  private final transient String[] entities;
  /** Null when no row has a name; otherwise null elements for rows without one. */
  private final transient String[] names;
  /** Null when no row has a group; otherwise null elements for rows without one. */
  private final transient String[] groups;
  /** Null when the rows have no year. */
  private final transient int[] years;
  private final transient int[] distinctYears;
  private final transient RowIndex rowIndex;

  /**
   * Takes ownership of the arrays (callers pass fresh or shared-immutable ones) and checks
   * uniqueness of the rows unless an index for the same rows is given.
   */
  private Panel(List<String> indicators, double[][] columns, String[] entities, String[] names,
      String[] groups, int[] years, RowIndex index, IntFunction<String> rowLabel) {
    this.indicators = List.copyOf(indicators);
    Map<String, Integer> byId = new HashMap<>();
    for (int c = 0; c < this.indicators.size(); c++) {
      byId.put(this.indicators.get(c), c);
    }
    this.columnIndex = byId;
    this.columns = columns;
    this.entities = entities;
    this.names = names;
    this.groups = groups;
    this.years = years;
    this.distinctYears = years == null ? new int[0] : IntStream.of(years).distinct().sorted().toArray();
    this.rowIndex = index != null ? index : new RowIndex(entities, years, rowLabel);
  }

  /**
   * Starts a panel with the given indicator columns, in that order.
   *
   * @param indicatorIds the indicator ids: unique, not blank, without leading or trailing
   *     spaces, and none of the reserved column names {@code entity}, {@code name}, {@code group},
   *     {@code year}; may be empty
   * @return a new builder
   * @throws NullPointerException if the list or an id is null
   * @throws IllegalArgumentException if an id is blank, reserved or repeated
   */
  public static Builder builder(List<String> indicatorIds) {
    return new Builder(indicatorIds);
  }

  /**
   * Starts a panel with the given indicator columns, in that order.
   *
   * @param indicatorIds the indicator ids, as for {@link #builder(List)}
   * @return a new builder
   * @throws NullPointerException if an id is null
   * @throws IllegalArgumentException if an id is blank, reserved or repeated
   */
  public static Builder builder(String... indicatorIds) {
    return new Builder(Arrays.asList(indicatorIds));
  }

  /**
   * The number of rows.
   *
   * @return the number of rows (entities, or entity-years in a panel over time)
   */
  public int size() {
    return entities.length;
  }

  /**
   * The indicator ids, in column order.
   *
   * @return an unmodifiable list of the indicator ids
   */
  public List<String> indicators() {
    return indicators;
  }

  /**
   * The number of indicator columns.
   *
   * @return the number of indicators
   */
  public int indicatorCount() {
    return indicators.size();
  }

  /**
   * Whether the panel has a column for this indicator.
   *
   * @param id an indicator id
   * @return true if {@code id} is one of {@link #indicators()}
   */
  public boolean hasIndicator(String id) {
    return columnIndex.containsKey(id);
  }

  /**
   * The column number of an indicator, for {@link #value(int, int)}.
   *
   * @param id an indicator id
   * @return its position in {@link #indicators()}
   * @throws IllegalArgumentException if the panel has no such indicator; the message lists the
   *     available ones
   */
  public int columnIndex(String id) {
    Integer c = columnIndex.get(id);
    if (c == null) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "indicator '%s' is not in the panel; available: %s", id, Ids.list(indicators, 30)));
    }
    return c;
  }

  /**
   * One cell, by row and column number: the fast access for scoring loops (no copy, no boxing).
   *
   * <p>Non-finite values: returns NaN for a missing cell; never an infinity.
   *
   * @param row the row number, 0 ≤ row &lt; {@link #size()}
   * @param column the column number, 0 ≤ column &lt; {@link #indicatorCount()}
   * @return the value, NaN when missing
   * @throws IndexOutOfBoundsException if {@code row} or {@code column} is out of range
   */
  public double value(int row, int column) {
    return columns[column][row];
  }

  /**
   * One cell, by entity id and indicator id.
   *
   * <p>Non-finite values: returns NaN for a missing cell; never an infinity.
   *
   * @param entity an entity id
   * @param indicator an indicator id
   * @return the value, NaN when missing
   * @throws IllegalArgumentException if the entity or indicator is not in the panel, or the panel
   *     has rows for several years (then use {@link #value(String, int, String)})
   */
  public double value(String entity, String indicator) {
    int column = columnIndex(indicator);
    return columns[column][requireRow(entity)];
  }

  /**
   * One cell of a panel over time, by entity id, year and indicator id.
   *
   * <p>Non-finite values: returns NaN for a missing cell; never an infinity.
   *
   * @param entity an entity id
   * @param year the year
   * @param indicator an indicator id
   * @return the value, NaN when missing
   * @throws IllegalArgumentException if the panel has no years, or has no row for this entity and
   *     year, or no such indicator
   */
  public double value(String entity, int year, String indicator) {
    int column = columnIndex(indicator);
    OptionalInt row = row(entity, year);
    if (row.isEmpty()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "entity '%s' has no row for year %d; the panel has years %s",
          entity, year, yearsText()));
    }
    return columns[column][row.getAsInt()];
  }

  /**
   * A copy of one indicator column, in row order.
   *
   * <p>Non-finite values: missing cells are NaN; there are no infinities.
   *
   * @param id an indicator id
   * @return a new array of {@link #size()} values
   * @throws IllegalArgumentException if the panel has no such indicator
   */
  public double[] column(String id) {
    return columns[columnIndex(id)].clone();
  }

  /**
   * A copy of one indicator column, in row order.
   *
   * <p>Non-finite values: missing cells are NaN; there are no infinities.
   *
   * @param column the column number, 0 ≤ column &lt; {@link #indicatorCount()}
   * @return a new array of {@link #size()} values
   * @throws IllegalArgumentException if {@code column} is out of range
   */
  public double[] column(int column) {
    if (column < 0 || column >= columns.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "column number (%d) must be in 0..%d; the panel has %d indicators",
          column, columns.length - 1, columns.length));
    }
    return columns[column].clone();
  }

  /**
   * The entity id of a row.
   *
   * @param row the row number
   * @return the entity id
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public String entity(int row) {
    return entities[row];
  }

  /**
   * The entity ids in row order (an entity appears once per year in a panel over time).
   *
   * @return an unmodifiable list of {@link #size()} ids
   */
  public List<String> entities() {
    return Collections.unmodifiableList(Arrays.asList(entities));
  }

  /**
   * The display name of a row.
   *
   * @param row the row number
   * @return the name, or empty when the row has none
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public Optional<String> name(int row) {
    Objects.checkIndex(row, entities.length);
    return names == null ? Optional.empty() : Optional.ofNullable(names[row]);
  }

  /**
   * The group of a row.
   *
   * @param row the row number
   * @return the group, or empty when the row has none
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public Optional<String> group(int row) {
    Objects.checkIndex(row, entities.length);
    return groups == null ? Optional.empty() : Optional.ofNullable(groups[row]);
  }

  /**
   * The year of a row.
   *
   * @param row the row number
   * @return the year, or empty when the panel has no years
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public OptionalInt year(int row) {
    Objects.checkIndex(row, entities.length);
    return years == null ? OptionalInt.empty() : OptionalInt.of(years[row]);
  }

  /**
   * Whether any row has a display name.
   *
   * @return true if at least one row has a name
   */
  public boolean hasNames() {
    return names != null;
  }

  /**
   * Whether any row has a group.
   *
   * @return true if at least one row has a group
   */
  public boolean hasGroups() {
    return groups != null;
  }

  /**
   * Whether the rows have years (then every row has one).
   *
   * @return true for a panel over time
   */
  public boolean hasYears() {
    return years != null;
  }

  /**
   * The row of an entity.
   *
   * @param entity an entity id
   * @return its row number, or empty if the entity is not in the panel
   * @throws IllegalArgumentException if the panel has rows for several years, so that the entity
   *     may have several rows (then use {@link #row(String, int)})
   */
  public OptionalInt row(String entity) {
    if (distinctYears.length > 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "entity '%s' is ambiguous: the panel has rows for years %s; give the year, "
              + "e.g. row(entity, year) or value(entity, year, indicator)",
          entity, yearsText()));
    }
    int row = rowIndex.find(entity, distinctYears.length == 1 ? distinctYears[0] : 0);
    return row < 0 ? OptionalInt.empty() : OptionalInt.of(row);
  }

  /**
   * The row of an entity in a year.
   *
   * @param entity an entity id
   * @param year the year
   * @return the row number, or empty if the panel has no row for that entity and year
   * @throws IllegalArgumentException if the panel has no years (then use {@link #row(String)})
   */
  public OptionalInt row(String entity, int year) {
    if (years == null) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "the panel has no years, so row(entity, %d) is undefined; use row(entity)", year));
    }
    int row = rowIndex.find(entity, year);
    return row < 0 ? OptionalInt.empty() : OptionalInt.of(row);
  }

  /**
   * The distinct years of the rows, ascending.
   *
   * @return an unmodifiable sorted set; empty when the panel has no years
   */
  public SortedSet<Integer> years() {
    TreeSet<Integer> set = new TreeSet<>();
    for (int y : distinctYears) {
      set.add(y);
    }
    return Collections.unmodifiableSortedSet(set);
  }

  /**
   * One row as an {@link Observation}, for online scoring or inspection.
   *
   * <p>Non-finite values: every indicator of the panel is present in the observation, with NaN
   * for a missing cell.
   *
   * @param row the row number
   * @return the observation with this row's entity, name, group, year and values
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public Observation observation(int row) {
    Objects.checkIndex(row, entities.length);
    LinkedHashMap<String, Double> values = new LinkedHashMap<>();
    for (int c = 0; c < columns.length; c++) {
      values.put(indicators.get(c), columns[c][row]);
    }
    return Observation.trusted(entities[row], names == null ? null : names[row],
        groups == null ? null : groups[row], years != null, years == null ? 0 : years[row], values);
  }

  /**
   * A panel of some of these rows, in the given order.
   *
   * @param rowIndices row numbers of this panel, each at most once; may be empty
   * @return a new panel with {@code rowIndices.length} rows and the same indicators
   * @throws IllegalArgumentException if a row number is out of range or repeated
   */
  public Panel rows(int[] rowIndices) {
    int n = rowIndices.length;
    int[] seenAt = new int[entities.length];
    Arrays.fill(seenAt, -1);
    for (int i = 0; i < n; i++) {
      int r = rowIndices[i];
      if (r < 0 || r >= entities.length) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "row number rowIndices[%d] (%d) must be in 0..%d; the panel has %d rows",
            i, r, entities.length - 1, entities.length));
      }
      if (seenAt[r] >= 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "row number %d appears twice in rowIndices (positions %d and %d); "
                + "take each row at most once",
            r, seenAt[r], i));
      }
      seenAt[r] = i;
    }
    double[][] newColumns = new double[columns.length][n];
    for (int c = 0; c < columns.length; c++) {
      double[] source = columns[c];
      double[] target = newColumns[c];
      for (int i = 0; i < n; i++) {
        target[i] = source[rowIndices[i]];
      }
    }
    String[] newEntities = new String[n];
    String[] newNames = names == null ? null : new String[n];
    String[] newGroups = groups == null ? null : new String[n];
    int[] newYears = years == null ? null : new int[n];
    boolean anyName = false;
    boolean anyGroup = false;
    for (int i = 0; i < n; i++) {
      int r = rowIndices[i];
      newEntities[i] = entities[r];
      if (newNames != null) {
        newNames[i] = names[r];
        anyName |= names[r] != null;
      }
      if (newGroups != null) {
        newGroups[i] = groups[r];
        anyGroup |= groups[r] != null;
      }
      if (newYears != null) {
        newYears[i] = years[r];
      }
    }
    return new Panel(indicators, newColumns, newEntities, anyName ? newNames : null,
        anyGroup ? newGroups : null, n == 0 ? null : newYears, null, row -> "row " + row);
  }

  /**
   * The rows of one year, in their order.
   *
   * @param year the year to keep
   * @return a new panel with the rows of that year; empty (size 0) if no row has it
   * @throws IllegalArgumentException if the panel has no years
   */
  public Panel filterYear(int year) {
    if (years == null) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "the panel has no years, so it cannot be filtered to year %d; "
              + "read a data file with a 'year' column or give rows a year",
          year));
    }
    return rows(IntStream.range(0, years.length).filter(r -> years[r] == year).toArray());
  }

  /**
   * This panel with one indicator column replaced, or appended when the panel does not have it.
   *
   * <p>Non-finite values: NaN marks a missing value; infinities are rejected.
   *
   * @param id the indicator id, a valid id as for {@link #builder(List)}
   * @param values one value per row, in row order (copied)
   * @return a new panel; the other columns are shared with this one
   * @throws IllegalArgumentException if the id is invalid, the length differs from {@link
   *     #size()} or a value is infinite
   */
  public Panel withColumn(String id, double[] values) {
    Ids.indicator(id);
    if (values.length != entities.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "column '%s' has %d values but the panel has %d rows; give one value per row "
              + "(NaN for missing)",
          id, values.length, entities.length));
    }
    double[] copy = values.clone();
    for (int r = 0; r < copy.length; r++) {
      if (Double.isInfinite(copy[r])) {
        Ids.value(copy[r], cellLabel(r, id));
      }
    }
    Integer existing = columnIndex.get(id);
    List<String> newIds = new ArrayList<>(indicators);
    double[][] newColumns;
    if (existing != null) {
      newColumns = columns.clone();
      newColumns[existing] = copy;
    } else {
      newIds.add(id);
      newColumns = Arrays.copyOf(columns, columns.length + 1);
      newColumns[columns.length] = copy;
    }
    return new Panel(newIds, newColumns, entities, names, groups, years, rowIndex, null);
  }

  /**
   * This panel without some indicator columns.
   *
   * @param ids indicator ids of this panel to drop
   * @return a new panel with the other columns in their order; the rows are unchanged
   * @throws IllegalArgumentException if an id is not in the panel
   */
  public Panel withoutColumns(Collection<String> ids) {
    for (String id : ids) {
      columnIndex(id);
    }
    List<String> kept = new ArrayList<>();
    List<double[]> keptColumns = new ArrayList<>();
    for (int c = 0; c < columns.length; c++) {
      if (!ids.contains(indicators.get(c))) {
        kept.add(indicators.get(c));
        keptColumns.add(columns[c]);
      }
    }
    return new Panel(kept, keptColumns.toArray(new double[0][]), entities, names, groups, years,
        rowIndex, null);
  }

  /**
   * Whether {@code other} is a panel with the same indicators, rows, row information and values.
   * Values compare as {@link Double#equals}: NaN equals NaN, 0.0 differs from -0.0.
   *
   * @param other the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Panel)) {
      return false;
    }
    Panel that = (Panel) other;
    return indicators.equals(that.indicators)
        && Arrays.equals(entities, that.entities)
        && Arrays.equals(names, that.names)
        && Arrays.equals(groups, that.groups)
        && Arrays.equals(years, that.years)
        && Arrays.deepEquals(columns, that.columns);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = indicators.hashCode();
    h = 31 * h + Arrays.hashCode(entities);
    h = 31 * h + Arrays.hashCode(names);
    h = 31 * h + Arrays.hashCode(groups);
    h = 31 * h + Arrays.hashCode(years);
    return 31 * h + Arrays.deepHashCode(columns);
  }

  /**
   * A bounded, aligned table for reading in jshell: a title such as {@code Panel (37 entities x
   * 12 indicators)}, then the first 10 rows and the first 8 indicator columns, with {@code ...}
   * marking what is left out. Missing values print as {@code NA}; numbers are rounded to 6
   * significant digits (use {@link PanelCsv#toCsv} for exact values).
   *
   * @return the table
   */
  @Override
  public String toString() {
    List<String> headers = new ArrayList<>();
    List<Boolean> rightAligned = new ArrayList<>();
    List<IntFunction<String>> cells = new ArrayList<>();
    headers.add("entity");
    rightAligned.add(false);
    cells.add(r -> entities[r]);
    if (names != null) {
      headers.add("name");
      rightAligned.add(false);
      cells.add(r -> names[r] == null ? "" : names[r]);
    }
    if (groups != null) {
      headers.add("group");
      rightAligned.add(false);
      cells.add(r -> groups[r] == null ? "" : groups[r]);
    }
    if (years != null) {
      headers.add("year");
      rightAligned.add(true);
      cells.add(r -> Integer.toString(years[r]));
    }
    int shownColumns = Math.min(columns.length, SHOWN_COLUMNS);
    for (int c = 0; c < shownColumns; c++) {
      double[] column = columns[c];
      headers.add(indicators.get(c));
      rightAligned.add(true);
      cells.add(r -> Numbers.display(column[r]));
    }
    if (shownColumns < columns.length) {
      headers.add("...");
      rightAligned.add(false);
      cells.add(r -> "...");
    }
    int shownRows = Math.min(entities.length, SHOWN_ROWS);
    String[][] table = new String[shownRows + 1][headers.size()];
    int[] widths = new int[headers.size()];
    for (int k = 0; k < headers.size(); k++) {
      table[0][k] = clip(headers.get(k));
      widths[k] = table[0][k].length();
      for (int r = 0; r < shownRows; r++) {
        table[r + 1][k] = clip(cells.get(k).apply(r));
        widths[k] = Math.max(widths[k], table[r + 1][k].length());
      }
    }
    StringBuilder sb = new StringBuilder(title()).append('\n');
    for (String[] line : table) {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < line.length; k++) {
        if (k > 0) {
          text.append("  ");
        }
        String pad = " ".repeat(widths[k] - line[k].length());
        text.append(rightAligned.get(k) ? pad + line[k] : line[k] + pad);
      }
      sb.append(text.toString().stripTrailing()).append('\n');
    }
    if (shownRows < entities.length) {
      sb.append(String.format(Locale.ROOT, "... %d more rows", entities.length - shownRows));
      sb.append('\n');
    }
    if (shownColumns < columns.length) {
      sb.append(String.format(Locale.ROOT, "... %d more indicators: %s",
          columns.length - shownColumns,
          Ids.list(indicators.subList(shownColumns, columns.length), 10)));
      sb.append('\n');
    }
    return sb.toString();
  }

  private String title() {
    if (years == null) {
      return String.format(Locale.ROOT, "Panel (%d entities x %d indicators)",
          entities.length, columns.length);
    }
    long distinctEntities = Arrays.stream(entities).distinct().count();
    return String.format(Locale.ROOT,
        "Panel (%d rows x %d indicators; %d entities, years %s)",
        entities.length, columns.length, distinctEntities, yearsText());
  }

  private static String clip(String text) {
    String oneLine = text.replace('\n', ' ').replace('\r', ' ');
    return oneLine.length() <= CELL_WIDTH ? oneLine : oneLine.substring(0, CELL_WIDTH - 3) + "...";
  }

  private String yearsText() {
    if (distinctYears.length == 0) {
      return "none";
    }
    if (distinctYears.length <= 6) {
      return Arrays.toString(distinctYears).replaceAll("[\\[\\]]", "");
    }
    return String.format(Locale.ROOT, "%d..%d (%d years)", distinctYears[0],
        distinctYears[distinctYears.length - 1], distinctYears.length);
  }

  private int requireRow(String entity) {
    OptionalInt row = row(entity);
    if (row.isEmpty()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "entity '%s' is not in the panel; it has %d rows: %s",
          entity, entities.length, Ids.list(entities(), 10)));
    }
    return row.getAsInt();
  }

  private String cellLabel(int row, String indicator) {
    return String.format(Locale.ROOT, "value of indicator '%s' for entity '%s'%s (row %d)",
        indicator, entities[row], years == null ? "" : " in " + years[row], row);
  }

  /**
   * Writes the panel as its {@code SerializedForm} (serialization proxy pattern, Effective Java
   * item 90); the fields of this class are transient.
   *
   * @return the serialized form
   */
  private Object writeReplace() {
    return new SerializedForm(this);
  }

  /**
   * Refuses a stream that holds this class directly instead of its serialized form.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a Panel is read through its serialized form");
  }

  /**
   * The serialized form of a panel: its arrays. Reading it rebuilds the panel through the
   * builder, so a tampered stream cannot make an invalid panel.
   */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String[] indicators;
    private final double[][] columns;
    private final String[] entities;
    private final String[] names;
    private final String[] groups;
    private final int[] years;

    SerializedForm(Panel panel) {
      this.indicators = panel.indicators.toArray(new String[0]);
      this.columns = panel.columns;
      this.entities = panel.entities;
      this.names = panel.names;
      this.groups = panel.groups;
      this.years = panel.years;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        Builder builder = new Builder(Arrays.asList(indicators));
        double[] row = new double[indicators.length];
        for (int r = 0; r < entities.length; r++) {
          for (int c = 0; c < columns.length; c++) {
            row[c] = columns[c][r];
          }
          builder.addRow(entities[r], names == null ? null : names[r],
              groups == null ? null : groups[r], years != null, years == null ? 0 : years[r], row);
        }
        return builder.build();
      } catch (RuntimeException e) {
        InvalidObjectException invalid = new InvalidObjectException("invalid Panel: " + e.getMessage());
        invalid.initCause(e);
        throw invalid;
      }
    }
  }

  /**
   * Collects rows for a {@link Panel}. Mutable and not thread-safe; {@link #build()} may be called
   * more than once, each time giving a panel of the rows added so far.
   *
   * <p>Each {@code add} checks its row at once and leaves the builder unchanged when it throws;
   * {@link #build()} checks that entity ids (or entity-year pairs) are unique.
   */
  public static final class Builder {

    private static final int YEARS_UNKNOWN = 0;
    private static final int YEARS_ON = 1;
    private static final int YEARS_OFF = 2;

    private final List<String> indicators;
    private double[][] columns;
    private String[] entities;
    private String[] names;
    private String[] groups;
    private int[] years;
    private int size;
    private int yearMode = YEARS_UNKNOWN;
    /** Whether the arrays belong to a built panel too, so they must be copied before writing. */
    private boolean shared;

    Builder(List<String> indicatorIds) {
      Objects.requireNonNull(indicatorIds, "indicator ids are null");
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < indicatorIds.size(); i++) {
        String id = Ids.indicator(indicatorIds.get(i));
        Integer first = seen.putIfAbsent(id, i);
        if (first != null) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "indicator id '%s' appears twice (positions %d and %d); indicator ids must be unique",
              id, first, i));
        }
      }
      this.indicators = List.copyOf(indicatorIds);
      int capacity = 16;
      this.columns = new double[indicators.size()][capacity];
      this.entities = new String[capacity];
    }

    /**
     * Adds a row with only an entity id.
     *
     * <p>Non-finite values: NaN marks a missing value; infinities are rejected.
     *
     * @param entity the entity id; not blank
     * @param values one value per indicator, in column order (copied)
     * @return this builder
     * @throws IllegalArgumentException if the entity is blank, the number of values differs from
     *     the number of indicators, a value is infinite, or earlier rows have years
     */
    public Builder add(String entity, double... values) {
      Ids.entity(entity);
      return addRow(entity, null, null, false, 0, values);
    }

    /**
     * Adds a row with an entity id and optional name, group and year.
     *
     * <p>Non-finite values: NaN marks a missing value; infinities are rejected.
     *
     * @param key the row's entity id, name, group and year
     * @param values one value per indicator, in column order (copied)
     * @return this builder
     * @throws IllegalArgumentException if the number of values differs from the number of
     *     indicators, a value is infinite, or the key has a year while earlier rows have none (or
     *     the reverse)
     */
    public Builder add(RowKey key, double... values) {
      return addRow(key.entity(), key.name().orElse(null), key.group().orElse(null),
          key.year().isPresent(), key.year().orElse(0), values);
    }

    /** Adds a row whose entity, name and group were checked by the caller. */
    Builder addRow(String entity, String name, String group, boolean hasYear, int year,
        double[] values) {
      Ids.entity(entity);
      if (values.length != indicators.size()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "row %d (entity '%s') has %d values but the panel has %d indicators (%s); "
                + "give one value per indicator, NaN for missing",
            size, entity, values.length, indicators.size(), Ids.list(indicators, 10)));
      }
      for (int c = 0; c < values.length; c++) {
        if (Double.isInfinite(values[c])) {
          Ids.value(values[c], String.format(Locale.ROOT,
              "value of indicator '%s' for entity '%s' (row %d)", indicators.get(c), entity, size));
        }
      }
      checkYearMode(entity, hasYear);
      if (name != null) {
        Ids.label("name of entity '" + entity + "'", name);
      }
      if (group != null) {
        Ids.label("group of entity '" + entity + "'", group);
      }
      if (size == entities.length || shared) {
        grow();
      }
      if (yearMode == YEARS_UNKNOWN) {
        yearMode = hasYear ? YEARS_ON : YEARS_OFF;
      }
      entities[size] = entity;
      if (name != null) {
        if (names == null) {
          names = new String[entities.length];
        }
        names[size] = name;
      }
      if (group != null) {
        if (groups == null) {
          groups = new String[entities.length];
        }
        groups[size] = group;
      }
      if (hasYear) {
        if (years == null) {
          years = new int[entities.length];
        }
        years[size] = year;
      }
      for (int c = 0; c < values.length; c++) {
        columns[c][size] = values[c];
      }
      size++;
      return this;
    }

    private void checkYearMode(String entity, boolean hasYear) {
      if (yearMode == YEARS_ON && !hasYear) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "row %d (entity '%s') has no year but row 0 (entity '%s') has one (%d); "
                + "a panel has a year on every row or on none",
            size, entity, entities[0], years[0]));
      }
      if (yearMode == YEARS_OFF && hasYear) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "row %d (entity '%s') has a year but row 0 (entity '%s') has none; "
                + "a panel has a year on every row or on none",
            size, entity, entities[0]));
      }
    }

    private void grow() {
      // Grow by half: amortized O(1) per row, and at most 50% slack while reading a large file.
      // Also called to stop sharing arrays with a built panel before writing to them.
      int capacity = size + (size >> 1) + 16;
      shared = false;
      for (int c = 0; c < columns.length; c++) {
        columns[c] = Arrays.copyOf(columns[c], capacity);
      }
      entities = Arrays.copyOf(entities, capacity);
      if (names != null) {
        names = Arrays.copyOf(names, capacity);
      }
      if (groups != null) {
        groups = Arrays.copyOf(groups, capacity);
      }
      if (years != null) {
        years = Arrays.copyOf(years, capacity);
      }
    }

    /**
     * Builds the panel of the rows added so far.
     *
     * @return a new panel
     * @throws IllegalArgumentException if an entity id appears twice (or, with years, an
     *     entity-year pair); the message names it and both row numbers
     */
    public Panel build() {
      return build(row -> "row " + row);
    }

    /** Builds with {@code rowLabel} describing rows in the duplicate message (e.g. file lines). */
    Panel build(IntFunction<String> rowLabel) {
      // Trim each array to the row count and keep only the trimmed one, so that building a
      // large panel needs one column of extra memory at a time rather than a second copy of
      // everything. The panel and the builder then share the arrays; the next add copies
      // them (see grow) so the panel never changes.
      for (int c = 0; c < columns.length; c++) {
        columns[c] = trim(columns[c]);
      }
      entities = trim(entities);
      names = names == null ? null : trim(names);
      groups = groups == null ? null : trim(groups);
      years = years == null || years.length == size ? years : Arrays.copyOf(years, size);
      shared = true;
      return new Panel(indicators, columns.clone(), entities, names, groups, years, null,
          rowLabel);
    }

    private double[] trim(double[] array) {
      return array.length == size ? array : Arrays.copyOf(array, size);
    }

    private String[] trim(String[] array) {
      return array.length == size ? array : Arrays.copyOf(array, size);
    }
  }
}
