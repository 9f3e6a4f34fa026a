package io.github.diamondscore.prepare;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * The outlier treatment learned for one indicator by
 * {@link OutlierTreatment#fit(double[], String, OutlierTreatment.Options)}: nothing, caps
 * (winsorization) or a shifted log transform.
 *
 * <p>{@link #apply(double)} is a pure function of the value and the learned parameters, so the
 * batch column ({@link #apply(double[])}) and a single online value give bit-identical doubles.
 * Every treatment is monotone non-decreasing: it never reverses the order of two values.
 *
 * <p>Instances are immutable, thread-safe and serializable, so a fitted index can store them.
 */
public sealed interface FittedOutlierTreatment extends Serializable
    permits FittedOutlierTreatment.Untouched, FittedOutlierTreatment.Winsorized,
        FittedOutlierTreatment.LogTransformed {

  /**
   * Treats one value.
   *
   * <p>Non-finite values: NaN (missing) stays NaN; ±∞ follows the formula of the subtype.
   *
   * @param x the raw (possibly denominated and imputed) value
   * @return the treated value
   */
  double apply(double x);

  /**
   * Treats a column by applying {@link #apply(double)} to every element.
   *
   * <p>Non-finite values: as {@link #apply(double)}, element by element.
   *
   * @param column the raw column; not modified
   * @return a new array of the treated values, same length
   */
  default double[] apply(double[] column) {
    Objects.requireNonNull(column, "column");
    double[] out = new double[column.length];
    for (int i = 0; i < column.length; i++) {
      out[i] = apply(column[i]);
    }
    return out;
  }

  /**
   * No treatment: the indicator passed the skewness/kurtosis check, or could not be assessed.
   */
  record Untouched() implements FittedOutlierTreatment {
    private static final long serialVersionUID = 1L;

    /**
     * Returns {@code x} unchanged.
     *
     * <p>Non-finite values: returned unchanged.
     *
     * @param x the value
     * @return {@code x}
     */
    @Override
    public double apply(double x) {
      return x;
    }
  }

  /**
   * Winsorization learned at fit: values are clamped to {@code [lowCap, highCap]}.
   *
   * <p>A cap is a value of the reference column (the largest, or smallest, value left after the
   * extreme points were pulled in). A side that was not winsorized has an infinite cap, so an
   * online value beyond the reference range on that side passes through unchanged, as it would
   * for an untreated indicator; an online value beyond a finite cap is capped like the reference
   * values were.
   *
   * @param lowCap the lower cap, or {@link Double#NEGATIVE_INFINITY} when the low end was not winsorized
   * @param highCap the upper cap, or {@link Double#POSITIVE_INFINITY} when the high end was not winsorized
   * @param pointsChanged how many reference values were changed (≥ 0)
   */
  record Winsorized(double lowCap, double highCap, int pointsChanged) implements FittedOutlierTreatment {
    private static final long serialVersionUID = 1L;

    /**
     * Validates the caps.
     *
     * @param lowCap the lower cap, or −∞
     * @param highCap the upper cap, or +∞
     * @param pointsChanged how many reference values were changed
     * @throws IllegalArgumentException if a cap is NaN, {@code lowCap ≥ highCap}, a cap is an
     *     infinity on the wrong side, or {@code pointsChanged < 0}
     */
    public Winsorized {
      if (!(lowCap < highCap) || lowCap == Double.POSITIVE_INFINITY
          || highCap == Double.NEGATIVE_INFINITY) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "winsorization caps [%s, %s] must satisfy lowCap < highCap (not NaN); "
                + "use -Infinity or +Infinity for a side that is not capped",
            lowCap, highCap));
      }
      if (pointsChanged < 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "pointsChanged (%d) must be >= 0", pointsChanged));
      }
    }

    /**
     * Clamps {@code x} to {@code [lowCap, highCap]}: {@code min(max(x, lowCap), highCap)}.
     *
     * <p>Non-finite values: NaN stays NaN; +∞ becomes {@code highCap} and −∞ becomes
     * {@code lowCap} (unchanged when that cap is infinite).
     *
     * @param x the value
     * @return the clamped value
     */
    @Override
    public double apply(double x) {
      return Math.min(Math.max(x, lowCap), highCap);
    }
  }

  /**
   * The shifted log transform of the COIN Tool and COINr ({@code log_CT}):
   * {@code log(x − min + 0.01·(max − min))}, with {@code min} and {@code max} the present values
   * of the reference column.
   *
   * <p>A value below {@code min} (possible online, or in a later year) is first raised to
   * {@code min}, so it gets {@code log(0.01·(max − min))}, the transform's lowest reference
   * value. Without that the argument would reach zero at {@code min − 0.01·(max − min)} and give
   * −∞ and then NaN below it, and leaving the values just below {@code min} unclamped while
   * clamping those further down would reverse their order. Raising to {@code min} keeps the
   * result finite and the transform monotone, in the same spirit as a winsorization cap.
   *
   * @param min the smallest present reference value (finite)
   * @param max the largest present reference value (finite, {@code > min})
   */
  record LogTransformed(double min, double max) implements FittedOutlierTreatment {
    private static final long serialVersionUID = 1L;

    /**
     * Validates the range.
     *
     * @param min the smallest present reference value
     * @param max the largest present reference value
     * @throws IllegalArgumentException unless both are finite and {@code min < max}
     */
    public LogTransformed {
      if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "log transform range [%s, %s] must be finite with min < max; "
                + "a constant indicator needs no outlier treatment",
            min, max));
      }
    }

    /**
     * Returns {@code log(max(x, min) − min + 0.01·(max − min))}.
     *
     * <p>Non-finite values: NaN stays NaN; +∞ gives +∞; −∞ is raised to {@code min}.
     *
     * @param x the value
     * @return the transformed value
     */
    @Override
    public double apply(double x) {
      return Math.log(Math.max(x, min) - min + 0.01 * (max - min));
    }
  }
}
