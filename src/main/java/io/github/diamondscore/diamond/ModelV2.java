package io.github.diamondscore.diamond;

import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The go-global readiness model, version 2: which bundled indicator measures which node and why,
 * which indicators are left out and why, and the tree built from them. Every indicator enters
 * once. Reasoned from Porter's diamond and the source paper, then audited ({@code docs/audit.md});
 * not fitted to any target ranking.
 */
final class ModelV2 {
  /** The five LPI parts other than customs, as one instrument inside logistics. */
  static final String LPI = "lpi";

  private static final List<Placement> PLACEMENTS = List.of(
      // Porter's diamond: the four determinants
      new Placement("rd_expenditure_pct_gdp", Factor.FACTOR_CONDITIONS.nodeId(), "none",
          "knowledge resources: R&D spending is the advanced, created factor Porter says"
              + " sustains advantage (51 of 79 countries report it)"),
      new Placement("private_credit_pct_gdp", Factor.FACTOR_CONDITIONS.nodeId(), "none",
          "capital resources: credit available to private firms to finance stock, overseas"
              + " warehouses and marketing abroad"),
      new Placement("gdp_usd", Factor.DEMAND_CONDITIONS.nodeId(), "log",
          "size of the home market in US$: a large home market lets firms reach scale before"
              + " going abroad; log, so each doubling adds the same"),
      new Placement("gdp_pc_const_usd", Factor.DEMAND_CONDITIONS.nodeId(), "log",
          "sophistication of home demand: richer buyers are more demanding; log, diminishing"
              + " returns as in the HDI"),
      new Placement("medhigh_tech_va_share", Factor.RELATED_INDUSTRIES.nodeId(), "none",
          "depth of the manufacturing supplier base that cross-border sellers source from (the"
              + " paper's industry chain)"),
      new Placement("high_tech_exports_pct", Factor.RELATED_INDUSTRIES.nodeId(), "none",
          "a technology-intensive export base: suppliers that already compete abroad"),
      new Placement("exports_pct_gdp", Factor.FIRM_STRATEGY.nodeId(), "log",
          "intensity of exposure to international rivalry (exports of goods and services, % of"
              + " GDP); log, because entrepot economies (Hong Kong 178 %) would flatten the rest"),
      new Placement("merch_exports_usd", Factor.FIRM_STRATEGY.nodeId(), "log",
          "scale of the firms that compete abroad, in US$: pairs the ratio above so that a"
              + " large, diversified economy is not marked down for being large"),
      // Chance and government act on the determinants (modulators)
      new Placement("gdp_pc_growth_5y_pct", Factor.CHANCE.nodeId(), "none",
          "favourable conditions outside firms' control: mean growth over 2015-2019, so one"
              + " year's surprise moves it by a fifth; it modulates the diamond by at most 15 %"),
      new Placement("wgi_regulatory_quality", Factor.GOVERNMENT.nodeId(), "none",
          "policies and regulations that permit and promote private business, such as pilot"
              + " zones and e-commerce rules (WGI)"),
      new Placement("lpi_customs", Factor.GOVERNMENT.nodeId(), "none",
          "customs clearance is run by the state and is the first border a parcel meets; the"
              + " cross-border e-commerce pilot zones are largely customs reforms"),
      // Platform building
      new Placement("internet_users_pct", Area.PLATFORM.nodeId(), "none",
          "penetration: the share of people a platform can sell to online (an UNCTAD B2C"
              + " e-commerce index component)"),
      new Placement("online_population", Area.PLATFORM.nodeId(), "log",
          "reach: internet users in persons, the home audience that lets a platform reach"
              + " scale before going abroad; pairs the share above"),
      new Placement("secure_servers_per_million", Area.PLATFORM.nodeId(), "log",
          "trusted sites and payments hosted in the country (an UNCTAD B2C component); log,"
              + " values span 3.7 to 130,000 per million"),
      // Risk prevention
      new Placement("wgi_political_stability", Area.RISK.nodeId(), "none",
          "political risk: the likelihood of instability or violence disrupting trade (WGI)"),
      new Placement("wgi_rule_of_law", Area.RISK.nodeId(), "none",
          "legal risk: whether contracts, property rights and courts protect a seller's"
              + " payments and goods (WGI)"),
      // Infrastructure: logistics
      new Placement("lpi_infrastructure", LPI, "none",
          "trade and transport infrastructure: ports, roads, rail, IT (LPI 2018)"),
      new Placement("lpi_intl_shipments", LPI, "none",
          "ease of arranging competitively priced international shipments (LPI 2018)"),
      new Placement("lpi_logistics_competence", LPI, "none",
          "competence and quality of logistics service providers (LPI 2018)"),
      new Placement("lpi_tracking_tracing", LPI, "none",
          "tracking and tracing consignments, which cross-border buyers expect (LPI 2018)"),
      new Placement("lpi_timeliness", LPI, "none",
          "shipments reaching their destination on time, which drives returns and reviews"
              + " (LPI 2018)"),
      new Placement("upu_postal_index", Area.LOGISTICS.nodeId(), "none",
          "the postal network that carries most small cross-border parcels: UPU 2IPD"
              + " (reliability, reach, relevance, resilience)"),
      // Infrastructure: network
      new Placement("fixed_broadband_per100", Area.NETWORK.nodeId(), "none",
          "fixed broadband subscriptions: the connection sellers run their shops on"),
      new Placement("pop_4g_coverage_pct", Area.NETWORK.nodeId(), "none",
          "population covered by 4G: the reach of mobile commerce"),
      // Infrastructure: finance
      new Placement("account_ownership_pct", Area.FINANCE.nodeId(), "none",
          "adults with an account: buyers and sellers who can pay and be paid digitally (an"
              + " UNCTAD B2C component; Findex 2017)"));

  private static final Map<String, String> LEFT_OUT = leftOut();

  private ModelV2() {}

  private static Map<String, String> leftOut() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("lpi_overall", "the mean of the six LPI parts; the parts are used (customs in"
        + " government, the other five in logistics), so the overall score would count them"
        + " twice");
    m.put("mobile_subs_per100", "saturated: 62 of 79 countries have more than 100 SIM cards per"
        + " 100 people, which measures multiple SIMs, not reach; 4G coverage measures mobile reach");
    m.put("market_cap_pct_gdp", "45 of 79 countries (exchanges such as Euronext report by"
        + " exchange, not country), and stock-market depth matters little to cross-border"
        + " sellers; private credit measures finance for firms");
    m.put("fdi_inflow_pct_gdp", "one year's net inflow is dominated by pass-through flows and"
        + " single deals (Hungary 60 % of GDP, the Netherlands -14 %)");
    m.put("population", "heads are not buyers: market size is GDP in US$ (demand conditions)"
        + " and reach is internet users in persons (platform building)");
    m.put("urban_pop_pct", "mostly a proxy for income here (r = 0.72 with log GDP per capita);"
        + " parcel networks reach rural buyers, and the postal index measures that");
    m.put("merch_trade_pct_gdp", "counts imports as well, and entrepot re-exports (Hong Kong"
        + " 306 %); exports of goods and services measure exposure to rivalry abroad");
    m.put("tariff_mfn_weighted_ind", "a tariff on imports protects the home market rather than"
        + " helping sellers go abroad, and 23 of 79 countries have no value, 17 of them EU"
        + " members (the EU reports as a bloc)");
    m.put("cpi_ti", "r = 0.99 with WGI control of corruption and 0.95 with WGI rule of law,"
        + " which is used; the WGI cover all 79 countries from one source");
    m.put("eiu_functioning_of_government", "overlaps WGI government effectiveness and"
        + " regulatory quality (r = 0.74 to 0.75) and rests on one panel of experts");
    m.put("gdp_pc_growth_pct", "one year of growth is noise for a readiness rating; its"
        + " 2015-2019 mean is used for chance");
    m.put("wgi_voice_accountability", "measures the political regime, not a risk or a policy"
        + " that a seller meets");
    m.put("wgi_gov_effectiveness", "r = 0.93 with regulatory quality and 0.95 with rule of law,"
        + " which are used; a third near-copy would give governance triple weight");
    m.put("wgi_control_of_corruption", "r = 0.95 with rule of law, which is used for legal"
        + " risk; both would count the same thing twice");
    return java.util.Collections.unmodifiableMap(m);
  }

  static List<Placement> placements() {
    return PLACEMENTS;
  }

  static Map<String, String> leftOutReasons() {
    return LEFT_OUT;
  }

  /** The indicator nodes of one parent, in placement order, built from the metadata. */
  static List<Node> indicators(String parent, List<IndicatorInfo> meta) {
    List<Node> kids = new ArrayList<>();
    for (Placement p : PLACEMENTS) {
      if (p.parent().equals(parent)) {
        kids.add(info(p.column(), meta).toIndicator(p.column()));
      }
    }
    if (kids.isEmpty()) {
      throw new IllegalStateException("no placement for " + parent);
    }
    return kids;
  }

  static Composite factor(Factor f, List<IndicatorInfo> meta) {
    return Composite.of(f.nodeId(), indicators(f.nodeId(), meta)).named(f.label());
  }

  static Composite diamond(List<IndicatorInfo> meta, double chanceStrength,
      double governmentStrength) {
    List<Node> determinants = new ArrayList<>();
    for (Factor f : Factor.values()) {
      if (f.isDeterminant()) {
        determinants.add(factor(f, meta));
      }
    }
    return Composite.of(PorterDiamond.ROOT, determinants).geometric().named("Porter's diamond")
        .modulatedBy(factor(Factor.CHANCE, meta), chanceStrength)
        .modulatedBy(factor(Factor.GOVERNMENT, meta), governmentStrength);
  }

  static Composite readiness(List<IndicatorInfo> meta, double chanceStrength,
      double governmentStrength) {
    Node diamond = diamond(meta, chanceStrength, governmentStrength)
        .named(Area.ADVANTAGE.label());
    Composite lpi = Composite.of(LPI, indicators(LPI, meta))
        .named("LPI 2018: five parts (customs sits in government)");
    List<Node> logistics = new ArrayList<>();
    logistics.add(lpi);
    logistics.addAll(indicators(Area.LOGISTICS.nodeId(), meta));
    Node infrastructure = Composite.of(GoGlobal.INFRASTRUCTURE,
        Composite.of(Area.LOGISTICS.nodeId(), logistics).named("Logistics"),
        area(Area.NETWORK, meta), area(Area.FINANCE, meta)).named("Infrastructure");
    return Composite.of(GoGlobal.ROOT, diamond, area(Area.PLATFORM, meta),
        area(Area.RISK, meta), infrastructure).named("Go-global readiness");
  }

  private static Composite area(Area area, List<IndicatorInfo> meta) {
    String label = area.label();
    String name = area.isInfrastructure() ? label.substring(label.indexOf(':') + 2) : label;
    return Composite.of(area.nodeId(), indicators(area.nodeId(), meta))
        .named(Character.toUpperCase(name.charAt(0)) + name.substring(1));
  }

  private static IndicatorInfo info(String code, List<IndicatorInfo> meta) {
    for (IndicatorInfo i : meta) {
      if (i.code().equals(code)) {
        return i;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "the go-global model v2 needs the indicator '%s', which the metadata lacks", code));
  }
}
