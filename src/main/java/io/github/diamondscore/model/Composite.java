package io.github.diamondscore.model;

import com.google.common.collect.ImmutableList;
import io.github.diamondscore.aggregate.Aggregation;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A composite node: weighted children combined by an {@link Aggregation}. Each child's weight is
 * its own {@link Node#weight()}, relative to its siblings. Without an aggregation of its own, a
 * composite uses the index's default.
 *
 * <pre>{@code
 * Composite infra = Composite.of("infrastructure", logistics, network.withWeight(2)).geometric();
 * }</pre>
 */
public final class Composite implements Node {
  private static final long serialVersionUID = 1L;
  private final String id;
  private final String name;
  private final double weight;
  private final ImmutableList<Node> children;
  private final Aggregation aggregation; // null: the index's default
  private final ImmutableList<Modulator> modulators;

  private Composite(String id, String name, double weight, List<? extends Node> children,
      Aggregation aggregation, List<Modulator> modulators) {
    this.id = Nodes.checkId(id);
    this.name = Nodes.checkName(id, name);
    this.weight = Nodes.checkWeight(id, weight);
    this.children = ImmutableList.copyOf(children);
    if (this.children.isEmpty()) {
      throw new IllegalArgumentException(
          "composite '" + id + "' has no children; a composite needs at least one child");
    }
    Set<String> seen = new HashSet<>();
    for (Node c : this.children) {
      if (!seen.add(c.id())) {
        throw new IllegalArgumentException(
            "composite '" + id + "' has the child '" + c.id() + "' twice; ids must be unique");
      }
    }
    this.aggregation = aggregation;
    this.modulators = ImmutableList.copyOf(modulators);
  }

  /**
   * A composite of the given children, in order, each weighted by its own weight.
   *
   * @param id the node id
   * @param children at least one
   * @return the composite (index's default aggregation, weight 1)
   * @throws IllegalArgumentException if there are no children or two share an id
   */
  public static Composite of(String id, Node... children) {
    return of(id, List.of(children));
  }

  /**
   * A composite of the given children, in order, each weighted by its own weight.
   *
   * @param id the node id
   * @param children at least one
   * @return the composite (index's default aggregation, weight 1)
   * @throws IllegalArgumentException if there are no children or two share an id
   */
  public static Composite of(String id, List<? extends Node> children) {
    return new Composite(id, id, 1, children, null, List.of());
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public double weight() {
    return weight;
  }

  @Override
  public List<Node> children() {
    return children;
  }

  /**
   * The composite's own aggregation.
   *
   * @return the aggregation, empty when the index's default applies
   */
  public Optional<Aggregation> aggregation() {
    return Optional.ofNullable(aggregation);
  }

  @Override
  public List<Modulator> modulators() {
    return modulators;
  }

  @Override
  public Composite withWeight(double weight) {
    return new Composite(id, name, weight, children, aggregation, modulators);
  }

  @Override
  public Composite named(String name) {
    return new Composite(id, name, weight, children, aggregation, modulators);
  }

  /**
   * A copy with another id (the name follows when it was the id).
   *
   * @param id the new id
   * @return the copy
   */
  public Composite withId(String id) {
    return new Composite(id, name.equals(this.id) ? id : name, weight, children, aggregation,
        modulators);
  }

  /**
   * A copy with other children.
   *
   * @param children at least one
   * @return the copy
   */
  public Composite withChildren(List<? extends Node> children) {
    return new Composite(id, name, weight, children, aggregation, modulators);
  }

  /**
   * A copy with one more child at the end.
   *
   * @param child the child
   * @return the copy
   */
  public Composite withChild(Node child) {
    return withChildren(ImmutableList.<Node>builder().addAll(children).add(child).build());
  }

  /**
   * A copy aggregated by the given method.
   *
   * @param aggregation the method
   * @return the copy
   */
  public Composite aggregatedBy(Aggregation aggregation) {
    return new Composite(id, name, weight, children,
        Objects.requireNonNull(aggregation, "aggregation"), modulators);
  }

  /**
   * A copy without an aggregation of its own (the index's default applies).
   *
   * @return the copy
   */
  public Composite withDefaultAggregation() {
    return new Composite(id, name, weight, children, null, modulators);
  }

  /**
   * A copy aggregated by the weighted arithmetic mean.
   *
   * @return the copy
   */
  public Composite arithmetic() {
    return aggregatedBy(Aggregation.arithmetic());
  }

  /**
   * A copy aggregated by the weighted geometric mean.
   *
   * @return the copy
   */
  public Composite geometric() {
    return aggregatedBy(Aggregation.geometric());
  }

  /**
   * A copy aggregated by the weighted harmonic mean.
   *
   * @return the copy
   */
  public Composite harmonic() {
    return aggregatedBy(Aggregation.harmonic());
  }

  /**
   * A copy aggregated by the weighted power mean.
   *
   * @param p the exponent
   * @return the copy
   */
  public Composite power(double p) {
    return aggregatedBy(Aggregation.power(p));
  }

  /**
   * A copy aggregated by the minimum (weakest link).
   *
   * @return the copy
   */
  public Composite minimum() {
    return aggregatedBy(Aggregation.minimum());
  }

  /**
   * A copy aggregated by the weighted median.
   *
   * @return the copy
   */
  public Composite median() {
    return aggregatedBy(Aggregation.median());
  }

  /**
   * A copy aggregated by the Mazziotta–Pareto index.
   *
   * @return the copy
   */
  public Composite mazziottaPareto() {
    return aggregatedBy(Aggregation.mazziottaPareto());
  }

  @Override
  public Composite modulatedBy(Node modulator, double strength) {
    return new Composite(id, name, weight, children, aggregation,
        Nodes.add(modulators, modulator, strength));
  }

  @Override
  public Composite withModulators(List<Modulator> modulators) {
    return new Composite(id, name, weight, children, aggregation, modulators);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Composite c && c.id.equals(id) && c.name.equals(name)
        && c.weight == weight && c.children.equals(children)
        && Objects.equals(c.aggregation, aggregation) && c.modulators.equals(modulators);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, weight, children, aggregation, modulators);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Composite[").append(id);
    if (weight != 1) {
      sb.append(", weight=").append(weight);
    }
    if (aggregation != null) {
      sb.append(", ").append(aggregation);
    }
    sb.append(", children=");
    for (int i = 0; i < children.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(children.get(i).id());
    }
    return sb.append(']').toString();
  }
}
