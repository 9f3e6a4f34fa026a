package io.github.diamondscore.diamond;

import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.normalize.Normalization;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.Index;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Porter's diamond as an ordinary {@link Framework}. Reweight, swap or add indicators like in any
 * framework, export it with {@link io.github.diamondscore.model.FrameworkCsv}, and score it with
 * any method.
 *
 * <p><b>Structure</b> ({@link #framework()}, model v2): each factor is a composite
 * ({@link Factor#nodeId()}) of its indicators, weighted equally and aggregated by the index's
 * default (arithmetic); which indicator measures which factor, and why, is
 * {@link GoGlobal#placements()}. The root {@code diamond} is the weighted <em>geometric</em> mean
 * of the four determinants — the diamond is a system, and a weak corner holds the others back
 * (partial compensability; OECD/JRC <i>Handbook on Constructing Composite Indicators</i>, 2008,
 * §6.2) — and is modulated by chance and government:
 * <pre>
 *   D = (FC · DC · RI · FS)^(1/4) × (1 + 0.15 (chance − 50)/50) × (1 + 0.25 (government − 50)/50)
 * </pre>
 * clipped to [0, 100] (see {@link io.github.diamondscore.model.Modulator}). In Porter's account
 * chance and government are not determinants of their own: they act through the four. The default
 * strengths say how far: government at its best (100) raises the determinants by at most 25 %
 * ({@link #GOVERNMENT_STRENGTH}), since policy, customs and institutions shape every corner and
 * last; chance at its best by at most 15 % ({@link #CHANCE_STRENGTH}), since it is outside the
 * firms' control and transient (measured by GDP per capita growth averaged over 2015–2019). A
 * modulator at 50 (mid-scale) leaves the determinants unchanged.
 *
 * <p><b>Plain variant</b> ({@link #plain()}): the six factors as weighted children of an
 * arithmetic root, determinants and government weight 1, chance {@link #PLAIN_CHANCE_WEIGHT}.
 *
 * <p><b>Version 1</b> ({@link #v1()}, {@link #v1(List)}): the first release's construction,
 * driven by the {@code diamond_factor} column of indicator metadata: every indicator goes into
 * the factor its metadata names. Kept for comparison and for building a diamond over indicators
 * of one's own.
 *
 * <p>The default index normalizes min–max to 1–100 ({@link #NORMALIZATION}), so the geometric
 * mean never meets a zero.
 */
public final class PorterDiamond {
  /** The root node id. */
  public static final String ROOT = "diamond";
  /** The default strength of chance on the determinants: at most ±15 %. */
  public static final double CHANCE_STRENGTH = 0.15;
  /** The default strength of government on the determinants: at most ±25 %. */
  public static final double GOVERNMENT_STRENGTH = 0.25;
  /** The weight of chance in the plain variant (the other five factors weigh 1). */
  public static final double PLAIN_CHANCE_WEIGHT = 0.5;
  /** The default normalization of the built-in models: min–max onto 1–100. */
  public static final Normalization NORMALIZATION = Normalization.minMax(1, 100);
  /**
   * Columns that are not policy levers in the short run, left out of the what-if analysis of the
   * default assessments and shown as context: market size (population, GDP in US$, internet
   * users in persons), income (GDP per capita) and growth (chance, one year or five).
   */
  public static final Set<String> FIXED_COLUMNS = Set.of("population", "gdp_usd",
      "gdp_pc_const_usd", "online_population", "gdp_pc_growth_pct", "gdp_pc_growth_5y_pct");

  private PorterDiamond() {}

  /**
   * The diamond of the go-global model v2 over the bundled indicators, with the default
   * strengths: {@link GoGlobal#placements()} says which indicator measures which factor.
   *
   * @return the framework, root {@value #ROOT}
   */
  public static Framework framework() {
    return framework(CHANCE_STRENGTH, GOVERNMENT_STRENGTH);
  }

  /**
   * The diamond of model v2 with chosen strengths for chance and government.
   *
   * @param chanceStrength in [0, 1]
   * @param governmentStrength in [0, 1]
   * @return the framework, root {@value #ROOT}
   * @throws IllegalArgumentException if a strength is outside [0, 1]
   */
  public static Framework framework(double chanceStrength, double governmentStrength) {
    return Framework.of(ModelV2.diamond(BeltAndRoad.indicators(), chanceStrength,
        governmentStrength));
  }

  /**
   * The first release's diamond over the bundled indicators it used (the 25 of
   * {@link GoGlobal#V1_INDICATORS}), each in the factor its metadata names.
   *
   * @return the framework, root {@value #ROOT}
   */
  public static Framework v1() {
    return v1(GoGlobal.v1Indicators());
  }

  /**
   * A diamond over the given indicators, each in the factor its metadata names (the first
   * release's construction), with the default strengths.
   *
   * @param indicators the metadata; every factor needs at least one indicator
   * @return the framework, root {@value #ROOT}
   * @throws IllegalArgumentException if a factor has no indicator or two share a code
   */
  public static Framework v1(List<IndicatorInfo> indicators) {
    return v1(indicators, CHANCE_STRENGTH, GOVERNMENT_STRENGTH);
  }

  /**
   * A diamond over the given indicators, each in the factor its metadata names, with chosen
   * strengths for chance and government.
   *
   * @param indicators the metadata; every factor needs at least one indicator
   * @param chanceStrength in [0, 1]
   * @param governmentStrength in [0, 1]
   * @return the framework, root {@value #ROOT}
   * @throws IllegalArgumentException if a factor has no indicator, two share a code, or a
   *     strength is outside [0, 1]
   */
  public static Framework v1(List<IndicatorInfo> indicators, double chanceStrength,
      double governmentStrength) {
    return Framework.of(node(indicators, chanceStrength, governmentStrength));
  }

  /**
   * A diamond over the given indicators as a node, each indicator in the factor its metadata
   * names (the first release's construction), to embed in a larger framework (as
   * {@link GoGlobal#v1(List)} does).
   *
   * @param indicators the metadata; every factor needs at least one indicator
   * @param chanceStrength in [0, 1]
   * @param governmentStrength in [0, 1]
   * @return the composite {@value #ROOT}
   * @throws IllegalArgumentException if a factor has no indicator, two share a code, or a
   *     strength is outside [0, 1]
   */
  public static Composite node(List<IndicatorInfo> indicators, double chanceStrength,
      double governmentStrength) {
    List<Node> determinants = new ArrayList<>();
    for (Factor f : Factor.values()) {
      if (f.isDeterminant()) {
        determinants.add(factor(f, indicators));
      }
    }
    return Composite.of(ROOT, determinants).geometric().named("Porter's diamond")
        .modulatedBy(factor(Factor.CHANCE, indicators), chanceStrength)
        .modulatedBy(factor(Factor.GOVERNMENT, indicators), governmentStrength);
  }

  /**
   * The plain diamond of model v2: the six factors of {@link #framework()} as children of an
   * arithmetic root, chance weighted {@link #PLAIN_CHANCE_WEIGHT} and the others 1.
   *
   * @return the framework, root {@value #ROOT}
   */
  public static Framework plain() {
    List<Node> factors = new ArrayList<>();
    for (Factor f : Factor.values()) {
      Composite c = ModelV2.factor(f, BeltAndRoad.indicators());
      factors.add(f == Factor.CHANCE ? c.withWeight(PLAIN_CHANCE_WEIGHT) : c);
    }
    return plainRoot(factors);
  }

  /**
   * The plain diamond over the given indicators, each in the factor its metadata names: the six
   * factors as children of an arithmetic root, chance weighted {@link #PLAIN_CHANCE_WEIGHT} and
   * the others 1.
   *
   * @param indicators the metadata; every factor needs at least one indicator
   * @return the framework, root {@value #ROOT}
   * @throws IllegalArgumentException if a factor has no indicator or two share a code
   */
  public static Framework plain(List<IndicatorInfo> indicators) {
    List<Node> factors = new ArrayList<>();
    for (Factor f : Factor.values()) {
      Composite c = factor(f, indicators);
      factors.add(f == Factor.CHANCE ? c.withWeight(PLAIN_CHANCE_WEIGHT) : c);
    }
    return plainRoot(factors);
  }

  private static Framework plainRoot(List<Node> factors) {
    return Framework.of(Composite.of(ROOT, factors).arithmetic()
        .named("Porter's diamond (plain, arithmetic)"));
  }

  /**
   * One factor built from metadata (the first release's construction): the composite of the
   * indicators whose metadata names it, in list order, weight 1 each, node ids = the indicator
   * codes.
   *
   * @param factor the factor
   * @param indicators the metadata
   * @return the composite with id {@link Factor#nodeId()}
   * @throws IllegalArgumentException if no indicator names this factor
   */
  public static Composite factor(Factor factor, List<IndicatorInfo> indicators) {
    List<Node> kids = new ArrayList<>();
    for (IndicatorInfo info : indicators) {
      if (info.factor() == factor) {
        kids.add(info.toIndicator(info.code()));
      }
    }
    if (kids.isEmpty()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "no indicator for diamond factor '%s'; give every factor at least one indicator"
              + " (diamond_factor column of the indicator metadata)", factor.label()));
    }
    return Composite.of(factor.nodeId(), kids).named(factor.label());
  }

  /**
   * The default index for a built-in framework: min–max onto 1–100 ({@link #NORMALIZATION}),
   * arithmetic mean unless a composite sets its own, minimum coverage 0 (a composite is missing
   * only when all its children are; coverage is reported).
   *
   * @param framework the framework
   * @return the index
   */
  public static Index index(Framework framework) {
    return Index.builder(framework).normalization(NORMALIZATION).build();
  }

  /**
   * The default index of {@link #framework()}.
   *
   * @return the index
   */
  public static Index index() {
    return index(framework());
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
   * The assessment of the bundled countries on the diamond, with the default tiers and
   * recommendations, what-ifs leaving out {@link #FIXED_COLUMNS}.
   *
   * @return the assessment
   */
  public static Assessment assess() {
    return Assessment.of(fit(), BeltAndRoad.countries())
        .withFixedColumns(fixedColumns(framework()));
  }

  /**
   * The {@link #FIXED_COLUMNS} that a framework reads, for
   * {@link Assessment#withFixedColumns(java.util.Collection)}.
   *
   * @param framework the framework
   * @return the fixed columns among its indicators' columns, in no particular order
   */
  public static Set<String> fixedColumns(Framework framework) {
    Set<String> fixed = new java.util.TreeSet<>();
    for (var indicator : framework.indicators()) {
      if (FIXED_COLUMNS.contains(indicator.column())) {
        fixed.add(indicator.column());
      }
    }
    return Set.copyOf(fixed);
  }
}
