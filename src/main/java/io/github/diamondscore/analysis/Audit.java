package io.github.diamondscore.analysis;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.model.Modulator;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.model.Transform;
import io.github.diamondscore.prepare.Denomination;
import io.github.diamondscore.prepare.Moments;
import io.github.diamondscore.prepare.OutlierReport;
import io.github.diamondscore.prepare.OutlierTreatment;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.Scores;
import io.github.diamondscore.weight.PcaAnalysis;
import io.github.diamondscore.weight.PcaWeights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A statistical audit of any fitted index on a panel, in the manner of the JRC's audits of
 * composite indicators: descriptive statistics of each indicator, correlations across the
 * hierarchy, internal consistency of each composite, nominal weights against data-driven
 * importance, and repeated data columns, summed up in a list of {@link AuditFlag}s.
 *
 * <pre>{@code
 * AuditResult audit = Audit.of(fitted, panel);
 * System.out.println(audit);                  // flags first, then every table
 * audit.writeCsv(Path.of("target/audit"));    // one CSV per section
 * Files.writeString(Path.of("audit.md"), audit.toMarkdown());
 * }</pre>
 *
 * <p><b>Data.</b> The panel is scored with {@link FittedIndex#score(Panel)}; every section uses the
 * entities it scores (after screening, if the index screens; all years pooled when the panel has
 * several: filter a year first to audit one). The indicator table reads raw values (see
 * {@link IndicatorStats}); correlations, alpha, PCA and importance use scores, where an
 * indicator's score is its normalized value, with pairwise deletion of missing values (complete
 * cases for alpha and PCA).
 *
 * <p><b>Correlations.</b> Pearson and Spearman of every pair of siblings (children and modulators
 * of one node), of every node with its parent and of every node with the root. Flags use Pearson:
 * {@code NEGATIVE_WITH_PARENT} when r &lt; 0, {@code WEAK_WITH_PARENT} when 0 ≤ r &lt;
 * {@code lowCorrelation}, {@code HIGH_SIBLING_CORRELATION} when r &gt; {@code highCorrelation}.
 * Modulators are reported, marked, but not flagged: they scale their parent by design rather than
 * measure a part of it.
 *
 * <p><b>Importance.</b> For each leaf, the first-order sensitivity of the root to it (the
 * correlation ratio of Paruolo, Saisana and Saltelli 2013) is estimated from the given data by
 * equal-count bins: the n entities with both values are ranked by the leaf's score (ties share
 * a bin) and cut into {@code bins} groups of about n / bins (default round(√n), so about 9
 * groups of 9 for 80 entities); S is the between-group share of the root's variance, corrected
 * for the share that noise alone gives (epsilon-squared: S = (SSB − (G − 1)·SSW/(n − G)) / SST,
 * clamped to [0, 1]). Only the order of the leaf's values matters, so S is the same for its raw
 * and normalized values. With y = x₁ + x₂ (independent uniforms) it gives S₁ ≈ S₂ ≈ 0.5, with
 * y = x₁ + 2x₂ about 0.2 and 0.8 (tests check both at n = 20000 within 0.02; at n = 80 the
 * standard error is about 0.07). Importance shares (S over the sum of S) are set against weight
 * shares (effective weight over the sum of the positive effective weights); an indicator whose
 * ratio is below {@code lowImportanceRatio} or above {@code highImportanceRatio} is flagged.
 * Leaves under a modulator have effective weight 0: their S is reported but not compared.
 *
 * <p><b>Other flags.</b> {@code OUTLIERS}: the raw column fails the check of
 * {@link OutlierTreatment} (|skewness| ≥ 2 and kurtosis ≥ 3.5 by default), so preparation would
 * winsorize or log-transform it. {@code LOW_VARIANCE}: fewer distinct values than
 * {@code minDistinctValues} (or than the present values, if fewer), or the most frequent value
 * held by more than {@code maxModeShare} of them. {@code REPEATED_COLUMN}: a data column read by
 * several indicator nodes, with their summed effective weight.
 */
public final class Audit {

  private Audit() {}

  /**
   * Audits a fitted index on a panel with the default options.
   *
   * @param fitted the fitted index
   * @param panel the panel to audit, usually the reference panel the index was fitted on
   * @return the audit
   * @throws IllegalArgumentException if the panel lacks a column the framework reads, has fewer
   *     than 3 scored entities, or a value is outside a method's domain
   */
  public static AuditResult of(FittedIndex fitted, Panel panel) {
    return of(fitted, panel, AuditOptions.defaults());
  }

  /**
   * Audits a fitted index on a panel.
   *
   * @param fitted the fitted index
   * @param panel the panel to audit
   * @param options the thresholds
   * @return the audit
   * @throws IllegalArgumentException if the panel lacks a column the framework reads, has fewer
   *     than 3 scored entities, or a value is outside a method's domain
   */
  public static AuditResult of(FittedIndex fitted, Panel panel, AuditOptions options) {
    Objects.requireNonNull(fitted, "fitted");
    Objects.requireNonNull(panel, "panel");
    Objects.requireNonNull(options, "options");
    Framework fw = fitted.framework();
    String root = fw.root().id();
    checkColumns(fw, panel);
    Scores scores = fitted.score(panel);
    if (scores.size() < 3) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "audit of '%s': needs at least 3 scored entities, but the panel has %d row%s%s;"
              + " correlations and moments are undefined with fewer",
          root, panel.size(), panel.size() == 1 ? "" : "s",
          scores.size() == panel.size() ? "" : " (" + scores.size() + " after screening)"));
    }
    int[] rows = panelRows(scores, panel);
    Map<String, double[]> score = new LinkedHashMap<>();
    for (Node n : fw.nodes()) {
      score.put(n.id(), scores.column(n.id()));
    }
    List<AuditFlag> flags = new ArrayList<>();
    List<IndicatorStats> indicators = new ArrayList<>();
    for (Indicator ind : fw.indicators()) {
      IndicatorStats s = describe(ind, raw(ind, panel, rows), options);
      indicators.add(s);
      flagIndicator(s, ind.transform() == Transform.LOG, options, flags);
    }
    List<Correlation> correlations = correlations(fw, score, options, flags);
    List<Consistency> consistency = new ArrayList<>();
    for (Node n : fw.nodes()) {
      if (n.children().size() >= 2) {
        consistency.add(consistency(n, score));
      }
    }
    List<Importance> importance = importance(fitted, score, options, flags);
    List<RepeatedColumn> repeated = repeated(fw, importance, flags);
    return new AuditResult(root, scores.size(), options, flags, indicators, correlations,
        consistency, importance, repeated);
  }

  private static void checkColumns(Framework fw, Panel panel) {
    for (Indicator ind : fw.indicators()) {
      List<String> cols = new ArrayList<>(List.of(ind.column()));
      ind.denominator().ifPresent(cols::add);
      for (String c : cols) {
        if (!panel.hasIndicator(c)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "audit of '%s': indicator '%s' (under '%s') reads data column '%s'%s, which the"
                  + " panel does not have; the panel's columns are: %s",
              fw.root().id(), ind.id(), fw.parent(ind.id()).map(Node::id).orElse("-"), c,
              c.equals(ind.column()) ? "" : " as its denominator",
              abbreviate(panel.indicators())));
        }
      }
    }
  }

  private static String abbreviate(List<String> ids) {
    return ids.size() <= 12 ? String.join(", ", ids)
        : String.join(", ", ids.subList(0, 12)) + ", ... (" + ids.size() + " in all)";
  }

  /** The panel row of each scored row (screening may have dropped rows). */
  private static int[] panelRows(Scores scores, Panel panel) {
    int[] rows = new int[scores.size()];
    boolean same = scores.size() == panel.size();
    for (int r = 0; r < rows.length; r++) {
      if (same) {
        rows[r] = r;
        continue;
      }
      String e = scores.entities().get(r);
      OptionalInt year = scores.year(r);
      OptionalInt row = year.isPresent() ? panel.row(e, year.getAsInt()) : panel.row(e);
      rows[r] = row.orElseThrow(() -> new IllegalStateException(
          "scored entity '" + e + "' is not in the panel"));
    }
    return rows;
  }

  /** The indicator's column on the scored rows, divided by its denominator. */
  private static double[] raw(Indicator ind, Panel panel, int[] rows) {
    int c = panel.columnIndex(ind.column());
    int d = ind.denominator().map(panel::columnIndex).orElse(-1);
    double[] x = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      x[i] = panel.value(rows[i], c);
      if (d >= 0) {
        x[i] = Denomination.denominate(x[i], panel.value(rows[i], d), ind.id(),
            ind.denominator().get(), panel.entity(rows[i]));
      }
    }
    return x;
  }

  static IndicatorStats describe(Indicator ind, double[] x, AuditOptions options) {
    double[] present = Arrays.stream(x).filter(v -> !Double.isNaN(v)).sorted().toArray();
    int n = present.length;
    double mean = n == 0 ? Double.NaN : AuditStats.mean(present);
    double sd = Math.sqrt(AuditStats.variance(present));
    int distinct = 0;
    int mode = 0;
    for (int i = 0; i < n;) {
      int j = i;
      while (j < n && present[j] == present[i]) {
        j++;
      }
      distinct++;
      mode = Math.max(mode, j - i);
      i = j;
    }
    double modeShare = n == 0 ? Double.NaN : (double) mode / n;
    boolean low = n > 0 && (distinct < Math.min(options.minDistinctValues(), n)
        || modeShare > options.maxModeShare());
    OutlierReport.Status status = OutlierTreatment.fit(x, ind.id(), options.outlierOptions())
        .report().status();
    return new IndicatorStats(ind.id(), ind.column(), ind.denominator(), n,
        x.length == 0 ? Double.NaN : 1 - (double) n / x.length, mean, sd,
        n == 0 ? Double.NaN : present[0], n == 0 ? Double.NaN : present[n - 1],
        Moments.skewness(x), Moments.kurtosis(x), status, distinct, modeShare, low);
  }

  private static void flagIndicator(IndicatorStats s, boolean logged, AuditOptions o,
      List<AuditFlag> flags) {
    if (s.failsOutlierCheck()) {
      flags.add(new AuditFlag(AuditFlag.Kind.OUTLIERS, List.of(s.indicator()), s.skewness(),
          o.outlierOptions().skewThreshold(), String.format(Locale.ROOT,
              "indicator '%s': skewness %.3f (|G1| >= %s) and kurtosis %.3f (>= %s); outlier"
                  + " treatment would %s it%s", s.indicator(), s.skewness(),
              num(o.outlierOptions().skewThreshold()), s.kurtosis(),
              num(o.outlierOptions().kurtosisThreshold()),
              s.outlierStatus() == OutlierReport.Status.WINSORIZED ? "winsorize"
                  : "log-transform", logged ? " (the framework log-transforms it after that"
                  + " step)" : "")));
    }
    if (s.lowVariance()) {
      boolean fewDistinct = s.distinctValues() < Math.min(o.minDistinctValues(), s.count());
      flags.add(new AuditFlag(AuditFlag.Kind.LOW_VARIANCE, List.of(s.indicator()),
          fewDistinct ? s.distinctValues() : s.modeShare(),
          fewDistinct ? o.minDistinctValues() : o.maxModeShare(), String.format(Locale.ROOT,
              "indicator '%s': %d distinct values among %d present%s; the most frequent holds"
                  + " %.0f%% of them%s", s.indicator(), s.distinctValues(), s.count(),
              fewDistinct ? " (fewer than " + o.minDistinctValues() + ")" : "",
              100 * s.modeShare(), s.modeShare() > o.maxModeShare()
                  ? " (more than " + num(100 * o.maxModeShare()) + "%)" : "")));
    }
  }

  private static List<Correlation> correlations(Framework fw, Map<String, double[]> score,
      AuditOptions o, List<AuditFlag> flags) {
    List<Correlation> out = new ArrayList<>();
    for (Node n : fw.nodes()) {
      List<Node> members = new ArrayList<>(n.children());
      for (Modulator m : n.modulators()) {
        members.add(m.node());
      }
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          String a = members.get(i).id();
          String b = members.get(j).id();
          boolean mod = fw.isModulator(a) || fw.isModulator(b);
          Correlation c = correlation(Correlation.Relation.SIBLINGS, n.id(), a, b, mod, score);
          out.add(c);
          if (!mod && c.pearson() > o.highCorrelation()) {
            flags.add(new AuditFlag(AuditFlag.Kind.HIGH_SIBLING_CORRELATION, List.of(a, b),
                c.pearson(), o.highCorrelation(), String.format(Locale.ROOT,
                    "'%s' and '%s' in '%s': Pearson r = %.3f > %s over %d entities; probable"
                        + " double counting", a, b, n.id(), c.pearson(), num(o.highCorrelation()),
                    c.n())));
          }
        }
      }
    }
    for (Node n : fw.nodes()) {
      Optional<Node> parent = fw.parent(n.id());
      if (parent.isEmpty()) {
        continue;
      }
      boolean mod = fw.isModulator(n.id());
      String p = parent.get().id();
      Correlation c = correlation(Correlation.Relation.PARENT, p, n.id(), p, mod, score);
      out.add(c);
      if (!mod && c.pearson() < 0) {
        flags.add(new AuditFlag(AuditFlag.Kind.NEGATIVE_WITH_PARENT, List.of(n.id(), p),
            c.pearson(), 0, String.format(Locale.ROOT,
                "'%s' correlates negatively with its parent '%s': Pearson r = %.3f over %d"
                    + " entities; check its direction", n.id(), p, c.pearson(), c.n())));
      } else if (!mod && c.pearson() < o.lowCorrelation()) {
        flags.add(new AuditFlag(AuditFlag.Kind.WEAK_WITH_PARENT, List.of(n.id(), p),
            c.pearson(), o.lowCorrelation(), String.format(Locale.ROOT,
                "'%s' hardly correlates with its parent '%s': Pearson r = %.3f < %s over %d"
                    + " entities; it may not belong there", n.id(), p, c.pearson(),
                num(o.lowCorrelation()), c.n())));
      }
    }
    String root = fw.root().id();
    for (Node n : fw.nodes()) {
      if (!n.id().equals(root)) {
        out.add(correlation(Correlation.Relation.ROOT, root, n.id(), root,
            fw.isModulator(n.id()), score));
      }
    }
    return out;
  }

  private static Correlation correlation(Correlation.Relation relation, String composite,
      String a, String b, boolean modulator, Map<String, double[]> score) {
    double[] x = score.get(a);
    double[] y = score.get(b);
    return new Correlation(relation, composite, a, b, modulator, AuditStats.pairs(x, y),
        AuditStats.pearson(x, y), AuditStats.spearman(x, y));
  }

  static Consistency consistency(Node composite, Map<String, double[]> score) {
    List<String> kids = new ArrayList<>();
    for (Node c : composite.children()) {
      kids.add(c.id());
    }
    int k = kids.size();
    double[][] columns = new double[k][];
    for (int j = 0; j < k; j++) {
      columns[j] = score.get(kids.get(j));
    }
    int[] rows = AuditStats.completeRows(columns);
    double alpha = AuditStats.cronbachAlpha(columns, rows);
    List<Double> eigen = List.of();
    List<Double> shares = List.of();
    List<Double> loadings = List.of();
    String note = null;
    if (rows.length < 3) {
      note = String.format(Locale.ROOT, "%d entit%s with every child present; PCA needs 3",
          rows.length, rows.length == 1 ? "y" : "ies");
    } else {
      double[][] x = new double[rows.length][k];
      for (int i = 0; i < rows.length; i++) {
        for (int j = 0; j < k; j++) {
          x[i][j] = columns[j][rows[i]];
        }
      }
      for (int j = 0; j < k && note == null; j++) {
        double[] col = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
          col[i] = x[i][j];
        }
        if (!(AuditStats.variance(col) > 0)) {
          note = String.format(Locale.ROOT, "child '%s' is constant over the %d complete cases;"
              + " it has no correlation, so no PCA", kids.get(j), rows.length);
        }
      }
      if (note == null) {
        try {
          PcaAnalysis pca = PcaWeights.analyze(x, kids, PcaWeights.Retention.fixed(1));
          eigen = boxed(pca.eigenvalues());
          shares = boxed(pca.explainedShares());
          double[][] l = pca.rotatedLoadings();
          double[] first = new double[k];
          for (int j = 0; j < k; j++) {
            first[j] = l[j][0];
          }
          loadings = boxed(first);
        } catch (IllegalArgumentException e) {
          // e.g. a column constant up to rounding, which PcaWeights tests relatively
          note = e.getMessage();
        }
      }
    }
    return new Consistency(composite.id(), kids, rows.length, alpha, eigen, shares, loadings,
        Optional.ofNullable(note));
  }

  private static List<Double> boxed(double[] v) {
    List<Double> out = new ArrayList<>();
    for (double d : v) {
      out.add(d);
    }
    return out;
  }

  private static List<Importance> importance(FittedIndex fitted, Map<String, double[]> score,
      AuditOptions o, List<AuditFlag> flags) {
    Map<String, Double> weights = fitted.effectiveWeights();
    String root = fitted.framework().root().id();
    double[] y = score.get(root);
    Map<String, double[]> estimate = new LinkedHashMap<>();
    double weightSum = 0;
    double effectSum = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      if (e.getKey().equals(root)) {
        continue; // a framework that is a single leaf has nothing to audit here
      }
      double[] s = AuditStats.correlationRatio(score.get(e.getKey()), y, o.bins());
      estimate.put(e.getKey(), s);
      if (e.getValue() > 0) {
        weightSum += e.getValue();
        if (!Double.isNaN(s[0])) {
          effectSum += s[0];
        }
      }
    }
    List<Importance> out = new ArrayList<>();
    for (Map.Entry<String, double[]> e : estimate.entrySet()) {
      String id = e.getKey();
      double w = weights.get(id);
      double s = e.getValue()[0];
      boolean weighted = w > 0;
      double ws = weighted ? w / weightSum : Double.NaN;
      double is = weighted && effectSum > 0 ? s / effectSum : Double.NaN;
      double ratio = is / ws;
      double r = AuditStats.pearson(score.get(id), y);
      Importance imp = new Importance(id, w, ws, s, is, ratio, r * r, (int) e.getValue()[1],
          (int) e.getValue()[2]);
      out.add(imp);
      if (ratio < o.lowImportanceRatio()) {
        flags.add(new AuditFlag(AuditFlag.Kind.IMPORTANCE_BELOW_WEIGHT, List.of(id), ratio,
            o.lowImportanceRatio(), String.format(Locale.ROOT,
                "'%s' matters less than its weight says: importance share %.3f (S = %.3f) is"
                    + " %.2f times its weight share %.3f (< %s)", id, is, s, ratio, ws,
                num(o.lowImportanceRatio()))));
      } else if (ratio > o.highImportanceRatio()) {
        flags.add(new AuditFlag(AuditFlag.Kind.IMPORTANCE_ABOVE_WEIGHT, List.of(id), ratio,
            o.highImportanceRatio(), String.format(Locale.ROOT,
                "'%s' matters more than its weight says: importance share %.3f (S = %.3f) is"
                    + " %.2f times its weight share %.3f (> %s)", id, is, s, ratio, ws,
                num(o.highImportanceRatio()))));
      }
    }
    return out;
  }

  private static List<RepeatedColumn> repeated(Framework fw, List<Importance> importance,
      List<AuditFlag> flags) {
    Map<String, List<String>> byColumn = new LinkedHashMap<>();
    for (Indicator ind : fw.indicators()) {
      byColumn.computeIfAbsent(ind.column(), c -> new ArrayList<>()).add(ind.id());
    }
    Map<String, Importance> byNode = new LinkedHashMap<>();
    for (Importance i : importance) {
      byNode.put(i.node(), i);
    }
    List<RepeatedColumn> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : byColumn.entrySet()) {
      List<String> nodes = e.getValue();
      if (nodes.size() < 2) {
        continue;
      }
      double total = 0;
      List<String> where = new ArrayList<>();
      for (String id : nodes) {
        Importance i = byNode.get(id);
        total += i == null ? 0 : i.effectiveWeight();
        where.add(String.format(Locale.ROOT, "'%s' under '%s' (weight %.4f)", id,
            fw.parent(id).map(Node::id).orElse("-"), i == null ? 0 : i.effectiveWeight()));
      }
      Importance first = byNode.get(nodes.get(0));
      RepeatedColumn rc = new RepeatedColumn(e.getKey(), nodes, total,
          first == null ? Double.NaN : first.mainEffect());
      out.add(rc);
      flags.add(new AuditFlag(AuditFlag.Kind.REPEATED_COLUMN, nodes, total, Double.NaN,
          String.format(Locale.ROOT, "data column '%s' feeds %d indicators: %s; total effective"
              + " weight %.4f", e.getKey(), nodes.size(), String.join(", ", where), total)));
    }
    return out;
  }

  static String num(double v) {
    return io.github.diamondscore.internal.Text.exact(v);
  }
}
