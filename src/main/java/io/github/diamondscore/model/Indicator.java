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
  private final String column;
  private final ImmutableList<Modulator> modulators;

  /** Mutable settings, used only to build a modified copy. */
  private static final class Spec {
    String id;
    String name;
    String unit = "";
    double weight = 1;
    Direction direction = Direction.HIGHER_IS_BETTER;
    Goalposts goalposts;
    Transform transform = Transform.NONE;
    Normalization normalization;
    String denominator;
    String column;
    List<Modulator> modulators = List.of();
  }

  private Indicator(Spec s) {
    this.id = Nodes.checkId(s.id);
    this.name = Nodes.checkName(s.id, s.name);
    this.unit = Objects.requireNonNull(s.unit, "unit");
    this.weight = Nodes.checkWeight(s.id, s.weight);
    this.direction = Objects.requireNonNull(s.direction, "direction");
    this.goalposts = s.goalposts;
    this.transform = Objects.requireNonNull(s.transform, "transform");
    this.normalization = s.normalization;
    this.denominator = s.denominator == null ? null : Nodes.checkId(s.denominator);
    this.column = Nodes.checkId(s.column == null ? s.id : s.column);
    this.modulators = ImmutableList.copyOf(s.modulators);
  }

  private Spec spec() {
    Spec s = new Spec();
    s.id = id;
    s.name = name;
    s.unit = unit;
    s.weight = weight;
    s.direction = direction;
    s.goalposts = goalposts;
    s.transform = transform;
    s.normalization = normalization;
    s.denominator = denominator;
    s.column = column;
    s.modulators = modulators;
    return s;
  }

  private Indicator change(java.util.function.Consumer<Spec> edit) {
    Spec s = spec();
    edit.accept(s);
    return new Indicator(s);
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
    Spec s = new Spec();
    s.id = id;
    s.name = id;
    return new Indicator(s);
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

  /**
   * The data column this indicator reads: its id unless set with {@link #reading}.
   *
   * @return the column id
   */
  public String column() {
    return column;
  }

  /**
   * A copy that reads another data column. Lets one column appear in two places of a framework
   * (ids are unique, columns need not be), e.g. the LPI both in Porter's diamond and in the
   * infrastructure area.
   *
   * @param column the data column
   * @return the copy
   * @throws IllegalArgumentException if the column id is invalid
   */
  public Indicator reading(String column) {
    return change(s -> s.column = column);
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
    return change(s -> s.weight = weight);
  }

  @Override
  public Indicator named(String name) {
    return change(s -> s.name = name);
  }

  /**
   * A copy with a unit.
   *
   * @param unit free text
   * @return the copy
   */
  public Indicator withUnit(String unit) {
    return change(s -> s.unit = unit);
  }

  /**
   * A copy with a direction.
   *
   * @param direction the direction
   * @return the copy
   */
  public Indicator withDirection(Direction direction) {
    return change(s -> s.direction = direction);
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
    final Goalposts g;
    try {
      g = new Goalposts(low, high);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("indicator '" + id + "': " + e.getMessage(), e);
    }
    return change(s -> s.goalposts = g);
  }

  /**
   * A copy without goalposts.
   *
   * @return the copy
   */
  public Indicator withoutGoalposts() {
    return change(s -> s.goalposts = null);
  }

  /**
   * A copy with a transform.
   *
   * @param transform the transform
   * @return the copy
   */
  public Indicator withTransform(Transform transform) {
    return change(s -> s.transform = transform);
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
    return change(s -> s.normalization = Objects.requireNonNull(normalization, "normalization"));
  }

  /**
   * A copy divided by another data column before anything else (e.g. per capita).
   *
   * @param denominator the column id
   * @return the copy
   */
  public Indicator per(String denominator) {
    return change(s -> s.denominator = denominator);
  }

  @Override
  public Indicator modulatedBy(Node modulator, double strength) {
    return change(s -> s.modulators = Nodes.add(modulators, modulator, strength));
  }

  @Override
  public Indicator withModulators(List<Modulator> modulators) {
    return change(s -> s.modulators = modulators);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Indicator i && i.id.equals(id) && i.name.equals(name)
        && i.unit.equals(unit) && i.weight == weight && i.direction == direction
        && Objects.equals(i.goalposts, goalposts) && i.transform == transform
        && Objects.equals(i.normalization, normalization)
        && Objects.equals(i.denominator, denominator) && i.column.equals(column)
        && i.modulators.equals(modulators);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, unit, weight, direction, goalposts, transform, normalization,
        denominator, column, modulators);
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
    if (!column.equals(id)) {
      sb.append(", reads ").append(column);
    }
    return sb.append(']').toString();
  }
}
