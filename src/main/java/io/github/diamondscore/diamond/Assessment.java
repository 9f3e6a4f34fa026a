package io.github.diamondscore.diamond;

import io.github.diamondscore.data.Observation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Direction;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.ScoreCard;
import io.github.diamondscore.score.Scores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Results a strategist can act on, from a fitted index and the entities it scores: a ranking with
 * tiers, score cards with strengths, weaknesses, gaps, computed what-ifs and recommendations, and
 * side-by-side comparisons.
 *
 * <pre>{@code
 * Assessment a = GoGlobal.assess();                  // the bundled countries, go-global model
 * System.out.println(a.ranking());                   // rank, country, score, tier, group
 * System.out.println(a.card("CHN"));                 // China's score card
 * System.out.println(a.compare("CHN", "KAZ", "POL"));
 * }</pre>
 *
 * <p><b>Peers.</b> Ranks, percentiles, medians and frontiers are taken over the entities of the
 * assessed panel ("all"); group ranks and group leaders over the entities sharing the panel's
 * {@code group}. The card shows the root and every composite (including composites that modulate
 * another node, such as chance and government). A rank out of fewer entities than the panel has
 * reads {@code 12 of 78 with data}. Group ranks are left out when they carry no information: the
 * entity has no group, is its group's only member, or its group is the whole panel; on a node
 * where fewer than two members of the group have a score, that node has none.
 *
 * <p><b>Percentile</b> of an entity on a node: 100 · b / (n − 1), where n entities have a score
 * on the node and b of them score strictly lower (the library's {@code percentile}
 * normalization); NaN when n ≤ 1.
 *
 * <p><b>Context</b>: modulators (and the nodes under them), which only scale another node, and
 * nodes whose present data are all {@linkplain #withFixedColumns fixed columns}, are shown as
 * context on the card ({@link ReadinessCard#context()}), never as strengths or weaknesses.
 *
 * <p><b>Strengths and weaknesses</b>: the (up to) three findings where the entity's percentile is
 * highest and above 50, or lowest and below 50; ties in framework order. A finding is reported
 * once: card nodes (other than the root and context) that rest on the same present data columns,
 * or where one is under the other and both have the same score (within 1e-9, relative), are one
 * finding, reported by the deepest of them (the first in framework order among equally deep
 * ones); see {@link ReadinessCard#strengths()}.
 *
 * <p><b>What-if</b> ({@link #whatIfs(String)}): a level the entity's peers one tier up already
 * reach. The peer tier is the next tier above the entity's that has members in the panel; for an
 * entity in the highest tier with members, its own tier (the typical leader, not the frontier).
 * For each data column of the framework that the entity has a value for (and that is not a
 * {@linkplain #withFixedColumns fixed column}), the candidate change moves the raw value to the
 * <em>median</em> of the column among the peer tier's entities with a value (R type 7: the middle
 * value, or the mean of the two middle ones), when that is better than the current value. Being a
 * median of observed values, the target never goes beyond the best observed value. Each what-if
 * names the tier and the entity of it (not the one assessed) whose value is nearest the target,
 * the first in panel order on a tie ({@link WhatIf.Benchmark}). The gain is computed by the
 * fitted index: the observation with the new value is scored and compared with the current
 * score; only changes that raise it are kept. A column that feeds several nodes changes all of
 * them, as it would in reality. An entity without an index score (so without a tier) gets none.
 *
 * <p><b>Recommendations</b> ({@link #recommend(String)}): the {@link Recommendations} table
 * gives the advice for each weakness: the rows of the node and of the nodes that are the same
 * finding (each row for the node it is keyed by), else the rows of its first reason indicator
 * (by id or column), else the {@code *} rows. The node's <em>reasons</em> are the indicators
 * under it (one per data column) whose raw value is worse than the peer median, lowest percentile
 * first. Each recommendation gives its own reason: the first of the node's reasons that no
 * earlier recommendation gave; when all are taken, the node's first reason again, marked as the
 * same reason as the recommendation that gave it first ({@link Recommendation#sameReasonAs()}).
 * Rows keyed by an indicator rest on that indicator. A weakness without a reason gets no
 * recommendation. Order: weaknesses lowest first, then table order.
 *
 * <p>An assessment is immutable and thread-safe.
 */
public final class Assessment {
  private static final int SHOWN = 3;

  private final FittedIndex fitted;
  private final Panel panel;
  private final Scores scores;
  private final Tiers tiers;
  private final Recommendations recommendations;
  private final Set<String> fixedColumns;
  private final List<String> limits;
  private final List<String> cardNodes;
  private final List<String> columns; // distinct data columns, framework order
  private final Map<String, Indicator> columnIndicator; // first indicator reading each column

  private Assessment(FittedIndex fitted, Panel panel, Scores scores, Tiers tiers,
      Recommendations recommendations, Set<String> fixedColumns, List<String> limits) {
    this.fitted = fitted;
    this.limits = List.copyOf(limits);
    this.panel = panel;
    this.scores = scores;
    this.tiers = tiers;
    this.recommendations = recommendations;
    this.fixedColumns = Set.copyOf(fixedColumns);
    Framework fw = fitted.framework();
    List<String> card = new ArrayList<>();
    for (Node n : fw.nodes()) {
      if (n instanceof Composite) {
        card.add(n.id());
      }
    }
    if (!(fw.root() instanceof Composite)) {
      card.add(0, fw.root().id());
    }
    this.cardNodes = List.copyOf(card);
    Map<String, Indicator> byColumn = new LinkedHashMap<>();
    for (Indicator i : fw.indicators()) {
      byColumn.putIfAbsent(i.column(), i);
    }
    this.columnIndicator = byColumn;
    this.columns = List.copyOf(byColumn.keySet());
  }

  /**
   * Scores a panel and assesses it, with the default tiers and recommendations and no fixed
   * columns.
   *
   * @param fitted the fitted index
   * @param panel the entities to assess (the peers), one row each; usually the reference panel
   * @return the assessment
   * @throws IllegalArgumentException if the panel has rows for several years (filter one year
   *     with {@link Panel#filterYear}), is empty, or lacks a column of the index
   */
  public static Assessment of(FittedIndex fitted, Panel panel) {
    Objects.requireNonNull(fitted, "fitted");
    Objects.requireNonNull(panel, "panel");
    if (panel.years().size() > 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "the panel has rows for years %s; an assessment compares entities in one year, so"
              + " filter one first, e.g. panel.filterYear(%d)", panel.years(),
          panel.years().last()));
    }
    if (panel.size() == 0) {
      throw new IllegalArgumentException("the panel has no rows; assess at least one entity");
    }
    return new Assessment(fitted, panel, fitted.score(panel), Tiers.defaults(),
        Recommendations.defaults(), Set.of(), List.of());
  }

  /**
   * A copy with other tiers.
   *
   * @param newTiers the tiers
   * @return the copy
   */
  public Assessment withTiers(Tiers newTiers) {
    return new Assessment(fitted, panel, scores, Objects.requireNonNull(newTiers, "tiers"),
        recommendations, fixedColumns, limits);
  }

  /**
   * A copy with another recommendations table.
   *
   * @param table the table
   * @return the copy
   */
  public Assessment withRecommendations(Recommendations table) {
    return new Assessment(fitted, panel, scores, tiers, Objects.requireNonNull(table, "table"),
        fixedColumns, limits);
  }

  /**
   * A copy whose what-ifs leave out some data columns: things the entity cannot change, such as
   * population or, for a firm, its home country's diamond.
   *
   * @param fixed data columns
   * @return the copy
   * @throws IllegalArgumentException if a column is not read by the framework
   */
  public Assessment withFixedColumns(Collection<String> fixed) {
    for (String c : fixed) {
      if (!columnIndicator.containsKey(c)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "fixed column '%s' is not a data column of framework '%s'; its columns are: %s", c,
            fitted.framework().root().id(), String.join(", ", columns)));
      }
    }
    return new Assessment(fitted, panel, scores, tiers, recommendations, Set.copyOf(fixed),
        limits);
  }

  /**
   * A copy that states the model's known limits (data years, coverage, what a score is
   * relative to), which the demo prints and the HTML report shows beside the ranking.
   *
   * @param statements one sentence each; none blank
   * @return the copy
   * @throws IllegalArgumentException if a statement is blank
   */
  public Assessment withLimits(List<String> statements) {
    for (int i = 0; i < statements.size(); i++) {
      if (Objects.requireNonNull(statements.get(i), "statement").isBlank()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "limit statement %d is blank; give one sentence per limit", i + 1));
      }
    }
    return new Assessment(fitted, panel, scores, tiers, recommendations, fixedColumns,
        statements);
  }

  /**
   * The model's known limits, as given to {@link #withLimits(List)}; empty by default.
   *
   * @return an unmodifiable list of sentences
   */
  public List<String> limits() {
    return limits;
  }

  /**
   * The fitted index.
   *
   * @return the fitted index
   */
  public FittedIndex fitted() {
    return fitted;
  }

  /**
   * The framework.
   *
   * @return the framework
   */
  public Framework framework() {
    return fitted.framework();
  }

  /**
   * The assessed panel.
   *
   * @return the panel
   */
  public Panel panel() {
    return panel;
  }

  /**
   * The scores of every node for every entity of the panel.
   *
   * @return the scores
   */
  public Scores scores() {
    return scores;
  }

  /**
   * The tiers.
   *
   * @return the tiers
   */
  public Tiers tiers() {
    return tiers;
  }

  /**
   * The recommendations table.
   *
   * @return the table
   */
  public Recommendations recommendations() {
    return recommendations;
  }

  /**
   * The columns left out of the what-ifs.
   *
   * @return an unmodifiable set
   */
  public Set<String> fixedColumns() {
    return fixedColumns;
  }

  /**
   * The entity ids, in panel order.
   *
   * @return an unmodifiable list
   */
  public List<String> entities() {
    return panel.entities();
  }

  /**
   * The nodes on a score card: the root, then every composite in framework order.
   *
   * @return an unmodifiable list of node ids
   */
  public List<String> cardNodes() {
    return cardNodes;
  }

  /**
   * The data columns the framework reads, in framework order, each once.
   *
   * @return an unmodifiable list
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * An entity's raw values, as the fitted index reads them.
   *
   * @param entity the entity id
   * @return its row of the panel as an observation
   * @throws IllegalArgumentException if the entity is not in the panel
   */
  public Observation observation(String entity) {
    return panel.observation(row(entity));
  }

  /**
   * An entity scored online by the fitted index: every node's score and coverage, and each
   * composite's contributions (the same numbers as {@link #scores()}).
   *
   * @param entity the entity id
   * @return the score card of the {@code score} package
   * @throws IllegalArgumentException if the entity is not in the panel
   */
  public ScoreCard scoreCard(String entity) {
    return fitted.score(observation(entity));
  }

  /**
   * An entity's display name: its name in the panel, else its id.
   *
   * @param entity the entity id
   * @return the name
   * @throws IllegalArgumentException if the entity is not in the panel
   */
  public String name(String entity) {
    return panel.name(row(entity)).orElse(entity);
  }

  /**
   * An entity's group.
   *
   * @param entity the entity id
   * @return the group, empty when none
   * @throws IllegalArgumentException if the entity is not in the panel
   */
  public String group(String entity) {
    return panel.group(row(entity)).orElse("");
  }

  /**
   * An entity's index (root) score.
   *
   * <p>Non-finite values: NaN when missing.
   *
   * @param entity the entity id
   * @return the score
   * @throws IllegalArgumentException if the entity is not in the panel
   */
  public double score(String entity) {
    return scores.score(row(entity), fitted.framework().root().id());
  }

  /**
   * An entity's score on a node.
   *
   * <p>Non-finite values: NaN when missing.
   *
   * @param entity the entity id
   * @param node the node id
   * @return the score
   * @throws IllegalArgumentException if the entity or node is unknown
   */
  public double score(String entity, String node) {
    return scores.score(row(entity), node);
  }

  /**
   * An entity's tier.
   *
   * @param entity the entity id
   * @return the tier of its index score, empty when missing
   * @throws IllegalArgumentException if the entity is not in the panel
   */
  public Optional<Tier> tier(String entity) {
    return tiers.tierOf(score(entity));
  }

  /**
   * An entity's percentile among all entities on a node (see the class comment).
   *
   * <p>Non-finite values: NaN when its score is missing or fewer than two entities have one.
   *
   * @param entity the entity id
   * @param node the node id
   * @return the percentile in [0, 100]
   * @throws IllegalArgumentException if the entity or node is unknown
   */
  public double percentile(String entity, String node) {
    return percentile(scores.column(node), row(entity));
  }

  /**
   * The ranking on the index: every entity, best first.
   *
   * @return the ranking
   */
  public Ranking ranking() {
    String root = fitted.framework().root().id();
    List<Ranking.Row> rows = new ArrayList<>();
    for (int r : scores.order(root)) {
      double s = scores.score(r, root);
      rows.add(new Ranking.Row(scores.rank(r, root), panel.entity(r),
          panel.name(r).orElse(panel.entity(r)), panel.group(r).orElse(""), s,
          tiers.nameOf(s), dataCoverage(r)));
    }
    return new Ranking(root, tiers, rows);
  }

  /**
   * One entity's score card: every card node's result, the strengths, weaknesses and context,
   * the three what-ifs with the largest gains and the recommendations (see the class comment for
   * each rule).
   *
   * @param entity the entity id
   * @return the card
   * @throws IllegalArgumentException if the entity is not in the panel
   */
  public ReadinessCard card(String entity) {
    int row = row(entity);
    List<NodeResult> results = new ArrayList<>();
    for (String node : cardNodes) {
      results.add(result(row, node));
    }
    Findings f = findings(row, results);
    List<WhatIf> all = whatIfs(entity);
    return new ReadinessCard(entity, name(entity), group(entity),
        informativeGroup(row).isPresent(),
        tiers.tierOf(results.get(0).score()), dataCoverage(row), columns.size(), results,
        f.strengths, f.weaknesses, f.context, f.sameFinding,
        all.subList(0, Math.min(SHOWN, all.size())), recommend(entity));
  }

  private Findings findings(int row, List<NodeResult> results) {
    return Findings.of(fitted.framework(), panel, row, results, fixedColumns, SHOWN);
  }

  /**
   * Every candidate what-if for an entity, largest gain first (ties in framework order); only
   * changes that raise the index are kept. See the class comment for the candidate rule.
   *
   * @param entity the entity id
   * @return an unmodifiable list
   * @throws IllegalArgumentException if the entity is not in the panel
   */
  public List<WhatIf> whatIfs(String entity) {
    int row = row(entity);
    Optional<Tier> own = tiers.tierOf(score(entity));
    if (own.isEmpty()) {
      return List.of();
    }
    // The next tier up that has members; the entity's own tier when none above has.
    Tier peerTier = own.get();
    List<Tier> all = tiers.tiers(); // highest minimum first
    for (int t = all.indexOf(own.get()) - 1; t >= 0; t--) {
      if (!tierMembers(all.get(t)).isEmpty()) {
        peerTier = all.get(t);
        break;
      }
    }
    List<Integer> members = tierMembers(peerTier);
    boolean ownTier = peerTier.equals(own.get());
    Observation now = panel.observation(row);
    double before = fitted.score(now).total();
    List<WhatIf> out = new ArrayList<>();
    for (String column : columns) {
      if (fixedColumns.contains(column)) {
        continue;
      }
      int c = panel.columnIndex(column);
      double from = panel.value(row, c);
      if (Double.isNaN(from)) {
        continue;
      }
      double[] values = members.stream().mapToDouble(r -> panel.value(r, c))
          .filter(v -> !Double.isNaN(v)).sorted().toArray();
      double target = quantile(values, 0.5);
      int sign = columnIndicator.get(column).direction().sign();
      if (!(sign * target > sign * from)) {
        continue; // no peers with a value (NaN), or not an improvement
      }
      int nearest = -1;
      for (int r : members) {
        double v = panel.value(r, c);
        if (r != row && !Double.isNaN(v) && (nearest < 0
            || Math.abs(v - target) < Math.abs(panel.value(nearest, c) - target))) {
          nearest = r;
        }
      }
      if (nearest < 0) {
        continue; // the entity is the only member of its own tier with a value
      }
      WhatIf.Benchmark level = new WhatIf.Benchmark(peerTier.name(), ownTier, values.length,
          panel.entity(nearest), panel.name(nearest).orElse(panel.entity(nearest)),
          panel.value(nearest, c));
      WhatIf w = whatIf(entity, column, target, now, before, Optional.of(level));
      if (w.gain() > 0) {
        out.add(w);
      }
    }
    // Stable: equal gains keep framework order.
    out.sort(Comparator.comparingDouble(WhatIf::gain).reversed());
    return List.copyOf(out);
  }

  /** The rows whose index score is in a tier, in panel order. */
  private List<Integer> tierMembers(Tier tier) {
    String root = fitted.framework().root().id();
    List<Integer> out = new ArrayList<>();
    for (int r = 0; r < panel.size(); r++) {
      if (tiers.tierOf(scores.score(r, root)).filter(tier::equals).isPresent()) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * The effect on the index of setting one raw value, computed by the fitted index.
   *
   * <p>Non-finite values: NaN sets the value missing; infinities are rejected.
   *
   * @param entity the entity id
   * @param column a data column of the framework
   * @param value the new raw value
   * @return the what-if with the scores before and after
   * @throws IllegalArgumentException if the entity or column is unknown, or the value is outside
   *     the method's domain (e.g. ≤ 0 for a log-transformed column)
   */
  public WhatIf whatIf(String entity, String column, double value) {
    int row = row(entity);
    requireColumn(column);
    Observation now = panel.observation(row);
    return whatIf(entity, column, value, now, fitted.score(now).total(), Optional.empty());
  }

  private WhatIf whatIf(String entity, String column, double value, Observation now,
      double before, Optional<WhatIf.Benchmark> level) {
    double after = fitted.score(now.withValue(column, value)).total();
    return new WhatIf(entity, column, columnIndicator.get(column).direction(), now.value(column),
        value, before, after, level);
  }

  /**
   * The recommendations for an entity's weaknesses (see the class comment).
   *
   * @param entity the entity id
   * @return an unmodifiable list, weakest node first, then table order
   * @throws IllegalArgumentException if the entity is not in the panel
   */
  public List<Recommendation> recommend(String entity) {
    int row = row(entity);
    List<NodeResult> results = new ArrayList<>();
    for (String node : cardNodes) {
      results.add(result(row, node));
    }
    Findings findings = findings(row, results);
    List<Recommendation> out = new ArrayList<>();
    Map<String, Integer> firstUse = new LinkedHashMap<>(); // reason column -> 1-based position
    for (NodeResult weak : findings.weaknesses) {
      List<Indicator> reasons = reasons(row, weak.node());
      if (reasons.isEmpty()) {
        continue;
      }
      // The rows of the weak node, then of the nodes that are the same finding, each row for
      // the node it is keyed by; any of the node's reasons may back them.
      List<NodeResult> keyedBy = new ArrayList<>();
      List<Recommendations.Rule> rules = new ArrayList<>();
      List<NodeResult> finding = new ArrayList<>(List.of(weak));
      finding.addAll(findings.sameFinding.get(weak.node()));
      for (NodeResult node : finding) {
        for (Recommendations.Rule rule : recommendations.rulesFor(node.node())) {
          keyedBy.add(node);
          rules.add(rule);
        }
      }
      Optional<Indicator> keyReason = Optional.empty();
      if (rules.isEmpty()) {
        // Rows keyed by an indicator rest on that indicator: the first reason not yet used.
        Indicator first = nextReason(reasons, firstUse);
        rules.addAll(recommendations.rulesFor(first.id()));
        if (!first.column().equals(first.id())) {
          rules.addAll(recommendations.rulesFor(first.column()));
        }
        keyReason = rules.isEmpty() ? Optional.empty() : Optional.of(first);
      }
      if (rules.isEmpty()) {
        rules.addAll(recommendations.rulesFor("*"));
      }
      for (int i = 0; i < rules.size(); i++) {
        Recommendations.Rule rule = rules.get(i);
        NodeResult node = i < keyedBy.size() ? keyedBy.get(i) : weak;
        Indicator reason = keyReason.orElseGet(() -> nextReason(reasons, firstUse));
        double value = panel.value(row, panel.columnIndex(reason.column()));
        double median = quantile(present(reason.column()), 0.5);
        Integer same = firstUse.putIfAbsent(reason.column(), out.size() + 1);
        out.add(new Recommendation(entity, node.node(), node.name(), node.percentile(),
            reason.column(), value, median, shortUnit(reason.unit()), reason.direction(),
            rule.recommendation(), rule.challenge(), rule.text(),
            same == null ? OptionalInt.empty() : OptionalInt.of(same)));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The indicators under a node that can be a reason for the entity: a value worse than the peer
   * median, one per data column, lowest percentile first (ties in framework order).
   */
  private List<Indicator> reasons(int row, String node) {
    List<Indicator> out = new ArrayList<>();
    List<Double> percentiles = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Node leaf : fitted.framework().leaves(node)) {
      if (!(leaf instanceof Indicator ind) || !seen.add(ind.column())) {
        continue;
      }
      double value = panel.value(row, panel.columnIndex(ind.column()));
      if (Double.isNaN(value)) {
        continue;
      }
      double median = quantile(present(ind.column()), 0.5);
      int sign = ind.direction().sign();
      if (sign * value < sign * median) {
        out.add(ind);
        percentiles.add(percentile(scores.column(ind.id()), row));
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(percentiles::get)); // stable: framework order on ties
    return order.stream().map(out::get).toList();
  }

  /** The first reason whose column no earlier recommendation rests on; else the first reason. */
  private static Indicator nextReason(List<Indicator> reasons, Map<String, Integer> used) {
    for (Indicator r : reasons) {
      if (!used.containsKey(r.column())) {
        return r;
      }
    }
    return reasons.get(0);
  }

  /**
   * Entities side by side on the root and every composite.
   *
   * @param entities at least two distinct entity ids
   * @return the comparison
   * @throws IllegalArgumentException if fewer than two are given, one repeats or is unknown
   */
  public Comparison compare(String... entities) {
    return compare(Arrays.asList(entities));
  }

  /**
   * Entities side by side on the root and every composite.
   *
   * @param entities at least two distinct entity ids
   * @return the comparison
   * @throws IllegalArgumentException if fewer than two are given, one repeats or is unknown
   */
  public Comparison compare(List<String> entities) {
    if (entities.size() < 2) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "a comparison needs at least two entities but got %d %s", entities.size(), entities));
    }
    if (new LinkedHashSet<>(entities).size() != entities.size()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "entities %s repeat one; compare each entity once", entities));
    }
    int[] rows = new int[entities.size()];
    List<String> labels = new ArrayList<>();
    List<String> tierNames = new ArrayList<>();
    for (int e = 0; e < rows.length; e++) {
      rows[e] = row(entities.get(e));
      labels.add(name(entities.get(e)));
      tierNames.add(tiers.nameOf(score(entities.get(e))));
    }
    Framework fw = fitted.framework();
    double[][] values = new double[cardNodes.size()][rows.length];
    List<String> names = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    for (int i = 0; i < cardNodes.size(); i++) {
      String node = cardNodes.get(i);
      names.add(fw.require(node).name());
      levels.add(fw.level(node));
      for (int e = 0; e < rows.length; e++) {
        values[i][e] = scores.score(rows[e], node);
      }
    }
    return new Comparison(entities, labels, cardNodes, names, levels, values, tierNames);
  }

  /**
   * A summary: the framework, the number of entities and the tiers.
   *
   * @return one line
   */
  @Override
  public String toString() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Tier t : tiers.tiers()) {
      counts.put(t.name(), 0);
    }
    for (String e : entities()) {
      tierOfName(score(e)).ifPresent(n -> counts.merge(n, 1, Integer::sum));
    }
    StringBuilder sb = new StringBuilder();
    counts.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ')
        .append(v));
    return String.format(Locale.ROOT, "Assessment on '%s': %d entities, %d card nodes, %d data"
        + " columns; tiers: %s", fitted.framework().root().id(), panel.size(), cardNodes.size(),
        columns.size(), sb);
  }

  // ---------------------------------------------------------------------------------------------

  private Optional<String> tierOfName(double score) {
    return tiers.tierOf(score).map(Tier::name);
  }

  int row(String entity) {
    Objects.requireNonNull(entity, "entity");
    OptionalInt row = panel.row(entity);
    if (row.isEmpty()) {
      List<String> all = panel.entities();
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "entity '%s' is not in the assessment (%d entities: %s%s)", entity, all.size(),
          String.join(", ", all.subList(0, Math.min(12, all.size()))),
          all.size() > 12 ? ", ..." : ""));
    }
    return row.getAsInt();
  }

  private void requireColumn(String column) {
    if (!columnIndicator.containsKey(column)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "'%s' is not a data column of framework '%s'; its columns are: %s", column,
          fitted.framework().root().id(), String.join(", ", columns)));
    }
  }

  private NodeResult result(int row, String node) {
    Framework fw = fitted.framework();
    double[] all = scores.column(node);
    Optional<String> group = informativeGroup(row);
    double own = all[row];
    int ranked = 0;
    int members = 0;
    int groupRanked = 0;
    double best = Double.NaN;
    double groupBest = Double.NaN;
    int better = 0;
    int groupBetter = 0;
    for (int r = 0; r < all.length; r++) {
      boolean inGroup = group.isPresent() && group.equals(panel.group(r));
      members += inGroup ? 1 : 0;
      double v = all[r];
      if (Double.isNaN(v)) {
        continue;
      }
      ranked++;
      best = Double.isNaN(best) ? v : Math.max(best, v);
      if (v > own) {
        better++;
      }
      if (inGroup) {
        groupRanked++;
        groupBest = Double.isNaN(groupBest) ? v : Math.max(groupBest, v);
        if (v > own) {
          groupBetter++;
        }
      }
    }
    boolean missing = Double.isNaN(own);
    Optional<NodeResult.GroupStanding> standing = missing || groupRanked < 2 ? Optional.empty()
        : Optional.of(new NodeResult.GroupStanding(group.orElseThrow(), groupBetter + 1,
            groupRanked, members, groupBest));
    return new NodeResult(node, fw.require(node).name(), fw.level(node), own,
        missing ? OptionalInt.empty() : OptionalInt.of(better + 1), ranked, all.length,
        percentile(all, row), best, standing);
  }

  /**
   * The entity's group when ranking within it carries information: it has a group, the group has
   * another member, and not every entity of the panel is in it.
   */
  private Optional<String> informativeGroup(int row) {
    Optional<String> group = panel.group(row).filter(g -> !g.isEmpty());
    if (group.isEmpty()) {
      return group;
    }
    int members = 0;
    for (int r = 0; r < panel.size(); r++) {
      members += group.equals(panel.group(r)) ? 1 : 0;
    }
    return members >= 2 && members < panel.size() ? group : Optional.empty();
  }

  /** 100 · b / (n − 1) over the present values; NaN when own is missing or n ≤ 1. */
  static double percentile(double[] values, int row) {
    double own = values[row];
    if (Double.isNaN(own)) {
      return Double.NaN;
    }
    int n = 0;
    int below = 0;
    for (int r = 0; r < values.length; r++) {
      if (!Double.isNaN(values[r])) {
        n++;
        if (values[r] < own) {
          below++;
        }
      }
    }
    return n <= 1 ? Double.NaN : 100.0 * below / (n - 1);
  }

  private double dataCoverage(int row) {
    int present = 0;
    for (String c : columns) {
      if (!Double.isNaN(panel.value(row, panel.columnIndex(c)))) {
        present++;
      }
    }
    return columns.isEmpty() ? Double.NaN : (double) present / columns.size();
  }

  private double[] present(String column) {
    double[] all = panel.column(column);
    return Arrays.stream(all).filter(v -> !Double.isNaN(v)).sorted().toArray();
  }

  /**
   * R's type-7 quantile of sorted values: x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋), h = (n − 1) p.
   * NaN for no values.
   */
  static double quantile(double[] sorted, double p) {
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    double h = (n - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= n - 1) {
      return sorted[n - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }

  private static String shortUnit(String unit) {
    return IndicatorInfo.shortUnit(unit);
  }
}
