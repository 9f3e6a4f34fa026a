package io.github.diamondscore.mcda;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link Vikor}: the measures S, R and Q per entity, the ranking by Q and the
 * compromise-solution conditions. Rows are entities in input order; lower S, R and Q are better.
 *
 * <p>Instances are immutable; array accessors return copies.
 */
public final class VikorResult {

  private final double[] s;
  private final double[] r;
  private final double[] q;
  private final double v;
  private final int[] order;
  private final boolean acceptableAdvantage;
  private final boolean acceptableStability;
  private final int[] compromise;
  private final Ranking ranking;

  private VikorResult(double[] s, double[] r, double[] q, double v, int[] order,
      boolean advantage, boolean stability, int[] compromise, Ranking ranking) {
    this.s = s;
    this.r = r;
    this.q = q;
    this.v = v;
    this.order = order;
    this.acceptableAdvantage = advantage;
    this.acceptableStability = stability;
    this.compromise = compromise;
    this.ranking = ranking;
  }

  static VikorResult of(double[] s, double[] r, double[] q, double v, List<String> notes) {
    int m = q.length;
    Integer[] idx = new Integer[m];
    for (int i = 0; i < m; i++) {
      idx[i] = i;
    }
    // Stable sort: ties in Q keep row order.
    Arrays.sort(idx, (a, b) -> Double.compare(q[a], q[b]));
    int[] order = new int[m];
    for (int p = 0; p < m; p++) {
      order[p] = idx[p];
    }
    double dq = 1.0 / (m - 1);
    int a1 = order[0];
    int a2 = order[1];
    boolean c1 = q[a2] - q[a1] >= dq;
    double sMin = Arrays.stream(s).min().orElseThrow();
    double rMin = Arrays.stream(r).min().orElseThrow();
    boolean c2 = s[a1] == sMin || r[a1] == rMin;
    int[] compromise;
    if (c1 && c2) {
      compromise = new int[] {a1};
    } else if (c1) {
      compromise = new int[] {a1, a2};
    } else {
      int count = 1;
      while (count < m && q[order[count]] - q[a1] < dq) {
        count++;
      }
      compromise = Arrays.copyOf(order, count);
    }
    Map<String, double[]> series = new LinkedHashMap<>();
    series.put("S", s);
    series.put("R", r);
    Map<String, Double> diag = new LinkedHashMap<>();
    diag.put("v", v);
    diag.put("DQ", dq);
    diag.put("acceptableAdvantage", c1 ? 1.0 : 0.0);
    diag.put("acceptableStability", c2 ? 1.0 : 0.0);
    Ranking ranking = new Ranking("vikor", q, false, series, diag, notes);
    return new VikorResult(s.clone(), r.clone(), q.clone(), v, order, c1, c2, compromise, ranking);
  }

  /**
   * Returns the group utility measures.
   *
   * @return a copy of S, one per entity
   */
  public double[] s() {
    return s.clone();
  }

  /**
   * Returns the individual regret measures.
   *
   * @return a copy of R, one per entity
   */
  public double[] r() {
    return r.clone();
  }

  /**
   * Returns the compromise measures.
   *
   * @return a copy of Q, one per entity, each in {@code [0, 1]}
   */
  public double[] q() {
    return q.clone();
  }

  /**
   * Returns the strategy weight used.
   *
   * @return {@code v}
   */
  public double v() {
    return v;
  }

  /**
   * Returns the entity rows ordered by Q, best first (ties in row order).
   *
   * @return a copy of the order
   */
  public int[] orderByQ() {
    return order.clone();
  }

  /**
   * Returns condition C1: {@code Q(a2) − Q(a1) >= 1/(m − 1)}.
   *
   * @return whether the best entity has an acceptable advantage
   */
  public boolean acceptableAdvantage() {
    return acceptableAdvantage;
  }

  /**
   * Returns condition C2: the best entity by Q is also best by S or by R.
   *
   * @return whether the decision is acceptably stable
   */
  public boolean acceptableStability() {
    return acceptableStability;
  }

  /**
   * Returns the compromise set, see {@link Vikor}.
   *
   * @return a copy of the rows in the compromise set, in Q order
   */
  public int[] compromiseSet() {
    return compromise.clone();
  }

  /**
   * Returns the ranking by Q (lower is better) with S and R as series and the conditions as
   * diagnostics ({@code v}, {@code DQ}, {@code acceptableAdvantage}, {@code acceptableStability},
   * 1 for true and 0 for false).
   *
   * @return the ranking, method {@code "vikor"}
   */
  public Ranking ranking() {
    return ranking;
  }

  /**
   * Returns S, R, Q, ranks and the conditions as a table, for jshell.
   *
   * @return a multi-line description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(Checks.fmt(
        "VikorResult v=%s: C1 acceptable advantage %s, C2 acceptable stability %s, compromise set "
            + "%s\n  row   rank  S         R         Q\n",
        v, acceptableAdvantage, acceptableStability, Arrays.toString(compromise)));
    int[] ranks = ranking.ranks();
    for (int i = 0; i < q.length; i++) {
      sb.append(Checks.fmt("  %-5d %4d  %.6f  %.6f  %.6f", i, ranks[i], s[i], r[i], q[i]))
          .append('\n');
    }
    return sb.toString();
  }
}
