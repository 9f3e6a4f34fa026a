package io.github.diamondscore.report;

import io.github.diamondscore.analysis.AuditFlag;
import io.github.diamondscore.analysis.AuditResult;
import io.github.diamondscore.analysis.Consistency;
import io.github.diamondscore.analysis.Importance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A statistical audit ({@link io.github.diamondscore.analysis.Audit}) as HTML: a section with
 * the flags, a chart and a table of weight shares against importance shares, and Cronbach's
 * alpha of each composite. Add it to any report with {@link #section}, or make a page of its
 * own with {@link #html}. Every text is escaped.
 *
 * <pre>{@code
 * AuditResult audit = Audit.of(fitted, panel);
 * AuditReport.html(audit).write(Path.of("target/audit.html"));
 * }</pre>
 */
public final class AuditReport {
  private AuditReport() {}

  /**
   * A standalone page with the audit section.
   *
   * @param audit the audit
   * @return the page
   */
  public static HtmlReport html(AuditResult audit) {
    Objects.requireNonNull(audit, "audit");
    HtmlReport.Builder b = HtmlReport.builder("Statistical audit of " + audit.root());
    return section(b, audit).build();
  }

  /**
   * Adds a section "Statistical audit" to a report: a summary line, every flag with its
   * numbers, the weights-versus-importance chart and table, and the alpha table.
   *
   * @param builder the report being built
   * @param audit the audit
   * @return the builder
   */
  public static HtmlReport.Builder section(HtmlReport.Builder builder, AuditResult audit) {
    return section(builder, audit, f -> java.util.Optional.empty());
  }

  /**
   * Adds the audit section as {@link #section(HtmlReport.Builder, AuditResult)} does, with the
   * model authors' reason after each flag that has one (for the bundled model,
   * {@code GoGlobal::flagReason}).
   *
   * @param builder the report being built
   * @param audit the audit
   * @param reasons the reason a flag stands, or empty when none has been given
   * @return the builder
   */
  public static HtmlReport.Builder section(HtmlReport.Builder builder, AuditResult audit,
      java.util.function.Function<AuditFlag, java.util.Optional<String>> reasons) {
    Objects.requireNonNull(reasons, "reasons");
    Objects.requireNonNull(builder, "builder");
    Objects.requireNonNull(audit, "audit");
    builder.section("Statistical audit");
    builder.paragraph(String.format(Locale.ROOT, "Audit of %s over %d entities: %d flag%s."
        + " Correlations use the nodes' scores (indicators: normalized values), flags use"
        + " Pearson's r; importance is each leaf's main effect on %s, S = Var(E[%s | x]) /"
        + " Var(%s), estimated with equal-count bins (Paruolo, Saisana and Saltelli 2013).",
        audit.root(), audit.entities(), audit.flags().size(),
        audit.flags().size() == 1 ? "" : "s", audit.root(), audit.root(), audit.root()));
    builder.subsection("Flags");
    List<String> items = new ArrayList<>();
    for (AuditFlag f : audit.flags()) {
      items.add(f.kind().name() + ": " + f.message()
          + reasons.apply(f).map(r -> " Why it stands: " + r).orElse(""));
    }
    if (items.isEmpty()) {
      items.add("None.");
    }
    builder.bulletList(items);
    builder.subsection("Weights versus importance");
    builder.chart(importanceChart(audit), "Each leaf's share of the nominal weight and of the"
        + " importance (main effects); a leaf is flagged when its importance share is below "
        + num(audit.options().lowImportanceRatio()) + " or above "
        + num(audit.options().highImportanceRatio()) + " times its weight share.");
    TextTable.Builder t = TextTable.builder("leaf", "effective weight", "weight share", "S",
        "importance share", "ratio", "r²").title("Weights versus importance")
        .maxRows(Integer.MAX_VALUE);
    for (Importance i : audit.importance()) {
      t.row(i.node(), fmt(i.effectiveWeight(), 4), fmt(i.weightShare(), 3),
          fmt(i.mainEffect(), 3), fmt(i.importanceShare(), 3), fmt(i.ratio(), 2),
          fmt(i.pearsonR2(), 3));
    }
    builder.table(t.build());
    if (!audit.consistency().isEmpty()) {
      builder.subsection("Internal consistency");
      TextTable.Builder c = TextTable.builder("composite", "children", "complete cases",
          "Cronbach's alpha", "PC1 share").title("Cronbach's alpha and first component")
          .maxRows(Integer.MAX_VALUE);
      for (Consistency k : audit.consistency()) {
        c.row(k.composite(), Integer.toString(k.children().size()),
            Integer.toString(k.completeCases()), fmt(k.alpha(), 3),
            k.varianceShares().isEmpty() ? "NA" : fmt(100 * k.varianceShares().get(0), 1) + "%");
      }
      builder.table(c.build());
    }
    return builder;
  }

  /**
   * The chart of weight shares against importance shares, one pair of bars per leaf with a
   * positive effective weight.
   *
   * @param audit the audit
   * @return the chart
   */
  public static Chart importanceChart(AuditResult audit) {
    Objects.requireNonNull(audit, "audit");
    List<String> labels = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    List<Double> importance = new ArrayList<>();
    for (Importance i : audit.importance()) {
      if (i.effectiveWeight() > 0) {
        labels.add(i.node());
        weights.add(i.weightShare());
        importance.add(i.importanceShare());
      }
    }
    return ShareChart.of("Weight share and importance share", labels, weights, importance);
  }

  private static String fmt(double v, int decimals) {
    return Double.isNaN(v) ? "NA" : Markup.num(v, decimals);
  }

  private static String num(double v) {
    return Markup.plain(v);
  }
}
