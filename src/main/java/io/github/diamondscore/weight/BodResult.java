package io.github.diamondscore.weight;

import java.util.List;
import java.util.Objects;

/**
 * Per-entity scores and weights from {@link BenefitOfTheDoubt}. Rows are entities in the order of
 * the input data; weights are the linear programme's multipliers {@code w_ij} in the units of the
 * data (they are not normalized to sum 1: an entity's score is {@code Σ_j w_ij x_ij}).
 *
 * <p>Instances are immutable; array accessors return copies.
 */
public final class BodResult {

  private final List<String> labels;
  private final double[] scores;
  private final double[][] weights;
  private final boolean restricted;
  private final List<String> warnings;

  BodResult(List<String> labels, double[] scores, double[][] weights, boolean restricted,
      List<String> warnings) {
    this.labels = labels;
    this.scores = scores;
    this.weights = weights;
    this.restricted = restricted;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Returns warnings about entities whose score was forced, such as a zero value on an indicator
   * with a positive lower share.
   *
   * @return an unmodifiable list, empty when there are none
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Returns the indicator labels (columns of the weights).
   *
   * @return an unmodifiable list of labels
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * Returns the number of entities.
   *
   * @return the number of rows
   */
  public int size() {
    return scores.length;
  }

  /**
   * Returns every entity's score.
   *
   * @return a copy of the scores, each in {@code [0, 1]}
   */
  public double[] scores() {
    return scores.clone();
  }

  /**
   * Returns one entity's score.
   *
   * @param row the entity row
   * @return its score in {@code [0, 1]}
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public double score(int row) {
    Objects.checkIndex(row, scores.length);
    return scores[row];
  }

  /**
   * Returns one entity's weights.
   *
   * @param row the entity row
   * @return a copy of its multipliers {@code w_ij}, one per indicator
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public double[] weights(int row) {
    Objects.checkIndex(row, scores.length);
    return weights[row].clone();
  }

  /**
   * Returns every entity's weights.
   *
   * @return a copy, entities × indicators
   */
  public double[][] weights() {
    double[][] c = new double[weights.length][];
    for (int i = 0; i < weights.length; i++) {
      c[i] = weights[i].clone();
    }
    return c;
  }

  /**
   * Returns whether share restrictions were applied.
   *
   * @return true for a model built with {@link BenefitOfTheDoubt#shareRestricted}
   */
  public boolean restricted() {
    return restricted;
  }

  /**
   * Returns the scores and weights as an aligned table, for jshell.
   *
   * @return a multi-line table
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("BodResult ").append(scores.length).append(" entities")
        .append(restricted ? " (share-restricted)" : "").append("\n    row    score");
    int[] widths = new int[labels.size()];
    for (int j = 0; j < labels.size(); j++) {
      widths[j] = Math.max(10, labels.get(j).length());
      sb.append("  ").append(Checks.fmt("%" + widths[j] + "s", labels.get(j)));
    }
    sb.append('\n');
    for (int i = 0; i < scores.length; i++) {
      sb.append(Checks.fmt("  %5d  %7.4f", i, scores[i]));
      for (int j = 0; j < labels.size(); j++) {
        sb.append("  ").append(Checks.fmt("%" + widths[j] + ".4g", weights[i][j]));
      }
      sb.append('\n');
    }
    for (String w : warnings) {
      sb.append("  warning: ").append(w).append('\n');
    }
    return sb.toString();
  }
}
