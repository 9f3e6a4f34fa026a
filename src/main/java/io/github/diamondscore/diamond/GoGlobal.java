package io.github.diamondscore.diamond;

import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.Index;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The go-global readiness model of the source paper as an ordinary {@link Framework}: the four
 * areas through which cross-border e-commerce drives enterprises going global, equal weights,
 * arithmetic mean (the index's default):
 *
 * <pre>
 * readiness
 *   diamond          national competitive advantage = Porter's diamond ({@link PorterDiamond})
 *   platform         platform building
 *   risk             risk prevention
 *   infrastructure   = mean of logistics, network, finance
 * </pre>
 *
 * <p>Indicators go where the {@code influence_area} column of the metadata puts them. The diamond
 * uses every indicator (by its {@code diamond_factor}), so a column also used by another area
 * appears twice. Node ids are unique, so the scheme is: <b>inside the diamond an indicator's id is
 * its column code</b> ({@code lpi_timeliness}); <b>elsewhere it is the id of the composite it sits
 * in, a dot and the code</b> ({@code logistics.lpi_timeliness}, {@code platform.fdi_inflow_pct_gdp},
 * {@code risk.cpi_ti}). Both read the same column, with the same treatment, so with the same
 * reference they get the same normalized value.
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

  private GoGlobal() {}

  /**
   * The model over the bundled indicators, with the diamond's default strengths.
   *
   * @return the framework, root {@value #ROOT}
   */
  public static Framework framework() {
    return framework(BeltAndRoad.indicators());
  }

  /**
   * The model over the given indicators, with the diamond's default strengths.
   *
   * @param indicators the metadata; every diamond factor and every area (platform, risk,
   *     logistics, network, finance) needs at least one indicator
   * @return the framework, root {@value #ROOT}
   * @throws IllegalArgumentException if a factor or area has no indicator, or two share a code
   */
  public static Framework framework(List<IndicatorInfo> indicators) {
    return framework(indicators, PorterDiamond.CHANCE_STRENGTH,
        PorterDiamond.GOVERNMENT_STRENGTH);
  }

  /**
   * The model over the given indicators, with chosen strengths for chance and government in the
   * diamond.
   *
   * @param indicators the metadata; every diamond factor and every area needs an indicator
   * @param chanceStrength in [0, 1]
   * @param governmentStrength in [0, 1]
   * @return the framework, root {@value #ROOT}
   * @throws IllegalArgumentException if a factor or area has no indicator, two share a code, or a
   *     strength is outside [0, 1]
   */
  public static Framework framework(List<IndicatorInfo> indicators, double chanceStrength,
      double governmentStrength) {
    Node diamond = PorterDiamond.node(indicators, chanceStrength, governmentStrength)
        .named(Area.ADVANTAGE.label());
    Node infrastructure = Composite.of(INFRASTRUCTURE, area(Area.LOGISTICS, indicators),
        area(Area.NETWORK, indicators), area(Area.FINANCE, indicators)).named("Infrastructure");
    return Framework.of(Composite.of(ROOT, diamond, area(Area.PLATFORM, indicators),
        area(Area.RISK, indicators), infrastructure).named("Go-global readiness"));
  }

  /**
   * One area outside the diamond: the composite of the indicators whose metadata names it, in
   * list order, weight 1 each, with ids {@code <area node id>.<code>}.
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
   * The node id of an indicator in an area outside the diamond: {@code <area node id>.<code>}.
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
        .withFixedColumns(PorterDiamond.FIXED_COLUMNS);
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
