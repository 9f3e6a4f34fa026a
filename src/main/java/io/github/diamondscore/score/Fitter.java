package io.github.diamondscore.score;

import io.github.diamondscore.aggregate.Aggregation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Custom;
import io.github.diamondscore.model.CustomScore;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Goalposts;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.model.Modulator;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.model.Transform;
import io.github.diamondscore.normalize.FittedNormalization;
import io.github.diamondscore.normalize.Normalization;
import io.github.diamondscore.prepare.Denomination;
import io.github.diamondscore.prepare.FittedImputation;
import io.github.diamondscore.prepare.FittedOutlierTreatment;
import io.github.diamondscore.prepare.Imputation;
import io.github.diamondscore.prepare.OutlierReport;
import io.github.diamondscore.prepare.OutlierTreatment;
import io.github.diamondscore.prepare.Screening;
import io.github.diamondscore.prepare.ScreeningResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Compiles an index's framework into a {@link Plan}, learning parameters from a panel. */
final class Fitter {
  private Fitter() {}

  static FittedIndex fit(Index index, Panel reference) {
    Framework fw = index.framework();
    List<Node> post = new ArrayList<>();
    postOrder(fw.root(), post);
    int n = post.size();
    Map<String, Integer> position = new HashMap<>();
    for (int p = 0; p < n; p++) {
      position.put(post.get(p).id(), p);
    }
    Map<String, Integer> slots = new LinkedHashMap<>();
    for (Node node : post) {
      if (node instanceof Indicator i) {
        slots.putIfAbsent(i.column(), slots.size());
        i.denominator().ifPresent(d -> slots.putIfAbsent(d, slots.size()));
      }
    }
    String[] columns = slots.keySet().toArray(new String[0]);
    int[] columnIndex = resolveColumns(columns, reference, "reference panel");
    List<String> screenedOut = new ArrayList<>();
    Panel ref = reference;
    if (index.screening().isPresent()) {
      ScreeningResult result = screen(index.screening().get(), indicatorColumns(fw), reference);
      for (ScreeningResult.Dropped d : result.dropped()) {
        screenedOut.add(d.describe());
      }
      ref = reference.rows(result.keptRows().stream().mapToInt(Integer::intValue).toArray());
      if (ref.size() == 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "screening at %s dropped every entity of the reference panel (%d); lower the"
                + " threshold", index.screening().get().minimumAvailability(), reference.size()));
      }
    }
    List<OutlierReport> reports = new ArrayList<>();
    FittedImputation[] imputation = new FittedImputation[n];
    FittedOutlierTreatment[] treatment = new FittedOutlierTreatment[n];

    String[] ids = new String[n];
    byte[] kind = new byte[n];
    int[] slot = new int[n];
    int[] denominatorSlot = new int[n];
    Transform[] transform = new Transform[n];
    int[] sign = new int[n];
    FittedNormalization[] normalization = new FittedNormalization[n];
    int[][] children = new int[n][];
    double[][] weights = new double[n][];
    Aggregation[] aggregation = new Aggregation[n];
    int[][] modulators = new int[n][];
    double[][] strengths = new double[n][];
    CustomScore[] custom = new CustomScore[n];
    for (int p = 0; p < n; p++) {
      Node node = post.get(p);
      ids[p] = node.id();
      slot[p] = -1;
      denominatorSlot[p] = -1;
      List<Modulator> mods = node.modulators();
      modulators[p] = new int[mods.size()];
      strengths[p] = new double[mods.size()];
      for (int m = 0; m < mods.size(); m++) {
        modulators[p][m] = position.get(mods.get(m).node().id());
        strengths[p][m] = mods.get(m).strength();
      }
      if (node instanceof Indicator ind) {
        kind[p] = Plan.INDICATOR;
        slot[p] = slots.get(ind.column());
        denominatorSlot[p] = ind.denominator().map(slots::get).orElse(-1);
        transform[p] = ind.transform();
        sign[p] = ind.direction().sign();
        Learned learned = fitIndicator(index, ind, ref, columnIndex[slot[p]],
            denominatorSlot[p] < 0 ? -1 : columnIndex[denominatorSlot[p]]);
        normalization[p] = learned.normalization;
        imputation[p] = learned.imputation;
        treatment[p] = learned.treatment;
        if (learned.report != null) {
          reports.add(learned.report);
        }
      } else if (node instanceof Composite c) {
        kind[p] = Plan.COMPOSITE;
        List<Node> kids = c.children();
        children[p] = new int[kids.size()];
        weights[p] = new double[kids.size()];
        for (int k = 0; k < kids.size(); k++) {
          children[p][k] = position.get(kids.get(k).id());
          weights[p][k] = kids.get(k).weight();
        }
        aggregation[p] = c.aggregation().orElse(index.aggregation());
      } else {
        kind[p] = Plan.CUSTOM;
        custom[p] = ((Custom) node).function();
      }
    }
    Plan plan = new Plan(ids, kind, columns, slot, denominatorSlot, transform, sign,
        normalization, imputation, treatment, children, weights, aggregation, modulators,
        strengths, custom, index.minCoverage());
    return new FittedIndex(index, plan, ref.size(), reports, screenedOut);
  }

  /** The distinct data columns the indicators read (not denominators): what screening counts. */
  static List<String> indicatorColumns(Framework framework) {
    List<String> cols = new ArrayList<>();
    for (Indicator i : framework.indicators()) {
      if (!cols.contains(i.column())) {
        cols.add(i.column());
      }
    }
    return List.copyOf(cols);
  }

  /** Availability over the indicators' distinct data columns. */
  static ScreeningResult screen(Screening screening, List<String> cols, Panel panel) {
    double[][] columns = new double[cols.size()][];
    for (int j = 0; j < columns.length; j++) {
      columns[j] = panel.column(cols.get(j));
    }
    return screening.screen(columns, panel.entities());
  }

  /** What fitting one indicator learned. */
  private static final class Learned {
    FittedNormalization normalization;
    FittedImputation imputation;
    FittedOutlierTreatment treatment;
    OutlierReport report;
  }

  private static void postOrder(Node node, List<Node> out) {
    for (Node c : node.children()) {
      postOrder(c, out);
    }
    for (Modulator m : node.modulators()) {
      postOrder(m.node(), out);
    }
    out.add(node);
  }

  /** The normalization an indicator uses: its own, else goalposts when it has them, else the index's. */
  static Normalization effectiveNormalization(Index index, Indicator ind) {
    if (ind.normalization().isPresent()) {
      return ind.normalization().get();
    }
    Normalization def = index.normalization();
    if (ind.goalposts().isPresent() && !(def instanceof Normalization.Goalposts)) {
      return def.isBounded() ? Normalization.goalposts(def.low(), def.high())
          : Normalization.goalposts();
    }
    return def;
  }

  private static Learned fitIndicator(Index index, Indicator ind, Panel ref, int column,
      int denominatorColumn) {
    Learned out = new Learned();
    Normalization method = effectiveNormalization(index, ind);
    int sign = ind.direction().sign();
    int rows = ref.size();
    // 1. raw value, divided by the denominator
    double[] x = new double[rows];
    for (int r = 0; r < rows; r++) {
      x[r] = ref.value(r, column);
      if (denominatorColumn >= 0) {
        x[r] = Denomination.denominate(x[r], ref.value(r, denominatorColumn), ind.id(),
            ind.denominator().orElseThrow(), ref.entity(r));
      }
    }
    // 2. imputation, learned on this column and applied cell by cell as scoring will
    Imputation imputation = index.imputation();
    if (!(imputation instanceof Imputation.None)) {
      if (imputation instanceof Imputation.Latest && !ref.hasYears()) {
        throw new IllegalArgumentException("imputation 'latest' fills from an entity's earlier"
            + " years, so the data needs a 'year' column; use mean, median, group-mean or"
            + " group-median");
      }
      String[] groups = new String[rows];
      String[] entities = new String[rows];
      int[] years = new int[rows];
      for (int r = 0; r < rows; r++) {
        groups[r] = ref.group(r).orElse("");
        entities[r] = ref.entity(r);
        years[r] = ref.year(r).orElse(0);
      }
      try {
        out.imputation = imputation.fit(x, groups, entities, years);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("indicator '" + ind.id() + "': " + e.getMessage(), e);
      }
      for (int r = 0; r < rows; r++) {
        x[r] = out.imputation.fill(x[r], ref.group(r), entities[r], years[r]);
      }
    }
    // 3. outlier treatment, learned on the imputed column
    if (index.outlierTreatment().isPresent()) {
      OutlierTreatment.Outcome o = OutlierTreatment.fit(x, ind.id(),
          index.outlierTreatment().get());
      out.treatment = o.treatment();
      out.report = o.report();
      for (int r = 0; r < rows; r++) {
        if (!Double.isNaN(x[r])) {
          x[r] = out.treatment.apply(x[r]);
        }
      }
    }
    // 4. goalposts given: nothing to learn
    if (method instanceof Normalization.Goalposts gp && ind.goalposts().isPresent()) {
      Goalposts g = ind.goalposts().get();
      double lo = transformGoalpost(ind, g.low());
      double hi = transformGoalpost(ind, g.high());
      out.normalization = sign > 0 ? gp.withGoalposts(lo, hi) : gp.withGoalposts(-hi, -lo);
      return out;
    }
    // 5. transform, orient, fit the normalization
    double[] oriented = new double[rows];
    double first = Double.NaN;
    boolean constant = true;
    int present = 0;
    for (int r = 0; r < rows; r++) {
      if (Double.isInfinite(x[r])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "entity '%s', indicator '%s': value is infinite; use NaN (blank) for missing",
            ref.entity(r), ind.id()));
      }
      if (!Double.isNaN(x[r])) {
        if (present++ == 0) {
          first = x[r];
        } else if (x[r] != first) {
          constant = false;
        }
      }
      oriented[r] = Orient.apply(x[r], ind.transform(), sign, ref.entity(r), ind.id());
    }
    if (present == 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "indicator '%s' has no value in the reference panel (%d entities), so %s cannot be"
              + " fitted; give it goalposts, add data or drop it", ind.id(), rows, method));
    }
    if (constant) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "indicator '%s' is constant in the reference panel (all %d present values = %s), so %s"
              + " is undefined; give it goalposts or drop it", ind.id(), present, first, method));
    }
    out.normalization = method.fit(oriented, ind.id());
    return out;
  }

  private static double transformGoalpost(Indicator ind, double g) {
    if (ind.transform() == Transform.LOG) {
      if (!(g > 0)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "indicator '%s': goalpost %s must be > 0 for the log transform", ind.id(), g));
      }
      return Math.log(g);
    }
    return g;
  }

  /** Column index in the panel for each slot's column id; an error names what is missing. */
  static int[] resolveColumns(String[] columns, Panel panel, String what) {
    int[] out = new int[columns.length];
    List<String> missing = new ArrayList<>();
    for (int s = 0; s < columns.length; s++) {
      if (panel.hasIndicator(columns[s])) {
        out[s] = panel.columnIndex(columns[s]);
      } else {
        missing.add(columns[s]);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s %s not %s of the %s; its columns are: %s",
          missing.size() == 1 ? "indicator column" : "indicator columns",
          missing.size() == 1 ? "'" + missing.get(0) + "' is" : missing + " are",
          missing.size() == 1 ? "a column" : "columns", what,
          String.join(", ", panel.indicators())));
    }
    return out;
  }
}
