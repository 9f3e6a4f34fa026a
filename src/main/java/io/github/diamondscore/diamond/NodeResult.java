package io.github.diamondscore.diamond;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One entity's result on one node of a score card: the score, its rank among all entities (and,
 * when that carries information, within the entity's group), its percentile among all, and the
 * gap to the best score (the frontier).
 *
 * <p><b>Denominators.</b> {@code ranked} entities have a score on the node, out of {@code
 * entities} in the panel. When data are missing for some of them the two differ, and the rank
 * says so: {@code 12 of 78 with data} rather than {@code 12 of 78} ({@link #rankText()}).
 *
 * @param node the node id
 * @param name the node's display name
 * @param level the node's level in the framework (0 for the root)
 * @param score the score; NaN when missing
 * @param rank the rank among all entities with a score (1 best, ties share the lowest rank);
 *     empty when the score is missing
 * @param ranked the number of entities with a score on this node
 * @param entities the number of entities in the panel, ≥ {@code ranked}
 * @param percentile 100 · b / (n − 1), b = entities with a strictly lower score, n = {@code
 *     ranked}; NaN when missing or when n ≤ 1
 * @param best the best score of all entities on this node (the frontier); NaN when no entity has
 *     one
 * @param group the standing within the entity's group; empty when it carries no information (see
 *     {@link Assessment#card(String)}) or the score is missing
 */
public record NodeResult(String node, String name, int level, double score, OptionalInt rank,
    int ranked, int entities, double percentile, double best, Optional<GroupStanding> group) {

  /**
   * An entity's standing within its group on one node.
   *
   * @param group the group's name
   * @param rank the rank within the group among members with a score (1 best)
   * @param ranked the number of group members with a score on the node, ≥ 2
   * @param members the number of group members in the panel, ≥ {@code ranked}
   * @param best the best score in the group (the group leader's)
   */
  public record GroupStanding(String group, int rank, int ranked, int members, double best) {
    /**
     * Validates the standing.
     *
     * @param group the group
     * @param rank the rank
     * @param ranked the number ranked in the group
     * @param members the number of members
     * @param best the leader's score
     * @throws IllegalArgumentException if the group is blank or the counts are inconsistent
     */
    public GroupStanding {
      Objects.requireNonNull(group, "group");
      if (group.isBlank() || rank < 1 || ranked < 2 || rank > ranked || ranked > members) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "group standing in '%s' is inconsistent: rank %d of %d ranked of %d members; a group"
                + " standing needs a named group, 1 <= rank <= ranked, 2 <= ranked <= members",
            group, rank, ranked, members));
      }
    }

    /**
     * The rank in words: {@code 2 of 3}, or {@code 2 of 3 with data} when some members have no
     * score on the node.
     *
     * @return the rank text
     */
    public String rankText() {
      return ofText(rank, ranked, members);
    }
  }

  /**
   * Validates the result.
   *
   * @param node the node id
   * @param name the display name
   * @param level the level
   * @param score the score
   * @param rank the rank
   * @param ranked the number ranked
   * @param entities the number of entities in the panel
   * @param percentile the percentile
   * @param best the frontier
   * @param group the group standing
   * @throws IllegalArgumentException if {@code ranked} is negative or above {@code entities}
   */
  public NodeResult {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rank, "rank");
    Objects.requireNonNull(group, "group");
    if (ranked < 0 || ranked > entities) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "node '%s': %d entities ranked out of %d in the panel; ranked must be in 0..entities",
          node, ranked, entities));
    }
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
   * Whether some entities of the panel have no score on this node, so that the rank is out of
   * fewer than all of them.
   *
   * @return true when {@code ranked < entities}
   */
  public boolean partialData() {
    return ranked < entities;
  }

  /**
   * The rank in words: {@code 12 of 79}; {@code 12 of 78 with data} when only 78 of the panel's
   * entities have a score on this node; {@code -} when the entity's own score is missing.
   *
   * @return the rank text
   */
  public String rankText() {
    return rank.isPresent() ? ofText(rank.getAsInt(), ranked, entities) : "-";
  }

  /**
   * The rank within the group.
   *
   * @return the group rank; empty when there is no {@linkplain #group() group standing}
   */
  public OptionalInt groupRank() {
    return group.isPresent() ? OptionalInt.of(group.get().rank()) : OptionalInt.empty();
  }

  /**
   * How far the score is below the group leader.
   *
   * @return {@code group best − score}, ≥ 0; empty when there is no {@linkplain #group() group
   *     standing}
   */
  public OptionalDouble gapToGroupBest() {
    return group.isPresent() ? OptionalDouble.of(group.get().best() - score)
        : OptionalDouble.empty();
  }

  static String ofText(int rank, int ranked, int of) {
    return String.format(Locale.ROOT, "%d of %d%s", rank, ranked,
        ranked < of ? " with data" : "");
  }

  /**
   * The result in one line, e.g. {@code diamond 53.10 (rank 23 of 79, percentile 72, 45.53 below
   * the best)}.
   *
   * @return one line
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %s (rank %s, percentile %s, %s below the best)",
        node, Fmt.score(score), rankText(), Fmt.whole(percentile), Fmt.score(gapToBest()));
  }
}
