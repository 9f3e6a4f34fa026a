package io.github.diamondscore.analysis;

import io.github.diamondscore.internal.AtomicFiles;
import io.github.diamondscore.internal.Csv;
import io.github.diamondscore.internal.IoErrors;
import io.github.diamondscore.internal.Text;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result of an {@link Audit}: immutable, with the flags as the summary and one table per
 * section. {@link #toString()} prints the flags, then every table as aligned text;
 * {@link #writeCsv(Path)} writes one CSV per section; {@link #toMarkdown()} gives a complete
 * Markdown document.
 */
public final class AuditResult implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String root;
  private final int entities;
  private final AuditOptions options;
  private final List<AuditFlag> flags;
  private final List<IndicatorStats> indicators;
  private final List<Correlation> correlations;
  private final List<Consistency> consistency;
  private final List<Importance> importance;
  private final List<RepeatedColumn> repeatedColumns;

  AuditResult(String root, int entities, AuditOptions options, List<AuditFlag> flags,
      List<IndicatorStats> indicators, List<Correlation> correlations,
      List<Consistency> consistency, List<Importance> importance,
      List<RepeatedColumn> repeatedColumns) {
    this.root = root;
    this.entities = entities;
    this.options = options;
    this.flags = List.copyOf(flags);
    this.indicators = List.copyOf(indicators);
    this.correlations = List.copyOf(correlations);
    this.consistency = List.copyOf(consistency);
    this.importance = List.copyOf(importance);
    this.repeatedColumns = List.copyOf(repeatedColumns);
  }

  /**
   * The root of the audited framework.
   *
   * @return the root id
   */
  public String root() {
    return root;
  }

  /**
   * The number of entities (rows) audited: those the index scored.
   *
   * @return the count, at least 3
   */
  public int entities() {
    return entities;
  }

  /**
   * The thresholds used.
   *
   * @return the options
   */
  public AuditOptions options() {
    return options;
  }

  /**
   * Every finding, in section order: indicators (outliers, low variance), correlations
   * (double counting, negative or weak with the parent), importance, repeated columns.
   *
   * @return an unmodifiable list, empty when nothing was found
   */
  public List<AuditFlag> flags() {
    return flags;
  }

  /**
   * The findings of one kind.
   *
   * @param kind the kind
   * @return an unmodifiable list
   */
  public List<AuditFlag> flags(AuditFlag.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return flags.stream().filter(f -> f.kind() == kind).toList();
  }

  /**
   * The descriptive statistics of each indicator node, in framework order.
   *
   * @return an unmodifiable list
   */
  public List<IndicatorStats> indicators() {
    return indicators;
  }

  /**
   * The statistics of one indicator node.
   *
   * @param id the indicator id
   * @return its statistics
   * @throws IllegalArgumentException if the id is not an indicator of the framework
   */
  public IndicatorStats indicator(String id) {
    return find(indicators, IndicatorStats::indicator, id, "indicator");
  }

  /**
   * Every correlation: siblings within each node, then each node with its parent, then each
   * node with the root.
   *
   * @return an unmodifiable list
   */
  public List<Correlation> correlations() {
    return correlations;
  }

  /**
   * The correlation of two nodes in one relation.
   *
   * @param relation the relation
   * @param node the first node (for {@code PARENT} and {@code ROOT}, the child)
   * @param other the second node (a sibling, the parent or the root)
   * @return the correlation, in either order for siblings; empty if there is none
   */
  public Optional<Correlation> correlation(Correlation.Relation relation, String node,
      String other) {
    Objects.requireNonNull(relation, "relation");
    for (Correlation c : correlations) {
      if (c.relation() == relation && (c.node().equals(node) && c.other().equals(other)
          || relation == Correlation.Relation.SIBLINGS && c.node().equals(other)
          && c.other().equals(node))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Cronbach's alpha and principal components of each node with at least two weighted
   * children, in framework order.
   *
   * @return an unmodifiable list
   */
  public List<Consistency> consistency() {
    return consistency;
  }

  /**
   * The consistency of one composite.
   *
   * @param composite the composite id
   * @return its alpha and PCA
   * @throws IllegalArgumentException if the node is not a composite with two or more children
   */
  public Consistency consistency(String composite) {
    return find(consistency, Consistency::composite, composite,
        "composite with two or more children");
  }

  /**
   * Weights against importance, one row per leaf, in framework order.
   *
   * @return an unmodifiable list
   */
  public List<Importance> importance() {
    return importance;
  }

  /**
   * Weight against importance of one leaf.
   *
   * @param leaf the leaf id
   * @return its row
   * @throws IllegalArgumentException if the id is not a leaf of the framework
   */
  public Importance importance(String leaf) {
    return find(importance, Importance::node, leaf, "leaf");
  }

  /**
   * The data columns read by more than one indicator node.
   *
   * @return an unmodifiable list, empty when every column feeds one node
   */
  public List<RepeatedColumn> repeatedColumns() {
    return repeatedColumns;
  }

  private <T> T find(List<T> list, Function<T, String> key, String id, String what) {
    Objects.requireNonNull(id, "id");
    List<String> known = new ArrayList<>();
    for (T t : list) {
      if (key.apply(t).equals(id)) {
        return t;
      }
      known.add(key.apply(t));
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "'%s' is not a %s in the audit of '%s'; those are: %s", id, what, root,
        String.join(", ", known)));
  }

  // ---- sections ---------------------------------------------------------------------------

  /** One table of the report: text cells (rounded) and CSV cells (exact). */
  record Section(String title, String file, List<String> header, List<List<String>> text,
      List<String> csvHeader, List<List<String>> csv) {
    Section(String title, String file, List<String> header, List<List<String>> text,
        List<List<String>> csv) {
      this(title, file, header, text, header, csv);
    }

    Section withCsvHeader(List<String> names) {
      return new Section(title, file, header, text, names, csv);
    }
  }

  static String fmt(double v, int decimals) {
    return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  private static String exact(double v) {
    return Text.exact(v);
  }

  Section flagSection() {
    List<List<String>> text = new ArrayList<>();
    List<List<String>> csv = new ArrayList<>();
    for (AuditFlag f : flags) {
      text.add(List.of(f.kind().name(), String.join(" ", f.nodes()), fmt(f.value(), 3),
          fmt(f.threshold(), 3)));
      csv.add(List.of(f.kind().name(), String.join(";", f.nodes()), exact(f.value()),
          exact(f.threshold()), f.message()));
    }
    return new Section("Flags", "flags.csv", List.of("kind", "nodes", "value", "threshold"),
        text, csv).withCsvHeader(List.of("kind", "nodes", "value", "threshold", "message"));
  }

  Section indicatorSection() {
    List<List<String>> text = new ArrayList<>();
    List<List<String>> csv = new ArrayList<>();
    for (IndicatorStats s : indicators) {
      text.add(List.of(s.indicator(), s.denominator().map(d -> s.column() + "/" + d)
              .orElse(s.column()), Integer.toString(s.count()), fmt(100 * s.missingShare(), 0)
              + "%", sig(s.mean()), sig(s.sd()), sig(s.min()), sig(s.max()), fmt(s.skewness(), 2),
          fmt(s.kurtosis(), 2), s.failsOutlierCheck() ? "yes" : "no",
          Integer.toString(s.distinctValues()), s.lowVariance() ? "yes" : "no"));
      csv.add(List.of(s.indicator(), s.column(), s.denominator().orElse(""),
          Integer.toString(s.count()), exact(s.missingShare()), exact(s.mean()), exact(s.sd()),
          exact(s.min()), exact(s.max()), exact(s.skewness()), exact(s.kurtosis()),
          s.outlierStatus().name(), Boolean.toString(s.failsOutlierCheck()),
          Integer.toString(s.distinctValues()), exact(s.modeShare()),
          Boolean.toString(s.lowVariance())));
    }
    return new Section("Indicators (raw values after denomination)", "indicators.csv",
        List.of("indicator", "column", "n", "missing", "mean", "sd", "min", "max", "skew",
            "kurt", "outliers", "distinct", "low variance"), text, csv)
        .withCsvHeader(List.of("indicator", "column", "denominator", "n", "missing_share",
            "mean", "sd", "min", "max", "skewness", "kurtosis", "outlier_status",
            "fails_outlier_check", "distinct_values", "mode_share", "low_variance"));
  }

  Section correlationSection(Correlation.Relation relation) {
    List<List<String>> text = new ArrayList<>();
    List<List<String>> csv = new ArrayList<>();
    for (Correlation c : correlations) {
      if (relation != null && c.relation() != relation) {
        continue;
      }
      text.add(List.of(c.composite(), c.node() + (c.modulator() ? " (mod)" : ""), c.other(),
          Integer.toString(c.n()), fmt(c.pearson(), 3), fmt(c.spearman(), 3)));
      csv.add(List.of(c.relation().name(), c.composite(), c.node(), c.other(),
          Boolean.toString(c.modulator()), Integer.toString(c.n()), exact(c.pearson()),
          exact(c.spearman())));
    }
    String title = relation == null ? "Correlations" : switch (relation) {
      case SIBLINGS -> "Correlations between siblings (mod = modulator)";
      case PARENT -> "Correlations with the parent";
      case ROOT -> "Correlations with the root";
    };
    return new Section(title, "correlations.csv", List.of("composite", "node", "other", "n",
        "pearson", "spearman"), text, csv).withCsvHeader(List.of("relation", "composite",
        "node", "other", "modulator", "n", "pearson", "spearman"));
  }

  Section alphaSection() {
    List<List<String>> text = new ArrayList<>();
    List<List<String>> csv = new ArrayList<>();
    for (Consistency c : consistency) {
      String first = c.varianceShares().isEmpty() ? "NA"
          : fmt(100 * c.varianceShares().get(0), 1) + "%";
      text.add(List.of(c.composite(), Integer.toString(c.children().size()),
          Integer.toString(c.completeCases()), fmt(c.alpha(), 3),
          c.eigenvalues().isEmpty() ? "NA" : fmt(c.eigenvalues().get(0), 3), first,
          c.note().orElse("")));
      csv.add(List.of(c.composite(), String.join(";", c.children()),
          Integer.toString(c.completeCases()), exact(c.alpha()), c.note().orElse("")));
    }
    return new Section("Internal consistency (weighted children, complete cases)", "alpha.csv",
        List.of("composite", "k", "n", "alpha", "pc1 eigenvalue", "pc1 share", "note"), text,
        csv).withCsvHeader(List.of("composite", "children", "complete_cases", "alpha", "note"));
  }

  Section pcaSection() {
    List<List<String>> text = new ArrayList<>();
    List<List<String>> csv = new ArrayList<>();
    for (Consistency c : consistency) {
      for (int k = 0; k < c.eigenvalues().size(); k++) {
        String loading = k < c.loadings().size() ? fmt(c.loadings().get(k), 3) : "";
        String child = c.children().get(k);
        text.add(List.of(c.composite(), Integer.toString(k + 1), fmt(c.eigenvalues().get(k), 3),
            fmt(100 * c.varianceShares().get(k), 1) + "%", child, loading));
        csv.add(List.of(c.composite(), Integer.toString(k + 1), exact(c.eigenvalues().get(k)),
            exact(c.varianceShares().get(k)), child, exact(c.loadings().get(k))));
      }
    }
    return new Section("Principal components of each composite's children (correlation matrix;"
        + " loadings on the first, unrotated component)", "pca.csv", List.of("composite",
        "component", "eigenvalue", "share", "child", "pc1 loading"), text, csv)
        .withCsvHeader(List.of("composite", "component", "eigenvalue", "variance_share",
            "child", "pc1_loading"));
  }

  Section importanceSection() {
    List<List<String>> text = new ArrayList<>();
    List<List<String>> csv = new ArrayList<>();
    for (Importance i : importance) {
      text.add(List.of(i.node(), fmt(i.effectiveWeight(), 4), fmt(i.weightShare(), 3),
          fmt(i.mainEffect(), 3), fmt(i.importanceShare(), 3), fmt(i.ratio(), 2),
          fmt(i.pearsonR2(), 3), Integer.toString(i.n()), Integer.toString(i.bins())));
      csv.add(List.of(i.node(), exact(i.effectiveWeight()), exact(i.weightShare()),
          exact(i.mainEffect()), exact(i.importanceShare()), exact(i.ratio()),
          exact(i.pearsonR2()), Integer.toString(i.n()), Integer.toString(i.bins())));
    }
    return new Section("Weights versus importance (main effect S on the root)",
        "importance.csv", List.of("leaf", "eff. weight", "weight share", "S",
        "importance share", "ratio", "r2", "n", "bins"), text, csv)
        .withCsvHeader(List.of("leaf", "effective_weight", "weight_share", "main_effect",
            "importance_share", "ratio", "pearson_r2", "n", "bins"));
  }

  Section repeatedSection() {
    List<List<String>> text = new ArrayList<>();
    List<List<String>> csv = new ArrayList<>();
    for (RepeatedColumn r : repeatedColumns) {
      text.add(List.of(r.column(), String.join(", ", r.nodes()),
          fmt(r.totalEffectiveWeight(), 4), fmt(r.mainEffect(), 3)));
      csv.add(List.of(r.column(), String.join(";", r.nodes()),
          exact(r.totalEffectiveWeight()), exact(r.mainEffect())));
    }
    return new Section("Repeated data columns", "repeated_columns.csv", List.of("column",
        "nodes", "total eff. weight", "S"), text, csv).withCsvHeader(List.of("column", "nodes",
        "total_effective_weight", "main_effect"));
  }

  /** A number with about four significant digits, for raw values of any scale. */
  private static String sig(double v) {
    if (Double.isNaN(v)) {
      return "NA";
    }
    double a = Math.abs(v);
    if (a != 0 && (a >= 1e7 || a < 1e-3)) {
      return String.format(Locale.ROOT, "%.3e", v);
    }
    return String.format(Locale.ROOT, a >= 100 ? "%.1f" : "%.4g", v);
  }

  // ---- text ---------------------------------------------------------------------------------

  /**
   * The flags as a readable list, each with its message.
   *
   * @return text ending with a line break
   */
  public String flagsText() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "Flags: %d%n", flags.size()));
    for (AuditFlag f : flags) {
      sb.append("  [").append(f.kind().name()).append("] ").append(f.message()).append('\n');
    }
    return sb.toString();
  }

  /**
   * The indicator table as aligned text.
   *
   * @return text ending with a line break
   */
  public String indicatorsText() {
    return text(indicatorSection());
  }

  /**
   * The correlation tables (siblings, parent, root) as aligned text.
   *
   * @return text ending with a line break
   */
  public String correlationsText() {
    StringBuilder sb = new StringBuilder();
    for (Correlation.Relation r : Correlation.Relation.values()) {
      sb.append(sb.length() == 0 ? "" : "\n").append(text(correlationSection(r)));
    }
    return sb.toString();
  }

  /**
   * Cronbach's alpha and the principal components as aligned text.
   *
   * @return text ending with a line break
   */
  public String consistencyText() {
    return text(alphaSection()) + "\n" + text(pcaSection());
  }

  /**
   * The weights-versus-importance table as aligned text.
   *
   * @return text ending with a line break
   */
  public String importanceText() {
    return text(importanceSection());
  }

  /**
   * The repeated columns as aligned text.
   *
   * @return text ending with a line break
   */
  public String repeatedColumnsText() {
    return repeatedColumns.isEmpty() ? "Repeated data columns: none\n" : text(repeatedSection());
  }

  private static String text(Section s) {
    return Text.table(s.title(), s.header(), s.text());
  }

  /**
   * The whole audit as text: a heading line, the flags, then every table.
   *
   * @return readable text
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Statistical audit of '%s' (%d entities)%n", root,
        entities) + flagsText() + "\n" + indicatorsText() + "\n" + correlationsText() + "\n"
        + consistencyText() + "\n" + importanceText() + "\n" + repeatedColumnsText();
  }

  // ---- CSV ----------------------------------------------------------------------------------

  /**
   * The names of the files {@link #writeCsv(Path)} writes, in its order, so that a caller can
   * check them before the audit runs.
   *
   * @return {@code flags.csv}, {@code indicators.csv}, {@code correlations.csv},
   *     {@code alpha.csv}, {@code pca.csv}, {@code importance.csv}, {@code repeated_columns.csv}
   */
  public static List<String> csvFileNames() {
    return List.of("flags.csv", "indicators.csv", "correlations.csv", "alpha.csv", "pca.csv",
        "importance.csv", "repeated_columns.csv");
  }

  private List<Section> sections() {
    return List.of(flagSection(), indicatorSection(), correlationSection(null), alphaSection(),
        pcaSection(), importanceSection(), repeatedSection());
  }

  /**
   * Writes one CSV per section into a folder (created if needed): {@code flags.csv},
   * {@code indicators.csv}, {@code correlations.csv}, {@code alpha.csv}, {@code pca.csv},
   * {@code importance.csv} and {@code repeated_columns.csv}. RFC 4180 quoting, UTF-8, lines
   * ending in LF as the project's other CSVs, numbers in their shortest exact form, an empty
   * cell for a missing number; lists of nodes are joined with {@code ;}.
   *
   * @param dir the folder
   * @return the files written, in the order above
   * @throws java.io.UncheckedIOException if a file cannot be written, naming it
   */
  public List<Path> writeCsv(Path dir) {
    Objects.requireNonNull(dir, "dir");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw IoErrors.wrap("cannot create folder", dir, e);
    }
    List<Path> out = new ArrayList<>();
    for (Section s : sections()) {
      Path file = dir.resolve(s.file());
      AtomicFiles.write(file, "audit file", w -> {
        Csv.record(w, s.csvHeader());
        for (List<String> row : s.csv()) {
          Csv.record(w, row);
        }
      });
      out.add(file);
    }
    return out;
  }

  // ---- Markdown -----------------------------------------------------------------------------

  /**
   * The audit as a complete Markdown document: a title, the method in brief, a "Flags" section
   * listing every flag with the numbers that triggered it, and a section per table.
   *
   * @return Markdown text ending with a line break
   */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Statistical audit of `").append(root).append("`\n\n");
    sb.append(String.format(Locale.ROOT, "%d entities. Correlations use the nodes' scores"
        + " (indicators: normalized values) with pairwise deletion; flags use Pearson's r."
        + " Importance is the main effect S = Var(E[root | x]) / Var(root), estimated with"
        + " equal-count bins and the epsilon-squared correction (Paruolo, Saisana and Saltelli"
        + " 2013).%n%n", entities));
    sb.append("## Flags\n\n");
    if (flags.isEmpty()) {
      sb.append("None.\n\n");
    } else {
      for (AuditFlag f : flags) {
        sb.append("- **").append(markdownText(f.kind().name())).append("** ")
            .append(markdownText(f.message()));
        sb.append(String.format(Locale.ROOT, " (value %s, threshold %s)%n", fmt(f.value(), 3),
            fmt(f.threshold(), 3)));
      }
      sb.append('\n');
    }
    markdown(sb, "## ", indicatorSection());
    sb.append("## Correlations\n\n");
    for (Correlation.Relation r : Correlation.Relation.values()) {
      markdown(sb, "### ", correlationSection(r));
    }
    sb.append("## Internal consistency\n\n");
    markdown(sb, "### ", alphaSection());
    markdown(sb, "### ", pcaSection());
    markdown(sb, "## ", importanceSection());
    markdown(sb, "## ", repeatedSection());
    return sb.toString();
  }

  private static void markdown(StringBuilder sb, String level, Section s) {
    sb.append(level).append(s.title()).append("\n\n");
    if (s.text().isEmpty()) {
      sb.append("None.\n\n");
      return;
    }
    row(sb, s.header());
    sb.append('|');
    for (int c = 0; c < s.header().size(); c++) {
      sb.append("---|");
    }
    sb.append('\n');
    for (List<String> r : s.text()) {
      row(sb, r);
    }
    sb.append('\n');
  }

  private static void row(StringBuilder sb, List<String> cells) {
    sb.append('|');
    for (String c : cells) {
      sb.append(' ').append(markdownText(c).replace("|", "\\|")).append(" |");
    }
    sb.append('\n');
  }

  /** Text safe in Markdown prose: no HTML, no line breaks, emphasis characters escaped. */
  private static String markdownText(String s) {
    return s.replace("\\", "\\\\").replaceAll("<(?=[A-Za-z/!?])", "&lt;")
        .replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
        .replaceAll("[\\r\\n]+", " ");
  }
}
