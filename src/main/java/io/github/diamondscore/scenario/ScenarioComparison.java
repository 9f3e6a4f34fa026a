package io.github.diamondscore.scenario;

import io.github.diamondscore.internal.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The result of applying a {@link Scenario}: for every entity and node, the baseline and scenario
 * scores, the delta, the ranks before and after, and (for the root, when the simulator has
 * {@link Bands}) the tier before and after. Both sides are scored by the same frozen fitted
 * parameters, so deltas are effects of the scenario alone. {@link #toString()} prints the biggest
 * movers first.
 */
public final class ScenarioComparison {
  private static final int SHOWN = 25;
  private final Scenario scenario;
  private final String root;
  private final List<Row> rows;
  private final Map<String, Row> byKey;

  /**
   * One entity and node.
   *
   * @param entity the entity id (with {@code @year} when the panel has years)
   * @param node the node id
   * @param baseline the baseline score, NaN when missing
   * @param scenario the scenario score, NaN when missing
   * @param baselineRank the baseline rank (1 best), empty when missing
   * @param scenarioRank the scenario rank, empty when missing
   * @param baselineTier the baseline tier of the root score; blank for other nodes or without
   *     bands
   * @param scenarioTier the scenario tier, likewise
   */
  public record Row(String entity, String node, double baseline, double scenario,
      OptionalInt baselineRank, OptionalInt scenarioRank, String baselineTier,
      String scenarioTier) {
    /**
     * Validates the row.
     *
     * @param entity the entity
     * @param node the node
     * @param baseline the baseline score
     * @param scenario the scenario score
     * @param baselineRank the baseline rank
     * @param scenarioRank the scenario rank
     * @param baselineTier the baseline tier
     * @param scenarioTier the scenario tier
     */
    public Row {
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(node, "node");
      Objects.requireNonNull(baselineRank, "baselineRank");
      Objects.requireNonNull(scenarioRank, "scenarioRank");
      Objects.requireNonNull(baselineTier, "baselineTier");
      Objects.requireNonNull(scenarioTier, "scenarioTier");
    }

    /**
     * Scenario minus baseline score; NaN when either is missing.
     *
     * @return the delta
     */
    public double delta() {
      return scenario - baseline;
    }

    /**
     * Places gained: baseline rank minus scenario rank (positive when the entity moved up); 0
     * when either is missing.
     *
     * @return the rank change
     */
    public int rankChange() {
      if (baselineRank.isEmpty() || scenarioRank.isEmpty()) {
        return 0;
      }
      return baselineRank.getAsInt() - scenarioRank.getAsInt();
    }

    /**
     * Whether the score, the rank or the tier changed (a score going from or to missing counts).
     *
     * @return true when something moved
     */
    public boolean moved() {
      boolean scoreMoved = Double.isNaN(baseline) != Double.isNaN(scenario)
          || (!Double.isNaN(baseline) && Double.compare(baseline, scenario) != 0);
      return scoreMoved || !baselineRank.equals(scenarioRank)
          || !baselineTier.equals(scenarioTier);
    }

    /**
     * Whether the tier changed.
     *
     * @return true when the tiers differ
     */
    public boolean tierChanged() {
      return !baselineTier.equals(scenarioTier);
    }

    /**
     * The row in words, e.g. {@code KAZ readiness 41.20 -> 44.05 (+2.85), rank 30 -> 25,
     * Emerging}.
     *
     * @return one line
     */
    @Override
    public String toString() {
      String tier = baselineTier.isEmpty() ? "" : ", " + (tierChanged()
          ? baselineTier + " -> " + scenarioTier : baselineTier);
      return String.format(Locale.ROOT, "%s %s %s -> %s (%s), rank %s -> %s%s", entity, node,
          Fmt.score(baseline), Fmt.score(scenario), Fmt.delta(delta()), rank(baselineRank),
          rank(scenarioRank), tier);
    }
  }

  ScenarioComparison(Scenario scenario, String root, List<Row> rows) {
    this.scenario = scenario;
    this.root = root;
    this.rows = List.copyOf(rows);
    Map<String, Row> map = new LinkedHashMap<>();
    for (Row r : rows) {
      map.put(r.entity() + '\u0000' + r.node(), r);
    }
    this.byKey = map;
  }

  /**
   * The scenario that was applied.
   *
   * @return the scenario
   */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * The framework's root node id.
   *
   * @return the root id
   */
  public String root() {
    return root;
  }

  /**
   * Every row, entity by entity in panel order, nodes in framework order.
   *
   * @return an unmodifiable list
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * One row.
   *
   * @param entity the entity id (with {@code @year} when the panel has years)
   * @param node the node id
   * @return the row
   * @throws IllegalArgumentException if there is no such entity or node
   */
  public Row row(String entity, String node) {
    Row r = byKey.get(entity + '\u0000' + node);
    if (r == null) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "comparison '%s' has no row for entity '%s' and node '%s'", scenario.name(), entity,
          node));
    }
    return r;
  }

  /**
   * Scenario minus baseline score of one entity and node.
   *
   * @param entity the entity id
   * @param node the node id
   * @return the delta, NaN when either score is missing
   * @throws IllegalArgumentException if there is no such row
   */
  public double delta(String entity, String node) {
    return row(entity, node).delta();
  }

  /**
   * The rows of one node that moved, biggest absolute delta first (then the largest rank
   * change, then entity order).
   *
   * @param node the node id
   * @return the moving rows
   */
  public List<Row> movers(String node) {
    return sorted(rows.stream().filter(r -> r.node().equals(node) && r.moved()).toList());
  }

  /**
   * Every row that moved, biggest absolute delta first.
   *
   * @return the moving rows
   */
  public List<Row> movers() {
    return sorted(rows.stream().filter(Row::moved).toList());
  }

  private static List<Row> sorted(List<Row> in) {
    List<Row> out = new ArrayList<>(in);
    out.sort(Comparator.comparingDouble((Row r) -> {
      double d = Math.abs(r.delta());
      return Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
    }).reversed().thenComparing(Comparator.comparingInt(
        (Row r) -> Math.abs(r.rankChange())).reversed()));
    return out;
  }

  /**
   * The comparison as CSV: {@code scenario,entity,node,baseline,scenario_score,delta,
   * baseline_rank,scenario_rank,baseline_tier,scenario_tier}, every row; missing values empty.
   *
   * @return the CSV text, with a header
   */
  public String toCsv() {
    StringBuilder sb = new StringBuilder("scenario,entity,node,baseline,scenario_score,delta,"
        + "baseline_rank,scenario_rank,baseline_tier,scenario_tier\n");
    for (Row r : rows) {
      sb.append(csv(scenario.name())).append(',').append(csv(r.entity())).append(',')
          .append(csv(r.node())).append(',').append(number(r.baseline())).append(',')
          .append(number(r.scenario())).append(',').append(number(r.delta())).append(',')
          .append(r.baselineRank().isPresent() ? r.baselineRank().getAsInt() + "" : "")
          .append(',')
          .append(r.scenarioRank().isPresent() ? r.scenarioRank().getAsInt() + "" : "")
          .append(',').append(csv(r.baselineTier())).append(',').append(csv(r.scenarioTier()))
          .append('\n');
    }
    return sb.toString();
  }

  /**
   * Writes {@link #toCsv()} to a file (UTF-8).
   *
   * @param file the file
   * @throws UncheckedIOException if it cannot be written, naming the file
   */
  public void writeCsv(Path file) {
    try {
      Files.writeString(file, toCsv(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  private static String rank(OptionalInt r) {
    return r.isPresent() ? Integer.toString(r.getAsInt()) : "NA";
  }

  /**
   * A table of the rows whose score moved, biggest movers first: entity, node, baseline,
   * scenario, delta, rank (before → after) and tier (before → after, root only). At most 25
   * rows; the count of the others follows, and of the rows that changed rank only.
   *
   * @return readable text
   */
  @Override
  public String toString() {
    List<Row> all = movers();
    List<Row> moved = all.stream().filter(r -> !(r.delta() == 0)).toList();
    int rankOnly = all.size() - moved.size();
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "Scenario '%s': %d of %d entity-node scores moved%s", scenario.name(),
        moved.size(), rows.size(), rankOnly == 0 ? ""
            : String.format(Locale.ROOT, "; %d others changed rank only", rankOnly)));
    for (Change c : scenario.changes()) {
      sb.append("\n  change: ").append(c);
    }
    if (moved.isEmpty()) {
      return sb.append("\n(nothing moved)").toString();
    }
    List<List<String>> table = new ArrayList<>();
    for (Row r : moved.subList(0, Math.min(SHOWN, moved.size()))) {
      String rk = r.rankChange() == 0 ? rank(r.scenarioRank())
          : rank(r.baselineRank()) + " -> " + rank(r.scenarioRank());
      String tier = r.tierChanged() ? r.baselineTier() + " -> " + r.scenarioTier()
          : r.baselineTier();
      table.add(List.of(r.entity(), r.node(), Fmt.score(r.baseline()), Fmt.score(r.scenario()),
          Fmt.delta(r.delta()), rk, tier));
    }
    sb.append('\n').append(Text.table("", List.of("entity", "node", "baseline", "scenario",
        "delta", "rank", "tier"), table).stripTrailing());
    if (moved.size() > SHOWN) {
      sb.append(String.format(Locale.ROOT, "\n... %d more rows moved (movers() has them all)",
          moved.size() - SHOWN));
    }
    return sb.toString();
  }
}
