package io.github.diamondscore.analysis;

import io.github.diamondscore.internal.Csv;
import io.github.diamondscore.internal.Text;
import io.github.diamondscore.score.Digits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of an {@link Uncertainty} analysis: per entity, the nominal score and rank, the
 * median rank and a 90 % interval (5th to 95th percentile) over the runs, and the mean and
 * standard deviation of the score; per uncertain input, its one-at-a-time sensitivity. Immutable.
 *
 * <p>Percentiles use the nearest-rank method: the p-th percentile of R sorted values is the
 * ⌈p·R⌉-th. Runs where an entity's score is missing are left out of its statistics.
 */
public final class UncertaintyResult {
  private final String node;
  private final List<String> entities;
  private final double[] nominalScore;
  private final int[] nominalRank;
  private final int[][] ranks; // [entity][run] sorted, present only
  private final double[] meanScore;
  private final double[] sdScore;
  private final int runs;
  private final Map<String, Double> sensitivity;

  UncertaintyResult(String node, List<String> entities, double[] nominalScore, int[] nominalRank,
      int[][] rankRuns, double[][] scoreRuns, Map<String, Double> sensitivity) {
    this.node = node;
    this.entities = List.copyOf(entities);
    this.nominalScore = nominalScore.clone();
    this.nominalRank = nominalRank.clone();
    this.runs = rankRuns.length;
    int m = entities.size();
    this.ranks = new int[m][];
    this.meanScore = new double[m];
    this.sdScore = new double[m];
    for (int e = 0; e < m; e++) {
      int[] rs = new int[runs];
      int k = 0;
      double sum = 0;
      double sq = 0;
      int n = 0;
      for (int r = 0; r < runs; r++) {
        if (rankRuns[r][e] > 0) {
          rs[k++] = rankRuns[r][e];
        }
        double v = scoreRuns[r][e];
        if (!Double.isNaN(v)) {
          sum += v;
          sq += v * v;
          n++;
        }
      }
      ranks[e] = Arrays.copyOf(rs, k);
      Arrays.sort(ranks[e]);
      meanScore[e] = n == 0 ? Double.NaN : sum / n;
      sdScore[e] = n < 2 ? Double.NaN : Math.sqrt(Math.max(0, (sq - sum * sum / n) / (n - 1)));
    }
    this.sensitivity = Map.copyOf(sensitivity);
  }

  /**
   * The entities, in panel order.
   *
   * @return an unmodifiable list
   */
  public List<String> entities() {
    return entities;
  }

  /**
   * The number of Monte Carlo runs.
   *
   * @return the run count
   */
  public int runs() {
    return runs;
  }

  private int row(String entity) {
    int i = entities.indexOf(entity);
    if (i < 0) {
      throw new IllegalArgumentException("no entity '" + entity + "' in this analysis");
    }
    return i;
  }

  /**
   * The entity's rank under the nominal index.
   *
   * @param entity the entity id
   * @return the rank; 0 when its nominal score is missing
   * @throws IllegalArgumentException if the entity is unknown
   */
  public int nominalRank(String entity) {
    return nominalRank[row(entity)];
  }

  /**
   * The entity's score under the nominal index.
   *
   * @param entity the entity id
   * @return the score; NaN when missing
   * @throws IllegalArgumentException if the entity is unknown
   */
  public double nominalScore(String entity) {
    return nominalScore[row(entity)];
  }

  /**
   * A percentile of the entity's rank over the runs (nearest-rank method).
   *
   * @param entity the entity id
   * @param p the percentile as a share in (0, 1], e.g. 0.05, 0.5, 0.95
   * @return the rank; NaN when the entity was never ranked
   * @throws IllegalArgumentException if the entity is unknown or p is outside (0, 1]
   */
  public double rankPercentile(String entity, double p) {
    if (!(p > 0 && p <= 1)) {
      throw new IllegalArgumentException("percentile (" + p + ") must be in (0, 1]");
    }
    int[] rs = ranks[row(entity)];
    if (rs.length == 0) {
      return Double.NaN;
    }
    return rs[(int) Math.ceil(p * rs.length) - 1];
  }

  /**
   * The mean of the entity's score over the runs.
   *
   * @param entity the entity id
   * @return the mean; NaN when always missing
   * @throws IllegalArgumentException if the entity is unknown
   */
  public double meanScore(String entity) {
    return meanScore[row(entity)];
  }

  /**
   * The sample standard deviation of the entity's score over the runs.
   *
   * @param entity the entity id
   * @return the standard deviation; NaN with fewer than two present runs
   * @throws IllegalArgumentException if the entity is unknown
   */
  public double scoreSd(String entity) {
    return sdScore[row(entity)];
  }

  /**
   * For each uncertain input, the mean absolute rank shift from the nominal ranking when only
   * that input varies.
   *
   * @return input name ({@code weights}, {@code normalization}, {@code aggregation}) to shift
   */
  public Map<String, Double> sensitivity() {
    return sensitivity;
  }

  /**
   * Writes {@code entity,nominal_score,nominal_rank,rank_p05,rank_median,rank_p95,mean_score,
   * sd_score}.
   *
   * Numbers are rounded to 15 significant digits ({@link Digits#ROUNDED}).
   *
   * @param out where to write
   * @throws UncheckedIOException on an I/O error
   */
  public void writeCsv(Appendable out) {
    writeCsv(out, Digits.ROUNDED);
  }

  /**
   * Writes the CSV of {@link #writeCsv(Appendable)} with numbers written as {@code digits} says.
   *
   * @param out where to write
   * @param digits rounded (the default) or exact
   * @throws UncheckedIOException on an I/O error
   */
  public void writeCsv(Appendable out, Digits digits) {
    try {
      out.append("entity,nominal_score,nominal_rank,rank_p05,rank_median,rank_p95,mean_score,"
          + "sd_score\n");
      for (String e : entities) {
        out.append(Csv.field(e)).append(',').append(digits.format(nominalScore(e))).append(',')
            .append(nominalRank(e) == 0 ? "" : Integer.toString(nominalRank(e))).append(',')
            .append(digits.format(rankPercentile(e, 0.05))).append(',')
            .append(digits.format(rankPercentile(e, 0.5))).append(',')
            .append(digits.format(rankPercentile(e, 0.95))).append(',')
            .append(digits.format(meanScore(e))).append(',').append(digits.format(scoreSd(e)))
            .append('\n');
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * A table by nominal rank: nominal rank, median rank, 90 % rank interval, mean ± sd score,
   * then the sensitivity line; at most 30 rows.
   *
   * @return readable text
   */
  @Override
  public String toString() {
    Integer[] order = new Integer[entities.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Integer.compare(nominalRank[x] == 0 ? Integer.MAX_VALUE
        : nominalRank[x], nominalRank[y] == 0 ? Integer.MAX_VALUE : nominalRank[y]));
    List<List<String>> rows = new ArrayList<>();
    for (int k = 0; k < Math.min(30, order.length); k++) {
      String e = entities.get(order[k]);
      rows.add(List.of(nominalRank(e) == 0 ? "" : Integer.toString(nominalRank(e)), e,
          Text.exact(rankPercentile(e, 0.5)),
          Text.exact(rankPercentile(e, 0.05)) + "-" + Text.exact(rankPercentile(e, 0.95)),
          String.format(Locale.ROOT, "%s ± %s", Text.score(meanScore(e)),
              Text.score(scoreSd(e)))));
    }
    StringBuilder sb = new StringBuilder(Text.table(String.format(Locale.ROOT,
        "Uncertainty of '%s' ranks over %d runs", node, runs),
        List.of("rank", "entity", "median", "90% interval", "score"), rows));
    if (order.length > 30) {
      sb.append(String.format(Locale.ROOT, "... %d more rows%n", order.length - 30));
    }
    sb.append("sensitivity (mean |rank shift| when only this input varies): ");
    List<String> parts = new ArrayList<>();
    for (String f : List.of("weights", "normalization", "aggregation")) {
      if (sensitivity.containsKey(f)) {
        parts.add(String.format(Locale.ROOT, "%s %.2f", f, sensitivity.get(f)));
      }
    }
    return sb.append(String.join(", ", parts)).append('\n').toString();
  }
}
