package io.github.diamondscore.diamond;

import io.github.diamondscore.model.Direction;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A what-if: one raw indicator value changed, and the index score before and after, both computed
 * by the fitted index on the entity's observation (not estimated from weights).
 *
 * @param entity the entity id
 * @param column the data column changed
 * @param direction whether higher or lower raw values are better for it
 * @param from the current raw value
 * @param to the new raw value
 * @param before the index (root) score now
 * @param after the index score with the new value
 * @param benchmark where the new value comes from, for the what-ifs an {@link Assessment}
 *     proposes ({@link Assessment#whatIfs(String)}); empty for a value given explicitly
 */
public record WhatIf(String entity, String column, Direction direction, double from, double to,
    double before, double after, Optional<Benchmark> benchmark) {

  /**
   * The level a proposed what-if moves a value to: the median of the column among the entities
   * of a tier, and the entity of that tier whose value is nearest to it.
   *
   * @param tier the tier's name, e.g. {@code Ready}
   * @param ownTier true when the tier is the entity's own (it is in the highest tier that has
   *     members), false when it is the next tier up
   * @param peers how many entities of the tier have a value of the column
   * @param peer the id of the entity of the tier (not the one assessed) whose value is nearest
   *     the median; the first in panel order on a tie
   * @param peerName its display name
   * @param peerValue its raw value
   */
  public record Benchmark(String tier, boolean ownTier, int peers, String peer, String peerName,
      double peerValue) {
    /**
     * Validates the benchmark.
     *
     * @param tier the tier
     * @param ownTier whether it is the entity's own tier
     * @param peers the number of peers with a value
     * @param peer the nearest peer
     * @param peerName its name
     * @param peerValue its value
     * @throws IllegalArgumentException if {@code peers} is below 1
     */
    public Benchmark {
      Objects.requireNonNull(tier, "tier");
      Objects.requireNonNull(peer, "peer");
      Objects.requireNonNull(peerName, "peerName");
      if (peers < 1) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "benchmark of tier '%s' has %d peers; it needs at least one", tier, peers));
      }
    }

    /**
     * The level in words, e.g. {@code the median of the Ready tier (as Poland's 3.45)}.
     *
     * @return a phrase
     */
    public String describe() {
      return String.format(Locale.ROOT, "the median of the %s tier%s (as %s's %s)", tier,
          ownTier ? ", its own" : "", peerName, Fmt.number(peerValue));
    }
  }

  /**
   * Validates the what-if.
   *
   * @param entity the entity
   * @param column the column
   * @param direction the direction
   * @param from the current value
   * @param to the new value
   * @param before the score now
   * @param after the score after
   * @param benchmark the level proposed, if any
   */
  public WhatIf {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(benchmark, "benchmark");
  }

  /**
   * The points the change adds to the index.
   *
   * <p>Non-finite values: NaN when either score is missing.
   *
   * @return {@code after − before}
   */
  public double gain() {
    return after - before;
  }

  /**
   * The change in words, e.g. {@code raising lpi_timeliness from 3.10 to 3.42, the median of the
   * Ready tier (as Poland's 3.45), adds 0.45 points to the index (49.61 -> 50.06)}; without the
   * level for an explicit value.
   *
   * @return one line
   */
  @Override
  public String toString() {
    String verb = Double.isNaN(from) ? "setting" : to > from ? "raising" : "lowering";
    return String.format(Locale.ROOT, "%s %s from %s to %s%s %s %s points to the index (%s -> %s)",
        verb, column, Fmt.number(from), Fmt.number(to),
        benchmark.map(b -> ", " + b.describe() + ",").orElse(""),
        gain() >= 0 ? "adds" : "removes", Fmt.score(Math.abs(gain())), Fmt.score(before),
        Fmt.score(after));
  }
}
