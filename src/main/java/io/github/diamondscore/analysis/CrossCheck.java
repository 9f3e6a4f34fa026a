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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Cross-checks an index's ranking with multi-criteria methods on the indicators under one node,
 * weighted by their effective weights within that node (the product of renormalized weights
 * from the node down). By default ({@link Input#NORMALIZED}) the inputs are the indicators'
 * scores under the index: prepared, transformed (e.g. log), normalized with the model's
 * goalposts or fitted ranges and oriented, so the method sees what the index sees.
 * {@link Input#PREPARED} ranks on the prepared values (denominated, imputed, outlier-treated,
 * before the transform and normalization; TOPSIS and VIKOR normalize on their own) with each
 * indicator's direction. Entities missing any of those indicators are left unscored and
 * unranked; {@link #check} says which and why.
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

  /** What a cross-check ranks on. */
  public enum Input {
    /**
     * The indicators' scores under the index (transformed, normalized, oriented): the same
     * inputs the index aggregates. The default.
     */
    NORMALIZED("normalized scores"),
    /** The prepared values before transform and normalization, with each direction. */
    PREPARED("prepared values");

    private final String description;

    Input(String description) {
      this.description = description;
    }

    /**
     * Reads {@code normalized} or {@code prepared}.
     *
     * @param text the name, case-insensitive
     * @return the input
     * @throws IllegalArgumentException listing the valid names
     */
    public static Input parse(String text) {
      try {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown ranking input '" + text
            + "'; valid: normalized, prepared", e);
      }
    }

    String description() {
      return description;
    }
  }

  /**
   * Ranks the entities of a panel on the normalized scores of the indicators under a node.
   *
   * @param fitted the fitted index (its preparation steps, normalizations and weights are used)
   * @param panel the panel to rank
   * @param node the node whose indicators are used (e.g. the root)
   * @param method the method
   * @return scores and ranks under the node id {@code method.id()}
   * @throws IllegalArgumentException if fewer than two entities have every indicator, or the
   *     method rejects the data (naming the indicator)
   */
  public static Scores rank(FittedIndex fitted, Panel panel, String node, Method method) {
    return check(fitted, panel, node, method, Input.NORMALIZED).scores();
  }

  /**
   * Ranks the entities of a panel on the indicators under a node and says which entities it
   * could not rank and why.
   *
   * @param fitted the fitted index (its preparation steps, normalizations and weights are used)
   * @param panel the panel to rank
   * @param node the node whose indicators are used (e.g. the root)
   * @param method the method
   * @param input normalized indicator scores (as the index sees them) or prepared values
   * @return the scores with the unranked entities and the indicators they lack
   * @throws IllegalArgumentException if fewer than two entities have every indicator (naming
   *     the indicators most often missing), or the method rejects the data
   */
  public static CrossCheckResult check(FittedIndex fitted, Panel panel, String node,
      Method method, Input input) {
    Framework fw = fitted.framework();
    Node top = fw.require(node);
    List<Node> indicators = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    collect(top, 1.0, indicators, weights, input == Input.NORMALIZED);
    if (indicators.isEmpty()) {
      throw new IllegalArgumentException("node '" + node + "' has no indicators to rank on");
    }
    Panel prepared = fitted.prepare(panel);
    double[][] columns = new double[indicators.size()][];
    if (input == Input.NORMALIZED) {
      Scores s = fitted.score(panel);
      for (int j = 0; j < columns.length; j++) {
        columns[j] = s.column(indicators.get(j).id());
      }
    } else {
      for (int j = 0; j < columns.length; j++) {
        int c = prepared.columnIndex(indicators.get(j).id());
        columns[j] = new double[prepared.size()];
        for (int r = 0; r < prepared.size(); r++) {
          columns[j][r] = prepared.value(r, c);
        }
      }
    }
    List<Integer> complete = new ArrayList<>();
    Map<String, List<String>> unranked = new LinkedHashMap<>();
    for (int r = 0; r < prepared.size(); r++) {
      List<String> missing = new ArrayList<>();
      for (int j = 0; j < columns.length; j++) {
        if (Double.isNaN(columns[j][r])) {
          missing.add(indicators.get(j).id());
        }
      }
      if (missing.isEmpty()) {
        complete.add(r);
      } else {
        String key = prepared.entity(r)
            + (prepared.year(r).isPresent() ? "@" + prepared.year(r).getAsInt() : "");
        unranked.put(key, missing);
      }
    }
    List<String> ids = indicators.stream().map(Node::id).collect(Collectors.toList());
    if (complete.size() < 2) {
      Scores none = Scores.of(method.id(), prepared, nanArray(prepared.size()));
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "only %d of %d entities have every indicator under '%s'; %s needs at least two: %s."
          + " Choose a node with fewer gaps (--node) or fill gaps (--impute)",
          complete.size(), prepared.size(), node, method.id(),
          new CrossCheckResult(method, input, node, ids, none, unranked).summary()));
    }
    double[][] x = new double[complete.size()][indicators.size()];
    for (int i = 0; i < complete.size(); i++) {
      for (int j = 0; j < indicators.size(); j++) {
        x[i][j] = columns[j][complete.get(i)];
      }
    }
    double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
    // normalized scores are already oriented (higher is better)
    int[] dirs = indicators.stream().mapToInt(i -> input == Input.NORMALIZED ? 1
        : ((Indicator) i).direction().sign()).toArray();
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
    double[] all = nanArray(prepared.size());
    for (int i = 0; i < complete.size(); i++) {
      all[complete.get(i)] = scores[i];
    }
    return new CrossCheckResult(method, input, node, ids,
        Scores.of(method.id(), prepared, all), unranked);
  }

  private static double[] nanArray(int n) {
    double[] a = new double[n];
    Arrays.fill(a, Double.NaN);
    return a;
  }

  /**
   * Leaves under a node with their effective weights within it (modulators excluded): the
   * indicators, plus custom leaves when ranking on scores (they have no prepared value).
   */
  private static void collect(Node n, double w, List<Node> out, List<Double> weights,
      boolean anyLeaf) {
    if (n instanceof Indicator || (anyLeaf && n.children().isEmpty())) {
      out.add(n);
      weights.add(w);
      return;
    }
    double total = 0;
    for (Node c : n.children()) {
      total += c.weight();
    }
    for (Node c : n.children()) {
      collect(c, w * c.weight() / total, out, weights, anyLeaf);
    }
  }
}
