package io.github.diamondscore.diamond;

import io.github.diamondscore.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two or more entities side by side, node by node (the root and every composite), with the
 * leader among them on each node. Built by {@link Assessment#compare}.
 */
public final class Comparison {
  private final List<String> entities;
  private final List<String> labels;
  private final List<String> nodes;
  private final List<String> nodeNames;
  private final List<Integer> levels;
  private final double[][] scores; // [node][entity]
  private final List<String> tierNames;

  Comparison(List<String> entities, List<String> labels, List<String> nodes,
      List<String> nodeNames, List<Integer> levels, double[][] scores, List<String> tierNames) {
    this.entities = List.copyOf(entities);
    this.labels = List.copyOf(labels);
    this.nodes = List.copyOf(nodes);
    this.nodeNames = List.copyOf(nodeNames);
    this.levels = List.copyOf(levels);
    this.scores = new double[scores.length][];
    for (int i = 0; i < scores.length; i++) {
      this.scores[i] = scores[i].clone();
    }
    this.tierNames = List.copyOf(tierNames);
  }

  /**
   * The entities compared, in the order given.
   *
   * @return an unmodifiable list of ids
   */
  public List<String> entities() {
    return entities;
  }

  /**
   * The nodes compared: the root and every composite, in framework order.
   *
   * @return an unmodifiable list of ids
   */
  public List<String> nodes() {
    return nodes;
  }

  /**
   * One entity's score on one node.
   *
   * <p>Non-finite values: NaN when missing.
   *
   * @param entity an entity of the comparison
   * @param node a node of the comparison
   * @return the score
   * @throws IllegalArgumentException if the entity or node is not in the comparison
   */
  public double score(String entity, String node) {
    return scores[nodeIndex(node)][entityIndex(entity)];
  }

  /**
   * The difference between two entities on a node: {@code score(a) − score(b)}.
   *
   * <p>Non-finite values: NaN when either score is missing.
   *
   * @param a an entity of the comparison
   * @param b another entity of the comparison
   * @param node a node of the comparison
   * @return the difference in points
   * @throws IllegalArgumentException if an entity or the node is not in the comparison
   */
  public double difference(String a, String b, String node) {
    return score(a, node) - score(b, node);
  }

  /**
   * The entity with the highest score on a node among those compared; the first given on a tie.
   *
   * @param node a node of the comparison
   * @return the leader's id, empty when every score on the node is missing
   * @throws IllegalArgumentException if the node is not in the comparison
   */
  public java.util.Optional<String> leader(String node) {
    double[] row = scores[nodeIndex(node)];
    int best = -1;
    for (int e = 0; e < row.length; e++) {
      if (!Double.isNaN(row[e]) && (best < 0 || row[e] > row[best])) {
        best = e;
      }
    }
    return best < 0 ? java.util.Optional.empty() : java.util.Optional.of(entities.get(best));
  }

  private int nodeIndex(String node) {
    int i = nodes.indexOf(node);
    if (i < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "node '%s' is not in the comparison; its nodes are: %s", node,
          String.join(", ", nodes)));
    }
    return i;
  }

  private int entityIndex(String entity) {
    int i = entities.indexOf(entity);
    if (i < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "entity '%s' is not in the comparison of %s", entity, String.join(", ", entities)));
    }
    return i;
  }

  /**
   * A table: one row per node, one column per entity, and the leader on each node; a first row
   * gives each entity's tier.
   *
   * @return readable text
   */
  @Override
  public String toString() {
    List<String> header = new ArrayList<>();
    header.add("node");
    header.addAll(entities);
    header.add("leader");
    List<List<String>> rows = new ArrayList<>();
    List<String> tierRow = new ArrayList<>();
    tierRow.add("tier");
    tierRow.addAll(tierNames);
    tierRow.add("");
    rows.add(tierRow);
    for (int i = 0; i < nodes.size(); i++) {
      List<String> row = new ArrayList<>();
      row.add("  ".repeat(levels.get(i)) + nodeNames.get(i));
      for (int e = 0; e < entities.size(); e++) {
        row.add(Fmt.score(scores[i][e]));
      }
      row.add(leader(nodes.get(i)).orElse("NA"));
      rows.add(row);
    }
    StringBuilder title = new StringBuilder("Comparison of ");
    for (int e = 0; e < entities.size(); e++) {
      title.append(e == 0 ? "" : ", ").append(labels.get(e));
      if (!labels.get(e).equals(entities.get(e))) {
        title.append(" (").append(entities.get(e)).append(')');
      }
    }
    return Text.table(title.toString(), header, rows);
  }
}
