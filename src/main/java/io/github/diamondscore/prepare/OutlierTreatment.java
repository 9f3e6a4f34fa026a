package io.github.diamondscore.prepare;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Outlier treatment of one indicator as in the JRC's composite-indicator practice and the R
 * package COINr ({@code Treat} with its defaults: {@code winsorise} then {@code log_CT}, checked
 * by {@code check_SkewKurt}).
 *
 * <p><b>Check.</b> An indicator passes when {@code |G1| < skewThreshold} <em>or</em>
 * {@code G2 < kurtosisThreshold}, with G1 and G2 the bias-corrected skewness and excess kurtosis
 * of {@link Moments} (defaults 2.0 and 3.5).
 *
 * <p><b>Winsorization.</b> A failing indicator is winsorized step by step. Before each step the
 * loop continues only while the column fails and fewer than {@code maxWinsorizedPoints} points
 * have been changed. A step looks at the skewness of the current column: if it is ≥ 0, every
 * point equal to the current maximum is set to the largest remaining (strictly smaller) value;
 * otherwise every point equal to the current minimum is set to the smallest remaining value.
 * Points changed are counted as distinct rows, so with ties one step may take the count past the
 * limit (e.g. from 4 to 6 with a limit of 5); the check happens before the step, not after.
 *
 * <p><b>Log transform.</b> If the column still fails when the loop stops, the winsorization is
 * dropped and the <em>original</em> column is transformed as
 * {@code log(x − min + 0.01·(max − min))}, with min and max of its present values (COINr's
 * {@code log_CT}, the default {@code combine_treat = FALSE}). The transform is kept even if the
 * transformed column still fails, as in COINr; the report says so.
 *
 * <p>Source of the loop semantics: COINr {@code R/treat.R} (bluefoxr/COINr on GitHub),
 * functions {@code winsorise}, {@code check_SkewKurt}, {@code log_CT} and
 * {@code Treat.numeric}: {@code while((!passing | force_win) & below_winmax)} with
 * {@code below_winmax = nwin < winmax} evaluated before each step, {@code imax <- which(x ==
 * max(x))} replaced by {@code max(x[-imax])}, and {@code nwin} counting the points at the cap,
 * which are exactly the distinct points changed so far on that side.
 *
 * <p>Where this class differs from COINr, for robustness: a column whose skewness or kurtosis is
 * undefined (fewer than 4 present values, or all equal) is left untouched and reported as
 * {@link OutlierReport.Status#NOT_ASSESSED} (COINr stops with an error or returns it untreated);
 * if winsorizing leaves a single distinct value, the moments are undefined, which counts as
 * failing, and the loop stops there (COINr would stop with an error).
 */
public final class OutlierTreatment {

  private OutlierTreatment() {
  }

  /**
   * Settings of the outlier check and the winsorization.
   *
   * @param skewThreshold an indicator passes when its absolute skewness is below this (finite, &gt; 0)
   * @param kurtosisThreshold an indicator passes when its excess kurtosis is below this (finite)
   * @param maxWinsorizedPoints winsorization stops once this many points are changed (≥ 0; 0
   *     sends a failing indicator straight to the log transform)
   */
  public record Options(double skewThreshold, double kurtosisThreshold, int maxWinsorizedPoints)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The JRC / COINr default absolute skewness threshold. */
    public static final double DEFAULT_SKEW_THRESHOLD = 2.0;
    /** The JRC / COINr default kurtosis threshold. */
    public static final double DEFAULT_KURTOSIS_THRESHOLD = 3.5;
    /** The JRC / COINr default maximum number of winsorized points. */
    public static final int DEFAULT_MAX_WINSORIZED_POINTS = 5;

    /**
     * Validates the settings.
     *
     * @param skewThreshold the absolute skewness threshold (finite, &gt; 0)
     * @param kurtosisThreshold the excess kurtosis threshold (finite)
     * @param maxWinsorizedPoints the point limit (≥ 0)
     * @throws IllegalArgumentException if a threshold is not finite, the skewness threshold
     *     is not positive, or the point limit is negative
     */
    public Options {
      if (!(skewThreshold > 0) || Double.isInfinite(skewThreshold)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "skewThreshold (%s) must be a finite number > 0; the JRC default is %s",
            skewThreshold, DEFAULT_SKEW_THRESHOLD));
      }
      if (!Double.isFinite(kurtosisThreshold)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "kurtosisThreshold (%s) must be a finite number; the JRC default is %s",
            kurtosisThreshold, DEFAULT_KURTOSIS_THRESHOLD));
      }
      if (maxWinsorizedPoints < 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "maxWinsorizedPoints (%d) must be >= 0; the JRC default is %d",
            maxWinsorizedPoints, DEFAULT_MAX_WINSORIZED_POINTS));
      }
    }

    /**
     * Returns the JRC / COINr defaults: skewness 2.0, kurtosis 3.5, at most 5 points.
     *
     * @return the default options
     */
    public static Options defaults() {
      return new Options(DEFAULT_SKEW_THRESHOLD, DEFAULT_KURTOSIS_THRESHOLD, DEFAULT_MAX_WINSORIZED_POINTS);
    }

    /**
     * Returns a copy with another skewness threshold.
     *
     * @param threshold the absolute skewness threshold (finite, &gt; 0)
     * @return the new options
     * @throws IllegalArgumentException if the threshold is invalid
     */
    public Options withSkewThreshold(double threshold) {
      return new Options(threshold, kurtosisThreshold, maxWinsorizedPoints);
    }

    /**
     * Returns a copy with another kurtosis threshold.
     *
     * @param threshold the excess kurtosis threshold (finite)
     * @return the new options
     * @throws IllegalArgumentException if the threshold is not finite
     */
    public Options withKurtosisThreshold(double threshold) {
      return new Options(skewThreshold, threshold, maxWinsorizedPoints);
    }

    /**
     * Returns a copy with another point limit.
     *
     * @param points the maximum number of winsorized points (≥ 0)
     * @return the new options
     * @throws IllegalArgumentException if {@code points < 0}
     */
    public Options withMaxWinsorizedPoints(int points) {
      return new Options(skewThreshold, kurtosisThreshold, points);
    }

    /**
     * Whether a column with these moments passes: {@code |skewness| < skewThreshold} or
     * {@code kurtosis < kurtosisThreshold}.
     *
     * <p>Non-finite values: a NaN moment fails its half of the test.
     *
     * @param skewness the bias-corrected skewness G1
     * @param kurtosis the bias-corrected excess kurtosis G2
     * @return true if it passes
     */
    public boolean passes(double skewness, double kurtosis) {
      return Math.abs(skewness) < skewThreshold || kurtosis < kurtosisThreshold;
    }
  }

  /**
   * The result of fitting: the treatment to store and apply, and the report of what it did.
   *
   * @param treatment the learned treatment
   * @param report what was done to the reference column
   */
  public record Outcome(FittedOutlierTreatment treatment, OutlierReport report) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Validates the components.
     *
     * @param treatment the learned treatment
     * @param report what was done to the reference column
     * @throws NullPointerException if a component is null
     */
    public Outcome {
      Objects.requireNonNull(treatment, "treatment");
      Objects.requireNonNull(report, "report");
    }

    /**
     * Returns the treated column: {@code treatment().apply(column)}.
     *
     * <p>Non-finite values: see {@link FittedOutlierTreatment#apply(double)}.
     *
     * @param column the column to treat; not modified
     * @return the treated values
     */
    public double[] apply(double[] column) {
      return treatment.apply(column);
    }
  }

  /**
   * Learns the outlier treatment of one indicator from its reference column.
   *
   * <p>The treated reference column is {@code outcome.apply(column)}: the winsorized column is
   * exactly the clamp to the learned caps (every point pulled in was set to a value that stays
   * inside them), so batch and online treatment are the same function.
   *
   * <p>Non-finite values: NaN entries are missing; they are ignored by the moments, never
   * changed, and stay NaN. ±∞ is rejected.
   *
   * @param column the indicator's reference values; not modified
   * @param indicatorId the indicator id, for the report and error messages
   * @param options the thresholds and the point limit
   * @return the learned treatment and its report
   * @throws IllegalArgumentException if the id is blank or a value is infinite
   */
  public static Outcome fit(double[] column, String indicatorId, Options options) {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(options, "options");
    if (indicatorId.isBlank()) {
      throw new IllegalArgumentException("indicatorId (blank) must name the indicator being treated");
    }
    for (int i = 0; i < column.length; i++) {
      if (Double.isInfinite(column[i])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "indicator '%s' row %d is %s; outlier treatment needs finite values "
                + "(blank/NaN for missing); fix the data or the denominator",
            indicatorId, i, column[i]));
      }
    }
    double skewBefore = Moments.skewness(column);
    double kurtBefore = Moments.kurtosis(column);
    if (Double.isNaN(skewBefore) || Double.isNaN(kurtBefore)) {
      return untouched(indicatorId, OutlierReport.Status.NOT_ASSESSED, skewBefore, kurtBefore, options);
    }
    if (options.passes(skewBefore, kurtBefore)) {
      return untouched(indicatorId, OutlierReport.Status.PASSED, skewBefore, kurtBefore, options);
    }

    double[] distinct = Arrays.stream(column).filter(v -> !Double.isNaN(v)).sorted().distinct().toArray();
    int lo = 0;
    int hi = distinct.length - 1;
    double[] current = column;
    int changed = 0;
    double skew = skewBefore;
    double kurt = kurtBefore;
    while (!options.passes(skew, kurt) && changed < options.maxWinsorizedPoints() && lo < hi) {
      // the points at the current extreme include every point already pulled in on that side
      if (skew >= 0) {
        hi--;
      } else {
        lo++;
      }
      current = clamp(column, lowCap(distinct, lo), highCap(distinct, hi));
      changed = changedRows(column, current).size();
      skew = Moments.skewness(current);
      kurt = Moments.kurtosis(current);
    }
    if (changed > 0 && options.passes(skew, kurt)) {
      // passing implies more than one distinct value is left, so lowCap < highCap
      FittedOutlierTreatment.Winsorized winsorized = new FittedOutlierTreatment.Winsorized(
          lowCap(distinct, lo), highCap(distinct, hi), changed);
      OutlierReport report = new OutlierReport(indicatorId, OutlierReport.Status.WINSORIZED, changed,
          changedRows(column, current), skewBefore, kurtBefore, skew, kurt, true);
      return new Outcome(winsorized, report);
    }
    FittedOutlierTreatment.LogTransformed log =
        new FittedOutlierTreatment.LogTransformed(distinct[0], distinct[distinct.length - 1]);
    double[] logged = log.apply(column);
    double skewAfter = Moments.skewness(logged);
    double kurtAfter = Moments.kurtosis(logged);
    List<Integer> rows = presentRows(column);
    OutlierReport report = new OutlierReport(indicatorId, OutlierReport.Status.LOG_TRANSFORMED, rows.size(),
        rows, skewBefore, kurtBefore, skewAfter, kurtAfter, options.passes(skewAfter, kurtAfter));
    return new Outcome(log, report);
  }

  private static Outcome untouched(String id, OutlierReport.Status status, double skew, double kurt,
      Options options) {
    OutlierReport report = new OutlierReport(id, status, 0, List.of(), skew, kurt, skew, kurt,
        options.passes(skew, kurt));
    return new Outcome(new FittedOutlierTreatment.Untouched(), report);
  }

  /** An untouched low side stays open, so online values below the reference are not capped. */
  private static double lowCap(double[] distinct, int lo) {
    return lo == 0 ? Double.NEGATIVE_INFINITY : distinct[lo];
  }

  private static double highCap(double[] distinct, int hi) {
    return hi == distinct.length - 1 ? Double.POSITIVE_INFINITY : distinct[hi];
  }

  /** The same expression as {@link FittedOutlierTreatment.Winsorized#apply(double)}. */
  private static double[] clamp(double[] column, double low, double high) {
    double[] out = new double[column.length];
    for (int i = 0; i < column.length; i++) {
      out[i] = Math.min(Math.max(column[i], low), high);
    }
    return out;
  }

  private static List<Integer> changedRows(double[] before, double[] after) {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < before.length; i++) {
      // NaN never changes; comparing with != would report every NaN row
      if (Double.compare(before[i], after[i]) != 0) {
        rows.add(i);
      }
    }
    return rows;
  }

  private static List<Integer> presentRows(double[] column) {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < column.length; i++) {
      if (!Double.isNaN(column[i])) {
        rows.add(i);
      }
    }
    return rows;
  }
}
