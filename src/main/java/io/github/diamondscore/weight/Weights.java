package io.github.diamondscore.weight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Equal and manual weights.
 *
 * <p>Non-finite values: a NaN or infinite manual weight is rejected, naming its label.
 */
public final class Weights {

  private Weights() {}

  /**
   * Returns equal weights {@code 1/n} for the given labels.
   *
   * @param labels one unique, non-blank label per indicator; at least one
   * @return weights of {@code 1/n} each, method {@code "equal"}
   * @throws IllegalArgumentException if there are no labels, or a label is blank or repeated
   */
  public static DerivedWeights equal(List<String> labels) {
    Objects.requireNonNull(labels, "labels");
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("equal weights need at least one label; give the indicators");
    }
    double[] w = new double[labels.size()];
    java.util.Arrays.fill(w, 1.0 / labels.size());
    return DerivedWeights.of("equal", labels, w, Map.of(), List.of());
  }

  /**
   * Returns the given relative weights normalized to sum to 1: {@code w_j = v_j / Σ_k v_k}.
   *
   * @param labels one unique, non-blank label per value
   * @param values relative weights, finite and {@code >= 0}, not all zero
   * @return the normalized weights, method {@code "manual"}, diagnostic {@code sum} (Σ v)
   * @throws IllegalArgumentException if counts differ, a label is blank or repeated, a value is
   *     negative or not finite (naming its label), or all values are zero
   */
  public static DerivedWeights manual(List<String> labels, double... values) {
    Objects.requireNonNull(values, "values");
    List<String> checked = Checks.labels(labels, values.length, "manual weights");
    if (values.length == 0) {
      throw new IllegalArgumentException("manual weights need at least one value; give the weights");
    }
    double sum = 0;
    for (int j = 0; j < values.length; j++) {
      double v = values[j];
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException(Checks.fmt(
            "manual weight of '%s' (%s) must be finite and >= 0; give a relative weight such as 1",
            checked.get(j), v));
      }
      sum += v;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException(Checks.fmt(
          "manual weights of %s are all zero; at least one must be positive", checked));
    }
    double[] w = new double[values.length];
    for (int j = 0; j < values.length; j++) {
      w[j] = values[j] / sum;
    }
    Map<String, Double> diag = new LinkedHashMap<>();
    diag.put("sum", sum);
    return DerivedWeights.of("manual", checked, w, diag, List.of());
  }

  /**
   * Returns the given relative weights normalized to sum to 1, in the map's iteration order.
   *
   * @param values relative weight per label (use an ordered map to fix the order)
   * @return the normalized weights, method {@code "manual"}
   * @throws IllegalArgumentException as {@link #manual(List, double...)}
   */
  public static DerivedWeights manual(Map<String, ? extends Number> values) {
    Objects.requireNonNull(values, "values");
    List<String> labels = new ArrayList<>(values.size());
    double[] v = new double[values.size()];
    int j = 0;
    for (Map.Entry<String, ? extends Number> e : values.entrySet()) {
      labels.add(e.getKey());
      v[j++] = Objects.requireNonNull(e.getValue(), "weight of " + e.getKey()).doubleValue();
    }
    return manual(labels, v);
  }
}
