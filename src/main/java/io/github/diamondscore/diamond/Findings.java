package io.github.diamondscore.diamond;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.model.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One entity's strengths, weaknesses and context, each finding once (see {@link
 * Assessment#card(String)} for the rules).
 */
final class Findings {
  /** Scores this close (relative, at least absolute) are the same number. */
  static final double SAME_SCORE = 1e-9;

  final List<NodeResult> strengths;
  final List<NodeResult> weaknesses;
  final List<NodeResult> context;
  /** Each reported node's id to the other card nodes it stands for, in framework order. */
  final Map<String, List<NodeResult>> sameFinding;

  private Findings(List<NodeResult> strengths, List<NodeResult> weaknesses,
      List<NodeResult> context, Map<String, List<NodeResult>> sameFinding) {
    this.strengths = List.copyOf(strengths);
    this.weaknesses = List.copyOf(weaknesses);
    this.context = List.copyOf(context);
    this.sameFinding = Map.copyOf(sameFinding);
  }

  /**
   * Sorts the card's nodes (the root first, then framework order) into context and findings.
   *
   * @param shown how many strengths and weaknesses to keep
   */
  static Findings of(Framework fw, Panel panel, int row, List<NodeResult> nodes,
      Set<String> fixedColumns, int shown) {
    List<NodeResult> context = new ArrayList<>();
    List<NodeResult> candidates = new ArrayList<>();
    Map<String, Set<String>> basis = new LinkedHashMap<>();
    for (NodeResult r : nodes.subList(1, nodes.size())) {
      Set<String> b = basis(fw, panel, row, r.node());
      basis.put(r.node(), b);
      if (isContext(fw, r.node(), b, fixedColumns)) {
        context.add(r);
      } else if (!Double.isNaN(r.percentile())) {
        candidates.add(r);
      }
    }
    // The most specific node reports a finding: deepest first, framework order among equals.
    List<NodeResult> deepestFirst = new ArrayList<>(candidates);
    deepestFirst.sort(Comparator.comparingInt(NodeResult::level).reversed());
    Map<String, List<NodeResult>> same = new LinkedHashMap<>();
    List<NodeResult> reported = new ArrayList<>();
    for (NodeResult r : deepestFirst) {
      NodeResult into = null;
      for (NodeResult rep : reported) {
        if (sameFinding(fw, rep, r, basis)) {
          into = rep;
          break;
        }
      }
      if (into == null) {
        reported.add(r);
        same.put(r.node(), new ArrayList<>());
      } else {
        same.get(into.node()).add(r);
      }
    }
    List<String> order = nodes.stream().map(NodeResult::node).toList();
    Comparator<NodeResult> framework = Comparator.comparingInt(r -> order.indexOf(r.node()));
    reported.sort(framework);
    same.values().forEach(l -> l.sort(framework));
    // Stable sorts keep framework order among equal percentiles.
    List<NodeResult> strong = new ArrayList<>(reported);
    strong.removeIf(r -> !(r.percentile() > 50));
    strong.sort(Comparator.comparingDouble(NodeResult::percentile).reversed());
    List<NodeResult> weak = new ArrayList<>(reported);
    weak.removeIf(r -> !(r.percentile() < 50));
    weak.sort(Comparator.comparingDouble(NodeResult::percentile));
    Map<String, List<NodeResult>> kept = new LinkedHashMap<>();
    strong = strong.subList(0, Math.min(shown, strong.size()));
    weak = weak.subList(0, Math.min(shown, weak.size()));
    for (NodeResult r : strong) {
      kept.put(r.node(), List.copyOf(same.get(r.node())));
    }
    for (NodeResult r : weak) {
      kept.put(r.node(), List.copyOf(same.get(r.node())));
    }
    return new Findings(strong, weak, context, kept);
  }

  /**
   * The data a node's score rests on for the entity: the columns under it (modulators' included)
   * with a value, and custom leaves by id.
   */
  static Set<String> basis(Framework fw, Panel panel, int row, String node) {
    Set<String> out = new TreeSet<>();
    for (Node leaf : fw.leaves(node)) {
      if (leaf instanceof Indicator ind) {
        if (!Double.isNaN(panel.value(row, panel.columnIndex(ind.column())))) {
          out.add(ind.column());
        }
      } else {
        out.add("custom leaf " + leaf.id());
      }
    }
    return out;
  }

  /**
   * Context: a modulator or a node under one (it reaches the index only by scaling another
   * node), or a node whose data are all fixed columns.
   */
  static boolean isContext(Framework fw, String node, Set<String> basis, Set<String> fixed) {
    for (Node n : fw.path(node)) {
      if (fw.isModulator(n.id())) {
        return true;
      }
    }
    return !basis.isEmpty() && fixed.containsAll(basis);
  }

  /**
   * Two card nodes are one finding when they rest on the same data for the entity, or when one
   * is under the other and they have the same score.
   */
  static boolean sameFinding(Framework fw, NodeResult a, NodeResult b,
      Map<String, Set<String>> basis) {
    if (basis.get(a.node()).equals(basis.get(b.node()))) {
      return true;
    }
    boolean related = fw.path(a.node()).stream().anyMatch(n -> n.id().equals(b.node()))
        || fw.path(b.node()).stream().anyMatch(n -> n.id().equals(a.node()));
    return related && Math.abs(a.score() - b.score())
        <= SAME_SCORE * Math.max(1, Math.abs(a.score()));
  }
}
