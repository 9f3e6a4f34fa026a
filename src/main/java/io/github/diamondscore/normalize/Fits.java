package io.github.diamondscore.normalize;

import java.util.Arrays;
import java.util.Locale;

/** Fitting kernels shared by the normalization methods. */
final class Fits {

  private Fits() {}

  static double[] minMax(double[] x, String indicator, String method) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    int n = 0;
    for (double v : x) {
      if (Double.isNaN(v)) {
        continue;
      }
      checkFinite(v, indicator);
      n++;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    checkSpread(n, min, max, indicator, method);
    return new double[] {min, max};
  }

  static double[] meanSd(double[] x, String indicator) {
    minMax(x, indicator, "zscore");
    int n = 0;
    double sum = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        n++;
        sum += v;
      }
    }
    double mean = sum / n;
    double ss = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        ss += (v - mean) * (v - mean);
      }
    }
    return new double[] {mean, Math.sqrt(ss / (n - 1))};
  }

  static double[] sortedDistinctCheck(double[] x, String indicator, String method) {
    double[] present = Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
    minMax(present, indicator, method);
    Arrays.sort(present);
    return present;
  }

  private static void checkFinite(double v, String indicator) {
    if (Double.isInfinite(v)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "indicator '%s' has an infinite value (%s) in the reference data; use NaN for missing",
          indicator, v));
    }
  }

  private static void checkSpread(int n, double min, double max, String indicator, String method) {
    if (n == 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "indicator '%s' has no value in the reference data, so %s cannot be fitted;"
              + " drop it or add data", indicator, method));
    }
    if (min == max) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "indicator '%s' is constant in the reference data (all %d present values equal, oriented value %s),"
              + " so %s is undefined; give it goalposts or drop it",
          indicator, n, min, method));
    }
  }
}
