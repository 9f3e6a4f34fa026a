package io.github.diamondscore.score;

import com.google.common.collect.ImmutableMap;
import io.github.diamondscore.data.Observation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.internal.Text;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.normalize.FittedNormalization;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An {@link Index} with every data-driven parameter learned from a reference panel and frozen:
 * immutable, thread-safe and serializable. Score a whole panel with {@link #score(Panel)} or one
 * observation with {@link #score(Observation)}; both give the same numbers to the last bit.
 *
 * <p>Scoring later data (another year, a new request) uses the same parameters, so scores compare
 * across them; bounded normalizations clip values outside the reference range.
 */
public final class FittedIndex implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Index index;
  private final Plan plan;
  private final int referenceSize;
  private final ImmutableMap<String, Integer> position;

  FittedIndex(Index index, Plan plan, int referenceSize) {
    this.index = index;
    this.plan = plan;
    this.referenceSize = referenceSize;
    Map<String, Integer> pos = new HashMap<>();
    for (int p = 0; p < plan.size(); p++) {
      pos.put(plan.ids[p], p);
    }
    this.position = ImmutableMap.copyOf(pos);
  }

  /**
   * The spec this index was fitted from.
   *
   * @return the index spec
   */
  public Index index() {
    return index;
  }

  /**
   * The framework.
   *
   * @return the framework
   */
  public Framework framework() {
    return index.framework();
  }

  /**
   * The number of entities (rows) of the reference panel.
   *
   * @return the reference size
   */
  public int referenceSize() {
    return referenceSize;
  }

  /**
   * The fitted normalization of one indicator, e.g. to read the learned min and max.
   *
   * @param indicator the indicator id
   * @return its fitted normalization
   * @throws IllegalArgumentException if the id is not an indicator of the framework
   */
  public FittedNormalization normalization(String indicator) {
    Integer p = position.get(indicator);
    if (p == null || plan.kind[p] != Plan.INDICATOR) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "'%s' is not an indicator of framework '%s'", indicator, framework().root().id()));
    }
    return plan.normalization[p];
  }

  /**
   * The effective weight of every leaf in the root: the product of its renormalized weights (its
   * weight divided by its siblings' total) along the path from the root. Leaves under a modulator
   * act multiplicatively, not through weights, and get 0. With the arithmetic mean everywhere
   * and no missing data this is the leaf's share of the index.
   *
   * @return leaf id to effective weight, in framework order; the weighted leaves sum to 1
   */
  public Map<String, Double> effectiveWeights() {
    Map<String, Double> out = new LinkedHashMap<>();
    Framework fw = framework();
    for (Node n : fw.nodes()) {
      if (!n.isLeaf()) {
        continue;
      }
      double w = 1;
      for (Node step : fw.path(n.id())) {
        if (fw.isModulator(step.id())) {
          w = 0;
          break;
        }
        Node parent = fw.parent(step.id()).orElse(null);
        if (parent != null) {
          double total = 0;
          for (Node sib : parent.children()) {
            total += sib.weight();
          }
          w *= step.weight() / total;
        }
      }
      out.put(n.id(), w);
    }
    return out;
  }

  /**
   * Scores every entity of a panel.
   *
   * @param panel a panel with a column for every indicator (and denominator); other columns are
   *     ignored
   * @return scores, coverage and ranks of every node for every entity (ranks within a year when the
   *     panel has years)
   * @throws IllegalArgumentException if a column is missing, or a value is outside a method's
   *     domain (e.g. ≤ 0 under a log transform or a geometric mean), naming entity and node
   */
  public Scores score(Panel panel) {
    int[] col = Fitter.resolveColumns(plan.columns, panel, "panel");
    int n = plan.size();
    int rows = panel.size();
    double[][] score = new double[n][rows];
    double[][] coverage = new double[n][rows];
    double[] raw = new double[col.length];
    double[] s = new double[n];
    double[] c = new double[n];
    Plan.Scratch scratch = plan.scratch();
    for (int r = 0; r < rows; r++) {
      for (int k = 0; k < col.length; k++) {
        raw[k] = panel.value(r, col[k]);
      }
      final int row = r;
      plan.evaluate(raw, () -> panel.observation(row), panel.entity(r), scratch, s, c, null);
      for (int p = 0; p < n; p++) {
        score[p][r] = s[p];
        coverage[p][r] = c[p];
      }
    }
    return new Scores(framework(), panel, plan.ids, score, coverage);
  }

  /**
   * Scores one observation: the online path for services. Gives the same numbers as scoring the
   * observation's row in a panel.
   *
   * @param observation the entity's raw values; absent indicators are missing
   * @return the score card: every node's score and coverage, and each composite's contributions
   * @throws IllegalArgumentException if a value is outside a method's domain, naming entity and
   *     node
   */
  public ScoreCard score(Observation observation) {
    int n = plan.size();
    double[] raw = new double[plan.columns.length];
    for (int k = 0; k < raw.length; k++) {
      raw[k] = observation.value(plan.columns[k]);
    }
    double[] s = new double[n];
    double[] c = new double[n];
    double[][] contributions = new double[n][];
    for (int p = 0; p < n; p++) {
      if (plan.kind[p] == Plan.COMPOSITE) {
        contributions[p] = new double[plan.children[p].length + plan.modulators[p].length];
      }
    }
    plan.evaluate(raw, () -> observation, observation.entity(), plan.scratch(), s, c,
        contributions);
    Map<String, List<Contribution>> byComposite = new LinkedHashMap<>();
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, Double> coverage = new LinkedHashMap<>();
    for (Node node : framework().nodes()) {
      int p = position.get(node.id());
      scores.put(node.id(), s[p]);
      coverage.put(node.id(), c[p]);
      if (plan.kind[p] == Plan.COMPOSITE && !Double.isNaN(s[p])) {
        List<Contribution> list = new ArrayList<>();
        int[] kids = plan.children[p];
        for (int k = 0; k < kids.length; k++) {
          list.add(new Contribution(plan.ids[kids[k]], contributions[p][k], false));
        }
        int[] mods = plan.modulators[p];
        for (int m = 0; m < mods.length; m++) {
          list.add(new Contribution(plan.ids[mods[m]], contributions[p][kids.length + m], true));
        }
        byComposite.put(node.id(), List.copyOf(list));
      }
    }
    return new ScoreCard(framework(), observation, scores, coverage, byComposite);
  }

  /**
   * A summary: the spec and each indicator's fitted parameters.
   *
   * @return readable text
   */
  @Override
  public String toString() {
    List<List<String>> rows = new ArrayList<>();
    for (Indicator ind : framework().indicators()) {
      rows.add(List.of(ind.id(), ind.direction().sign() > 0 ? "+" : "-",
          plan.normalization[position.get(ind.id())].toString()));
    }
    return Text.table(String.format(Locale.ROOT, "FittedIndex '%s' (fitted on %d entities; %s,"
            + " default aggregation %s)", framework().root().id(), referenceSize,
            index.normalization(), index.aggregation()),
        List.of("indicator", "dir", "fitted normalization"), rows);
  }
}
