package io.github.diamondscore.report;

import io.github.diamondscore.analysis.AuditResult;
import io.github.diamondscore.diamond.Assessment;
import io.github.diamondscore.diamond.BeltAndRoad;
import io.github.diamondscore.diamond.Factor;
import io.github.diamondscore.diamond.GoGlobal;
import io.github.diamondscore.diamond.IndicatorInfo;
import io.github.diamondscore.diamond.NodeResult;
import io.github.diamondscore.diamond.Ranking;
import io.github.diamondscore.diamond.ReadinessCard;
import io.github.diamondscore.diamond.Recommendation;
import io.github.diamondscore.diamond.WhatIf;
import io.github.diamondscore.model.Direction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The HTML report of an {@link Assessment}: one self-contained page with the ranking (table with
 * tier and group, and a bar chart coloured by tier with the focus entity highlighted), the focus
 * entity's score card (area and diamond radars against the leader, contributions, strengths,
 * weaknesses, what-ifs and recommendations), and a summary of the data's provenance.
 *
 * <pre>{@code
 * Path index = ReadinessReport.write(GoGlobal.assess(), "CHN",
 *     Path.of("target/diamond-report"));   // index.html and the charts as SVG files
 * }</pre>
 */
public final class ReadinessReport {
  private static final String CSS = String.join("\n",
      "tr.tier-leading td:first-child{border-left:6px solid #009E73}",
      "tr.tier-ready td:first-child{border-left:6px solid #56B4E9}",
      "tr.tier-emerging td:first-child{border-left:6px solid #E69F00}",
      "tr.tier-nascent td:first-child{border-left:6px solid #D55E00}");

  private ReadinessReport() {}

  /**
   * The report, with the provenance of the bundled indicators.
   *
   * @param assessment the assessment
   * @param focus the entity whose score card is shown, e.g. {@code CHN}
   * @return the report
   * @throws IllegalArgumentException if the focus entity is unknown
   */
  public static HtmlReport html(Assessment assessment, String focus) {
    return html(assessment, focus, BeltAndRoad.indicators());
  }

  /**
   * The report, with the provenance of the given indicators (only those the framework reads are
   * listed).
   *
   * @param assessment the assessment
   * @param focus the entity whose score card is shown
   * @param indicators the indicator metadata for the provenance section
   * @return the report
   * @throws IllegalArgumentException if the focus entity is unknown
   */
  public static HtmlReport html(Assessment assessment, String focus,
      List<IndicatorInfo> indicators) {
    return build(assessment, focus, indicators).build();
  }

  /**
   * The report with a statistical audit section at the end (see {@link AuditReport#section}).
   *
   * @param assessment the assessment
   * @param focus the entity whose score card is shown
   * @param indicators the indicator metadata for the provenance section
   * @param audit the audit to show, e.g. {@code Audit.of(assessment.fitted(),
   *     assessment.panel())}
   * @return the report
   * @throws IllegalArgumentException if the focus entity is unknown
   */
  public static HtmlReport html(Assessment assessment, String focus,
      List<IndicatorInfo> indicators, AuditResult audit) {
    Objects.requireNonNull(audit, "audit");
    // The bundled model's flags come with its authors' reasons (docs/audit.md).
    boolean bundled = assessment.framework().equals(GoGlobal.framework());
    return AuditReport.section(build(assessment, focus, indicators), audit,
        f -> bundled ? GoGlobal.flagReason(f, audit) : java.util.Optional.empty()).build();
  }

  /**
   * Writes the report as {@link #write(Assessment, String, Path)} does, with a statistical
   * audit section at the end and its chart beside the others as {@code importance.svg}.
   *
   * @param assessment the assessment
   * @param focus the entity whose score card is shown
   * @param dir the output folder
   * @param audit the audit to show
   * @return the path of {@code index.html}
   * @throws IllegalArgumentException if the focus entity is unknown
   * @throws java.io.UncheckedIOException if a file cannot be written
   */
  public static Path write(Assessment assessment, String focus, Path dir, AuditResult audit) {
    Objects.requireNonNull(audit, "audit");
    for (Chart c : charts(assessment, focus)) {
      c.write(dir.resolve(fileName(c)));
    }
    AuditReport.importanceChart(audit).write(dir.resolve("importance.svg"));
    Path index = dir.resolve("index.html");
    html(assessment, focus, BeltAndRoad.indicators(), audit).write(index);
    return index;
  }

  /**
   * Writes the report to {@code dir/index.html}, and each chart beside it as an SVG file
   * ({@code ranking.svg}, {@code areas.svg}, {@code diamond.svg} when the framework has the
   * diamond, {@code contributions.svg}); creates the folder if needed.
   *
   * @param assessment the assessment
   * @param focus the entity whose score card is shown
   * @param dir the output folder
   * @return the path of {@code index.html}
   * @throws IllegalArgumentException if the focus entity is unknown
   * @throws java.io.UncheckedIOException if a file cannot be written
   */
  public static Path write(Assessment assessment, String focus, Path dir) {
    for (Chart c : charts(assessment, focus)) {
      c.write(dir.resolve(fileName(c)));
    }
    Path index = dir.resolve("index.html");
    html(assessment, focus).write(index);
    return index;
  }

  /**
   * The charts of the report, in page order: ranking, areas radar, diamond radar (when the
   * framework has the six factors) and contributions.
   *
   * @param assessment the assessment
   * @param focus the entity whose charts are drawn
   * @return the charts
   * @throws IllegalArgumentException if the focus entity is unknown
   */
  public static List<Chart> charts(Assessment assessment, String focus) {
    assessment.score(focus);
    List<Chart> out = new ArrayList<>();
    out.add(ReadinessCharts.ranking(assessment, focus));
    String[] pair = pair(assessment, focus);
    if (assessment.framework().root().children().size() >= 3) {
      out.add(ReadinessCharts.areas(assessment, pair));
    }
    if (hasDiamond(assessment)) {
      out.add(ReadinessCharts.diamond(assessment, pair));
    }
    out.add(ReadinessCharts.contributions(assessment, focus));
    return out;
  }

  private static String fileName(Chart c) {
    if (c instanceof BarChart) {
      return "ranking.svg";
    }
    if (c instanceof ContributionsChart) {
      return "contributions.svg";
    }
    return c.title().startsWith("Porter") ? "diamond.svg" : "areas.svg";
  }

  /** The focus and the best-ranked other entity, for overlaid radars. */
  private static String[] pair(Assessment a, String focus) {
    for (Ranking.Row r : a.ranking().rows()) {
      if (!r.entity().equals(focus) && !Double.isNaN(r.score())) {
        return new String[] {focus, r.entity()};
      }
    }
    return new String[] {focus};
  }

  private static boolean hasDiamond(Assessment a) {
    for (Factor f : Factor.values()) {
      if (a.framework().node(f.nodeId()).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static HtmlReport.Builder build(Assessment a, String focus,
      List<IndicatorInfo> indicators) {
    Objects.requireNonNull(indicators, "indicators");
    ReadinessCard card = a.card(focus);
    String root = a.framework().root().name();
    Ranking ranking = a.ranking();
    HtmlReport.Builder b = HtmlReport.builder(String.format(Locale.ROOT, "%s of %d entities",
        root, ranking.size())).css(CSS)
        .subtitle(String.format(Locale.ROOT, "diamond-score report; index %s, default aggregation"
            + " %s; tiers %s", a.fitted().index().normalization(),
            a.fitted().index().aggregation(), a.tiers()));

    b.section("Ranking");
    TextTable.Builder t = TextTable.builder("rank", "name", "id", "group", "score", "tier",
        "data").title("Ranking on " + root).maxRows(Integer.MAX_VALUE);
    List<String> classes = new ArrayList<>();
    for (Ranking.Row r : ranking.rows()) {
      t.row(r.rank().isPresent() ? Integer.toString(r.rank().getAsInt()) : "", r.name(),
          r.entity(), r.group(), score(r.score()), r.tier(),
          String.format(Locale.ROOT, "%.0f%%", 100 * r.dataCoverage()));
      String cls = r.tier().equals("NA") ? "" : "tier-" + cssName(r.tier());
      classes.add(r.entity().equals(focus) ? (cls + " highlight").trim() : cls);
    }
    b.table(t.build(), classes);
    List<Chart> charts = charts(a, focus);
    b.chart(charts.get(0), "Scores out of 100, coloured by tier; " + card.name()
        + " highlighted.");
    if (!a.limits().isEmpty()) {
      b.subsection("Known limits of the model");
      b.bulletList(a.limits());
    }

    b.section(card.name() + ": score card");
    b.paragraph(String.format(Locale.ROOT, "%s %s (%s), rank %s%s; data for %.0f%% of the"
            + " indicator columns.", root, score(card.score()),
        card.tier().map(x -> x.name()).orElse("NA"), card.index().rankText(),
        card.index().group().map(g -> ", " + g.rankText() + " in its group").orElse(""),
        100 * card.dataCoverage()));
    List<Chart> radars = new ArrayList<>();
    for (Chart c : charts.subList(1, charts.size())) {
      if (c instanceof RadarChart) {
        radars.add(c);
      } else {
        b.charts(radars).chart(c);
        radars.clear();
      }
    }
    b.charts(radars);
    List<String> header = new ArrayList<>(List.of("node", "score", "rank"));
    if (card.hasGroupColumns()) {
      header.add("rank in group");
    }
    header.addAll(List.of("percentile", "gap to best"));
    if (card.hasGroupColumns()) {
      header.add("gap to group leader");
    }
    TextTable.Builder nodes = TextTable.builder(header)
        .title("Scores by node").maxRows(Integer.MAX_VALUE);
    for (NodeResult r : card.nodes()) {
      List<String> row = new ArrayList<>(List.of("\u00a0\u00a0".repeat(r.level()) + r.name(),
          score(r.score()), r.rankText()));
      if (card.hasGroupColumns()) {
        row.add(r.group().map(NodeResult.GroupStanding::rankText).orElse("-"));
      }
      row.addAll(List.of(Double.isNaN(r.percentile()) ? "NA"
          : String.format(Locale.ROOT, "%.0f", r.percentile()), score(r.gapToBest())));
      if (card.hasGroupColumns()) {
        row.add(score(r.gapToGroupBest().orElse(Double.NaN)));
      }
      nodes.row(row);
    }
    b.table(nodes.build());
    b.subsection("Strengths and weaknesses");
    b.paragraph("Strengths: " + names(card, card.strengths()) + ".");
    b.paragraph("Weaknesses: " + names(card, card.weaknesses()) + ".");
    if (!card.context().isEmpty()) {
      b.paragraph("Context (given, not a lever): " + names(card, card.context()) + ".");
    }
    b.subsection("What-if (computed by the fitted index)");
    List<String> whatIfs = new ArrayList<>();
    for (WhatIf w : card.whatIfs()) {
      whatIfs.add(w.toString());
    }
    if (whatIfs.isEmpty()) {
      whatIfs.add("No single indicator change raises the index.");
    }
    b.bulletList(whatIfs);
    b.subsection("Recommendations");
    List<String> recs = new ArrayList<>();
    for (Recommendation r : card.recommendations()) {
      recs.add(r.toString());
    }
    if (recs.isEmpty()) {
      b.bulletList(List.of("None: no node is below the peer median."));
    } else {
      b.numberedList(recs);
    }

    b.section("Data and provenance");
    b.paragraph("Bundled data: " + BeltAndRoad.summary() + ". Every value is from a public"
        + " source for one fixed year per indicator; a blank stays missing. Sources, commits and"
        + " the build scripts are in data/PROVENANCE.md.");
    TextTable.Builder prov = TextTable.builder("indicator", "source", "year", "unit",
        "direction", "in the model", "treatment", "coverage")
        .title("Indicators").maxRows(Integer.MAX_VALUE);
    for (IndicatorInfo i : indicators) {
      if (!a.columns().contains(i.code())) {
        continue;
      }
      List<String> places = new ArrayList<>();
      for (var node : a.framework().indicators()) {
        if (node.column().equals(i.code())) {
          a.framework().parent(node.id()).ifPresent(p -> places.add(p.name()));
        }
      }
      prov.row(i.code(), i.source(), Integer.toString(i.year()), i.shortUnit(),
          i.direction() == Direction.HIGHER_IS_BETTER ? "higher is better" : "lower is better",
          String.join("; ", places), i.treatment(), i.covered() + "/" + i.total());
    }
    b.table(prov.build());
    b.paragraph("Publishers' terms:");
    b.bulletList(BeltAndRoad.terms());
    return b;
  }

  private static String names(ReadinessCard card, List<NodeResult> results) {
    if (results.isEmpty()) {
      return "none";
    }
    List<String> out = new ArrayList<>();
    for (NodeResult r : results) {
      out.add(card.describe(r));
    }
    return String.join("; ", out);
  }

  private static String score(double v) {
    return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String cssName(String tier) {
    // Used after "tier-", so any run of letters, digits, '_' and '-' makes a valid class name.
    return tier.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
  }
}
