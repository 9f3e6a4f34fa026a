package io.github.diamondscore.score;

import io.github.diamondscore.internal.AtomicFiles;
import io.github.diamondscore.internal.Csv;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.internal.Text;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Node;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The scores of every node for every entity of a panel, with coverage and ranks. Immutable.
 *
 * <p>Ranks: 1 is best; tied scores share the lowest rank (1, 2, 2, 4); a missing score has no
 * rank. When the panel has a year column, ranks are within each year. Indicators' scores are their
 * normalized values.
 *
 * <p>{@link #writeCsv(Appendable)} writes the long results CSV: {@code entity,node,score,rank}
 * (with {@code year} after {@code entity} when the panel has years), one row per entity and node,
 * entities in panel order and nodes in framework order; a missing score and its rank are empty.
 */
public final class Scores implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Framework framework;
  private final ImmutableList<String> entities;
  private final int[] years; // null when the panel has none
  private final ImmutableList<String> groups; // empty strings when absent
  private final ImmutableList<String> nodes; // framework pre-order
  private final ImmutableMap<String, Integer> nodeIndex;
  private final double[][] score; // [node][row]
  private final double[][] coverage;
  // Ranks cost a sort per node, so each node's are computed on first use and published safely.
  private final java.util.concurrent.atomic.AtomicReferenceArray<int[]> rank; // 0 = unranked
  private final boolean[][] imputed;
  private final ImmutableList<String> screenedOut;

  Scores(Framework framework, Panel panel, String[] planIds, double[][] byPlan,
      double[][] coverageByPlan, boolean[][] imputedByPlan, List<String> screenedOut) {
    this.framework = framework;
    this.screenedOut = ImmutableList.copyOf(screenedOut);
    int rows = panel.size();
    List<String> ents = new ArrayList<>(rows);
    List<String> grp = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      ents.add(panel.entity(r));
      grp.add(panel.group(r).orElse(""));
    }
    this.entities = ImmutableList.copyOf(ents);
    this.groups = ImmutableList.copyOf(grp);
    if (panel.hasYears()) {
      years = new int[rows];
      for (int r = 0; r < rows; r++) {
        years[r] = panel.year(r).orElseThrow();
      }
    } else {
      years = null;
    }
    Map<String, Integer> planPos = new HashMap<>();
    for (int p = 0; p < planIds.length; p++) {
      planPos.put(planIds[p], p);
    }
    List<String> order = new ArrayList<>();
    Map<String, Integer> idx = new HashMap<>();
    for (Node n : framework.nodes()) {
      idx.put(n.id(), order.size());
      order.add(n.id());
    }
    this.nodes = ImmutableList.copyOf(order);
    this.nodeIndex = ImmutableMap.copyOf(idx);
    int n = order.size();
    this.score = new double[n][];
    this.coverage = new double[n][];
    this.rank = new java.util.concurrent.atomic.AtomicReferenceArray<>(n);
    this.imputed = new boolean[n][];
    for (int i = 0; i < n; i++) {
      int p = planPos.get(order.get(i));
      score[i] = byPlan[p];
      coverage[i] = coverageByPlan[p];
      imputed[i] = imputedByPlan[p];
    }
  }

  /**
   * Scores of one node computed outside an index (e.g. a TOPSIS closeness per entity), so other
   * methods' results can be compared side by side with an index's: ranked and written like any
   * other scores. Higher must be better.
   *
   * @param node the id to report the scores under (e.g. {@code "topsis"})
   * @param panel the panel whose rows the scores belong to (entities, groups, years)
   * @param scores one score per panel row, NaN for missing
   * @return the scores, with ranks (within each year when the panel has years)
   * @throws IllegalArgumentException if the lengths differ or the id is invalid
   */
  public static Scores of(String node, Panel panel, double[] scores) {
    if (scores.length != panel.size()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%d scores for a panel of %d rows; give one score per row", scores.length,
          panel.size()));
    }
    Framework fw = Framework.of(io.github.diamondscore.model.Indicator.of(node));
    double[] coverage = new double[scores.length];
    for (int r = 0; r < scores.length; r++) {
      coverage[r] = Double.isNaN(scores[r]) ? 0 : 1;
    }
    return new Scores(fw, panel, new String[] {node}, new double[][] {scores.clone()},
        new double[][] {coverage}, new boolean[1][scores.length], List.of());
  }

  /**
   * The framework the scores belong to.
   *
   * @return the framework
   */
  public Framework framework() {
    return framework;
  }

  /**
   * The entity ids, in panel row order.
   *
   * @return an unmodifiable list
   */
  public List<String> entities() {
    return entities;
  }

  /**
   * The node ids, in framework order (root first).
   *
   * @return an unmodifiable list
   */
  public List<String> nodes() {
    return nodes;
  }

  /**
   * The number of rows (entities, or entity-years).
   *
   * @return the row count
   */
  public int size() {
    return entities.size();
  }

  /**
   * Whether the scored panel had a year column.
   *
   * @return true when rows carry years
   */
  public boolean hasYears() {
    return years != null;
  }

  /**
   * The year of a row.
   *
   * @param row the row
   * @return its year, empty when the panel had none
   */
  public OptionalInt year(int row) {
    return years == null ? OptionalInt.empty() : OptionalInt.of(years[row]);
  }

  /**
   * The group of a row (from the panel's {@code group} column).
   *
   * @param row the row
   * @return the group, empty string when none
   */
  public String group(int row) {
    return groups.get(row);
  }

  /**
   * The row of an entity.
   *
   * @param entity the entity id
   * @return the row
   * @throws IllegalArgumentException if the entity is unknown, or appears in several years
   */
  public int row(String entity) {
    int found = -1;
    for (int r = 0; r < entities.size(); r++) {
      if (entities.get(r).equals(entity)) {
        if (found >= 0) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "entity '%s' has several rows (years); use row(entity, year)", entity));
        }
        found = r;
      }
    }
    if (found < 0) {
      throw new IllegalArgumentException("no entity '" + entity + "' in these scores");
    }
    return found;
  }

  /**
   * The row of an entity in a year.
   *
   * @param entity the entity id
   * @param year the year
   * @return the row
   * @throws IllegalArgumentException if there is no such row
   */
  public int row(String entity, int year) {
    for (int r = 0; r < entities.size(); r++) {
      if (entities.get(r).equals(entity) && years != null && years[r] == year) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        String.format(Locale.ROOT, "no row for entity '%s' in year %d", entity, year));
  }

  private int[] ranks(int node) {
    int[] r = rank.get(node);
    if (r == null) {
      r = Ranks.of(score[node], years);
      rank.compareAndSet(node, null, r);
    }
    return r;
  }

  private int node(String id) {
    Integer i = nodeIndex.get(id);
    if (i == null) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "no node '%s' in framework '%s'", id, framework.root().id()));
    }
    return i;
  }

  /**
   * The score of a node for an entity.
   *
   * @param entity the entity id (with a single row)
   * @param node the node id
   * @return the score; NaN when missing
   * @throws IllegalArgumentException if the entity or node is unknown
   */
  public double score(String entity, String node) {
    return score[node(node)][row(entity)];
  }

  /**
   * The score of a node for a row.
   *
   * @param row the row
   * @param node the node id
   * @return the score; NaN when missing
   * @throws IllegalArgumentException if the node is unknown
   */
  public double score(int row, String node) {
    return score[node(node)][row];
  }

  /**
   * The coverage of a node for a row: the share of its children's weight that is present (1 or 0
   * for a leaf).
   *
   * @param row the row
   * @param node the node id
   * @return the coverage in [0, 1]
   * @throws IllegalArgumentException if the node is unknown
   */
  public double coverage(int row, String node) {
    return coverage[node(node)][row];
  }

  /**
   * The coverage of a node for an entity.
   *
   * @param entity the entity id (with a single row)
   * @param node the node id
   * @return the coverage in [0, 1]
   * @throws IllegalArgumentException if the entity or node is unknown
   */
  public double coverage(String entity, String node) {
    return coverage(row(entity), node);
  }

  /**
   * Whether an indicator's value for a row was imputed by the index's imputation.
   *
   * @param row the row
   * @param node the indicator id
   * @return true when the score rests on an imputed value
   * @throws IllegalArgumentException if the node is unknown
   */
  public boolean isImputed(int row, String node) {
    return imputed[node(node)][row];
  }

  /**
   * Every imputed cell, as "entity[ year] indicator" lines in row then framework order.
   *
   * @return the imputed cells; empty when nothing was imputed
   */
  public List<String> imputedCells() {
    List<String> out = new ArrayList<>();
    for (int r = 0; r < size(); r++) {
      for (int i = 0; i < nodes.size(); i++) {
        if (imputed[i][r]) {
          out.add(entities.get(r) + (years != null ? " " + years[r] : "") + " " + nodes.get(i));
        }
      }
    }
    return out;
  }

  /**
   * The entities of the scored panel that screening dropped, each with its reason.
   *
   * @return descriptions; empty without screening or when nothing was dropped
   */
  public List<String> screenedOut() {
    return screenedOut;
  }

  /**
   * The rank of a row on a node (within its year when there are years).
   *
   * @param row the row
   * @param node the node id
   * @return the rank, 1 best; empty when the score is missing
   * @throws IllegalArgumentException if the node is unknown
   */
  public OptionalInt rank(int row, String node) {
    int r = ranks(node(node))[row];
    return r == 0 ? OptionalInt.empty() : OptionalInt.of(r);
  }

  /**
   * The rank of an entity on a node.
   *
   * @param entity the entity id (with a single row)
   * @param node the node id
   * @return the rank, 1 best; empty when the score is missing
   * @throws IllegalArgumentException if the entity or node is unknown
   */
  public OptionalInt rank(String entity, String node) {
    return rank(row(entity), node);
  }

  /**
   * All rows' scores on one node.
   *
   * @param node the node id
   * @return a copy, in row order
   * @throws IllegalArgumentException if the node is unknown
   */
  public double[] column(String node) {
    return score[node(node)].clone();
  }

  /**
   * Rows ordered by their rank on a node (best first, missing last, ties in row order).
   *
   * @param node the node id
   * @return row indices
   * @throws IllegalArgumentException if the node is unknown
   */
  public int[] order(String node) {
    int[] r = ranks(node(node));
    return java.util.stream.IntStream.range(0, size()).boxed()
        .sorted((a, b) -> Integer.compare(r[a] == 0 ? Integer.MAX_VALUE : r[a],
            r[b] == 0 ? Integer.MAX_VALUE : r[b]))
        .mapToInt(Integer::intValue).toArray();
  }

  /**
   * Each entity's change on every node between two years: the change table of a time panel.
   * Entities present in only one of the years get NaN on the other side.
   *
   * @param fromYear the first year
   * @param toYear the second year
   * @return one change per entity (in order of first appearance) and node (framework order)
   * @throws IllegalStateException if the scored panel has no years
   * @throws IllegalArgumentException if a year has no rows
   */
  public List<Change> changes(int fromYear, int toYear) {
    if (years == null) {
      throw new IllegalStateException("these scores have no years; score a panel with a"
          + " 'year' column to get a change table");
    }
    java.util.Set<Integer> have = new java.util.TreeSet<>();
    for (int y : years) {
      have.add(y);
    }
    for (int y : new int[] {fromYear, toYear}) {
      if (!have.contains(y)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "year %d has no rows in these scores; years are %s", y, have));
      }
    }
    java.util.LinkedHashMap<String, int[]> rows = new java.util.LinkedHashMap<>();
    for (int r = 0; r < size(); r++) {
      if (years[r] == fromYear || years[r] == toYear) {
        int[] pair = rows.computeIfAbsent(entities.get(r), e -> new int[] {-1, -1});
        pair[years[r] == fromYear ? 0 : 1] = r;
      }
    }
    List<Change> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : rows.entrySet()) {
      for (int i = 0; i < nodes.size(); i++) {
        int a = e.getValue()[0];
        int b = e.getValue()[1];
        out.add(new Change(e.getKey(), nodes.get(i), a < 0 ? Double.NaN : score[i][a],
            b < 0 ? Double.NaN : score[i][b]));
      }
    }
    return out;
  }

  /**
   * Writes the long results CSV, scores rounded to 15 significant digits
   * ({@link Digits#ROUNDED}: 85 rather than 84.99999999999999).
   *
   * @param out where to write
   * @throws UncheckedIOException on an I/O error
   */
  public void writeCsv(Appendable out) {
    writeCsv(out, Digits.ROUNDED);
  }

  /**
   * Writes the long results CSV with scores written as {@code digits} says.
   *
   * @param out where to write
   * @param digits {@link Digits#ROUNDED} (the default) or {@link Digits#EXACT} (every double
   *     exactly, for bit-for-bit comparisons)
   * @throws UncheckedIOException on an I/O error
   */
  public void writeCsv(Appendable out, Digits digits) {
    try {
      out.append(years != null ? "entity,year,node,score,rank\n" : "entity,node,score,rank\n");
      for (int r = 0; r < size(); r++) {
        String entity = Csv.field(entities.get(r));
        String prefix = years != null ? entity + "," + years[r] + "," : entity + ",";
        for (int i = 0; i < nodes.size(); i++) {
          out.append(prefix).append(Csv.field(nodes.get(i))).append(',')
              .append(digits.format(score[i][r])).append(',')
              .append(ranks(i)[r] == 0 ? "" : Integer.toString(ranks(i)[r])).append('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the long results CSV to a file (UTF-8), scores rounded to 15 significant digits.
   *
   * @param file the file, replaced if it exists
   * @throws UncheckedIOException on an I/O error, naming the file
   */
  public void writeCsv(Path file) {
    writeCsv(file, Digits.ROUNDED);
  }

  /**
   * Writes the long results CSV to a file (UTF-8) with scores written as {@code digits} says.
   *
   * @param file the file, replaced if it exists
   * @param digits rounded (the default) or exact
   * @throws UncheckedIOException on an I/O error, naming the file
   */
  public void writeCsv(Path file, Digits digits) {
    AtomicFiles.write(file, "results file", out -> writeCsv(out, digits));
  }

  /**
   * The long results CSV as text, scores rounded to 15 significant digits.
   *
   * @return the CSV
   */
  public String toCsv() {
    return toCsv(Digits.ROUNDED);
  }

  /**
   * The long results CSV as text with scores written as {@code digits} says.
   *
   * @param digits rounded (the default) or exact
   * @return the CSV
   */
  public String toCsv(Digits digits) {
    StringWriter w = new StringWriter();
    writeCsv(w, digits);
    return w.toString();
  }


  /**
   * A table for jshell: the root and its children's scores, rows by root rank, at most 25 rows.
   *
   * @return readable text
   */
  @Override
  public String toString() {
    List<String> cols = new ArrayList<>();
    String root = framework.root().id();
    cols.add(root);
    for (Node c : framework.root().children()) {
      cols.add(c.id());
    }
    List<String> header = new ArrayList<>();
    header.add("rank");
    header.add("entity");
    if (years != null) {
      header.add("year");
    }
    header.addAll(cols);
    header.add("coverage");
    List<List<String>> rows = new ArrayList<>();
    int[] order = order(root);
    int shown = Math.min(order.length, 25);
    for (int k = 0; k < shown; k++) {
      int r = order[k];
      List<String> row = new ArrayList<>();
      int rk = ranks(0)[r];
      row.add(rk == 0 ? "" : Integer.toString(rk));
      row.add(entities.get(r));
      if (years != null) {
        row.add(Integer.toString(years[r]));
      }
      for (String c : cols) {
        row.add(Text.score(score[node(c)][r]));
      }
      row.add(String.format(Locale.ROOT, "%.0f%%", 100 * coverage[0][r]));
      rows.add(row);
    }
    String table = Text.table(String.format(Locale.ROOT, "Scores '%s' (%d entities x %d nodes)",
        root, size(), nodes.size()), header, rows);
    return order.length > shown
        ? table + String.format(Locale.ROOT, "... %d more rows%n", order.length - shown) : table;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Scores s)) {
      return false;
    }
    return s.entities.equals(entities) && s.nodes.equals(nodes) && Arrays.equals(s.years, years)
        && Arrays.deepEquals(s.score, score) && Arrays.deepEquals(s.coverage, coverage);
  }

  @Override
  public int hashCode() {
    return entities.hashCode() * 31 + Arrays.deepHashCode(score);
  }
}
