package io.github.diamondscore.analysis;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.Index;
import io.github.diamondscore.score.Scores;
import io.github.diamondscore.weight.Ahp;
import io.github.diamondscore.weight.CriticWeights;
import io.github.diamondscore.weight.DerivedWeights;
import io.github.diamondscore.weight.EntropyWeights;
import io.github.diamondscore.weight.PairwiseMatrix;
import io.github.diamondscore.weight.PcaWeights;
import io.github.diamondscore.weight.Weights;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Derives the weights of a node's children and writes them back into a new framework (the old one
 * is untouched), so a derived-weight index is fitted and scored like any other.
 *
 * <p>Data-driven methods work on the children's <em>scores</em> under the index (normalized
 * indicators, or composite scores), so directions are already applied. Entropy uses each column's
 * present values; CRITIC and PCA need complete rows and use the entities with every child
 * present (at least three).
 */
public final class Reweighting {
  private Reweighting() {}

  /** A data-driven weighting method. */
  public enum Method {
    /** Equal weights. */
    EQUAL,
    /** Entropy weight method. */
    ENTROPY,
    /** CRITIC: contrast intensity and conflict. */
    CRITIC,
    /** PCA-based weights as in the OECD/JRC Handbook. */
    PCA;

    /**
     * Reads {@code equal}, {@code entropy}, {@code critic} or {@code pca}.
     *
     * @param text the name, case-insensitive
     * @return the method
     * @throws IllegalArgumentException listing the valid names
     */
    public static Method parse(String text) {
      try {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown weighting method '" + text
            + "'; valid: equal, entropy, critic, pca (ahp takes a pairwise matrix)", e);
      }
    }
  }

  /**
   * Derives weights for the children of one node from the data.
   *
   * @param index the index (its normalization and preparation define the children's scores)
   * @param panel the reference panel
   * @param node a composite's id
   * @param method the weighting method
   * @return weights labelled by child id, summing to 1
   * @throws IllegalArgumentException if the node is not a composite, has fewer than two
   *     children, or the method's requirements fail (naming the child)
   */
  public static DerivedWeights derive(Index index, Panel panel, String node, Method method) {
    Node n = index.framework().require(node);
    List<String> labels = childIds(n);
    if (method == Method.EQUAL) {
      return Weights.equal(labels);
    }
    Scores scores = index.fit(panel).score(panel);
    double[][] x = matrix(scores, labels, method != Method.ENTROPY, node);
    switch (method) {
      case ENTROPY:
        return EntropyWeights.derive(x, labels);
      case CRITIC:
        return CriticWeights.derive(x, labels);
      default:
        return PcaWeights.derive(x, labels);
    }
  }

  /**
   * Derives weights for the children of one node from an expert's pairwise comparisons (AHP with
   * the default settings). The matrix labels must be the children's ids.
   *
   * @param framework the framework
   * @param node a composite's id
   * @param judgements the pairwise comparison matrix
   * @param ahp the AHP settings (e.g. {@code Ahp.defaults()})
   * @return weights labelled by child id
   * @throws IllegalArgumentException if the labels do not match the children, or CR is too high
   */
  public static DerivedWeights derive(Framework framework, String node, PairwiseMatrix judgements,
      Ahp ahp) {
    List<String> labels = childIds(framework.require(node));
    if (!new HashSet<>(labels).equals(new HashSet<>(judgements.labels()))) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "pairwise matrix labels %s must be the children of '%s': %s", judgements.labels(), node,
          labels));
    }
    return ahp.derive(judgements);
  }

  /**
   * A new framework with the derived weights written into the children; this one is unchanged.
   *
   * @param framework the framework
   * @param weights weights labelled by child id
   * @return the reweighted framework
   * @throws IllegalArgumentException if a label is not a node, or a weight is 0 (a framework
   *     weight must be &gt; 0; drop the child instead)
   */
  public static Framework apply(Framework framework, DerivedWeights weights) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : weights.asMap().entrySet()) {
      framework.require(e.getKey());
      if (!(e.getValue() > 0)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "derived weight of '%s' is %s (%s); a framework weight must be > 0, so drop that"
                + " child or use another method", e.getKey(), e.getValue(), weights.method()));
      }
      map.put(e.getKey(), e.getValue());
    }
    return framework.withWeights(map);
  }

  /**
   * Derives the weights of every composite with two or more children, from the lowest level up
   * (each level is scored with the weights already derived below it), and returns the new
   * framework.
   *
   * @param index the index
   * @param panel the reference panel
   * @param method the weighting method
   * @return the reweighted framework
   * @throws IllegalArgumentException as {@link #derive(Index, Panel, String, Method)}
   */
  public static Framework deriveAll(Index index, Panel panel, Method method) {
    Framework fw = index.framework();
    List<Node> order = new ArrayList<>(fw.nodes());
    java.util.Collections.reverse(order); // deeper nodes first
    Set<String> done = new HashSet<>();
    for (Node n : order) {
      if (n.children().size() < 2 || !done.add(n.id())) {
        continue;
      }
      Index current = index.toBuilder().framework(fw).build();
      fw = apply(fw, derive(current, panel, n.id(), method));
    }
    return fw;
  }

  private static List<String> childIds(Node n) {
    if (n.children().size() < 2) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "node '%s' has %d weighted children; weights need a composite with at least two",
          n.id(), n.children().size()));
    }
    List<String> out = new ArrayList<>();
    for (Node c : n.children()) {
      out.add(c.id());
    }
    return out;
  }

  /** Children's scores as rows × columns; complete rows only when asked. */
  static double[][] matrix(Scores scores, List<String> labels, boolean completeRows,
      String node) {
    List<double[]> rows = new ArrayList<>();
    for (int r = 0; r < scores.size(); r++) {
      double[] row = new double[labels.size()];
      boolean complete = true;
      for (int j = 0; j < row.length; j++) {
        row[j] = scores.score(r, labels.get(j));
        complete &= !Double.isNaN(row[j]);
      }
      if (complete || !completeRows) {
        rows.add(row);
      }
    }
    if (rows.size() < 3) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "only %d entities have every child of '%s' present; the method needs at least 3",
          rows.size(), node));
    }
    return rows.toArray(new double[0][]);
  }
}
