package io.github.diamondscore.diamond;

import io.github.diamondscore.analysis.Audit;
import io.github.diamondscore.analysis.AuditFlag;
import io.github.diamondscore.analysis.AuditResult;
import io.github.diamondscore.analysis.Correlation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.Index;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The go-global readiness model of the source paper as an ordinary {@link Framework}: the four
 * areas through which cross-border e-commerce drives enterprises going global, equal weights,
 * arithmetic mean (the index's default). Model v2 ({@link #framework()}):
 *
 * <pre>
 * readiness
 *   diamond          national competitive advantage = Porter's diamond ({@link PorterDiamond}):
 *                    geometric mean of factor conditions, demand conditions, related and
 *                    supporting industries, firm strategy; modulated by chance and government
 *   platform         platform building: internet penetration, online population, secure servers
 *   risk             risk prevention: political stability, rule of law
 *   infrastructure   = mean of logistics (LPI parts, postal network), network (broadband, 4G),
 *                    finance (account ownership)
 * </pre>
 *
 * <p>Every indicator enters once, with its node id equal to its data column;
 * {@link #placements()} says where each goes and why, {@link #leftOut()} why the other bundled
 * columns are not used. Ratios to GDP are paired with scale measures in US$ or persons, so a
 * large, diversified economy is not marked down for being large. The statistical audit of the
 * model is {@code docs/audit.md}.
 *
 * <p>Version 1 ({@link #v1()}) is the first release's construction, kept for comparison: every
 * indicator of its 25 in its metadata's diamond factor and again in its influence area, node ids
 * {@code <area>.<code>} outside the diamond. {@link #v1(List)} builds that construction over
 * indicator metadata of one's own.
 *
 * <p>Default index: min–max onto 1–100, arithmetic mean unless a composite sets its own (the
 * diamond's geometric mean), coverage reported ({@link PorterDiamond#index(Framework)}).
 */
public final class GoGlobal {
  /** The root node id. */
  public static final String ROOT = "readiness";
  /** National competitive advantage: the diamond subtree. */
  public static final String DIAMOND = PorterDiamond.ROOT;
  /** Platform building. */
  public static final String PLATFORM = Area.PLATFORM.nodeId();
  /** Risk prevention. */
  public static final String RISK = Area.RISK.nodeId();
  /** Infrastructure: the mean of logistics, network and finance. */
  public static final String INFRASTRUCTURE = "infrastructure";

  /** The 25 indicator columns of the first release's model, in its order. */
  public static final List<String> V1_INDICATORS = List.of("lpi_overall", "lpi_customs",
      "lpi_infrastructure", "lpi_intl_shipments", "lpi_logistics_competence",
      "lpi_tracking_tracing", "lpi_timeliness", "internet_users_pct", "fixed_broadband_per100",
      "mobile_subs_per100", "pop_4g_coverage_pct", "account_ownership_pct", "market_cap_pct_gdp",
      "fdi_inflow_pct_gdp", "gdp_pc_const_usd", "population", "urban_pop_pct",
      "high_tech_exports_pct", "medhigh_tech_va_share", "rd_expenditure_pct_gdp",
      "merch_trade_pct_gdp", "tariff_mfn_weighted_ind", "cpi_ti",
      "eiu_functioning_of_government", "gdp_pc_growth_pct");

  private GoGlobal() {}

  /**
   * The go-global readiness model v2 over the bundled indicators, with the diamond's default
   * strengths.
   *
   * @return the framework, root {@value #ROOT}
   */
  public static Framework framework() {
    return framework(PorterDiamond.CHANCE_STRENGTH, PorterDiamond.GOVERNMENT_STRENGTH);
  }

  /**
   * Model v2 with chosen strengths for chance and government in the diamond.
   *
   * @param chanceStrength in [0, 1]
   * @param governmentStrength in [0, 1]
   * @return the framework, root {@value #ROOT}
   * @throws IllegalArgumentException if a strength is outside [0, 1]
   */
  public static Framework framework(double chanceStrength, double governmentStrength) {
    return Framework.of(ModelV2.readiness(BeltAndRoad.indicators(), chanceStrength,
        governmentStrength));
  }

  /**
   * Where each indicator of model v2 sits and why, in model order: diamond factors, platform,
   * risk, logistics, network, finance.
   *
   * @return an unmodifiable list, one entry per indicator node
   */
  public static List<Placement> placements() {
    return ModelV2.placements();
  }

  /**
   * The bundled indicator columns that model v2 does not use, each with the reason.
   *
   * @return an unmodifiable map from column to reason, in metadata order
   */
  public static Map<String, String> leftOut() {
    return ModelV2.leftOutReasons();
  }

  /**
   * The known limits of model v2 on the bundled data, one sentence each, for the demo, reports
   * and anyone quoting a rating: data years, coverage, what ratios to GDP mean for large
   * economies, and what a min–max score is relative to.
   *
   * @return an unmodifiable list of sentences
   */
  public static List<String> limits() {
    return LIMITS;
  }

  private static final List<String> LIMITS = List.of(
      "Data years: one year per indicator, 2017 to 2019 (LPI 2018; Findex, 4G coverage, R&D and"
          + " industry shares 2017; WGI and WDI 2019); chance is mean growth 2015-2019. The"
          + " ratings predate the pandemic.",
      "Coverage: R&D spending is reported for 51 of 79 economies, account ownership for 71,"
          + " private credit for 70; nothing is imputed, a composite averages the indicators"
          + " present and the data column shows how much was there.",
      "Ratios to GDP (exports, private credit, R&D) are paired with scale in US$ or persons, so"
          + " a large economy is not marked down for being large, but it still scores low on"
          + " the ratios themselves (exports are 12 % of US GDP).",
      "Scores are min-max 1-100 over these 79 economies: 100 is the best of them, not a"
          + " frontier, and adding economies changes everyone's score.",
      "All indicators are national: a firm's readiness also rests on its own capabilities"
          + " (EnterpriseReadiness).");

  /**
   * The statistical audit of model v2 on the bundled countries: {@link #fit()} audited over
   * {@link BeltAndRoad#countries()}.
   *
   * @return the audit
   */
  public static AuditResult audit() {
    return Audit.of(fit(), BeltAndRoad.countries());
  }

  /**
   * Why a flag of the audit of model v2 stands, as the model's authors explain it (the text
   * after "Why it stands" in {@code docs/audit.md}), quoting the audit's own numbers.
   *
   * @param flag a flag of the audit
   * @param audit an audit of {@link #framework()} on the bundled countries
   * @return the reason, or empty when none has been given for this flag
   */
  public static Optional<String> flagReason(AuditFlag flag, AuditResult audit) {
    return AuditNotes.note(flag, audit, framework(), BeltAndRoad.countries());
  }

  /**
   * The audit document of model v2 ({@code docs/audit.md}): the model in brief, every flag of
   * the audit with the reason it stands (or "unresolved" where the model's authors have given
   * none), then the whole audit. Written by
   * {@code java -jar target/diamond-score-cli.jar audit --markdown docs/audit.md}.
   *
   * @param audit an audit of {@link #framework()}, usually {@link #audit()}
   * @return Markdown text ending with a line break
   */
  public static String auditDocument(AuditResult audit) {
    Framework fw = framework();
    Panel data = BeltAndRoad.countries();
    StringBuilder sb = new StringBuilder();
    sb.append("# Audit of the go-global readiness model v2\n\n");
    sb.append("Generated by `java -jar target/diamond-score-cli.jar audit --markdown"
        + " docs/audit.md`; a test regenerates it and fails when it differs. The model and the"
        + " reason for each indicator's place are in the README (\"Model v2 indicators\") and"
        + " `GoGlobal.placements()`.\n\n");
    sb.append(String.format(Locale.ROOT, "The model has %d indicators, each entered once, over"
        + " %d economies; %d bundled columns are left out, each for a reason"
        + " (`GoGlobal.leftOut()`). The audit raised %d flags; each is listed below with the"
        + " reason it stands.%n%n", fw.indicators().size(), audit.entities(), leftOut().size(),
        audit.flags().size()));
    sb.append("Modulators are not flagged by the audit, but one deserves a word: chance (mean"
        + " GDP per capita growth 2015-2019) correlates negatively with the diamond");
    audit.correlation(Correlation.Relation.PARENT, Factor.CHANCE.nodeId(), PorterDiamond.ROOT)
        .ifPresent(c -> sb.append(String.format(Locale.ROOT, " (r = %.3f)", c.pearson())));
    sb.append(", because poorer economies grow faster (convergence). It is context, not a"
        + " lever, and it moves the diamond by at most 15 %; a one-year surprise of 5 points"
        + " moves no country's readiness by more than 1 point.\n\n");
    sb.append("## Flags and why they stand\n\n");
    int unresolved = 0;
    for (AuditFlag f : audit.flags()) {
      Optional<String> note = AuditNotes.note(f, audit, fw, data);
      sb.append("- **").append(f.kind()).append("** ").append(f.message()).append("\n  ");
      if (note.isPresent()) {
        sb.append("*Why it stands:* ").append(note.get()).append("\n");
      } else {
        unresolved++;
        sb.append("*Unresolved:* no reason has been given for this flag.\n");
      }
    }
    if (audit.flags().isEmpty()) {
      sb.append("None.\n");
    }
    sb.append(String.format(Locale.ROOT, "%n%d unresolved.%n%n", unresolved));
    String body = audit.toMarkdown().replace("\n## ", "\n### ").replace("\n# ", "\n## ");
    sb.append(body.startsWith("# ") ? "#" + body : body);
    return sb.toString();
  }

  /**
   * The first release's model over the 25 indicators it used ({@link #V1_INDICATORS}), on the
   * bundled data (whose LPI columns now hold LPI 2018 rather than 2016).
   *
   * @return the framework, root {@value #ROOT}
   */
  public static Framework v1() {
    return v1(v1Indicators());
  }

  /**
   * The metadata of {@link #V1_INDICATORS}, in that order.
   *
   * @return an unmodifiable list of 25 entries
   */
  static List<IndicatorInfo> v1Indicators() {
    List<IndicatorInfo> list = new ArrayList<>();
    for (String code : V1_INDICATORS) {
      list.add(BeltAndRoad.indicator(code));
    }
    return List.copyOf(list);
  }

  /**
   * The first release's construction over the given indicators, with the diamond's default
   * strengths: each indicator in the diamond factor its metadata names and again in its
   * influence area.
   *
   * @param indicators the metadata; every diamond factor and every area (platform, risk,
   *     logistics, network, finance) needs at least one indicator
   * @return the framework, root {@value #ROOT}
   * @throws IllegalArgumentException if a factor or area has no indicator, or two share a code
   */
  public static Framework v1(List<IndicatorInfo> indicators) {
    return v1(indicators, PorterDiamond.CHANCE_STRENGTH, PorterDiamond.GOVERNMENT_STRENGTH);
  }

  /**
   * The first release's construction over the given indicators, with chosen strengths for
   * chance and government in the diamond.
   *
   * @param indicators the metadata; every diamond factor and every area needs an indicator
   * @param chanceStrength in [0, 1]
   * @param governmentStrength in [0, 1]
   * @return the framework, root {@value #ROOT}
   * @throws IllegalArgumentException if a factor or area has no indicator, two share a code, or a
   *     strength is outside [0, 1]
   */
  public static Framework v1(List<IndicatorInfo> indicators, double chanceStrength,
      double governmentStrength) {
    Node diamond = PorterDiamond.node(indicators, chanceStrength, governmentStrength)
        .named(Area.ADVANTAGE.label());
    Node infrastructure = Composite.of(INFRASTRUCTURE, area(Area.LOGISTICS, indicators),
        area(Area.NETWORK, indicators), area(Area.FINANCE, indicators)).named("Infrastructure");
    return Framework.of(Composite.of(ROOT, diamond, area(Area.PLATFORM, indicators),
        area(Area.RISK, indicators), infrastructure).named("Go-global readiness"));
  }

  /**
   * One area outside the diamond in the first release's construction: the composite of the
   * indicators whose metadata names it, in list order, weight 1 each, with ids
   * {@code <area node id>.<code>}.
   *
   * @param area the area; not {@link Area#ADVANTAGE}, which is the diamond
   * @param indicators the metadata
   * @return the composite with id {@link Area#nodeId()}
   * @throws IllegalArgumentException if the area is {@link Area#ADVANTAGE} or has no indicator
   */
  public static Composite area(Area area, List<IndicatorInfo> indicators) {
    if (area == Area.ADVANTAGE) {
      throw new IllegalArgumentException("area 'National competitive advantage' is the diamond;"
          + " use PorterDiamond.node(...) for it");
    }
    List<Node> kids = new ArrayList<>();
    for (IndicatorInfo info : indicators) {
      if (info.area() == area) {
        kids.add(info.toIndicator(nodeId(area, info.code())));
      }
    }
    if (kids.isEmpty()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "no indicator for area '%s'; give every area at least one indicator (influence_area"
              + " column of the indicator metadata)", area.label()));
    }
    String name = area.isInfrastructure()
        ? area.label().substring(area.label().indexOf(':') + 2) : area.label();
    return Composite.of(area.nodeId(), kids).named(capitalize(name));
  }

  /**
   * The node id of an indicator in an area outside the diamond in the first release's
   * construction: {@code <area node id>.<code>}. (In model v2 an indicator's id is its code.)
   *
   * @param area the area
   * @param code the indicator column
   * @return e.g. {@code logistics.lpi_timeliness}
   */
  public static String nodeId(Area area, String code) {
    return area.nodeId() + "." + code;
  }

  /**
   * The default index: min–max onto 1–100, arithmetic unless a composite sets its own.
   *
   * @return the index of {@link #framework()}
   */
  public static Index index() {
    return PorterDiamond.index(framework());
  }

  /**
   * {@link #index()} fitted on the bundled countries.
   *
   * @return the fitted index
   */
  public static FittedIndex fit() {
    return index().fit(BeltAndRoad.countries());
  }

  /**
   * The assessment of the bundled countries: go-global readiness with the default tiers and
   * recommendations, what-ifs leaving out {@link PorterDiamond#FIXED_COLUMNS}.
   *
   * @return the assessment
   */
  public static Assessment assess() {
    return Assessment.of(fit(), BeltAndRoad.countries())
        .withFixedColumns(PorterDiamond.fixedColumns(framework())).withLimits(LIMITS);
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
