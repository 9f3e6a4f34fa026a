package io.github.diamondscore.diamond;

import io.github.diamondscore.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One entity's score card from an {@link Assessment}: the index score and tier, every composite's
 * score with ranks among all and within the group, percentiles and gaps, the strengths and
 * weaknesses, the what-ifs with the largest computed gains, and the recommendations.
 */
public final class ReadinessCard {
  private final String entity;
  private final String name;
  private final String group;
  private final boolean groupColumns;
  private final Optional<Tier> tier;
  private final double dataCoverage;
  private final int dataColumns;
  private final List<NodeResult> nodes;
  private final List<NodeResult> strengths;
  private final List<NodeResult> weaknesses;
  private final List<NodeResult> context;
  private final Map<String, List<NodeResult>> sameFinding;
  private final List<WhatIf> whatIfs;
  private final List<Recommendation> recommendations;

  ReadinessCard(String entity, String name, String group, boolean groupColumns, Optional<Tier> tier,
      double dataCoverage, int dataColumns, List<NodeResult> nodes, List<NodeResult> strengths,
      List<NodeResult> weaknesses, List<NodeResult> context,
      Map<String, List<NodeResult>> sameFinding, List<WhatIf> whatIfs,
      List<Recommendation> recommendations) {
    this.entity = entity;
    this.name = name;
    this.group = group;
    this.groupColumns = groupColumns;
    this.tier = tier;
    this.dataCoverage = dataCoverage;
    this.dataColumns = dataColumns;
    this.nodes = List.copyOf(nodes);
    this.strengths = List.copyOf(strengths);
    this.weaknesses = List.copyOf(weaknesses);
    this.context = List.copyOf(context);
    this.sameFinding = Map.copyOf(sameFinding);
    this.whatIfs = List.copyOf(whatIfs);
    this.recommendations = List.copyOf(recommendations);
  }

  /**
   * The entity id.
   *
   * @return the id
   */
  public String entity() {
    return entity;
  }

  /**
   * The display name.
   *
   * @return the name; the id when the data has none
   */
  public String name() {
    return name;
  }

  /**
   * The entity's group.
   *
   * @return the group; empty when none
   */
  public String group() {
    return group;
  }

  /**
   * Whether the card ranks the entity within its group. It does not when that carries no
   * information: the entity has no group, is the only member of its group in the panel, or every
   * entity of the panel is in its group. Then no node has a {@linkplain NodeResult#group() group
   * standing} and the card's text leaves the group columns out.
   *
   * @return true when the card has group columns
   */
  public boolean hasGroupColumns() {
    return groupColumns;
  }

  /**
   * The index (root) result.
   *
   * @return the first node result
   */
  public NodeResult index() {
    return nodes.get(0);
  }

  /**
   * The index score.
   *
   * <p>Non-finite values: NaN when missing.
   *
   * @return the root's score
   */
  public double score() {
    return nodes.get(0).score();
  }

  /**
   * The tier of the index score.
   *
   * @return the tier, empty for a missing score
   */
  public Optional<Tier> tier() {
    return tier;
  }

  /**
   * The share of the framework's data columns with a value for this entity.
   *
   * @return a share in [0, 1]
   */
  public double dataCoverage() {
    return dataCoverage;
  }

  /**
   * The root and every composite (modulating composites included), in framework order.
   *
   * @return an unmodifiable list, the root first
   */
  public List<NodeResult> nodes() {
    return nodes;
  }

  /**
   * The result on one node of the card.
   *
   * @param node a composite's id
   * @return its result
   * @throws IllegalArgumentException if the node is not on the card
   */
  public NodeResult node(String node) {
    for (NodeResult r : nodes) {
      if (r.node().equals(node)) {
        return r;
      }
    }
    List<String> ids = new ArrayList<>();
    for (NodeResult r : nodes) {
      ids.add(r.node());
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "node '%s' is not on the score card; its nodes are the composites: %s", node,
        String.join(", ", ids)));
  }

  /**
   * Up to three strengths to build on: findings (see below) where the entity's percentile among
   * all is highest and above 50, highest first; ties in framework order.
   *
   * <p>A <b>finding</b> is a card node other than the root that is not {@linkplain #context()
   * context}, reported once: card nodes that rest on the same data for this entity (the same
   * data columns with a value), or where one is under the other with the same score (a
   * composite with a single present child, a chain of them, a minimum that one child sets), are
   * one finding. The most specific of them reports it — the deepest node, the first in framework
   * order among equally deep ones — and the others are listed by {@link #sameFindingAs}. So no two
   * strengths or weaknesses rest on the same data.
   *
   * @return an unmodifiable list
   */
  public List<NodeResult> strengths() {
    return strengths;
  }

  /**
   * Up to three weaknesses to fix: findings (see {@link #strengths()}) where the entity's
   * percentile among all is lowest and below 50, lowest first; ties in framework order.
   *
   * @return an unmodifiable list
   */
  public List<NodeResult> weaknesses() {
    return weaknesses;
  }

  /**
   * The card nodes that are context rather than levers, in framework order: modulators (such as
   * chance and government, which scale their parent) and the nodes under them, and nodes that
   * rest only on {@linkplain Assessment#withFixedColumns fixed columns} (such as population or
   * GDP growth). They are never strengths or weaknesses.
   *
   * @return an unmodifiable list
   */
  public List<NodeResult> context() {
    return context;
  }

  /**
   * The other card nodes that a strength or weakness stands for (see {@link #strengths()}).
   *
   * @param node the id of a strength or weakness
   * @return an unmodifiable list in framework order; empty when it stands for itself only
   * @throws IllegalArgumentException if the node is not a strength or weakness of this card
   */
  public List<NodeResult> sameFindingAs(String node) {
    List<NodeResult> same = sameFinding.get(node);
    if (same == null) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "node '%s' is not a strength or weakness of %s's card; they are: %s", node, entity,
          String.join(", ", sameFinding.keySet().stream().sorted().toList())));
    }
    return same;
  }

  /**
   * Up to three what-ifs with the largest gains, computed by the fitted index (see {@link
   * Assessment#whatIfs(String)}).
   *
   * @return an unmodifiable list, largest gain first
   */
  public List<WhatIf> whatIfs() {
    return whatIfs;
  }

  /**
   * The recommendations for the weaknesses (see {@link Assessment#recommend(String)}).
   *
   * @return an unmodifiable list
   */
  public List<Recommendation> recommendations() {
    return recommendations;
  }

  /**
   * The card: a headline, the node table, strengths, weaknesses, what-ifs and recommendations.
   *
   * @return readable text
   */
  @Override
  public String toString() {
    NodeResult root = nodes.get(0);
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Score card: %s%s%s\n", name,
        name.equals(entity) ? "" : " (" + entity + ")",
        group.isEmpty() ? "" : ", group " + group));
    sb.append(String.format(Locale.ROOT, "%s %s (%s), rank %s%s; data %s%% of %d columns\n\n",
        root.node(), Fmt.score(root.score()), tier.map(Tier::name).orElse("NA"),
        root.rank().isPresent() ? root.rankText()
            : "- of " + root.ranked() + (root.partialData() ? " with data" : ""),
        root.group().map(g -> ", " + g.rankText() + " in its group").orElse(""),
        Fmt.whole(100 * dataCoverage), dataColumns));
    List<String> header = new ArrayList<>(List.of("node", "score", "rank"));
    if (groupColumns) {
      header.add("in group");
    }
    header.addAll(List.of("percentile", "to best"));
    if (groupColumns) {
      header.add("to group best");
    }
    List<List<String>> rows = new ArrayList<>();
    for (NodeResult r : nodes) {
      List<String> row = new ArrayList<>(List.of("  ".repeat(r.level()) + r.name(),
          Fmt.score(r.score()), r.rankText()));
      if (groupColumns) {
        row.add(r.group().map(NodeResult.GroupStanding::rankText).orElse("-"));
      }
      row.addAll(List.of(Fmt.whole(r.percentile()), Fmt.score(r.gapToBest())));
      if (groupColumns) {
        row.add(Fmt.score(r.gapToGroupBest().orElse(Double.NaN)));
      }
      rows.add(row);
    }
    sb.append(Text.table("", header, rows));
    sb.append(String.format(Locale.ROOT, "\nStrengths: %s\n", list(strengths)));
    sb.append(String.format(Locale.ROOT, "Weaknesses: %s\n", list(weaknesses)));
    if (!context.isEmpty()) {
      sb.append(String.format(Locale.ROOT, "Context (given, not a lever): %s\n", list(context)));
    }
    sb.append(String.format(Locale.ROOT, "\nWhat-if (computed by the fitted index):\n"));
    if (whatIfs.isEmpty()) {
      sb.append("  no single indicator change raises the index").append("\n");
    }
    for (WhatIf w : whatIfs) {
      sb.append("  ").append(w).append("\n");
    }
    sb.append(String.format(Locale.ROOT, "\nRecommendations:\n"));
    if (recommendations.isEmpty()) {
      sb.append("  none: no node is below the peer median").append("\n");
    }
    for (int i = 0; i < recommendations.size(); i++) {
      sb.append(String.format(Locale.ROOT, "  %d. ", i + 1)).append(recommendations.get(i))
          .append("\n");
    }
    return sb.toString();
  }

  /**
   * A strength, weakness or context node in words, e.g. {@code Firm strategy 15.80 (percentile
   * 13; same finding as Platform building)}.
   *
   * @param r a node of this card
   * @return one phrase
   */
  public String describe(NodeResult r) {
    List<NodeResult> same = sameFinding.getOrDefault(r.node(), List.of());
    return String.format(Locale.ROOT, "%s %s (percentile %s%s)", r.name(), Fmt.score(r.score()),
        Fmt.whole(r.percentile()), same.isEmpty() ? ""
            : "; same finding as " + String.join(", ", same.stream().map(NodeResult::name)
                .toList()));
  }

  private String list(List<NodeResult> results) {
    if (results.isEmpty()) {
      return "none";
    }
    StringBuilder sb = new StringBuilder();
    for (NodeResult r : results) {
      sb.append(sb.length() == 0 ? "" : "; ").append(describe(r));
    }
    return sb.toString();
  }
}
