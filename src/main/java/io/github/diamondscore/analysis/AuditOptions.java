package io.github.diamondscore.analysis;

import io.github.diamondscore.prepare.OutlierTreatment;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * The thresholds of a statistical {@link Audit}. Start from {@link #defaults()} and change what
 * you need with the {@code with...} copies; every value is checked when the options are made.
 *
 * @param highCorrelation two weighted children of one composite whose Pearson r exceeds this are
 *     flagged as probable double counting (in (0, 1]; default 0.9)
 * @param lowCorrelation a weighted child whose Pearson r with its parent is in [0, this) is flagged
 *     as weakly related to it (in [0, 1); default 0.2); a negative r is always flagged
 * @param lowImportanceRatio an indicator whose importance share is below this times its weight
 *     share is flagged (&gt; 0; default 0.5)
 * @param highImportanceRatio an indicator whose importance share is above this times its weight
 *     share is flagged (&gt; lowImportanceRatio; default 2)
 * @param minDistinctValues an indicator with fewer distinct present values than this (or than its
 *     number of present values, if smaller) has low variance (≥ 2; default 5)
 * @param maxModeShare an indicator whose most frequent value is held by more than this share of
 *     its present values has low variance (in (0, 1]; default 0.5)
 * @param bins the number of equal-count bins of the main-effect estimator, or 0 for round(√n)
 *     (0 or ≥ 2; default 0)
 * @param outlierOptions the outlier rule applied to each indicator's raw column (default
 *     {@link OutlierTreatment.Options#defaults()}, the rule of the preparation step)
 */
public record AuditOptions(double highCorrelation, double lowCorrelation,
    double lowImportanceRatio, double highImportanceRatio, int minDistinctValues,
    double maxModeShare, int bins, OutlierTreatment.Options outlierOptions)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Validates the options.
   *
   * @param highCorrelation in (0, 1]
   * @param lowCorrelation in [0, 1)
   * @param lowImportanceRatio &gt; 0
   * @param highImportanceRatio &gt; lowImportanceRatio, finite
   * @param minDistinctValues ≥ 2
   * @param maxModeShare in (0, 1]
   * @param bins 0 (automatic) or ≥ 2
   * @param outlierOptions the outlier rule
   * @throws IllegalArgumentException naming the option, its value and the valid range
   * @throws NullPointerException if {@code outlierOptions} is null
   */
  public AuditOptions {
    Objects.requireNonNull(outlierOptions, "outlierOptions");
    check(highCorrelation > 0 && highCorrelation <= 1, "highCorrelation", highCorrelation,
        "in (0, 1]", "0.9");
    check(lowCorrelation >= 0 && lowCorrelation < 1, "lowCorrelation", lowCorrelation,
        "in [0, 1)", "0.2");
    check(lowImportanceRatio > 0 && Double.isFinite(lowImportanceRatio), "lowImportanceRatio",
        lowImportanceRatio, "a finite number > 0", "0.5");
    check(highImportanceRatio > lowImportanceRatio && Double.isFinite(highImportanceRatio),
        "highImportanceRatio", highImportanceRatio,
        "a finite number > lowImportanceRatio (" + lowImportanceRatio + ")", "2");
    check(minDistinctValues >= 2, "minDistinctValues", minDistinctValues, ">= 2", "5");
    check(maxModeShare > 0 && maxModeShare <= 1, "maxModeShare", maxModeShare, "in (0, 1]",
        "0.5");
    check(bins == 0 || bins >= 2, "bins", bins, "0 (automatic) or >= 2", "0");
  }

  private static void check(boolean ok, String name, Object value, String valid, String def) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "audit option %s (%s) must be %s; the default is %s", name, value, valid, def));
    }
  }

  /**
   * The defaults: correlations 0.9 and 0.2, importance ratios 0.5 and 2, low variance below 5
   * distinct values or above a 0.5 mode share, automatic bins, the JRC outlier rule.
   *
   * @return the default options
   */
  public static AuditOptions defaults() {
    return new AuditOptions(0.9, 0.2, 0.5, 2, 5, 0.5, 0, OutlierTreatment.Options.defaults());
  }

  /**
   * A copy with other correlation thresholds.
   *
   * @param high the double-counting threshold, in (0, 1]
   * @param low the weak-with-parent threshold, in [0, 1)
   * @return the new options
   * @throws IllegalArgumentException if a threshold is out of range
   */
  public AuditOptions withCorrelationThresholds(double high, double low) {
    return new AuditOptions(high, low, lowImportanceRatio, highImportanceRatio,
        minDistinctValues, maxModeShare, bins, outlierOptions);
  }

  /**
   * A copy with other importance-to-weight ratio thresholds.
   *
   * @param low flag below this ratio (&gt; 0)
   * @param high flag above this ratio (&gt; low)
   * @return the new options
   * @throws IllegalArgumentException if a ratio is out of range
   */
  public AuditOptions withImportanceRatios(double low, double high) {
    return new AuditOptions(highCorrelation, lowCorrelation, low, high, minDistinctValues,
        maxModeShare, bins, outlierOptions);
  }

  /**
   * A copy with another low-variance rule.
   *
   * @param minDistinct the minimum number of distinct values (≥ 2)
   * @param maxMode the maximum share of the most frequent value (in (0, 1])
   * @return the new options
   * @throws IllegalArgumentException if a value is out of range
   */
  public AuditOptions withLowVariance(int minDistinct, double maxMode) {
    return new AuditOptions(highCorrelation, lowCorrelation, lowImportanceRatio,
        highImportanceRatio, minDistinct, maxMode, bins, outlierOptions);
  }

  /**
   * A copy with another number of bins for the main-effect estimator.
   *
   * @param count 0 for round(√n), else ≥ 2
   * @return the new options
   * @throws IllegalArgumentException if the count is 1 or negative
   */
  public AuditOptions withBins(int count) {
    return new AuditOptions(highCorrelation, lowCorrelation, lowImportanceRatio,
        highImportanceRatio, minDistinctValues, maxModeShare, count, outlierOptions);
  }

  /**
   * A copy with another outlier rule.
   *
   * @param options the thresholds of the skewness and kurtosis check
   * @return the new options
   */
  public AuditOptions withOutlierOptions(OutlierTreatment.Options options) {
    return new AuditOptions(highCorrelation, lowCorrelation, lowImportanceRatio,
        highImportanceRatio, minDistinctValues, maxModeShare, bins, options);
  }
}
