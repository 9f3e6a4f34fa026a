package io.github.diamondscore.mcda;

import java.util.Locale;
import java.util.Objects;

/** Argument checks shared by the ranking methods; every message names the culprit. */
final class Checks {

  private Checks() {}

  static String fmt(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }

  /** Checks shape (at least two rows, one column, rectangular) and finiteness; returns columns. */
  static int matrix(double[][] x, String method) {
    Objects.requireNonNull(x, "x");
    if (x.length < 2) {
      throw new IllegalArgumentException(fmt(
          "%s needs at least 2 entities (rows) but got %d; add entities", method, x.length));
    }
    for (int i = 0; i < x.length; i++) {
      if (x[i] == null) {
        throw new IllegalArgumentException(fmt("%s data row %d is null; every row needs values", method, i));
      }
    }
    int n = x[0].length;
    if (n == 0) {
      throw new IllegalArgumentException(method + " data has no columns; give at least one indicator");
    }
    for (int i = 0; i < x.length; i++) {
      if (x[i].length != n) {
        throw new IllegalArgumentException(fmt(
            "%s data row %d has %d values but row 0 has %d; every row needs one value per column",
            method, i, x[i].length, n));
      }
      for (int j = 0; j < n; j++) {
        if (!Double.isFinite(x[i][j])) {
          throw new IllegalArgumentException(fmt(
              "x[%d][%d] (entity row %d, column %d) is %s; %s needs complete finite data: impute "
                  + "the value or drop the entity", i, j, i, j, x[i][j], method));
        }
      }
    }
    return n;
  }

  /** Checks weights and returns them normalized to sum 1. */
  static double[] weights(double[] weights, int n, String method) {
    Objects.requireNonNull(weights, "weights");
    if (weights.length != n) {
      throw new IllegalArgumentException(fmt(
          "%s got %d weights for %d columns; give one weight per column", method, weights.length, n));
    }
    double sum = 0;
    for (int j = 0; j < n; j++) {
      double w = weights[j];
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException(fmt(
            "weight of column %d (%s) must be finite and >= 0", j, w));
      }
      sum += w;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException(method + " weights are all zero; at least one must be positive");
    }
    double[] w = new double[n];
    for (int j = 0; j < n; j++) {
      w[j] = weights[j] / sum;
    }
    return w;
  }

  /** Checks that every direction is +1 or -1. */
  static int[] directions(int[] directions, int n, String method) {
    Objects.requireNonNull(directions, "directions");
    if (directions.length != n) {
      throw new IllegalArgumentException(fmt(
          "%s got %d directions for %d columns; give +1 (higher is better) or -1 (lower is better) "
              + "per column", method, directions.length, n));
    }
    for (int j = 0; j < n; j++) {
      if (directions[j] != 1 && directions[j] != -1) {
        throw new IllegalArgumentException(fmt(
            "direction of column %d (%d) must be +1 (higher is better) or -1 (lower is better)",
            j, directions[j]));
      }
    }
    return directions.clone();
  }
}
