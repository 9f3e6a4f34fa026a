package io.github.diamondscore.diamond;

import io.github.diamondscore.model.Indicator;
import java.util.Set;

/**
 * The default treatments of the bundled indicators, in one place. The README's indicator table
 * gives the reason for each.
 */
final class Treatments {
  /**
   * Indicators taken as natural logarithms: heavy right skew and values always above zero.
   * Population, GDP, merchandise exports and internet users in persons: scale, each doubling
   * adds the same. GDP per capita: diminishing returns of income, as in the HDI. Market
   * capitalization: skew 5.8, Hong Kong at 1349 % of GDP would flatten everyone else.
   * Merchandise trade and exports as shares of GDP: entrepot re-exports (Hong Kong 306 %,
   * Singapore 199 %). Secure servers: 3.7 to 130,000 per million people.
   */
  private static final Set<String> LOG = Set.of(
      "population", "gdp_pc_const_usd", "market_cap_pct_gdp", "merch_trade_pct_gdp", "gdp_usd",
      "merch_exports_usd", "exports_pct_gdp", "online_population",
      "secure_servers_per_million");

  /** FDI inflows can be negative (disinvestment), so no log: goalposts 0..10 % of GDP instead. */
  static final double FDI_LOW = 0;
  static final double FDI_HIGH = 10;

  private Treatments() {}

  static Indicator apply(String code, Indicator indicator) {
    if (LOG.contains(code)) {
      return indicator.log();
    }
    if (code.equals("fdi_inflow_pct_gdp")) {
      return indicator.goalposts(FDI_LOW, FDI_HIGH);
    }
    return indicator;
  }

  static String describe(String code) {
    if (LOG.contains(code)) {
      return "log";
    }
    if (code.equals("fdi_inflow_pct_gdp")) {
      return "goalposts 0..10";
    }
    return "none";
  }
}
