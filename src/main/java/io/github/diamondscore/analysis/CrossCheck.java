package io.github.diamondscore.analysis;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.mcda.Copeland;
import io.github.diamondscore.mcda.GreyRelational;
import io.github.diamondscore.mcda.Ranking;
import io.github.diamondscore.mcda.Topsis;
import io.github.diamondscore.mcda.Vikor;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.Scores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Cross-checks an index's ranking with multi-criteria methods on the indicators under one node,
 * weighted by their effective weights within that node (the product of renormalized weights
 * from the node down) and oriented by their directions. The inputs are the indicators' prepared
 * values (denominated, imputed, outlier-treated, before normalization: TOPSIS and VIKOR normalize
 * on their own). Entities missing any of those indicators are left unscored and unranked.
 *
 * <p>Results come back as {@link Scores} with one node named after the method, so they can be
 * put side by side with the index's. Higher is better in every case: TOPSIS closeness,
 * 1 − VIKOR's Q, the grey relational grade, Copeland wins − losses.
 */
public final class CrossCheck {
  private CrossCheck() {}

  /** A multi-criteria ranking method. */
  public enum Method {
    /** TOPSIS closeness to the ideal. */
    TOPSIS,
    /** VIKOR compromise ranking (v = 0.5); the score is 1 − Q. */
    VIKOR,
    /** Grey relational grade (ρ = 0.5). */
    GREY,
    /** Copeland's pairwise majority (wins − losses). */
    COPELAND;

    /**
     * Reads {@code topsis}, {@code vikor}, {@code grey} or {@code copeland}.
     *
     * @param text the name, case-insensitive
     * @return the method
     * @throws IllegalArgumentException listing the valid names
     */
    public static Method parse(String text) {
      try {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown ranking method '" + text
            + "'; valid: topsis, vikor, grey, copeland", e);
      }
    }

    /**
     * The lower-case name used as the node id of the results.
     *
     * @return e.g. {@code "topsis"}
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Ranks the entities of a panel on the indicators under a node.
   *
   * @param fitted the fitted index (its preparation steps and weights are used)
   * @param panel the panel to rank
   * @param node the node whose indicators are used (e.g. the root)
   * @param method the method
   * @return scores and ranks under the node id {@code method.id()}
   * @throws IllegalArgumentException if fewer than two entities have every indicator, or the
   *     method rejects the data (naming the indicator)
   */
  public static Scores rank(FittedIndex fitted, Panel panel, String node, Method method) {
    Framework fw = fitted.framework();
    Node top = fw.require(node);
    List<Indicator> indicators = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    collect(top, 1.0, indicators, weights);
    if (indicators.isEmpty()) {
      throw new IllegalArgumentException("node '" + node + "' has no indicators to rank on");
    }
    Panel prepared = fitted.prepare(panel);
    List<Integer> complete = new ArrayList<>();
    for (int r = 0; r < prepared.size(); r++) {
      boolean ok = true;
      for (Indicator ind : indicators) {
        ok &= !Double.isNaN(prepared.value(r, prepared.columnIndex(ind.id())));
      }
      if (ok) {
        complete.add(r);
      }
    }
    if (complete.size() < 2) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "only %d entities have every indicator under '%s'; %s needs at least two",
          complete.size(), node, method.id()));
    }
    double[][] x = new double[complete.size()][indicators.size()];
    for (int i = 0; i < complete.size(); i++) {
      for (int j = 0; j < indicators.size(); j++) {
        x[i][j] = prepared.value(complete.get(i), prepared.columnIndex(indicators.get(j).id()));
      }
    }
    double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
    int[] dirs = indicators.stream().mapToInt(i -> i.direction().sign()).toArray();
    double[] scores;
    switch (method) {
      case TOPSIS:
        scores = Topsis.rank(x, w, dirs).scores();
        break;
      case VIKOR:
        scores = Arrays.stream(Vikor.rank(x, w, dirs).q()).map(q -> 1 - q).toArray();
        break;
      case GREY:
        scores = GreyRelational.rank(x, w, dirs).scores();
        break;
      default:
        Ranking c = Copeland.rank(x, w, dirs);
        scores = c.scores();
        break;
    }
    double[] all = new double[prepared.size()];
    Arrays.fill(all, Double.NaN);
    for (int i = 0; i < complete.size(); i++) {
      all[complete.get(i)] = scores[i];
    }
    return Scores.of(method.id(), prepared, all);
  }

  /** Indicators under a node with their effective weights within it (modulators excluded). */
  private static void collect(Node n, double w, List<Indicator> out, List<Double> weights) {
    if (n instanceof Indicator i) {
      out.add(i);
      weights.add(w);
      return;
    }
    double total = 0;
    for (Node c : n.children()) {
      total += c.weight();
    }
    for (Node c : n.children()) {
      collect(c, w * c.weight() / total, out, weights);
    }
  }
}
