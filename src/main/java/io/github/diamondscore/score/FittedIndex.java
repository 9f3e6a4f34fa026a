package io.github.diamondscore.score;

import com.google.common.collect.ImmutableMap;
import io.github.diamondscore.data.Observation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.internal.Text;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.model.Modulator;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.normalize.FittedNormalization;
import io.github.diamondscore.prepare.FittedOutlierTreatment;
import io.github.diamondscore.prepare.OutlierReport;
import io.github.diamondscore.prepare.ScreeningResult;
import io.github.diamondscore.data.RowKey;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
  private final List<OutlierReport> outlierReports;
  private final List<String> referenceScreenedOut;
  private final List<String> screenColumns; // the columns screening counts, derived once

  FittedIndex(Index index, Plan plan, int referenceSize, List<OutlierReport> outlierReports,
      List<String> referenceScreenedOut) {
    this.index = index;
    this.plan = plan;
    this.referenceSize = referenceSize;
    this.outlierReports = List.copyOf(outlierReports);
    this.referenceScreenedOut = List.copyOf(referenceScreenedOut);
    this.screenColumns = Fitter.indicatorColumns(index.framework());
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
   * What outlier treatment did to each indicator of the reference panel: status, points
   * changed, and skewness and kurtosis before and after.
   *
   * @return one report per indicator, in framework order; empty when outliers are not treated
   */
  public List<OutlierReport> outlierReports() {
    return outlierReports;
  }

  /**
   * The outlier treatment learned for one indicator, to see what it does to a value.
   *
   * @param indicator the indicator id
   * @return the treatment (caps or log range), empty when outliers are not treated
   * @throws IllegalArgumentException if the id is not an indicator of the framework
   */
  public Optional<FittedOutlierTreatment> outlierTreatment(String indicator) {
    normalization(indicator); // validates the id
    return Optional.ofNullable(plan.treatment[position.get(indicator)]);
  }

  /**
   * The reference entities that screening dropped before fitting, each with its reason.
   *
   * @return descriptions such as "entity 'X': 12 of 25 indicators present (48%) &lt; 60%"
   */
  public List<String> referenceScreenedOut() {
    return referenceScreenedOut;
  }

  /**
   * The number of entities (rows) of the reference panel used for fitting (after screening).
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
   * The same fitted index with other weights: every learned parameter (normalization,
   * imputation, outlier treatment) is kept, since none depends on weights, so weight-sensitivity
   * analyses need no refit.
   *
   * @param weights node id to new weight (finite, &gt; 0); nodes not named keep theirs
   * @return the reweighted fitted index
   * @throws IllegalArgumentException naming an unknown node or an invalid weight
   */
  public FittedIndex reweighted(Map<String, Double> weights) {
    Framework fw = framework().withWeights(weights);
    double[][] w = new double[plan.size()][];
    for (int p = 0; p < plan.size(); p++) {
      if (plan.kind[p] == Plan.COMPOSITE) {
        List<Node> kids = fw.require(plan.ids[p]).children();
        w[p] = new double[kids.size()];
        for (int k = 0; k < kids.size(); k++) {
          w[p][k] = kids.get(k).weight();
        }
      }
    }
    return new FittedIndex(index.toBuilder().framework(fw).build(), plan.withWeights(w),
        referenceSize, outlierReports, referenceScreenedOut);
  }

  /**
   * The same fitted index with other modulator strengths, e.g. government acting at half its
   * strength in a scenario. As with {@link #reweighted}, every learned parameter is kept: none
   * depends on strengths, so no refit is needed.
   *
   * @param strengths modulator node id to strength in [0, 1]; modulators not named keep theirs
   * @return the fitted index with the new strengths
   * @throws IllegalArgumentException naming a node that is not a modulator, or a strength outside
   *     [0, 1]
   */
  public FittedIndex withStrengths(Map<String, Double> strengths) {
    Framework fw = framework();
    for (Map.Entry<String, Double> e : strengths.entrySet()) {
      String id = e.getKey();
      if (fw.node(id).isEmpty() || !fw.isModulator(id)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "'%s' is not a modulator of framework '%s'; a strength applies to a node with role"
                + " modulator", id, fw.root().id()));
      }
      Node parent = fw.parent(id).orElseThrow();
      List<Modulator> mods = new ArrayList<>();
      for (Modulator m : parent.modulators()) {
        mods.add(m.node().id().equals(id) ? new Modulator(m.node(), e.getValue()) : m);
      }
      fw = fw.map(parent.id(), n -> n.withModulators(mods));
    }
    double[][] s = new double[plan.size()][];
    for (int p = 0; p < plan.size(); p++) {
      List<Modulator> mods = fw.require(plan.ids[p]).modulators();
      s[p] = new double[mods.size()];
      for (int m = 0; m < mods.size(); m++) {
        s[p][m] = mods.get(m).strength();
      }
    }
    return new FittedIndex(index.toBuilder().framework(fw).build(), plan.withStrengths(s),
        referenceSize, outlierReports, referenceScreenedOut);
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
    List<String> screenedOut = new ArrayList<>();
    if (index.screening().isPresent()) {
      ScreeningResult result = Fitter.screen(index.screening().get(), screenColumns, panel);
      for (ScreeningResult.Dropped d : result.dropped()) {
        screenedOut.add(d.describe());
      }
      if (!result.dropped().isEmpty()) {
        panel = panel.rows(result.keptRows().stream().mapToInt(Integer::intValue).toArray());
      }
    }
    int n = plan.size();
    int rows = panel.size();
    double[][] score = new double[n][rows];
    double[][] coverage = new double[n][rows];
    boolean[][] imputed = new boolean[n][rows];
    double[] raw = new double[col.length];
    double[] s = new double[n];
    double[] c = new double[n];
    boolean[] imp = new boolean[n];
    Plan.Scratch scratch = plan.scratch();
    final Panel scored = panel;
    for (int r = 0; r < rows; r++) {
      for (int k = 0; k < col.length; k++) {
        raw[k] = panel.value(r, col[k]);
      }
      final int row = r;
      RowContext ctx = new RowContext(panel.entity(r), panel.group(r), panel.year(r).orElse(0));
      plan.evaluate(raw, () -> scored.observation(row), ctx, scratch, s, c, imp, null);
      for (int p = 0; p < n; p++) {
        score[p][r] = s[p];
        coverage[p][r] = c[p];
        imputed[p][r] = imp[p];
      }
    }
    return new Scores(framework(), panel, plan.ids, score, coverage, imputed, screenedOut);
  }

  /**
   * The panel as the index prepares it before normalization: one column per indicator node
   * (named by its id), in raw units after denomination, screening, imputation and outlier
   * treatment. Entities, names, groups and years are kept.
   *
   * @param panel a panel with a column for every indicator (and denominator)
   * @return the prepared panel
   * @throws IllegalArgumentException if a column is missing or a value is invalid
   */
  public Panel prepare(Panel panel) {
    int[] col = Fitter.resolveColumns(plan.columns, panel, "panel");
    if (index.screening().isPresent()) {
      panel = panel.rows(Fitter.screen(index.screening().get(), screenColumns, panel)
          .keptRows().stream().mapToInt(Integer::intValue).toArray());
    }
    List<Integer> indicators = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Indicator ind : framework().indicators()) {
      indicators.add(position.get(ind.id()));
      ids.add(ind.id());
    }
    Panel.Builder b = Panel.builder(ids);
    double[] raw = new double[col.length];
    boolean[] imp = new boolean[plan.size()];
    for (int r = 0; r < panel.size(); r++) {
      for (int k = 0; k < col.length; k++) {
        raw[k] = panel.value(r, col[k]);
      }
      RowContext ctx = new RowContext(panel.entity(r), panel.group(r), panel.year(r).orElse(0));
      double[] row = new double[ids.size()];
      for (int j = 0; j < row.length; j++) {
        row[j] = plan.prepared(indicators.get(j), raw, ctx, imp);
      }
      RowKey key = RowKey.of(panel.entity(r));
      if (panel.name(r).isPresent()) {
        key = key.withName(panel.name(r).get());
      }
      if (panel.group(r).isPresent()) {
        key = key.withGroup(panel.group(r).get());
      }
      if (panel.year(r).isPresent()) {
        key = key.withYear(panel.year(r).getAsInt());
      }
      b.add(key, row);
    }
    return b.build();
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
    if (index.screening().isPresent()) {
      checkScreening(observation);
    }
    double[] s = new double[n];
    double[] c = new double[n];
    double[][] contributions = new double[n][];
    for (int p = 0; p < n; p++) {
      if (plan.kind[p] == Plan.COMPOSITE) {
        contributions[p] = new double[plan.children[p].length + plan.modulators[p].length];
      }
    }
    boolean[] imp = new boolean[n];
    RowContext ctx = new RowContext(observation.entity(), observation.group(),
        observation.year().orElse(0));
    plan.evaluate(raw, () -> observation, ctx, plan.scratch(), s, c, imp, contributions);
    Map<String, List<Contribution>> byComposite = new LinkedHashMap<>();
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, Double> coverage = new LinkedHashMap<>();
    List<String> imputedNodes = new ArrayList<>();
    for (Node node : framework().nodes()) {
      int p = position.get(node.id());
      scores.put(node.id(), s[p]);
      coverage.put(node.id(), c[p]);
      if (imp[p]) {
        imputedNodes.add(node.id());
      }
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
    return new ScoreCard(framework(), observation, scores, coverage, byComposite, imputedNodes);
  }

  private void checkScreening(Observation observation) {
    List<String> cols = screenColumns;
    double[] values = new double[cols.size()];
    int present = 0;
    for (int j = 0; j < values.length; j++) {
      values[j] = observation.value(cols.get(j));
      present += Double.isNaN(values[j]) ? 0 : 1;
    }
    if (!index.screening().get().keep(values)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "entity '%s' is screened out: %d of %d indicators present (%.0f%%), below the index's"
              + " minimum availability of %.0f%%", observation.entity(), present, values.length,
          100.0 * present / values.length,
          100 * index.screening().get().minimumAvailability()));
    }
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
