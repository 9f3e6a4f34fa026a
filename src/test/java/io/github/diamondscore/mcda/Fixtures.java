package io.github.diamondscore.mcda;

import java.util.SplittableRandom;

/** Shared data for the ranking tests. */
final class Fixtures {

  private Fixtures() {}

  /**
   * The fighter-aircraft problem of Hwang and Yoon (1981), <i>Multiple Attribute Decision Making:
   * Methods and Applications</i>, Springer: four aircraft on maximum speed, ferry range, maximum
   * payload, acquisition cost (lower is better), reliability and maneuverability (the last two
   * rated on a 1–9 scale), weights (0.2, 0.1, 0.1, 0.1, 0.2, 0.3). The same data, weights and
   * cost direction appear in the fighter-aircraft examples of the Czech University of Life
   * Sciences' operations-research pages (orms.pef.czu.cz).
   */
  static final double[][] AIRCRAFT = {
      {2.0, 1500, 20000, 5.5, 5, 9},
      {2.5, 2700, 18000, 6.5, 3, 5},
      {1.8, 2000, 21000, 4.5, 7, 7},
      {2.2, 1800, 20000, 5.0, 5, 5}};
  static final double[] AIRCRAFT_WEIGHTS = {0.2, 0.1, 0.1, 0.1, 0.2, 0.3};
  static final int[] AIRCRAFT_DIRECTIONS = {1, 1, 1, -1, 1, 1};

  static double[][] random(SplittableRandom rnd, int m, int n) {
    double[][] x = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        x[i][j] = 0.1 + 10 * rnd.nextDouble();
      }
    }
    return x;
  }

  static double[] weights(SplittableRandom rnd, int n) {
    double[] w = new double[n];
    for (int j = 0; j < n; j++) {
      w[j] = 0.05 + rnd.nextDouble();
    }
    return w;
  }

  static int[] directions(SplittableRandom rnd, int n) {
    int[] d = new int[n];
    for (int j = 0; j < n; j++) {
      d[j] = rnd.nextBoolean() ? 1 : -1;
    }
    return d;
  }

  static int[] permutation(SplittableRandom rnd, int m) {
    int[] p = new int[m];
    for (int i = 0; i < m; i++) {
      p[i] = i;
    }
    for (int i = m - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  static double[][] permuteRows(double[][] x, int[] p) {
    double[][] y = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[p[i]].clone();
    }
    return y;
  }
}
