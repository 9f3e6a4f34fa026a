package io.github.diamondscore.model;

import com.google.common.collect.ImmutableList;
import io.github.diamondscore.normalize.Normalization;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A measured indicator: a leaf of the hierarchy that reads one column of the data.
 *
 * <p>Besides id, name and weight it has a unit (free text), a {@link Direction}, optional
 * {@link Goalposts}, an optional {@link Transform} applied before normalization, an optional
 * normalization that overrides the index's, and an optional denominator (another data column the
 * raw value is divided by before anything else). Create one with {@link #of} and refine it with
 * the copy methods:
 *
 * <pre>{@code
 * Indicator tariff = Indicator.of("tariff").named("MFN tariff").withUnit("%").lowerIsBetter();
 * Indicator lpi = Indicator.of("lpi").goalposts(1, 5);
 * }</pre>
 *
 * <p>An indicator with goalposts is normalized by distance to frontier between them (on the output
 * range of the index's normalization when that is bounded, else 0–100), unless it names its own
 * normalization.
 */
public final class Indicator implements Node {
  private static final long serialVersionUID = 1L;
  private final String id;
  private final String name;
  private final String unit;
  private final double weight;
  private final Direction direction;
  private final Goalposts goalposts; // null when absent, exposed as Optional
  private final Transform transform;
  private final Normalization normalization; // null when absent
  private final String denominator; // null when absent
  private final ImmutableList<Modulator> modulators;

  private Indicator(String id, String name, String unit, double weight, Direction direction,
      Goalposts goalposts, Transform transform, Normalization normalization, String denominator,
      List<Modulator> modulators) {
    this.id = Nodes.checkId(id);
    this.name = Nodes.checkName(id, name);
    this.unit = Objects.requireNonNull(unit, "unit");
    this.weight = Nodes.checkWeight(id, weight);
    this.direction = Objects.requireNonNull(direction, "direction");
    this.goalposts = goalposts;
    this.transform = Objects.requireNonNull(transform, "transform");
    this.normalization = normalization;
    this.denominator = denominator;
    this.modulators = ImmutableList.copyOf(modulators);
  }

  /**
   * An indicator reading the data column of the same id: higher is better, weight 1, no goalposts,
   * no transform.
   *
   * @param id the node id and data column
   * @return the indicator
   * @throws IllegalArgumentException if the id is empty or has characters other than letters,
   *     digits, '_', '.' and '-'
   */
  public static Indicator of(String id) {
    return new Indicator(id, id, "", 1, Direction.HIGHER_IS_BETTER, null, Transform.NONE, null,
        null, List.of());
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * The unit, free text.
   *
   * @return the unit; empty when not given
   */
  public String unit() {
    return unit;
  }

  @Override
  public double weight() {
    return weight;
  }

  /**
   * Whether higher or lower raw values are better.
   *
   * @return the direction
   */
  public Direction direction() {
    return direction;
  }

  /**
   * The goalposts in raw units.
   *
   * @return the goalposts, empty when they are to be fitted
   */
  public Optional<Goalposts> goalposts() {
    return Optional.ofNullable(goalposts);
  }

  /**
   * The transform applied before normalization.
   *
   * @return the transform
   */
  public Transform transform() {
    return transform;
  }

  /**
   * The normalization that overrides the index's for this indicator.
   *
   * @return the override, empty when the index's applies
   */
  public Optional<Normalization> normalization() {
    return Optional.ofNullable(normalization);
  }

  /**
   * The data column the raw value is divided by (e.g. population), before the transform.
   *
   * @return the denominator's column id, empty when none
   */
  public Optional<String> denominator() {
    return Optional.ofNullable(denominator);
  }

  @Override
  public List<Modulator> modulators() {
    return modulators;
  }

  @Override
  public List<Node> children() {
    return List.of();
  }

  @Override
  public Indicator withWeight(double weight) {
    return new Indicator(id, name, unit, weight, direction, goalposts, transform, normalization,
        denominator, modulators);
  }

  @Override
  public Indicator named(String name) {
    return new Indicator(id, name, unit, weight, direction, goalposts, transform, normalization,
        denominator, modulators);
  }

  /**
   * A copy with a unit.
   *
   * @param unit free text
   * @return the copy
   */
  public Indicator withUnit(String unit) {
    return new Indicator(id, name, unit, weight, direction, goalposts, transform, normalization,
        denominator, modulators);
  }

  /**
   * A copy with a direction.
   *
   * @param direction the direction
   * @return the copy
   */
  public Indicator withDirection(Direction direction) {
    return new Indicator(id, name, unit, weight, direction, goalposts, transform, normalization,
        denominator, modulators);
  }

  /**
   * A copy where lower raw values are better.
   *
   * @return the copy
   */
  public Indicator lowerIsBetter() {
    return withDirection(Direction.LOWER_IS_BETTER);
  }

  /**
   * A copy with goalposts in raw units; the direction decides which one is the worst.
   *
   * @param low the lower goalpost
   * @param high the upper goalpost
   * @return the copy
   * @throws IllegalArgumentException naming the indicator if low ≥ high or either is not finite
   */
  public Indicator goalposts(double low, double high) {
    Goalposts g;
    try {
      g = new Goalposts(low, high);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("indicator '" + id + "': " + e.getMessage(), e);
    }
    return new Indicator(id, name, unit, weight, direction, g, transform, normalization,
        denominator, modulators);
  }

  /**
   * A copy without goalposts.
   *
   * @return the copy
   */
  public Indicator withoutGoalposts() {
    return new Indicator(id, name, unit, weight, direction, null, transform, normalization,
        denominator, modulators);
  }

  /**
   * A copy with a transform.
   *
   * @param transform the transform
   * @return the copy
   */
  public Indicator withTransform(Transform transform) {
    return new Indicator(id, name, unit, weight, direction, goalposts, transform, normalization,
        denominator, modulators);
  }

  /**
   * A copy that takes the natural logarithm before normalizing.
   *
   * @return the copy
   */
  public Indicator log() {
    return withTransform(Transform.LOG);
  }

  /**
   * A copy normalized by its own method instead of the index's.
   *
   * @param normalization the method
   * @return the copy
   */
  public Indicator normalizedBy(Normalization normalization) {
    return new Indicator(id, name, unit, weight, direction, goalposts, transform,
        Objects.requireNonNull(normalization, "normalization"), denominator, modulators);
  }

  /**
   * A copy divided by another data column before anything else (e.g. per capita).
   *
   * @param denominator the column id
   * @return the copy
   */
  public Indicator per(String denominator) {
    return new Indicator(id, name, unit, weight, direction, goalposts, transform, normalization,
        Nodes.checkId(denominator), modulators);
  }

  @Override
  public Indicator modulatedBy(Node modulator, double strength) {
    return new Indicator(id, name, unit, weight, direction, goalposts, transform, normalization,
        denominator, Nodes.add(modulators, modulator, strength));
  }

  @Override
  public Indicator withModulators(List<Modulator> modulators) {
    return new Indicator(id, name, unit, weight, direction, goalposts, transform, normalization,
        denominator, modulators);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Indicator i && i.id.equals(id) && i.name.equals(name)
        && i.unit.equals(unit) && i.weight == weight && i.direction == direction
        && Objects.equals(i.goalposts, goalposts) && i.transform == transform
        && Objects.equals(i.normalization, normalization)
        && Objects.equals(i.denominator, denominator) && i.modulators.equals(modulators);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, unit, weight, direction, goalposts, transform, normalization,
        denominator, modulators);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Indicator[").append(id);
    if (weight != 1) {
      sb.append(", weight=").append(weight);
    }
    if (direction == Direction.LOWER_IS_BETTER) {
      sb.append(", lower is better");
    }
    if (goalposts != null) {
      sb.append(", goalposts=").append(goalposts.low()).append("..").append(goalposts.high());
    }
    if (transform != Transform.NONE) {
      sb.append(", ").append(transform);
    }
    if (normalization != null) {
      sb.append(", ").append(normalization);
    }
    if (denominator != null) {
      sb.append(", per ").append(denominator);
    }
    return sb.append(']').toString();
  }
}
