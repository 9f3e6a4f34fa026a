package io.github.diamondscore.diamond;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One entity's result on one node of a score card: the score, its rank among all entities and
 * within the entity's group, its percentile among all, and the gaps to the best score (the
 * frontier) and to the best in the group (the group leader).
 *
 * @param node the node id
 * @param name the node's display name
 * @param level the node's level in the framework (0 for the root)
 * @param score the score; NaN when missing
 * @param rank the rank among all entities (1 best, ties share the lowest rank); empty when missing
 * @param ranked the number of entities with a score on this node
 * @param groupRank the rank within the entity's group; empty when missing
 * @param groupRanked the number of entities of the group with a score on this node
 * @param percentile 100 · b / (n − 1), b = entities with a strictly lower score, n = {@code
 *     ranked}; NaN when missing or when n ≤ 1
 * @param best the best score of all entities on this node (the frontier)
 * @param groupBest the best score in the entity's group
 */
public record NodeResult(String node, String name, int level, double score, OptionalInt rank,
    int ranked, OptionalInt groupRank, int groupRanked, double percentile, double best,
    double groupBest) {

  /**
   * Validates the result.
   *
   * @param node the node id
   * @param name the display name
   * @param level the level
   * @param score the score
   * @param rank the rank
   * @param ranked the number ranked
   * @param groupRank the group rank
   * @param groupRanked the number ranked in the group
   * @param percentile the percentile
   * @param best the frontier
   * @param groupBest the group leader's score
   */
  public NodeResult {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rank, "rank");
    Objects.requireNonNull(groupRank, "groupRank");
  }

  /**
   * How far the score is below the frontier.
   *
   * <p>Non-finite values: NaN when the score is missing.
   *
   * @return {@code best − score}, ≥ 0
   */
  public double gapToBest() {
    return best - score;
  }

  /**
   * How far the score is below the group leader.
   *
   * <p>Non-finite values: NaN when the score is missing.
   *
   * @return {@code groupBest − score}, ≥ 0
   */
  public double gapToGroupBest() {
    return groupBest - score;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %s (rank %s of %d, percentile %s, %s below the best)",
        node, Fmt.score(score), rank.isPresent() ? Integer.toString(rank.getAsInt()) : "-",
        ranked, Fmt.whole(percentile), Fmt.score(gapToBest()));
  }
}
