package io.github.diamondscore.model;

import io.github.diamondscore.internal.Utf8Reader;
import io.github.diamondscore.internal.AtomicFiles;
import io.github.diamondscore.internal.Csv;
import io.github.diamondscore.aggregate.Aggregation;
import io.github.diamondscore.internal.IoErrors;
import io.github.diamondscore.internal.Text;
import io.github.diamondscore.normalize.Normalization;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes the framework CSV: one row per node.
 *
 * <table class="striped">
 *   <caption>Columns (header names exact, order free, unknown columns an error)</caption>
 *   <tr><th>column</th><th>meaning</th><th>default</th></tr>
 *   <tr><td>{@code id}</td><td>unique node id</td><td>required</td></tr>
 *   <tr><td>{@code name}</td><td>display name</td><td>the id</td></tr>
 *   <tr><td>{@code parent}</td><td>id of the parent; blank for the single root</td><td>required</td></tr>
 *   <tr><td>{@code weight}</td><td>relative to siblings, finite, &gt; 0</td><td>1</td></tr>
 *   <tr><td>{@code direction}</td><td>indicators: 1 higher is better, -1 lower is better</td><td>1</td></tr>
 *   <tr><td>{@code aggregation}</td><td>composites: see {@link Aggregation#parse}</td><td>the index's</td></tr>
 *   <tr><td>{@code normalization}</td><td>indicators: see {@link Normalization#parse}</td><td>the index's</td></tr>
 *   <tr><td>{@code low}, {@code high}</td><td>indicators: goalposts</td><td>fitted</td></tr>
 *   <tr><td>{@code transform}</td><td>indicators: {@code none} or {@code log}</td><td>none</td></tr>
 *   <tr><td>{@code unit}</td><td>free text</td><td>blank</td></tr>
 *   <tr><td>{@code denominator}</td><td>indicators: data column to divide by</td><td>none</td></tr>
 *   <tr><td>{@code column}</td><td>indicators: the data column read, so one column can feed two
 *       nodes</td><td>the id</td></tr>
 *   <tr><td>{@code role}</td><td>{@code child}, or {@code modulator}: the row modulates its parent
 *       instead of being a weighted child</td><td>child</td></tr>
 *   <tr><td>{@code strength}</td><td>modulators: strength in [0, 1]</td><td>required for modulators</td></tr>
 * </table>
 *
 * <p>A node that is no one's parent is an indicator. Errors name the file, line, node, column and
 * value. Custom leaves cannot be written (they are host code).
 */
public final class FrameworkCsv {
  private static final List<String> COLUMNS = List.of("id", "name", "parent", "weight",
      "direction", "aggregation", "normalization", "low", "high", "transform", "unit",
      "denominator", "column", "role", "strength");

  private FrameworkCsv() {}

  /**
   * Reads a framework CSV file (UTF-8).
   *
   * @param file the file
   * @return the validated framework
   * @throws UncheckedIOException if the file cannot be read, naming it
   * @throws IllegalArgumentException if the content is invalid, naming line, node and value
   */
  public static Framework read(Path file) {
    try (BufferedReader r = Utf8Reader.open(file)) {
      return read(r, file.toString());
    } catch (IOException e) {
      throw IoErrors.wrap("cannot read framework file", file, e);
    }
  }

  /**
   * Reads framework CSV text.
   *
   * @param reader the text
   * @param source a name for messages (e.g. the file name)
   * @return the validated framework
   * @throws IllegalArgumentException if the content is invalid, naming line, node and value
   */
  public static Framework read(Reader reader, String source) {
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get().parse(reader)) {
      List<String> header = new ArrayList<>(parser.getHeaderNames());
      if (!header.isEmpty()) {
        header.set(0, header.get(0).replace("\uFEFF", ""));
      }
      Set<String> seen = new HashSet<>();
      for (String h : header) {
        if (!COLUMNS.contains(h)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "%s: unknown column '%s'; valid columns are %s", source, h, String.join(", ", COLUMNS)));
        }
        if (!seen.add(h)) {
          throw new IllegalArgumentException(
              String.format(Locale.ROOT, "%s: column '%s' appears twice", source, h));
        }
      }
      for (String required : List.of("id", "parent")) {
        if (!seen.contains(required)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "%s: missing required column '%s' (header is: %s)", source, required,
              String.join(",", header)));
        }
      }
      for (CSVRecord rec : parser) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          cells.put(header.get(i), i < rec.size() ? rec.get(i).trim() : "");
        }
        if (rec.size() != header.size()) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "%s line %d: %d fields but the header has %d", source,
              parser.getCurrentLineNumber(), rec.size(), header.size()));
        }
        rows.add(new Row(source, (int) parser.getCurrentLineNumber(), cells));
      }
    } catch (IOException e) {
      throw IoErrors.reading(source, e);
    } catch (UncheckedIOException e) {
      throw IoErrors.reading(source, e.getCause());
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(source + ": malformed CSV: " + e.getMessage(), e);
    }
    return build(rows, source);
  }

  private static Framework build(List<Row> rows, String source) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(source + ": no nodes; the framework CSV needs one row"
          + " per node and exactly one root (a row with a blank parent)");
    }
    Map<String, Row> byId = new LinkedHashMap<>();
    for (Row r : rows) {
      String id = r.get("id");
      if (id.isEmpty()) {
        throw new IllegalArgumentException(r.where() + ": blank id; every row needs an id");
      }
      Row previous = byId.putIfAbsent(id, r);
      if (previous != null) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: duplicate node id '%s' (lines %d and %d); ids must be unique", source, id,
            previous.line, r.line));
      }
    }
    List<String> roots = new ArrayList<>();
    Map<String, List<Row>> kids = new LinkedHashMap<>();
    for (Row r : rows) {
      String parent = r.get("parent");
      if (parent.isEmpty()) {
        roots.add(r.get("id"));
        continue;
      }
      if (!byId.containsKey(parent)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: node '%s' has parent '%s', which is not defined", r.where(), r.get("id"),
            parent));
      }
      kids.computeIfAbsent(parent, k -> new ArrayList<>()).add(r);
    }
    if (roots.isEmpty()) {
      throw new IllegalArgumentException(source + ": no root; exactly one row must have a blank"
          + " parent (every node has a parent, so the parents form a cycle)");
    }
    if (roots.size() > 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: several roots (%s); exactly one row may have a blank parent", source,
          String.join(", ", roots)));
    }
    Set<String> reached = new HashSet<>();
    Node root = node(byId.get(roots.get(0)), kids, reached);
    if (reached.size() < byId.size()) {
      List<String> lost = new ArrayList<>();
      for (String id : byId.keySet()) {
        if (!reached.contains(id)) {
          lost.add(id);
        }
      }
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: nodes %s are not connected to the root '%s': their parents form a cycle",
          source, lost, roots.get(0)));
    }
    return Framework.of(root);
  }

  private static Node node(Row r, Map<String, List<Row>> kids, Set<String> reached) {
    String id = r.get("id");
    reached.add(id);
    List<Row> all = kids.getOrDefault(id, List.of());
    List<Node> children = new ArrayList<>();
    List<Modulator> modulators = new ArrayList<>();
    for (Row k : all) {
      Node child = node(k, kids, reached);
      if (k.role().equals("modulator")) {
        modulators.add(new Modulator(child, k.number("strength", Double.NaN)));
      } else {
        children.add(child);
      }
    }
    try {
      Node out;
      if (children.isEmpty()) {
        r.forbid("aggregation", "an indicator has no aggregation (it has no children)");
        Indicator ind = Indicator.of(id);
        ind = ind.withDirection(Direction.of((int) r.integer("direction", 1)));
        if (!r.get("unit").isEmpty()) {
          ind = ind.withUnit(r.get("unit"));
        }
        if (!r.get("transform").isEmpty()) {
          ind = ind.withTransform(Transform.parse(r.get("transform")));
        }
        if (!r.get("normalization").isEmpty()) {
          ind = ind.normalizedBy(Normalization.parse(r.get("normalization")));
        }
        if (!r.get("denominator").isEmpty()) {
          ind = ind.per(r.get("denominator"));
        }
        if (!r.get("column").isEmpty()) {
          ind = ind.reading(r.get("column"));
        }
        boolean hasLow = !r.get("low").isEmpty();
        boolean hasHigh = !r.get("high").isEmpty();
        if (hasLow != hasHigh) {
          throw new IllegalArgumentException(
              "goalposts need both 'low' and 'high' (only " + (hasLow ? "low" : "high")
                  + " is given)");
        }
        if (hasLow) {
          ind = ind.goalposts(r.number("low", Double.NaN), r.number("high", Double.NaN));
        }
        out = ind;
      } else {
        for (String c : List.of("normalization", "low", "high", "transform", "denominator",
            "column")) {
          r.forbid(c, "it applies to indicators only and this node has children");
        }
        if (!r.get("direction").isEmpty() && r.integer("direction", 1) != 1) {
          r.forbid("direction", "it applies to indicators only and this node has children");
        }
        if (children.isEmpty()) {
          throw new IllegalArgumentException("a node with only modulators needs weighted children");
        }
        Composite c = Composite.of(id, children);
        if (!r.get("aggregation").isEmpty()) {
          c = c.aggregatedBy(Aggregation.parse(r.get("aggregation")));
        }
        out = c;
      }
      if (!r.get("name").isEmpty()) {
        out = out.named(r.get("name"));
      }
      out = out.withWeight(r.number("weight", 1));
      if (!modulators.isEmpty()) {
        out = out.withModulators(modulators);
      }
      if (!r.role().equals("modulator") && !r.get("strength").isEmpty()) {
        r.forbid("strength", "only rows with role 'modulator' have a strength");
      }
      return out;
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(r.source)) {
        throw e;
      }
      throw new IllegalArgumentException(r.where() + ", node '" + id + "': " + e.getMessage(), e);
    }
  }

  /**
   * Writes a framework as CSV text. Optional columns ({@code denominator}, {@code column},
   * {@code role}, {@code strength}) are written only when some node uses them.
   *
   * @param framework the framework
   * @param out where to write
   * @throws IllegalArgumentException if the framework has a custom leaf (host code has no CSV form)
   * @throws UncheckedIOException on an I/O error
   */
  public static void write(Framework framework, Appendable out) {
    boolean denominators = false;
    boolean modulators = false;
    boolean columns = false;
    for (Node n : framework.nodes()) {
      if (n instanceof Custom) {
        throw new IllegalArgumentException("custom leaf '" + n.id()
            + "' is host code and cannot be written to the framework CSV; replace it with an"
            + " indicator first");
      }
      denominators |= n instanceof Indicator i && i.denominator().isPresent();
      columns |= n instanceof Indicator i && !i.column().equals(i.id());
      modulators |= framework.isModulator(n.id());
    }
    List<String> cols = new ArrayList<>(COLUMNS.subList(0, 11));
    if (denominators) {
      cols.add("denominator");
    }
    if (columns) {
      cols.add("column");
    }
    if (modulators) {
      cols.add("role");
      cols.add("strength");
    }
    {
      Csv.record(out, cols);
      for (Node n : framework.nodes()) {
        Map<String, String> v = new HashMap<>();
        v.put("id", n.id());
        v.put("name", n.name().equals(n.id()) ? "" : n.name());
        v.put("parent", framework.parent(n.id()).map(Node::id).orElse(""));
        v.put("weight", Text.exact(n.weight()));
        if (n instanceof Indicator i) {
          v.put("direction", Integer.toString(i.direction().sign()));
          v.put("normalization", i.normalization().map(Object::toString).orElse(""));
          i.goalposts().ifPresent(g -> {
            v.put("low", Text.exact(g.low()));
            v.put("high", Text.exact(g.high()));
          });
          v.put("transform", i.transform() == Transform.NONE ? "" : i.transform().toString());
          v.put("unit", i.unit());
          v.put("denominator", i.denominator().orElse(""));
          v.put("column", i.column().equals(i.id()) ? "" : i.column());
        } else if (n instanceof Composite c) {
          v.put("aggregation", c.aggregation().map(Object::toString).orElse(""));
        }
        if (framework.isModulator(n.id())) {
          Node parent = framework.parent(n.id()).orElseThrow();
          v.put("role", "modulator");
          for (Modulator m : parent.modulators()) {
            if (m.node().id().equals(n.id())) {
              v.put("strength", Text.exact(m.strength()));
            }
          }
        }
        List<String> record = new ArrayList<>();
        for (String c : cols) {
          record.add(v.getOrDefault(c, ""));
        }
        Csv.record(out, record);
      }
    }
  }

  /**
   * Writes a framework to a CSV file (UTF-8).
   *
   * @param framework the framework
   * @param file the file, replaced if it exists
   * @throws IllegalArgumentException if the framework has a custom leaf
   * @throws UncheckedIOException on an I/O error, naming the file
   */
  public static void write(Framework framework, Path file) {
    AtomicFiles.write(file, "framework file", w -> write(framework, w));
  }

  /**
   * The framework as CSV text.
   *
   * @param framework the framework
   * @return the CSV text
   * @throws IllegalArgumentException if the framework has a custom leaf
   */
  public static String toCsv(Framework framework) {
    StringWriter w = new StringWriter();
    write(framework, w);
    return w.toString();
  }

  /** One CSV row with its location. */
  private static final class Row {
    final String source;
    final int line;
    final Map<String, String> cells;

    Row(String source, int line, Map<String, String> cells) {
      this.source = source;
      this.line = line;
      this.cells = cells;
    }

    String get(String column) {
      return cells.getOrDefault(column, "");
    }

    String where() {
      return source + " line " + line;
    }

    String role() {
      String role = get("role").toLowerCase(Locale.ROOT);
      if (role.isEmpty() || role.equals("child")) {
        return "child";
      }
      if (role.equals("modulator")) {
        if (get("strength").isEmpty()) {
          throw new IllegalArgumentException(where() + ", node '" + get("id")
              + "': a modulator needs a strength in [0, 1]");
        }
        return role;
      }
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s, node '%s': role '%s' must be 'child' or 'modulator'", where(), get("id"), role));
    }

    double number(String column, double fallback) {
      String text = get(column);
      if (text.isEmpty()) {
        return fallback;
      }
      try {
        return Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s, node '%s': %s '%s' is not a number", where(), get("id"), column, text));
      }
    }

    long integer(String column, long fallback) {
      String text = get(column);
      if (text.isEmpty()) {
        return fallback;
      }
      double d = number(column, fallback);
      if (d != Math.rint(d)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s, node '%s': %s '%s' must be 1 or -1", where(), get("id"), column, text));
      }
      return (long) d;
    }

    void forbid(String column, String why) {
      if (!get(column).isEmpty()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "column '%s' is set ('%s') but %s", column, get(column), why));
      }
    }
  }
}
