package io.github.diamondscore.analysis;

import io.github.diamondscore.prepare.OutlierReport;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * Descriptive statistics of one indicator node's raw data: the values of the column it reads,
 * divided by its denominator if it has one, before imputation, outlier treatment, transform and
 * normalization, over the entities the index scores (after screening). Moments are those of
 * {@link io.github.diamondscore.prepare.Moments}, as the outlier rule uses them.
 *
 * @param indicator the indicator node id
 * @param column the data column it reads
 * @param denominator the data column it is divided by, if any
 * @param count the number of present values
 * @param missingShare the share of scored entities with no value, in [0, 1]
 * @param mean the mean of the present values (NaN when none)
 * @param sd their sample standard deviation, divisor n − 1 (NaN with fewer than 2)
 * @param min the smallest present value (NaN when none)
 * @param max the largest present value (NaN when none)
 * @param skewness the bias-corrected skewness G1 (NaN when undefined)
 * @param kurtosis the bias-corrected excess kurtosis G2 (NaN when undefined)
 * @param outlierStatus what the preparation step's outlier treatment would do to this column
 *     with the audit's outlier options: {@code PASSED}, {@code NOT_ASSESSED}, or
 *     {@code WINSORIZED} / {@code LOG_TRANSFORMED} when it fails the check
 * @param distinctValues the number of distinct present values
 * @param modeShare the share of present values equal to the most frequent one (NaN when none)
 * @param lowVariance whether the low-variance rule of {@link AuditOptions} holds
 */
public record IndicatorStats(String indicator, String column, Optional<String> denominator,
    int count, double missingShare, double mean, double sd, double min, double max,
    double skewness, double kurtosis, OutlierReport.Status outlierStatus, int distinctValues,
    double modeShare, boolean lowVariance) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Validates the statistics.
   *
   * @param indicator the indicator id
   * @param column the data column
   * @param denominator the denominator column, if any
   * @param count present values
   * @param missingShare missing share
   * @param mean mean
   * @param sd standard deviation
   * @param min minimum
   * @param max maximum
   * @param skewness G1
   * @param kurtosis G2
   * @param outlierStatus outlier treatment status
   * @param distinctValues distinct values
   * @param modeShare share of the most frequent value
   * @param lowVariance low-variance flag
   * @throws NullPointerException if a reference is null
   */
  public IndicatorStats {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(outlierStatus, "outlierStatus");
  }

  /**
   * Whether the outlier rule would treat this indicator: |skewness| ≥ the skewness threshold
   * and kurtosis ≥ the kurtosis threshold, both defined.
   *
   * @return true when the status is {@code WINSORIZED} or {@code LOG_TRANSFORMED}
   */
  public boolean failsOutlierCheck() {
    return outlierStatus == OutlierReport.Status.WINSORIZED
        || outlierStatus == OutlierReport.Status.LOG_TRANSFORMED;
  }
}
