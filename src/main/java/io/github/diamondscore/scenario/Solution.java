package io.github.diamondscore.scenario;

import java.util.Locale;
import java.util.Objects;

/**
 * The value an indicator needs for an entity to reach a {@link Target}, from
 * {@link Simulator#solve}. Found by bisection on the monotone path from the entity's value to
 * the plausible best (on the log scale for log-transformed indicators) to 1e-9 of that range; the
 * returned value is the end of the last bracket that reaches the target, so applying it reaches
 * the target.
 *
 * @param entity the entity id
 * @param indicator the indicator id
 * @param node the node whose score is targeted
 * @param target the target
 * @param threshold the score that reaches the target
 * @param from the entity's current raw value (NaN when missing)
 * @param value the raw value that reaches the target
 * @param baseline the node's score before
 * @param score the node's score at {@code value}
 * @param bound the plausible best raw value the search stopped at
 * @param boundSource where the bound comes from, e.g. {@code best observed (DEU)}
 * @param logScale whether the search ran on the log scale (a log-transformed indicator)
 */
public record Solution(String entity, String indicator, String node, Target target,
    double threshold, double from, double value, double baseline, double score, double bound,
    String boundSource, boolean logScale) {
  /**
   * Checks for nulls.
   *
   * @param entity the entity
   * @param indicator the indicator
   * @param node the node
   * @param target the target
   * @param threshold the threshold
   * @param from the current value
   * @param value the solved value
   * @param baseline the score before
   * @param score the score after
   * @param bound the bound
   * @param boundSource the bound's source
   * @param logScale whether on the log scale
   */
  public Solution {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(boundSource, "boundSource");
  }

  /**
   * The change of raw value needed: {@code value - from}; 0 when the target is already reached.
   *
   * @return the change, NaN when the value was missing
   */
  public double change() {
    return value - from;
  }

  /**
   * Whether the target was already reached without a change.
   *
   * @return true when no change was needed
   */
  public boolean alreadyReached() {
    return Double.compare(value, from) == 0;
  }

  /**
   * The solution as a one-change scenario for the entity.
   *
   * @return a scenario setting the indicator to {@link #value()}
   */
  public Scenario asScenario() {
    return Scenario.named(entity + " " + indicator + " for " + target)
        .with(Change.set(indicator, value).forEntity(entity));
  }

  /**
   * The solution in words.
   *
   * @return one line
   */
  @Override
  public String toString() {
    if (alreadyReached()) {
      return String.format(Locale.ROOT, "%s already reaches %s (%s %s >= %s) with %s = %s",
          entity, target, node, Fmt.score(baseline), Fmt.num(threshold), indicator,
          Fmt.num(from));
    }
    return String.format(Locale.ROOT,
        "%s reaches %s (%s >= %s) with %s = %s (from %s, %s%s; plausible bound %s, %s%s): %s"
            + " %s -> %s", entity, target, node, Fmt.num(threshold), indicator, Fmt.num(value),
        Fmt.num(from), change() >= 0 ? "+" : "", Fmt.num(change()), Fmt.num(bound), boundSource,
        logScale ? "; solved on the log scale" : "", node, Fmt.score(baseline),
        Fmt.score(score));
  }
}
