package io.github.diamondscore.scenario;

import io.github.diamondscore.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The smallest set of plausible indicator changes that lifts an entity to a {@link Target}, from
 * {@link Simulator#path}: the changes, the resulting score, and why each was chosen.
 *
 * <p><b>Exact method</b> (when the candidate sets number at most
 * {@link PathOptions#exactLimit()}): every set of 1, 2, … changes is tried with each indicator at
 * its plausible bound (the best observed value, its frontier goalpost, or a range you gave);
 * the first size at which some set reaches the target is the smallest, since the aggregations on
 * the way are monotone and no smaller set reaches it even at the bounds. Among the sets of that
 * size that do, the one of least cost is kept, with each indicator moved the same share of the
 * way to its bound (the least share that reaches the target, by bisection).
 *
 * <p><b>Greedy method</b> (more candidate sets): indicators are added in order of their gain at
 * the bound per unit of cost until the set reaches the target, then any that is not needed is
 * dropped. It may use more changes than the smallest set.
 */
public final class TargetPath {
  /** How the set of changes was found. */
  public enum Method {
    /** Every candidate set enumerated by size: the set is the smallest. */
    EXACT,
    /** Added by gain per cost, then pruned: small, not proven smallest. */
    GREEDY
  }

  /**
   * One chosen change.
   *
   * @param indicator the indicator id
   * @param from the entity's raw value
   * @param to the raw value in the path
   * @param bound the plausible bound (the most it could move to)
   * @param boundSource where the bound comes from, e.g. {@code best observed (DEU)}
   * @param cost the cost of the change
   * @param gainAlone what this change alone adds to the node's score
   * @param reason why it was chosen, in words
   */
  public record Step(String indicator, double from, double to, double bound, String boundSource,
      double cost, double gainAlone, String reason) {
    /**
     * Checks for nulls.
     *
     * @param indicator the indicator
     * @param from the current value
     * @param to the new value
     * @param bound the bound
     * @param boundSource the bound's source
     * @param cost the cost
     * @param gainAlone the gain alone
     * @param reason the reason
     */
    public Step {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(boundSource, "boundSource");
      Objects.requireNonNull(reason, "reason");
    }

    /**
     * The change as a scenario change for one entity.
     *
     * @param entity the entity
     * @return a {@code set} change
     */
    public Change asChange(String entity) {
      return Change.set(indicator, to).forEntity(entity);
    }

    /**
     * The step in words.
     *
     * @return one line
     */
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s %s -> %s (bound %s, %s): %s", indicator,
          Fmt.num(from), Fmt.num(to), Fmt.num(bound), boundSource, reason);
    }
  }

  private final String entity;
  private final String node;
  private final Target target;
  private final double threshold;
  private final Method method;
  private final List<Step> steps;
  private final double baseline;
  private final double score;
  private final Bands bands;
  private final String why;

  TargetPath(String entity, String node, Target target, double threshold, Method method,
      List<Step> steps, double baseline, double score, Bands bands, String why) {
    this.entity = entity;
    this.node = node;
    this.target = target;
    this.threshold = threshold;
    this.method = method;
    this.steps = List.copyOf(steps);
    this.baseline = baseline;
    this.score = score;
    this.bands = bands;
    this.why = why;
  }

  /**
   * The entity.
   *
   * @return the entity id
   */
  public String entity() {
    return entity;
  }

  /**
   * The node whose score is targeted.
   *
   * @return the node id
   */
  public String node() {
    return node;
  }

  /**
   * The target.
   *
   * @return the target
   */
  public Target target() {
    return target;
  }

  /**
   * The score that reaches the target.
   *
   * @return the threshold
   */
  public double threshold() {
    return threshold;
  }

  /**
   * How the set was found.
   *
   * @return exact or greedy
   */
  public Method method() {
    return method;
  }

  /**
   * The changes, in order of gain alone (largest first).
   *
   * @return an unmodifiable list; empty when the target is already reached
   */
  public List<Step> steps() {
    return steps;
  }

  /**
   * How many changes the path takes.
   *
   * @return the count
   */
  public int changes() {
    return steps.size();
  }

  /**
   * The node's score before.
   *
   * @return the baseline score
   */
  public double baseline() {
    return baseline;
  }

  /**
   * The node's score with every change of the path applied.
   *
   * @return the resulting score
   */
  public double score() {
    return score;
  }

  /**
   * The bands (tiers) the simulator used.
   *
   * @return the bands, possibly none
   */
  public Bands bands() {
    return bands;
  }

  /**
   * The tier of the resulting score.
   *
   * @return the band name; blank without bands
   */
  public String tier() {
    return bands.nameOf(score);
  }

  /**
   * Why this set: the method, and how it compares with the other sets.
   *
   * @return a sentence
   */
  public String why() {
    return why;
  }

  /**
   * The path as a scenario of {@code set} changes for the entity.
   *
   * @return the scenario
   */
  public Scenario asScenario() {
    List<Change> list = new ArrayList<>();
    steps.forEach(s -> list.add(s.asChange(entity)));
    return Scenario.of(entity + " to " + target, list);
  }

  /**
   * The path in words: target, result, method and reason, then a table of the changes.
   *
   * @return readable text
   */
  @Override
  public String toString() {
    String tierText = bands.isEmpty() ? ""
        : " (" + bands.nameOf(baseline) + " -> " + bands.nameOf(score) + ")";
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "Path for %s to %s (%s >= %s): %d change%s, %s %s -> %s%s, %s method%n%s",
        entity, target, node, Fmt.num(threshold), steps.size(), steps.size() == 1 ? "" : "s",
        node, Text.score(baseline), Text.score(score), tierText,
        method.name().toLowerCase(Locale.ROOT), why));
    if (!steps.isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (Step s : steps) {
        rows.add(List.of(s.indicator(), Fmt.num(s.from()), Fmt.num(s.to()), Fmt.num(s.bound()),
            s.boundSource(), Fmt.delta(s.gainAlone()), s.reason()));
      }
      sb.append('\n').append(Text.table("", List.of("indicator", "from", "to", "bound",
          "bound from", "alone", "why"), rows).stripTrailing());
    }
    return sb.toString();
  }
}
