package io.github.diamondscore.weight;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Argument checks shared by the weighting methods; every message names the culprit. */
final class Checks {

  private Checks() {}

  static String fmt(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }

  /** Returns an unmodifiable copy of the labels after checking count, blanks and duplicates. */
  static List<String> labels(List<String> labels, int expected, String what) {
    Objects.requireNonNull(labels, "labels");
    if (labels.size() != expected) {
      throw new IllegalArgumentException(fmt(
          "%s has %d columns but %d labels were given (%s); give one label per column",
          what, expected, labels.size(), labels));
    }
    Set<String> seen = new HashSet<>();
    List<String> copy = new ArrayList<>(labels.size());
    for (int j = 0; j < labels.size(); j++) {
      String label = labels.get(j);
      if (label == null || label.isBlank()) {
        throw new IllegalArgumentException(fmt(
            "label %d (%s) must not be blank; give every column a name", j,
            label == null ? "null" : "'" + label + "'"));
      }
      if (!seen.add(label)) {
        throw new IllegalArgumentException(fmt(
            "label '%s' appears twice (again at position %d); labels must be unique", label, j));
      }
      copy.add(label);
    }
    return List.copyOf(copy);
  }

  /** Checks that x is a non-empty rectangular matrix and returns its number of columns. */
  static int rectangular(double[][] x, String what) {
    Objects.requireNonNull(x, "x");
    if (x.length == 0) {
      throw new IllegalArgumentException(what + " has no rows; give at least two entities");
    }
    for (int i = 0; i < x.length; i++) {
      if (x[i] == null) {
        throw new IllegalArgumentException(fmt("%s row %d is null; every row needs values", what, i));
      }
    }
    int n = x[0].length;
    if (n == 0) {
      throw new IllegalArgumentException(what + " has no columns; give at least one indicator");
    }
    for (int i = 1; i < x.length; i++) {
      if (x[i].length != n) {
        throw new IllegalArgumentException(fmt(
            "%s row %d has %d values but row 0 has %d; every row needs one value per indicator",
            what, i, x[i].length, n));
      }
    }
    return n;
  }

  static void minRows(double[][] x, int min, String method) {
    if (x.length < min) {
      throw new IllegalArgumentException(fmt(
          "%s needs at least %d entities (rows) but got %d; add entities", method, min, x.length));
    }
  }

  static void minColumns(int n, int min, String method) {
    if (n < min) {
      throw new IllegalArgumentException(fmt(
          "%s needs at least %d indicators (columns) but got %d; add indicators", method, min, n));
    }
  }

  /** Rejects NaN and infinite values, naming entity row and indicator. */
  static void finite(double[][] x, List<String> labels, String method, String hint) {
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) {
        double v = x[i][j];
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException(fmt(
              "x[%d][%d] (entity row %d, indicator '%s') is %s; %s %s",
              i, j, i, labels.get(j), v, method, hint));
        }
      }
    }
  }

  static double[] column(double[][] x, int j) {
    double[] c = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      c[i] = x[i][j];
    }
    return c;
  }
}
