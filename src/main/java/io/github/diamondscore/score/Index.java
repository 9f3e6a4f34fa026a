package io.github.diamondscore.score;

import io.github.diamondscore.aggregate.Aggregation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.normalize.Normalization;
import io.github.diamondscore.prepare.Imputation;
import io.github.diamondscore.prepare.OutlierTreatment;
import io.github.diamondscore.prepare.Screening;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An index spec: a {@link Framework} plus method choices — the default normalization (for
 * indicators that do not set their own), the default aggregation (for composites that do not set
 * their own) and the minimum coverage. {@link #fit} learns every data-driven parameter from a
 * reference panel and returns an immutable {@link FittedIndex}.
 *
 * <pre>{@code
 * Index index = Index.builder(framework)
 *     .normalization(Normalization.minMax(1, 100))
 *     .aggregation(Aggregation.geometric())
 *     .minCoverage(0.5)
 *     .build();
 * FittedIndex fitted = index.fit(reference);
 * }</pre>
 *
 * <p><b>Preparation</b> (all optional, all learned by {@code fit} and applied identically to
 * every later panel and observation), in this order for each indicator: divide by its
 * denominator; {@linkplain Builder#screening screen} out entities with too few indicators
 * present; {@linkplain Builder#imputation impute} missing values; {@linkplain
 * Builder#treatOutliers treat outliers}; then transform, orient and normalize.
 *
 * <p><b>Missing data.</b> A composite's score uses the children that are present, with their
 * weights renormalized; its coverage is the share of its children's weight that is present. With
 * the default minimum coverage (0) a composite is missing only when no child is present; with
 * {@code minCoverage(c)} it is missing whenever its coverage is below c. Nothing is imputed
 * unless an imputation is chosen, and imputed cells are reported.
 */
public final class Index implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Framework framework;
  private final Normalization normalization;
  private final Aggregation aggregation;
  private final double minCoverage;
  private final Imputation imputation;
  private final OutlierTreatment.Options outliers; // null: no treatment
  private final Screening screening; // null: no screening

  private Index(Builder b) {
    this.framework = b.framework;
    this.normalization = b.normalization;
    this.aggregation = b.aggregation;
    this.minCoverage = b.minCoverage;
    this.imputation = b.imputation;
    this.outliers = b.outliers;
    this.screening = b.screening;
  }

  /**
   * An index with the defaults: min–max to 0–100, arithmetic mean, coverage above 0.
   *
   * @param framework the framework
   * @return the index
   */
  public static Index of(Framework framework) {
    return builder(framework).build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @param framework the framework
   * @return the builder
   */
  public static Builder builder(Framework framework) {
    return new Builder(framework);
  }

  /**
   * A builder holding this index's settings, to derive a variant.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(framework).normalization(normalization).aggregation(aggregation)
        .minCoverage(minCoverage).imputation(imputation);
    b.outliers = outliers;
    b.screening = screening;
    return b;
  }

  /**
   * The imputation of missing indicator values.
   *
   * @return the method; {@code none} by default
   */
  public Imputation imputation() {
    return imputation;
  }

  /**
   * The outlier treatment settings.
   *
   * @return the options, empty when outliers are not treated
   */
  public Optional<OutlierTreatment.Options> outlierTreatment() {
    return Optional.ofNullable(outliers);
  }

  /**
   * The screening of entities by data availability.
   *
   * @return the screening, empty when every entity is kept
   */
  public Optional<Screening> screening() {
    return Optional.ofNullable(screening);
  }

  /**
   * The framework.
   *
   * @return the framework
   */
  public Framework framework() {
    return framework;
  }

  /**
   * The default normalization.
   *
   * @return the method used by indicators that do not set their own
   */
  public Normalization normalization() {
    return normalization;
  }

  /**
   * The default aggregation.
   *
   * @return the method used by composites that do not set their own
   */
  public Aggregation aggregation() {
    return aggregation;
  }

  /**
   * The minimum coverage under which a composite is missing.
   *
   * @return a share in [0, 1]; 0 means missing only when no child is present
   */
  public double minCoverage() {
    return minCoverage;
  }

  /**
   * Learns every data-driven parameter from a reference panel.
   *
   * @param reference the reference panel; it must have a column for every indicator (and
   *     denominator) of the framework
   * @return the fitted index
   * @throws IllegalArgumentException if an indicator is not a column of the panel, is constant or
   *     empty there (unless it has goalposts), or a log-transformed value is ≤ 0; the message names
   *     the indicator (and the entity)
   */
  public FittedIndex fit(Panel reference) {
    return Fitter.fit(this, reference);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "Index[%s, normalization=%s, aggregation=%s, minCoverage=%s, imputation=%s, outliers=%s,"
            + " screening=%s]", framework.root().id(), normalization, aggregation, minCoverage,
        imputation, outliers == null ? "none" : outliers,
        screening == null ? "none" : screening.minimumAvailability());
  }

  /** Builds an {@link Index}; not thread-safe. */
  public static final class Builder {
    private Framework framework;
    private Normalization normalization = Normalization.minMax();
    private Aggregation aggregation = Aggregation.arithmetic();
    private double minCoverage = 0;
    private Imputation imputation = Imputation.none();
    private OutlierTreatment.Options outliers;
    private Screening screening;

    private Builder(Framework framework) {
      this.framework = Objects.requireNonNull(framework, "framework");
    }

    /**
     * Replaces the framework (e.g. with a reweighted copy), keeping the method choices.
     *
     * @param framework the framework
     * @return this builder
     */
    public Builder framework(Framework framework) {
      this.framework = Objects.requireNonNull(framework, "framework");
      return this;
    }

    /**
     * Sets the default normalization.
     *
     * @param normalization the method
     * @return this builder
     */
    public Builder normalization(Normalization normalization) {
      this.normalization = Objects.requireNonNull(normalization, "normalization");
      return this;
    }

    /**
     * Sets the default aggregation.
     *
     * @param aggregation the method
     * @return this builder
     */
    public Builder aggregation(Aggregation aggregation) {
      this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
      return this;
    }

    /**
     * Sets the minimum coverage: a composite whose present children carry less than this share of
     * its weight is missing.
     *
     * @param minCoverage in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if outside [0, 1]
     */
    public Builder minCoverage(double minCoverage) {
      if (!(minCoverage >= 0 && minCoverage <= 1)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "minimum coverage (%s) must be in [0, 1]", minCoverage));
      }
      this.minCoverage = minCoverage;
      return this;
    }

    /**
     * Sets how missing indicator values are imputed. Fill values are learned from the reference
     * panel and frozen, so an online observation with a gap gets the value the batch got; for
     * {@code latest} the entity's earlier years are those of the reference panel.
     *
     * @param imputation the method, e.g. {@code Imputation.groupMedian()}
     * @return this builder
     */
    public Builder imputation(Imputation imputation) {
      this.imputation = Objects.requireNonNull(imputation, "imputation");
      return this;
    }

    /**
     * Treats outliers with the JRC/COINr defaults (|skewness| &lt; 2 or kurtosis &lt; 3.5 passes;
     * else winsorize up to 5 points; else log).
     *
     * @return this builder
     */
    public Builder treatOutliers() {
      return treatOutliers(OutlierTreatment.Options.defaults());
    }

    /**
     * Treats outliers with the given thresholds; caps and log ranges are learned at fit.
     *
     * @param options the thresholds and the maximum number of winsorized points
     * @return this builder
     */
    public Builder treatOutliers(OutlierTreatment.Options options) {
      this.outliers = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Drops entities whose share of indicators present is below a threshold, in the reference
     * panel and in every scored panel (they are listed in {@link Scores#screenedOut()}).
     *
     * @param minimumAvailability a share in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if outside [0, 1]
     */
    public Builder screening(double minimumAvailability) {
      this.screening = Screening.ofMinimumAvailability(minimumAvailability);
      return this;
    }

    /**
     * Builds the index.
     *
     * @return the index
     */
    public Index build() {
      return new Index(this);
    }
  }
}
