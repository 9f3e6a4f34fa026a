package io.github.diamondscore.mcda;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores and ranks of entities from one ranking method, in entity (row) order.
 *
 * <p>Besides the score, a method may record named per-entity series (for TOPSIS the distances to
 * the ideal and anti-ideal, for Copeland the wins and losses), named diagnostics and notes.
 * Whether a higher score is better depends on the method ({@link #higherIsBetter()}); ranks
 * always put the best entity first.
 *
 * <p>Instances are immutable; array accessors return copies.
 */
public final class Ranking {

  private final String method;
  private final double[] scores;
  private final int[] ranks;
  private final boolean higherIsBetter;
  private final Map<String, double[]> series;
  private final Map<String, Double> diagnostics;
  private final List<String> notes;

  Ranking(String method, double[] scores, boolean higherIsBetter, Map<String, double[]> series,
      Map<String, Double> diagnostics, List<String> notes) {
    this.method = method;
    this.scores = scores.clone();
    this.ranks = Ranks.competition(scores, higherIsBetter);
    this.higherIsBetter = higherIsBetter;
    Map<String, double[]> s = new LinkedHashMap<>();
    series.forEach((k, v) -> s.put(k, v.clone()));
    this.series = Collections.unmodifiableMap(s);
    this.diagnostics = Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
    this.notes = List.copyOf(notes);
  }

  /**
   * Creates a ranking from scores alone, ranking them with {@link Ranks#competition}.
   *
   * @param method a name for the method that produced the scores
   * @param scores one score per entity (NaN for an entity without a score, which gets rank 0)
   * @param higherIsBetter whether the largest score ranks first
   * @return the ranking
   * @throws IllegalArgumentException if the method name is blank
   */
  public static Ranking of(String method, double[] scores, boolean higherIsBetter) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(scores, "scores");
    if (method.isBlank()) {
      throw new IllegalArgumentException("method name must not be blank; name the ranking method");
    }
    return new Ranking(method, scores, higherIsBetter, Map.of(), Map.of(), List.of());
  }

  /**
   * Returns the name of the method.
   *
   * @return for example {@code "topsis"}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the number of entities.
   *
   * @return the number of scores
   */
  public int size() {
    return scores.length;
  }

  /**
   * Returns the scores in entity order.
   *
   * @return a copy of the scores
   */
  public double[] scores() {
    return scores.clone();
  }

  /**
   * Returns one entity's score.
   *
   * @param row the entity row
   * @return its score
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public double score(int row) {
    Objects.checkIndex(row, scores.length);
    return scores[row];
  }

  /**
   * Returns the ranks in entity order (1 best, ties sharing the lowest rank).
   *
   * @return a copy of the ranks
   */
  public int[] ranks() {
    return ranks.clone();
  }

  /**
   * Returns one entity's rank.
   *
   * @param row the entity row
   * @return its rank, 1 for the best
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public int rank(int row) {
    Objects.checkIndex(row, ranks.length);
    return ranks[row];
  }

  /**
   * Returns whether a higher score is better for this method.
   *
   * @return true if the largest score ranks first
   */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /**
   * Returns the names of the per-entity series the method recorded.
   *
   * @return an unmodifiable ordered list of names
   */
  public List<String> seriesNames() {
    return List.copyOf(series.keySet());
  }

  /**
   * Returns one per-entity series.
   *
   * @param name the series name, one of {@link #seriesNames()}
   * @return a copy of the series, in entity order
   * @throws IllegalArgumentException if the method recorded no such series
   */
  public double[] series(String name) {
    double[] s = series.get(name);
    if (s == null) {
      throw new IllegalArgumentException(Checks.fmt(
          "%s recorded no series '%s'; it has %s", method, name, series.keySet()));
    }
    return s.clone();
  }

  /**
   * Returns the method's diagnostics.
   *
   * @return an unmodifiable insertion-ordered map
   */
  public Map<String, Double> diagnostics() {
    return diagnostics;
  }

  /**
   * Returns notes about the result, such as columns that could not discriminate.
   *
   * @return an unmodifiable list, empty when there are none
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * Returns the ranking as an aligned table, for jshell.
   *
   * @return a multi-line table
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Ranking[").append(method).append("] ")
        .append(scores.length).append(" entities, ")
        .append(higherIsBetter ? "higher" : "lower").append(" score is better\n")
        .append("    row  rank        score");
    List<String> names = new ArrayList<>(series.keySet());
    int[] widths = new int[names.size()];
    for (int k = 0; k < names.size(); k++) {
      widths[k] = Math.max(12, names.get(k).length());
      sb.append("  ").append(Checks.fmt("%" + widths[k] + "s", names.get(k)));
    }
    sb.append('\n');
    for (int i = 0; i < scores.length; i++) {
      sb.append(Checks.fmt("  %5d  %4d  %11.6f", i, ranks[i], scores[i]));
      for (int k = 0; k < names.size(); k++) {
        sb.append("  ").append(Checks.fmt("%" + widths[k] + ".6g", series.get(names.get(k))[i]));
      }
      sb.append('\n');
    }
    diagnostics.forEach((k, v) -> sb.append("  ").append(k).append(" = ")
        .append(Checks.fmt("%.6g", v)).append('\n'));
    for (String note : notes) {
      sb.append("  note: ").append(note).append('\n');
    }
    return sb.toString();
  }
}
