package io.github.diamondscore.weight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Weights for a set of labelled indicators, as derived by one weighting method, with the method's
 * diagnostics and warnings.
 *
 * <p>The weights are finite, non-negative and sum to 1 (within 1e-9). Diagnostics are named
 * numbers in the order the method recorded them (for AHP: {@code lambdaMax}, {@code CI},
 * {@code RI}, {@code CR}; for PCA: eigenvalues and explained variance; and so on, see each
 * method). Warnings are sentences about results that were accepted but deserve a look, such as an
 * AHP matrix accepted above its consistency threshold.
 *
 * <p>Instances are immutable; array and collection accessors return copies or unmodifiable views.
 */
public final class DerivedWeights {

  private static final double SUM_TOLERANCE = 1e-9;

  private final String method;
  private final List<String> labels;
  private final double[] weights;
  private final Map<String, Double> diagnostics;
  private final List<String> warnings;

  private DerivedWeights(String method, List<String> labels, double[] weights,
      Map<String, Double> diagnostics, List<String> warnings) {
    this.method = method;
    this.labels = labels;
    this.weights = weights;
    this.diagnostics = diagnostics;
    this.warnings = warnings;
  }

  /**
   * Creates derived weights after checking them.
   *
   * @param method name of the method that produced the weights, for example {@code "ahp"}
   * @param labels one unique, non-blank label per weight
   * @param weights finite, non-negative weights summing to 1 within 1e-9 (copied)
   * @param diagnostics named numbers describing the derivation, in display order (copied)
   * @param warnings sentences about accepted but questionable results (copied)
   * @return the weights
   * @throws IllegalArgumentException if the method name is blank, the labels are not one unique
   *     non-blank label per weight, a weight is negative or not finite, or the weights do not sum
   *     to 1
   */
  public static DerivedWeights of(String method, List<String> labels, double[] weights,
      Map<String, Double> diagnostics, List<String> warnings) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(diagnostics, "diagnostics");
    Objects.requireNonNull(warnings, "warnings");
    if (method.isBlank()) {
      throw new IllegalArgumentException("method name must not be blank; name the weighting method");
    }
    List<String> labelCopy = Checks.labels(labels, weights.length, "weights");
    double sum = 0;
    for (int j = 0; j < weights.length; j++) {
      double w = weights[j];
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException(Checks.fmt(
            "weight of '%s' (%s) must be finite and >= 0", labelCopy.get(j), w));
      }
      sum += w;
    }
    if (!(Math.abs(sum - 1) <= SUM_TOLERANCE)) {
      throw new IllegalArgumentException(Checks.fmt(
          "weights sum to %s but must sum to 1 (within %s); normalize them first", sum,
          SUM_TOLERANCE));
    }
    Map<String, Double> diagCopy = new LinkedHashMap<>();
    diagnostics.forEach((k, v) -> diagCopy.put(Objects.requireNonNull(k, "diagnostic name"),
        Objects.requireNonNull(v, "diagnostic value")));
    List<String> warnCopy = new ArrayList<>();
    warnings.forEach(w -> warnCopy.add(Objects.requireNonNull(w, "warning")));
    return new DerivedWeights(method, labelCopy, weights.clone(),
        Collections.unmodifiableMap(diagCopy), List.copyOf(warnCopy));
  }

  /**
   * Returns the name of the method that derived these weights.
   *
   * @return the method name, for example {@code "entropy"}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the indicator labels in weight order.
   *
   * @return an unmodifiable list of labels
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * Returns the number of weights.
   *
   * @return the number of labelled weights
   */
  public int size() {
    return weights.length;
  }

  /**
   * Returns the weights in label order.
   *
   * @return a fresh copy of the weights
   */
  public double[] weights() {
    return weights.clone();
  }

  /**
   * Returns the weights in label order as a list.
   *
   * @return an unmodifiable list of the weights
   */
  public List<Double> weightList() {
    List<Double> list = new ArrayList<>(weights.length);
    for (double w : weights) {
      list.add(w);
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * Returns the weight of one indicator.
   *
   * @param label the indicator label
   * @return its weight
   * @throws IllegalArgumentException if no indicator has that label
   */
  public double weight(String label) {
    int j = labels.indexOf(label);
    if (j < 0) {
      throw new IllegalArgumentException(Checks.fmt(
          "no weight for label '%s'; known labels are %s", label, labels));
    }
    return weights[j];
  }

  /**
   * Returns the weights keyed by label, in label order.
   *
   * @return an unmodifiable insertion-ordered map from label to weight
   */
  public Map<String, Double> asMap() {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int j = 0; j < weights.length; j++) {
      map.put(labels.get(j), weights[j]);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the method's diagnostics, in the order the method recorded them.
   *
   * @return an unmodifiable insertion-ordered map from diagnostic name to value
   */
  public Map<String, Double> diagnostics() {
    return diagnostics;
  }

  /**
   * Returns the warnings recorded while deriving the weights.
   *
   * @return an unmodifiable list of warnings, empty when there are none
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Returns a small aligned table of the weights, diagnostics and warnings, for jshell.
   *
   * @return a multi-line description
   */
  @Override
  public String toString() {
    int width = 6;
    for (String label : labels) {
      width = Math.max(width, label.length());
    }
    StringBuilder sb = new StringBuilder();
    sb.append("DerivedWeights[").append(method).append("] ").append(weights.length)
        .append(weights.length == 1 ? " weight" : " weights").append('\n');
    for (int j = 0; j < weights.length; j++) {
      sb.append("  ").append(pad(labels.get(j), width)).append("  ")
          .append(Checks.fmt("%.6f", weights[j])).append('\n');
    }
    diagnostics.forEach((k, v) -> sb.append("  ").append(k).append(" = ")
        .append(Checks.fmt("%.6g", v)).append('\n'));
    for (String w : warnings) {
      sb.append("  warning: ").append(w).append('\n');
    }
    return sb.toString();
  }

  private static String pad(String s, int width) {
    StringBuilder sb = new StringBuilder(s);
    while (sb.length() < width) {
      sb.append(' ');
    }
    return sb.toString();
  }

  /**
   * Two derived weights are equal when method, labels, weights, diagnostics and warnings are.
   *
   * @param o the other object
   * @return whether they are equal
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof DerivedWeights)) {
      return false;
    }
    DerivedWeights other = (DerivedWeights) o;
    return method.equals(other.method) && labels.equals(other.labels)
        && Arrays.equals(weights, other.weights) && diagnostics.equals(other.diagnostics)
        && warnings.equals(other.warnings);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(method, labels, Arrays.hashCode(weights), diagnostics, warnings);
  }
}
