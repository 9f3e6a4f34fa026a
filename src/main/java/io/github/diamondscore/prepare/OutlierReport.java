package io.github.diamondscore.prepare;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What outlier treatment did to one indicator of the reference data.
 *
 * <p>The moments are the bias-corrected skewness G1 and excess kurtosis G2 of {@link Moments},
 * before treatment and after it (of the winsorized or log-transformed column; equal to the
 * "before" values when the column is untouched).
 *
 * @param indicator the indicator id
 * @param status what was done
 * @param pointsChanged how many present values the treatment changed: the winsorized points,
 *     every present value for a log transform, 0 otherwise
 * @param changedRows the rows (zero-based, ascending) whose value the treatment changed; its size
 *     is {@code pointsChanged}
 * @param skewnessBefore G1 of the reference column (NaN when not defined)
 * @param kurtosisBefore G2 of the reference column (NaN when not defined)
 * @param skewnessAfter G1 of the treated column
 * @param kurtosisAfter G2 of the treated column
 * @param passesAfter whether the treated column passes the check; a log transform is kept even
 *     when it still fails, as in COINr
 */
public record OutlierReport(
    String indicator,
    Status status,
    int pointsChanged,
    List<Integer> changedRows,
    double skewnessBefore,
    double kurtosisBefore,
    double skewnessAfter,
    double kurtosisAfter,
    boolean passesAfter) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What outlier treatment did to an indicator. */
  public enum Status {
    /** Fewer than 4 present values, or all equal: skewness or kurtosis undefined, nothing done. */
    NOT_ASSESSED,
    /** Absolute skewness or kurtosis under its threshold: nothing done. */
    PASSED,
    /** Extreme values were pulled in until the indicator passed. */
    WINSORIZED,
    /** Winsorization within the point limit did not make it pass; the original column was log-transformed. */
    LOG_TRANSFORMED
  }

  /**
   * Validates and copies the report.
   *
   * @param indicator the indicator id
   * @param status what was done
   * @param pointsChanged how many present values were changed
   * @param changedRows the changed rows, ascending
   * @param skewnessBefore G1 before treatment
   * @param kurtosisBefore G2 before treatment
   * @param skewnessAfter G1 after treatment
   * @param kurtosisAfter G2 after treatment
   * @param passesAfter whether the treated column passes
   * @throws IllegalArgumentException if {@code pointsChanged} is negative or differs from the
   *     number of changed rows, or a row is negative
   * @throws NullPointerException if a reference argument or a row is null
   */
  public OutlierReport {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(status, "status");
    changedRows = List.copyOf(changedRows);
    if (pointsChanged < 0 || pointsChanged != changedRows.size()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "pointsChanged (%d) must equal the number of changed rows (%d) for indicator '%s'",
          pointsChanged, changedRows.size(), indicator));
    }
    for (int row : changedRows) {
      if (row < 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "changed row (%d) must be >= 0 for indicator '%s'", row, indicator));
      }
    }
  }

  /**
   * Returns a one-line summary, e.g.
   * {@code indicator 'gdp': winsorized 2 points (row 21, row 22); skewness 3.4965 -> 2.2052,
   * kurtosis 12.7842 -> 3.4474}.
   *
   * @return the summary
   */
  public String describe() {
    return describeRows(changedRows.stream().map(r -> "row " + r).collect(Collectors.toList()));
  }

  /**
   * Returns the one-line summary of {@link #describe()} naming the changed points by entity,
   * e.g. {@code indicator 'gdp': winsorized 2 points (USA, CHN); ...}.
   *
   * @param rowNames the reference panel's row names (its entities, with the year when it has
   *     years), indexed by row
   * @return the summary
   * @throws IndexOutOfBoundsException if a changed row is not in {@code rowNames}
   */
  public String describe(List<String> rowNames) {
    return describeRows(changedRows.stream().map(rowNames::get).collect(Collectors.toList()));
  }

  private String describeRows(List<String> changed) {
    String moments = String.format(Locale.ROOT, "skewness %.4f -> %.4f, kurtosis %.4f -> %.4f",
        skewnessBefore, skewnessAfter, kurtosisBefore, kurtosisAfter);
    switch (status) {
      case NOT_ASSESSED:
        return String.format(Locale.ROOT,
            "indicator '%s': not assessed (skewness or kurtosis undefined: fewer than 4 present "
                + "values, or all equal); untouched", indicator);
      case PASSED:
        return String.format(Locale.ROOT, "indicator '%s': passed (skewness %.4f, kurtosis %.4f); untouched",
            indicator, skewnessBefore, kurtosisBefore);
      case WINSORIZED:
        return String.format(Locale.ROOT, "indicator '%s': winsorized %d point%s (%s); %s",
            indicator, pointsChanged, pointsChanged == 1 ? "" : "s", String.join(", ", changed),
            moments);
      case LOG_TRANSFORMED:
      default:
        return String.format(Locale.ROOT,
            "indicator '%s': winsorization did not pass within the limit; log-transformed%s; %s",
            indicator, passesAfter ? "" : " (still fails)", moments);
    }
  }
}
