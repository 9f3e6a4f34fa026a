package io.github.diamondscore.score;

import io.github.diamondscore.aggregate.Aggregation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.normalize.Normalization;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

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
 * <p><b>Missing data.</b> A composite's score uses the children that are present, with their
 * weights renormalized; its coverage is the share of its children's weight that is present. With
 * the default minimum coverage (0) a composite is missing only when no child is present; with
 * {@code minCoverage(c)} it is missing whenever its coverage is below c. Nothing is imputed here.
 */
public final class Index implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Framework framework;
  private final Normalization normalization;
  private final Aggregation aggregation;
  private final double minCoverage;

  private Index(Builder b) {
    this.framework = b.framework;
    this.normalization = b.normalization;
    this.aggregation = b.aggregation;
    this.minCoverage = b.minCoverage;
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
    return new Builder(framework).normalization(normalization).aggregation(aggregation)
        .minCoverage(minCoverage);
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
        "Index[%s, normalization=%s, aggregation=%s, minCoverage=%s]", framework.root().id(),
        normalization, aggregation, minCoverage);
  }

  /** Builds an {@link Index}; not thread-safe. */
  public static final class Builder {
    private final Framework framework;
    private Normalization normalization = Normalization.minMax();
    private Aggregation aggregation = Aggregation.arithmetic();
    private double minCoverage = 0;

    private Builder(Framework framework) {
      this.framework = Objects.requireNonNull(framework, "framework");
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
     * Builds the index.
     *
     * @return the index
     */
    public Index build() {
      return new Index(this);
    }
  }
}
