package io.github.diamondscore.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * A leaf whose score is computed by host code from the whole observation (e.g. an internal credit
 * rating). It takes part in weights, contributions and ranks like any other node. Its function
 * must return a score in [0, 100] or NaN for missing; anything else is rejected at scoring time,
 * naming the node and the entity.
 */
public final class Custom implements Node {
  private static final long serialVersionUID = 1L;
  private final String id;
  private final String name;
  private final double weight;
  private final CustomScore function;
  private final ImmutableList<Modulator> modulators;

  private Custom(String id, String name, double weight, CustomScore function,
      List<Modulator> modulators) {
    this.id = Nodes.checkId(id);
    this.name = Nodes.checkName(id, name);
    this.weight = Nodes.checkWeight(id, weight);
    this.function = Objects.requireNonNull(function, "function");
    this.modulators = ImmutableList.copyOf(modulators);
  }

  /**
   * A custom leaf.
   *
   * @param id the node id
   * @param function the host's scoring function
   * @return the leaf, weight 1
   */
  public static Custom of(String id, CustomScore function) {
    return new Custom(id, id, 1, function, List.of());
  }

  /**
   * The host's scoring function.
   *
   * @return the function
   */
  public CustomScore function() {
    return function;
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
  public List<Modulator> modulators() {
    return modulators;
  }

  @Override
  public List<Node> children() {
    return List.of();
  }

  @Override
  public Custom withWeight(double weight) {
    return new Custom(id, name, weight, function, modulators);
  }

  @Override
  public Custom named(String name) {
    return new Custom(id, name, weight, function, modulators);
  }

  @Override
  public Custom modulatedBy(Node modulator, double strength) {
    return new Custom(id, name, weight, function, Nodes.add(modulators, modulator, strength));
  }

  @Override
  public Custom withModulators(List<Modulator> modulators) {
    return new Custom(id, name, weight, function, modulators);
  }

  @Override
  public String toString() {
    return "Custom[" + id + (weight != 1 ? ", weight=" + weight : "") + "]";
  }
}
