package io.github.diamondscore.diamond;

import io.github.diamondscore.internal.Utf8Reader;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.data.RowKey;
import io.github.diamondscore.internal.IoErrors;
import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.score.Index;
import io.github.diamondscore.score.Scores;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A go-global readiness template for one firm: the paper's four areas with firm-level indicators,
 * the three challenges inside national competitive advantage, and the home country's diamond
 * score as an input.
 *
 * <pre>
 * enterprise                      four areas, equal weights, arithmetic
 *   advantage                     national competitive advantage
 *     home_diamond                the home country's diamond score (0-100)
 *     competition                 challenge: competition and market
 *       target_markets            number of target markets           0..20
 *       price_index               price vs competitors (=100), lower is better   70..130
 *     brand                       challenge: brand and quality
 *       own_brand_share           % of export sales under own brand  0..100
 *       quality_certifications    international certifications held  0..5
 *       return_rate               % of orders returned, lower is better         0..20
 *     transformation              challenge: transformation and innovation
 *       rd_intensity              R&amp;D, % of sales                     0..10
 *       new_product_share         % of sales from products under 3 years old    0..50
 *       digital_channel_share     % of export sales through digital channels    0..100
 *   platform                      platform building
 *     marketplaces                cross-border marketplaces sold on  0..10
 *     overseas_order_share        % of orders from abroad            0..100
 *   risk                          risk prevention
 *     market_hhi                  Herfindahl index of destination-market shares, lower is better 0..1
 *     fx_hedged_share             % of FX exposure hedged            0..100
 *   infrastructure                infrastructure used by the firm
 *     logistics_options           logistics options (carriers, overseas warehouses) 0..10
 *     payment_methods             payment methods offered to foreign buyers     0..10
 * </pre>
 *
 * <p>Every indicator has goalposts (the ranges above, in raw units; values outside are clipped),
 * so one firm can be scored on its own and firms compare across fits. The home country's diamond
 * is an ordinary input column {@code home_diamond} rather than a {@link
 * io.github.diamondscore.model.Custom} leaf that looks the country up: the framework stays
 * exportable to the framework CSV, an online request simply carries the number, and the fitted
 * index does not depend on a country model. {@link #withHomeDiamond} fills the column from any
 * country scores with a {@code diamond} node (those of {@link GoGlobal} or {@link PorterDiamond}).
 *
 * <p>The bundled {@link #sample()} is <b>synthetic</b>: eight invented firms from bundled home
 * countries, for examples and tests only.
 */
public final class EnterpriseReadiness {
  /** The root node id. */
  public static final String ROOT = "enterprise";
  /** National competitive advantage: home diamond and the three challenges. */
  public static final String ADVANTAGE = "advantage";
  /** Challenge: competition and market. */
  public static final String COMPETITION = "competition";
  /** Challenge: brand and quality. */
  public static final String BRAND = "brand";
  /** Challenge: transformation and innovation. */
  public static final String TRANSFORMATION = "transformation";
  /** Platform building. */
  public static final String PLATFORM = "platform";
  /** Risk prevention. */
  public static final String RISK = "risk";
  /** Infrastructure. */
  public static final String INFRASTRUCTURE = "infrastructure";
  /** The input column with the home country's diamond score. */
  public static final String HOME_DIAMOND = "home_diamond";

  private static final String SAMPLE = "data/enterprises_synthetic.csv";
  private static final Set<String> TEXT_COLUMNS = Set.of("entity", "name", "home", "note");

  private EnterpriseReadiness() {}

  /**
   * The template framework (see the class comment).
   *
   * @return the framework, root {@value #ROOT}
   */
  public static Framework framework() {
    Node competition = Composite.of(COMPETITION,
        gp("target_markets", "Number of target markets", "markets", 0, 20),
        gp("price_index", "Price index against destination-market competitors (their average"
            + " = 100)", "index", 70, 130).lowerIsBetter())
        .named("Competition and market");
    Node brand = Composite.of(BRAND,
        gp("own_brand_share", "Share of export sales under own brand", "%", 0, 100),
        gp("quality_certifications", "International quality certifications held (e.g. ISO 9001,"
            + " CE)", "count", 0, 5),
        gp("return_rate", "Share of cross-border orders returned", "%", 0, 20).lowerIsBetter())
        .named("Brand and quality");
    Node transformation = Composite.of(TRANSFORMATION,
        gp("rd_intensity", "R&D spending as a share of sales", "%", 0, 10),
        gp("new_product_share", "Share of sales from products launched in the last three years",
            "%", 0, 50),
        gp("digital_channel_share", "Share of export sales through digital channels", "%", 0,
            100))
        .named("Transformation and innovation");
    Node advantage = Composite.of(ADVANTAGE,
        gp(HOME_DIAMOND, "Home country's Porter diamond score", "score 0-100", 0, 100),
        competition, brand, transformation).named("National competitive advantage");
    Node platform = Composite.of(PLATFORM,
        gp("marketplaces", "Cross-border marketplaces the firm sells on", "count", 0, 10),
        gp("overseas_order_share", "Share of orders from abroad", "%", 0, 100))
        .named("Platform building");
    Node risk = Composite.of(RISK,
        gp("market_hhi", "Concentration of sales across destination markets (Herfindahl index)",
            "index 0-1", 0, 1).lowerIsBetter(),
        gp("fx_hedged_share", "Share of foreign-exchange exposure hedged", "%", 0, 100))
        .named("Risk prevention");
    Node infrastructure = Composite.of(INFRASTRUCTURE,
        gp("logistics_options", "Cross-border logistics options in use (carriers, overseas"
            + " warehouses)", "count", 0, 10),
        gp("payment_methods", "Payment methods offered to foreign buyers", "count", 0, 10))
        .named("Infrastructure");
    return Framework.of(Composite.of(ROOT, advantage, platform, risk, infrastructure)
        .named("Enterprise go-global readiness"));
  }

  private static Indicator gp(String id, String name, String unit, double low, double high) {
    return Indicator.of(id).named(name).withUnit(unit).goalposts(low, high);
  }

  /**
   * The template's input columns, in framework order ({@value #HOME_DIAMOND} included).
   *
   * @return an unmodifiable list
   */
  public static List<String> columns() {
    List<String> out = new ArrayList<>();
    for (Indicator i : framework().indicators()) {
      out.add(i.column());
    }
    return List.copyOf(out);
  }

  /**
   * The default index: every indicator on its goalposts, mapped onto 1–100, arithmetic means.
   *
   * @return the index
   */
  public static Index index() {
    return PorterDiamond.index(framework());
  }

  /**
   * The bundled <b>synthetic</b> sample: eight invented firms, entity {@code F01}…{@code F08},
   * name, group = home country (ISO3 of a bundled country), and the template's columns except
   * {@value #HOME_DIAMOND}. One value is blank (F08's new-product share) to show coverage.
   *
   * @return the panel
   */
  public static Panel sample() {
    return Bundled.SAMPLE_PANEL;
  }

  private static final class Bundled {
    static final Panel SAMPLE_PANEL =
        read(new StringReader(BeltAndRoad.resourceText(SAMPLE)), "enterprises_synthetic.csv");
  }

  /**
   * Reads firms from a CSV file in the format of the sample: columns {@code entity}, {@code name}
   * (optional), {@code home} (the home country's id, which becomes the panel's group), {@code note}
   * (optional, free text, ignored) and numeric columns; blank or {@code NA} is missing.
   *
   * @param file the file (UTF-8)
   * @return the panel, group = home country
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if {@code entity} or {@code home} is missing, an id repeats
   *     or a number is invalid, naming the line and column
   */
  public static Panel read(Path file) {
    try (BufferedReader r = Utf8Reader.open(file)) {
      return read(r, file.toString());
    } catch (IOException e) {
      throw IoErrors.wrap("cannot read enterprise file", file, e);
    }
  }

  static Panel read(Reader reader, String source) {
    try (CSVParser parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
        .setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
        .get().parse(reader)) {
      List<String> header = new ArrayList<>(parser.getHeaderNames());
      if (!header.isEmpty()) {
        header.set(0, header.get(0).replace("\uFEFF", ""));
      }
      for (String required : List.of("entity", "home")) {
        if (!header.contains(required)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "%s: missing column '%s' (header is %s); an enterprise file needs entity and home"
                  + " columns", source, required, String.join(",", header)));
        }
      }
      List<String> numeric = new ArrayList<>();
      for (String h : header) {
        if (!TEXT_COLUMNS.contains(h)) {
          numeric.add(h);
        }
      }
      Panel.Builder builder = Panel.builder(numeric);
      for (CSVRecord rec : parser) {
        Map<String, String> row = BeltAndRoad.cells(parser, rec, source);
        long line = parser.getCurrentLineNumber();
        double[] values = new double[numeric.size()];
        for (int c = 0; c < values.length; c++) {
          String text = row.get(numeric.get(c));
          try {
            values[c] = text.isEmpty() || text.equals("NA") ? Double.NaN
                : BeltAndRoad.decimal("value", text);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "%s line %d, entity '%s', column '%s': %s", source, line, row.get("entity"),
                numeric.get(c), e.getMessage()), e);
          }
        }
        try {
          RowKey key = RowKey.of(row.get("entity")).withGroup(row.get("home"));
          String name = row.getOrDefault("name", "");
          builder.add(name.isEmpty() ? key : key.withName(name), values);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(String.format(Locale.ROOT, "%s line %d: %s", source,
              line, e.getMessage()), e);
        }
      }
      try {
        return builder.build();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
      }
    } catch (IOException e) {
      throw IoErrors.reading(source, e);
    }
  }

  /**
   * The firms with the {@value #HOME_DIAMOND} column filled from country scores: each firm's value
   * is its home country's (its group's) score on the {@code diamond} node.
   *
   * <p>Non-finite values: a home country whose diamond is missing gives NaN.
   *
   * @param firms the firms, group = home country id
   * @param countries country scores with a {@code diamond} node, e.g. {@code
   *     GoGlobal.assess().scores()}
   * @return the firms with the column added (or replaced)
   * @throws IllegalArgumentException if a firm has no group, its home country is not in the
   *     scores, or the scores have no {@code diamond} node
   */
  public static Panel withHomeDiamond(Panel firms, Scores countries) {
    if (!countries.nodes().contains(PorterDiamond.ROOT)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "the country scores have no '%s' node (their root is '%s'); score the countries with"
              + " GoGlobal or PorterDiamond", PorterDiamond.ROOT, countries.framework().root()
              .id()));
    }
    double[] values = new double[firms.size()];
    for (int r = 0; r < firms.size(); r++) {
      String firm = firms.entity(r);
      String home = firms.group(r).orElseThrow(() -> new IllegalArgumentException(
          String.format(Locale.ROOT, "firm '%s' has no home country (group); give each firm"
              + " one", firm)));
      if (!countries.entities().contains(home)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "firm '%s': home country '%s' is not in the country scores (%d countries)", firm,
            home, countries.size()));
      }
      values[r] = countries.score(home, PorterDiamond.ROOT);
    }
    return firms.withColumn(HOME_DIAMOND, values);
  }

  /**
   * Assesses firms with the template (fitted on them; every indicator has goalposts, so the fit
   * learns nothing from them), default tiers and recommendations, what-ifs leaving out
   * {@value #HOME_DIAMOND}, which a firm cannot change.
   *
   * @param firms the firms, with every template column ({@link #columns()})
   * @return the assessment
   * @throws IllegalArgumentException if a column is missing
   */
  public static Assessment assess(Panel firms) {
    return Assessment.of(index().fit(firms), firms).withFixedColumns(Set.of(HOME_DIAMOND));
  }

  /**
   * Assesses the synthetic {@link #sample()} with home diamonds from {@link GoGlobal#assess()}.
   *
   * @return the assessment
   */
  public static Assessment assessSample() {
    return assess(withHomeDiamond(sample(), GoGlobal.assess().scores()));
  }
}
