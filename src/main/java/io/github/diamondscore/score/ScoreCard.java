package io.github.diamondscore.score;

import com.google.common.collect.ImmutableMap;
import io.github.diamondscore.data.Observation;
import io.github.diamondscore.internal.Text;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Node;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One entity's scores from {@link FittedIndex#score(Observation)}: every node's score and coverage,
 * and for each composite the points each child (and modulator) adds, summing to its score.
 * Immutable.
 */
public final class ScoreCard implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Framework framework;
  private final Observation observation;
  private final ImmutableMap<String, Double> scores;
  private final ImmutableMap<String, Double> coverage;
  private final ImmutableMap<String, List<Contribution>> contributions;
  private final List<String> imputed;

  ScoreCard(Framework framework, Observation observation, Map<String, Double> scores,
      Map<String, Double> coverage, Map<String, List<Contribution>> contributions,
      List<String> imputed) {
    this.imputed = List.copyOf(imputed);
    this.framework = framework;
    this.observation = observation;
    this.scores = ImmutableMap.copyOf(scores);
    this.coverage = ImmutableMap.copyOf(coverage);
    this.contributions = ImmutableMap.copyOf(contributions);
  }

  /**
   * The entity scored.
   *
   * @return the entity id
   */
  public String entity() {
    return observation.entity();
  }

  /**
   * The observation scored.
   *
   * @return the observation
   */
  public Observation observation() {
    return observation;
  }

  /**
   * The framework.
   *
   * @return the framework
   */
  public Framework framework() {
    return framework;
  }

  /**
   * The root's score: the index value.
   *
   * @return the score; NaN when missing
   */
  public double total() {
    return scores.get(framework.root().id());
  }

  /**
   * A node's score.
   *
   * @param node the node id
   * @return the score; NaN when missing
   * @throws IllegalArgumentException if the node is unknown
   */
  public double score(String node) {
    return scores.get(framework.require(node).id());
  }

  /**
   * A node's coverage: the share of its children's weight that is present (1 or 0 for a leaf).
   *
   * @param node the node id
   * @return the coverage in [0, 1]
   * @throws IllegalArgumentException if the node is unknown
   */
  public double coverage(String node) {
    return coverage.get(framework.require(node).id());
  }

  /**
   * The indicators whose missing value was imputed (by the index's imputation) in this card.
   *
   * @return indicator ids, in framework order; empty when nothing was imputed
   */
  public List<String> imputed() {
    return imputed;
  }

  /**
   * Every node's score, in framework order.
   *
   * @return node id to score (NaN when missing)
   */
  public Map<String, Double> scores() {
    return scores;
  }

  /**
   * The points each child and modulator adds to a composite. They sum to the composite's score
   * within 1e-9; see {@link io.github.diamondscore.aggregate.Aggregation#contributions} for how
   * each aggregation is decomposed. A modulator's points are the change it made to the score.
   *
   * @param composite the composite's id
   * @return the contributions in child order, then modulators; empty for a leaf or a missing
   *     composite
   * @throws IllegalArgumentException if the node is unknown
   */
  public List<Contribution> contributions(String composite) {
    return contributions.getOrDefault(framework.require(composite).id(), List.of());
  }

  /**
   * The tree with scores, coverage and contributions, one line per node.
   *
   * @return readable text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "ScoreCard '%s' on '%s': %s%n", entity(),
        framework.root().id(), Text.score(total())));
    for (Node n : framework.nodes()) {
      String id = n.id();
      int level = framework.level(id);
      String points = "";
      Node parent = framework.parent(id).orElse(null);
      if (parent != null) {
        for (Contribution c : contributions(parent.id())) {
          if (c.node().equals(id)) {
            points = String.format(Locale.ROOT, "  %+.2f to %s", c.points(), parent.id());
          }
        }
      }
      sb.append(String.format(Locale.ROOT, "%s%s%-" + Math.max(1, 28 - 2 * level) + "s %7s",
          "  ".repeat(level + 1), framework.isModulator(id) ? "~" : "", id,
          Text.score(scores.get(id))));
      if (!n.isLeaf()) {
        sb.append(String.format(Locale.ROOT, "  cov %3.0f%%", 100 * coverage.get(id)));
      }
      if (imputed.contains(id)) {
        sb.append("  (imputed)");
      }
      sb.append(points).append(System.lineSeparator());
    }
    return sb.toString();
  }
}
