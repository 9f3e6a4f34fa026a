package io.github.diamondscore.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An immutable, validated indicator hierarchy: one root {@link Node}, ids unique across the whole
 * tree (modulators included), with lookups by id.
 *
 * <p>Build the tree in code with {@link Indicator#of}, {@link Composite#of} and {@link Custom#of}
 * (or the {@code Scorer} factories of the {@code score} package) and wrap it with {@link #of};
 * or row by row, naming each node's parent as the framework CSV does, with {@link #builder}; or
 * read it from the framework CSV with {@link FrameworkCsv}. All give the same objects.
 *
 * <pre>{@code
 * Framework fw = Framework.builder("readiness")
 *     .composite("logistics", "readiness", c -> c.geometric().withWeight(2))
 *     .indicator("lpi_customs", "logistics", i -> i.goalposts(1, 5))
 *     .indicator("lpi_timeliness", "logistics", i -> i.goalposts(1, 5))
 *     .indicator("tariff", "readiness", Indicator::lowerIsBetter)
 *     .modulator("growth", "logistics", 0.15)
 *     .build();
 * }</pre>
 *
 * <p>Levels count from the root: the root is level 0, its children level 1. A modulator's parent
 * is the node it modulates, and it sits one level below it.
 */
public final class Framework implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Node root;
  private final ImmutableList<Node> nodes; // pre-order: node, children, then modulators
  private final ImmutableMap<String, Node> byId;
  private final ImmutableMap<String, String> parentOf;
  private final ImmutableMap<String, Integer> levelOf;
  private final ImmutableMap<String, Boolean> modulatorFlag;

  private Framework(Node root) {
    this.root = Objects.requireNonNull(root, "root");
    List<Node> order = new ArrayList<>();
    Map<String, Node> ids = new LinkedHashMap<>();
    Map<String, String> parents = new HashMap<>();
    Map<String, Integer> levels = new HashMap<>();
    Map<String, Boolean> modulator = new HashMap<>();
    walk(root, null, 0, false, order, ids, parents, levels, modulator);
    this.nodes = ImmutableList.copyOf(order);
    this.byId = ImmutableMap.copyOf(ids);
    this.parentOf = ImmutableMap.copyOf(parents);
    this.levelOf = ImmutableMap.copyOf(levels);
    this.modulatorFlag = ImmutableMap.copyOf(modulator);
  }

  private static void walk(Node node, String parent, int level, boolean isModulator,
      List<Node> order, Map<String, Node> ids, Map<String, String> parents,
      Map<String, Integer> levels, Map<String, Boolean> modulator) {
    Node previous = ids.putIfAbsent(node.id(), node);
    if (previous != null) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "duplicate node id '%s' (under '%s' and under '%s'); ids must be unique in a framework",
          node.id(), parents.getOrDefault(node.id(), "(root)"), parent));
    }
    order.add(node);
    if (parent != null) {
      parents.put(node.id(), parent);
    }
    levels.put(node.id(), level);
    modulator.put(node.id(), isModulator);
    for (Node child : node.children()) {
      walk(child, node.id(), level + 1, false, order, ids, parents, levels, modulator);
    }
    for (Modulator m : node.modulators()) {
      walk(m.node(), node.id(), level + 1, true, order, ids, parents, levels, modulator);
    }
  }

  /**
   * A framework with the given root.
   *
   * @param root the root node
   * @return the validated framework
   * @throws IllegalArgumentException if two nodes share an id, naming it and both parents
   */
  public static Framework of(Node root) {
    return new Framework(root);
  }

  /**
   * Starts a row-by-row builder whose root is a composite with the given id.
   *
   * @param rootId the root composite's id
   * @return the builder
   */
  public static Builder builder(String rootId) {
    return new Builder(rootId, UnaryOperator.identity());
  }

  /**
   * The root node.
   *
   * @return the root
   */
  public Node root() {
    return root;
  }

  /**
   * Every node in pre-order: a node, then its children, then its modulators.
   *
   * @return an unmodifiable list
   */
  public List<Node> nodes() {
    return nodes;
  }

  /**
   * The number of nodes.
   *
   * @return the count, modulators included
   */
  public int size() {
    return nodes.size();
  }

  /**
   * Looks up a node.
   *
   * @param id the node id
   * @return the node, empty if there is none with this id
   */
  public Optional<Node> node(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Looks up a node that must exist.
   *
   * @param id the node id
   * @return the node
   * @throws IllegalArgumentException naming the id and some valid ones if there is none
   */
  public Node require(String id) {
    Node n = byId.get(id);
    if (n == null) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "no node '%s' in the framework; nodes are: %s", id, abbreviate(byId.keySet())));
    }
    return n;
  }

  /**
   * The parent of a node: the composite it is a child of, or the node it modulates.
   *
   * @param id the node id
   * @return the parent, empty for the root
   * @throws IllegalArgumentException if there is no such node
   */
  public Optional<Node> parent(String id) {
    require(id);
    return Optional.ofNullable(parentOf.get(id)).map(byId::get);
  }

  /**
   * The weighted children of a node.
   *
   * @param id the node id
   * @return an unmodifiable list, empty for leaves
   * @throws IllegalArgumentException if there is no such node
   */
  public List<Node> children(String id) {
    return require(id).children();
  }

  /**
   * The level of a node: 0 for the root, 1 for its children and modulators, and so on.
   *
   * @param id the node id
   * @return the level
   * @throws IllegalArgumentException if there is no such node
   */
  public int level(String id) {
    require(id);
    return levelOf.get(id);
  }

  /**
   * Whether a node is a modulator rather than a weighted child.
   *
   * @param id the node id
   * @return true for modulators
   * @throws IllegalArgumentException if there is no such node
   */
  public boolean isModulator(String id) {
    require(id);
    return modulatorFlag.get(id);
  }

  /**
   * The leaves (indicators and custom leaves) under a node, modulators' leaves included, in
   * pre-order.
   *
   * @param id the node id
   * @return an unmodifiable list; a leaf's list holds just itself
   * @throws IllegalArgumentException if there is no such node
   */
  public List<Node> leaves(String id) {
    Node start = require(id);
    List<Node> out = new ArrayList<>();
    for (Node n : Framework.of(start).nodes) {
      if (n.isLeaf()) {
        out.add(n);
      }
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Every indicator of the framework, in pre-order.
   *
   * @return an unmodifiable list
   */
  public List<Indicator> indicators() {
    List<Indicator> out = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof Indicator i) {
        out.add(i);
      }
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * The path from the root to a node, both included.
   *
   * @param id the node id
   * @return an unmodifiable list starting with the root
   * @throws IllegalArgumentException if there is no such node
   */
  public List<Node> path(String id) {
    List<Node> out = new ArrayList<>();
    String at = require(id).id();
    while (at != null) {
      out.add(0, byId.get(at));
      at = parentOf.get(at);
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * A new framework where each named node has the given weight; this one is unchanged.
   *
   * @param weights node id to weight (finite, &gt; 0)
   * @return the reweighted framework
   * @throws IllegalArgumentException naming an unknown id or an invalid weight
   */
  public Framework withWeights(Map<String, Double> weights) {
    Framework out = this;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      double w = e.getValue();
      out = out.map(e.getKey(), n -> n.withWeight(w));
    }
    return out;
  }

  /**
   * A new framework where the node with the same id as {@code replacement} is replaced by it.
   *
   * @param replacement the new node
   * @return the new framework
   * @throws IllegalArgumentException if there is no node with that id, or ids clash
   */
  public Framework with(Node replacement) {
    return map(replacement.id(), n -> replacement);
  }

  /**
   * A new framework where one node is replaced by a function of itself.
   *
   * @param id the node id
   * @param change the replacement function
   * @return the new framework
   * @throws IllegalArgumentException if there is no such node, or ids clash
   */
  public Framework map(String id, UnaryOperator<Node> change) {
    require(id);
    return Framework.of(rebuild(root, id, change));
  }

  private static Node rebuild(Node node, String id, UnaryOperator<Node> change) {
    if (node.id().equals(id)) {
      return change.apply(node);
    }
    Node out = node;
    if (node instanceof Composite c) {
      List<Node> kids = new ArrayList<>();
      for (Node k : c.children()) {
        kids.add(rebuild(k, id, change));
      }
      out = c.withChildren(kids);
    }
    if (!node.modulators().isEmpty()) {
      List<Modulator> mods = new ArrayList<>();
      for (Modulator m : node.modulators()) {
        mods.add(new Modulator(rebuild(m.node(), id, change), m.strength()));
      }
      out = out.withModulators(mods);
    }
    return out;
  }

  private static String abbreviate(Iterable<String> ids) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (String id : ids) {
      if (i == 12) {
        return sb.append(", ...").toString();
      }
      sb.append(i++ == 0 ? "" : ", ").append(id);
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Framework f && f.root.equals(root);
  }

  @Override
  public int hashCode() {
    return root.hashCode();
  }

  /**
   * An indented outline: one line per node with its weight share among siblings, aggregation and
   * direction.
   *
   * @return the outline
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Framework '%s' (%d nodes, %d indicators)%n", root.id(),
        nodes.size(), indicators().size()));
    for (Node n : nodes) {
      int level = levelOf.get(n.id());
      sb.append("  ".repeat(level + 1));
      if (modulatorFlag.get(n.id())) {
        Node p = byId.get(parentOf.get(n.id()));
        double s = p.modulators().stream().filter(m -> m.node().id().equals(n.id()))
            .findFirst().map(Modulator::strength).orElse(Double.NaN);
        sb.append("~ ").append(n.id()).append(String.format(Locale.ROOT,
            "  modulates %s, strength %.2f", p.id(), s));
      } else {
        sb.append(n.id());
        String parent = parentOf.get(n.id());
        if (parent != null) {
          double total = 0;
          for (Node sib : byId.get(parent).children()) {
            total += sib.weight();
          }
          sb.append(String.format(Locale.ROOT, "  w=%.3f", n.weight() / total));
        }
      }
      if (n instanceof Composite c) {
        sb.append("  ").append(c.aggregation().map(Object::toString).orElse("(default)"));
      } else if (n instanceof Indicator i) {
        if (i.direction() == Direction.LOWER_IS_BETTER) {
          sb.append("  (lower is better)");
        }
        if (i.transform() != Transform.NONE) {
          sb.append("  ").append(i.transform());
        }
        i.goalposts().ifPresent(g -> sb.append("  goalposts ").append(g.low()).append("..")
            .append(g.high()));
        i.denominator().ifPresent(d -> sb.append("  per ").append(d));
        if (!i.column().equals(i.id())) {
          sb.append("  reads ").append(i.column());
        }
      } else if (n instanceof Custom) {
        sb.append("  (custom)");
      }
      if (!n.name().equals(n.id())) {
        sb.append("  \"").append(n.name()).append('"');
      }
      sb.append(System.lineSeparator());
    }
    return sb.toString();
  }

  /**
   * Builds a framework row by row, as the framework CSV does: every node names its parent, in any
   * order; {@link #build} assembles the tree and validates it (unknown parents, duplicate ids,
   * nodes not connected to the root, composites without children), naming the node. Not
   * thread-safe.
   */
  public static final class Builder {
    private final String rootId;
    private final UnaryOperator<Composite> rootChange;
    private final Map<String, Row> rows = new LinkedHashMap<>();

    /** One node: its parent, kind and how to refine it. */
    private record Row(String id, String parent, char kind, UnaryOperator<Node> change,
        double strength) {}

    private Builder(String rootId, UnaryOperator<Composite> rootChange) {
      this.rootId = Nodes.checkId(rootId);
      this.rootChange = rootChange;
    }

    /**
     * Refines the root composite (name, aggregation...).
     *
     * @param change e.g. {@code c -> c.named("Readiness").geometric()}
     * @return a builder with that change and the rows added so far
     */
    public Builder root(UnaryOperator<Composite> change) {
      Builder b = new Builder(rootId, change);
      b.rows.putAll(rows);
      return b;
    }

    /**
     * Adds a composite under a parent.
     *
     * @param id the composite's id
     * @param parent its parent's id
     * @return this builder
     */
    public Builder composite(String id, String parent) {
      return composite(id, parent, UnaryOperator.identity());
    }

    /**
     * Adds a composite under a parent, refined by a function (its children are added later).
     *
     * @param id the composite's id
     * @param parent its parent's id
     * @param change e.g. {@code c -> c.geometric().withWeight(2)}
     * @return this builder
     * @throws IllegalArgumentException if the id is already used
     */
    public Builder composite(String id, String parent, UnaryOperator<Composite> change) {
      return add(new Row(id, parent, 'c', n -> change.apply((Composite) n), Double.NaN));
    }

    /**
     * Adds an indicator under a parent.
     *
     * @param id the indicator's id (and data column)
     * @param parent its parent's id
     * @return this builder
     */
    public Builder indicator(String id, String parent) {
      return indicator(id, parent, UnaryOperator.identity());
    }

    /**
     * Adds an indicator under a parent, refined by a function.
     *
     * @param id the indicator's id (and data column, unless the function says otherwise)
     * @param parent its parent's id
     * @param change e.g. {@code i -> i.lowerIsBetter().goalposts(0, 20)}
     * @return this builder
     * @throws IllegalArgumentException if the id is already used
     */
    public Builder indicator(String id, String parent, UnaryOperator<Indicator> change) {
      return add(new Row(id, parent, 'i', n -> change.apply((Indicator) n), Double.NaN));
    }

    /**
     * Adds an indicator that modulates a node (see {@link Modulator}) instead of being a weighted
     * child.
     *
     * @param id the modulating indicator's id
     * @param modulated the id of the node it acts on
     * @param strength in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if the id is already used or the strength is invalid
     */
    public Builder modulator(String id, String modulated, double strength) {
      if (!(strength >= 0 && strength <= 1)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "modulator '%s': strength (%s) must be in [0, 1]", id, strength));
      }
      return add(new Row(id, modulated, 'm', UnaryOperator.identity(), strength));
    }

    private Builder add(Row row) {
      Nodes.checkId(row.id());
      if (row.id().equals(rootId) || rows.containsKey(row.id())) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "duplicate node id '%s'; ids must be unique in a framework", row.id()));
      }
      rows.put(row.id(), row);
      return this;
    }

    /**
     * Assembles and validates the framework.
     *
     * @return the framework
     * @throws IllegalArgumentException naming the node whose parent is unknown or an indicator,
     *     a composite without children, or nodes not connected to the root
     */
    public Framework build() {
      Map<String, List<Row>> kids = new LinkedHashMap<>();
      for (Row r : rows.values()) {
        Row parent = rows.get(r.parent());
        if (parent == null && !r.parent().equals(rootId)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "node '%s' has parent '%s', which is not defined", r.id(), r.parent()));
        }
        if (parent != null && parent.kind() == 'i' && r.kind() != 'm') {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "node '%s' has parent '%s', which is an indicator; add '%s' as a composite",
              r.id(), r.parent(), r.parent()));
        }
        kids.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r);
      }
      java.util.Set<String> reached = new java.util.HashSet<>();
      Node root = assemble(new Row(rootId, "", 'r', n -> rootChange.apply((Composite) n),
          Double.NaN), kids, reached);
      if (reached.size() < rows.size() + 1) {
        List<String> lost = new ArrayList<>();
        for (String id : rows.keySet()) {
          if (!reached.contains(id)) {
            lost.add(id);
          }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "nodes %s are not connected to the root '%s': their parents form a cycle", lost,
            rootId));
      }
      return Framework.of(root);
    }

    private static Node assemble(Row row, Map<String, List<Row>> kids, java.util.Set<String> seen) {
      seen.add(row.id());
      List<Node> children = new ArrayList<>();
      List<Modulator> modulators = new ArrayList<>();
      for (Row k : kids.getOrDefault(row.id(), List.of())) {
        Node n = assemble(k, kids, seen);
        if (k.kind() == 'm') {
          modulators.add(new Modulator(n, k.strength()));
        } else {
          children.add(n);
        }
      }
      Node node;
      if (row.kind() == 'i' || row.kind() == 'm') {
        node = Indicator.of(row.id());
      } else if (children.isEmpty()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "composite '%s' has no children; add indicators or composites under it", row.id()));
      } else {
        node = Composite.of(row.id(), children);
      }
      node = row.change().apply(node);
      return modulators.isEmpty() ? node : node.withModulators(
          ImmutableList.<Modulator>builder().addAll(node.modulators()).addAll(modulators).build());
    }
  }
}
