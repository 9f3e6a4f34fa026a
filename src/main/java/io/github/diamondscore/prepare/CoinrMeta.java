package io.github.diamondscore.prepare;

import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Direction;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.model.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The indicator metadata table of COINr ({@code iMeta}) read and checked, and the framework tree
 * it describes.
 */
final class CoinrMeta {

  static final String INDICATOR = "Indicator";
  static final String AGGREGATE = "Aggregate";
  static final String GROUP = "Group";
  static final String DENOMINATOR = "Denominator";
  static final String OTHER = "Other";
  static final List<String> TYPES = List.of(INDICATOR, AGGREGATE, GROUP, DENOMINATOR, OTHER);

  static final List<String> REQUIRED =
      List.of("iCode", "Level", "Parent", "Direction", "Weight", "Type");
  /** Optional columns that COINr knows; the import maps iName, Unit and Denominator. */
  static final List<String> KNOWN_OPTIONAL = List.of("iName", "Unit", "Denominator", "Target");
  static final String EXAMPLE = "iCode,iName,Level,Parent,Direction,Weight,Type";

  /** One row of iMeta; level, direction and weight are only read for indicators and aggregates. */
  record Entry(long line, String code, Optional<String> name, String type, int level,
      Optional<String> parent, int direction, double weight, Optional<String> unit,
      Optional<String> denominator) {

    boolean inTree() {
      return type.equals(INDICATOR) || type.equals(AGGREGATE);
    }
  }

  private final CoinrTable table;
  private final Map<String, Entry> entries;
  private final Entry root;
  private final Framework framework;
  private final List<String> ignoredColumns;

  private CoinrMeta(CoinrTable table, Map<String, Entry> entries, Entry root, Framework framework,
      List<String> ignoredColumns) {
    this.table = table;
    this.entries = entries;
    this.root = root;
    this.framework = framework;
    this.ignoredColumns = ignoredColumns;
  }

  /** Reads and checks the table, then builds the framework. */
  static CoinrMeta of(CoinrTable table) {
    int[] at = new int[REQUIRED.size()];
    for (int k = 0; k < at.length; k++) {
      at[k] = table.require(REQUIRED.get(k), "iMeta", REQUIRED);
    }
    int nameAt = table.column("iName");
    int unitAt = table.column("Unit");
    int denominatorAt = table.column("Denominator");
    List<String> ignored = new ArrayList<>();
    for (String column : table.columns()) {
      if (!REQUIRED.contains(column) && !column.equals("iName") && !column.equals("Unit")
          && !column.equals("Denominator")) {
        ignored.add(column);
      }
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (CoinrTable.Row row : table.rows()) {
      Entry e = entry(table, row, at, nameAt, unitAt, denominatorAt);
      Entry first = entries.putIfAbsent(e.code(), e);
      if (first != null) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "iCode '%s' appears twice in %s (lines %d and %d); iCodes must be unique",
            e.code(), table.source(), first.line(), e.line()));
      }
    }
    Entry root = checkTree(table.source(), entries);
    Framework framework = Framework.of(node(root, entries, table.source()));
    return new CoinrMeta(table, entries, root, framework, List.copyOf(ignored));
  }

  private static Entry entry(CoinrTable table, CoinrTable.Row row, int[] at, int nameAt,
      int unitAt, int denominatorAt) {
    String source = table.source();
    long line = row.line();
    String code = CoinrTable.text(row, at[0]).orElseThrow(() -> new IllegalArgumentException(
        String.format(Locale.ROOT,
            "line %d of %s has a blank iCode; every row of iMeta needs an iCode", line, source)));
    String type = CoinrTable.text(row, at[5]).orElse("");
    if (!TYPES.contains(type)) {
      String hint = "";
      for (String t : TYPES) {
        if (t.equalsIgnoreCase(type)) {
          hint = " (types are case-sensitive: write '" + t + "')";
        }
      }
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "line %d of %s, iCode '%s': Type '%s' must be one of %s%s",
          line, source, code, type, String.join(", ", TYPES), hint));
    }
    Optional<String> name = CoinrTable.text(row, nameAt);
    Optional<String> parent = CoinrTable.text(row, at[2]);
    Optional<String> unit = CoinrTable.text(row, unitAt);
    Optional<String> denominator = CoinrTable.text(row, denominatorAt);
    if (!type.equals(INDICATOR) && !type.equals(AGGREGATE)) {
      return new Entry(line, code, name, type, 0, Optional.empty(), 1, Double.NaN, unit,
          Optional.empty());
    }
    String where = String.format(Locale.ROOT, "line %d of %s, %s '%s'", line, source,
        type.toLowerCase(Locale.ROOT), code);
    int level = level(row, at[1], where);
    if (type.equals(INDICATOR) && level != 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: Level (%d) must be 1; in COINr every row of Type Indicator is at Level 1 and "
              + "aggregates are at Level 2 and above",
          where, level));
    }
    if (type.equals(AGGREGATE) && level < 2) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: Level (%d) must be 2 or more; Level 1 is for rows of Type Indicator",
          where, level));
    }
    int direction = direction(row, at[3], where);
    double weight = weight(row, at[4], where);
    return new Entry(line, code, name, type, level, parent, direction, weight, unit,
        type.equals(INDICATOR) ? denominator : Optional.empty());
  }

  private static int level(CoinrTable.Row row, int column, String where) {
    String text = CoinrTable.text(row, column).orElseThrow(() -> new IllegalArgumentException(
        where + ": Level is blank; indicators and aggregates need a Level (1 for indicators, "
            + "2, 3, ... for aggregates)"));
    double v = CoinrTable.isDecimal(text) ? Double.parseDouble(text) : Double.NaN;
    if (!(v >= 1 && v <= 1000 && v == Math.rint(v))) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: Level '%s' must be a whole number from 1 to 1000 (1 for indicators, 2, 3, ... "
              + "for aggregates)",
          where, text));
    }
    return (int) v;
  }

  private static int direction(CoinrTable.Row row, int column, String where) {
    String text = CoinrTable.text(row, column).orElseThrow(() -> new IllegalArgumentException(
        where + ": Direction is blank; write 1 (higher is better) or -1 (lower is better)"));
    double v = CoinrTable.isDecimal(text) ? Double.parseDouble(text) : Double.NaN;
    if (v != 1 && v != -1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: Direction '%s' must be 1 (higher is better) or -1 (lower is better)", where, text));
    }
    return (int) v;
  }

  private static double weight(CoinrTable.Row row, int column, String where) {
    String text = CoinrTable.text(row, column).orElseThrow(() -> new IllegalArgumentException(
        where + ": Weight is blank; give a number > 0 (weights are relative to siblings)"));
    double v = CoinrTable.isDecimal(text) ? Double.parseDouble(text) : Double.NaN;
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: Weight '%s' must be a finite number > 0%s", where, text,
          v == 0 ? "; diamond-score has no zero weights: remove the row (and its column) to leave "
              + "it out of the index" : ""));
    }
    return v;
  }

  /** Checks parents, levels, denominators and the single root; returns the root. */
  private static Entry checkTree(String source, Map<String, Entry> entries) {
    Map<String, Integer> childCount = new LinkedHashMap<>();
    List<Entry> roots = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (!e.inTree()) {
        continue;
      }
      String where = String.format(Locale.ROOT, "line %d of %s, %s '%s'", e.line(), source,
          e.type().toLowerCase(Locale.ROOT), e.code());
      if (e.parent().isEmpty()) {
        roots.add(e);
        continue;
      }
      String parentCode = e.parent().get();
      Entry parent = entries.get(parentCode);
      if (parent == null) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: Parent '%s' is not an iCode of %s; a Parent must be the iCode of an Aggregate "
                + "row (aggregates: %s), or NA for the top level",
            where, parentCode, source, codes(entries, AGGREGATE)));
      }
      if (!parent.type().equals(AGGREGATE)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: Parent '%s' (line %d) has Type %s; a Parent must be the iCode of an Aggregate "
                + "row (aggregates: %s)",
            where, parentCode, parent.line(), parent.type(), codes(entries, AGGREGATE)));
      }
      if (parent.level() != e.level() + 1) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: Level %d but its Parent '%s' (line %d) has Level %d; a Parent must be in the "
                + "level immediately above (Level %d)",
            where, e.level(), parentCode, parent.line(), parent.level(), e.level() + 1));
      }
      childCount.merge(parentCode, 1, Integer::sum);
    }
    for (Entry e : entries.values()) {
      if (e.denominator().isEmpty()) {
        continue;
      }
      String d = e.denominator().get();
      Entry den = entries.get(d);
      if (den == null || !(den.type().equals(DENOMINATOR) || den.type().equals(INDICATOR))) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "line %d of %s, indicator '%s': Denominator '%s' %s; a Denominator must be the iCode "
                + "of a row of Type Denominator (denominators: %s)",
            e.line(), source, e.code(), d,
            den == null ? "is not an iCode of " + source
                : String.format(Locale.ROOT, "(line %d) has Type %s", den.line(), den.type()),
            codes(entries, DENOMINATOR)));
      }
    }
    if (roots.isEmpty()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s has no rows of Type Indicator; a COINr index needs indicators (Level 1) and "
              + "usually aggregates above them",
          source));
    }
    if (roots.size() > 1) {
      StringBuilder list = new StringBuilder();
      for (Entry r : roots) {
        list.append(list.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT,
            "'%s' (line %d, Level %d)", r.code(), r.line(), r.level()));
      }
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s has %d rows without a Parent: %s; an index has a single top row (the index "
              + "itself), so give every other row the iCode of its Parent",
          source, roots.size(), list));
    }
    for (Entry e : entries.values()) {
      if (e.type().equals(AGGREGATE) && !childCount.containsKey(e.code())) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "line %d of %s, aggregate '%s' has no children (no row has it as Parent); give it "
                + "children or remove the row",
            e.line(), source, e.code()));
      }
    }
    return roots.get(0);
  }

  private static String codes(Map<String, Entry> entries, String type) {
    List<String> out = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (e.type().equals(type)) {
        out.add(e.code());
      }
    }
    return out.isEmpty() ? "none" : String.join(", ", out);
  }

  /** The node of an entry and, for an aggregate, the subtree under it in row order. */
  private static Node node(Entry e, Map<String, Entry> entries, String source) {
    String where = String.format(Locale.ROOT, "line %d of %s, iCode '%s'", e.line(), source,
        e.code());
    if (e.type().equals(INDICATOR)) {
      return located(where, () -> {
        Indicator i = Indicator.of(e.code()).withDirection(Direction.of(e.direction()))
            .withWeight(e.weight());
        i = e.name().map(i::named).orElse(i);
        i = e.unit().map(i::withUnit).orElse(i);
        return e.denominator().map(i::per).orElse(i);
      });
    }
    List<Node> children = new ArrayList<>();
    for (Entry child : entries.values()) {
      if (child.inTree() && child.parent().equals(Optional.of(e.code()))) {
        children.add(node(child, entries, source));
      }
    }
    return located(where, () -> {
      Composite c = Composite.of(e.code(), children).withWeight(e.weight());
      return e.name().map(c::named).orElse(c);
    });
  }

  private static <T> T located(String where, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException(where + ": " + ex.getMessage(), ex);
    }
  }

  CoinrTable table() {
    return table;
  }

  Map<String, Entry> entries() {
    return entries;
  }

  Entry root() {
    return root;
  }

  Framework framework() {
    return framework;
  }

  /** Columns of iMeta that the import does not map (Target and any extra column). */
  List<String> ignoredColumns() {
    return ignoredColumns;
  }
}
