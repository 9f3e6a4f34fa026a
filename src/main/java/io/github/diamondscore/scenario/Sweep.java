package io.github.diamondscore.scenario;

import io.github.diamondscore.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The path of one entity's score and rank on a node as one variable (an indicator's raw value or
 * a node's weight) moves over a range, from {@link Simulator#sweep} or
 * {@link Simulator#sweepWeight}.
 */
public final class Sweep {
  private final String entity;
  private final String node;
  private final String variable;
  private final List<Point> points;

  /**
   * One step of the sweep.
   *
   * @param value the variable's value
   * @param score the node's score, NaN when missing
   * @param rank the entity's rank on the node (1 best), empty when missing
   * @param plausible false when the value lies beyond the indicator's plausible best (always
   *     true for weights)
   */
  public record Point(double value, double score, OptionalInt rank, boolean plausible) {
    /**
     * Checks for nulls.
     *
     * @param value the value
     * @param score the score
     * @param rank the rank
     * @param plausible whether plausible
     */
    public Point {
      Objects.requireNonNull(rank, "rank");
    }
  }

  Sweep(String entity, String node, String variable, List<Point> points) {
    this.entity = entity;
    this.node = node;
    this.variable = variable;
    this.points = List.copyOf(points);
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
   * The node whose score is tracked.
   *
   * @return the node id
   */
  public String node() {
    return node;
  }

  /**
   * What varies, e.g. {@code lpi_customs} or {@code weight of logistics}.
   *
   * @return the description
   */
  public String variable() {
    return variable;
  }

  /**
   * The steps, in order of the variable.
   *
   * @return an unmodifiable list
   */
  public List<Point> points() {
    return points;
  }

  /**
   * A table: value, score, rank; values beyond the plausible best are marked.
   *
   * @return readable text
   */
  @Override
  public String toString() {
    List<List<String>> rows = new ArrayList<>();
    boolean marked = false;
    for (Point p : points) {
      rows.add(List.of(Fmt.num(p.value()) + (p.plausible() ? "" : " *"), Text.score(p.score()),
          p.rank().isPresent() ? Integer.toString(p.rank().getAsInt()) : "NA"));
      marked |= !p.plausible();
    }
    String title = String.format(Locale.ROOT, "Sweep of %s for %s: %s score and rank",
        variable, entity, node);
    String table = Text.table(title, List.of(variable, node, "rank"), rows).stripTrailing();
    return marked ? table + "\n* beyond the plausible best value" : table;
  }
}
