package io.github.diamondscore.diamond;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.internal.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Ranks target markets for an enterprise or a home country: each destination's readiness as a
 * market combined with the entrant's fit.
 *
 * <pre>
 *   readiness R_d = (infrastructure_d + platform_d + risk_d) / 3      go-global area scores, 1..100
 *   proximity G   = 100 if the destination is in the home country's group (region)
 *                    70 if both take part in the Belt and Road initiative (br64 = 1; China,
 *                       the initiative's origin, counts as taking part)
 *                    40 otherwise
 *   fit F         = (E + G) / 2 for an enterprise with readiness E (0..100), G for a country
 *   entry score   = R_d^a × F^(1 − a),  a = 0.5 by default
 * </pre>
 *
 * <p>The destination's readiness uses the three areas a seller meets abroad (delivering, selling
 * on platforms, being paid safely); its diamond measures its own exporters and is left out. The
 * weighted geometric mean makes readiness and fit partial substitutes: a very close market with
 * poor infrastructure does not top the list. The proximity levels are a documented convention,
 * changeable with {@link #withProximity}; {@code a} with {@link #withExponent}. The home country is
 * not a target. A destination with a missing area uses the mean of the others; one with all three
 * missing gets no score and is listed last. Ties rank equal (1, 2, 2, 4) and are listed by id.
 */
public final class MarketEntry {
  /** The default exponent of readiness. */
  public static final double DEFAULT_EXPONENT = 0.5;

  private final Assessment countries;
  private final double exponent;
  private final double sameGroup;
  private final double corridor;
  private final double other;

  private MarketEntry(Assessment countries, double exponent, double sameGroup, double corridor,
      double other) {
    this.countries = countries;
    this.exponent = exponent;
    this.sameGroup = sameGroup;
    this.corridor = corridor;
    this.other = other;
  }

  /**
   * Market entry over assessed countries with the default settings.
   *
   * @param countries an assessment on the go-global model (nodes {@code infrastructure},
   *     {@code platform}, {@code risk}), e.g. {@link GoGlobal#assess()}
   * @return the market entry
   * @throws IllegalArgumentException if the framework lacks one of the three area nodes
   */
  public static MarketEntry of(Assessment countries) {
    for (String node : List.of(GoGlobal.INFRASTRUCTURE, GoGlobal.PLATFORM, GoGlobal.RISK)) {
      if (countries.framework().node(node).isEmpty()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "the country assessment has no '%s' node (root '%s'); assess the countries with"
                + " GoGlobal", node, countries.framework().root().id()));
      }
    }
    return new MarketEntry(countries, DEFAULT_EXPONENT, 100, 70, 40);
  }

  /**
   * A copy with another exponent {@code a} of readiness.
   *
   * @param a in [0, 1]: 1 ranks by readiness alone, 0 by fit alone
   * @return the copy
   * @throws IllegalArgumentException if {@code a} is outside [0, 1]
   */
  public MarketEntry withExponent(double a) {
    if (!(a >= 0 && a <= 1)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "exponent a (%s) must be in [0, 1]; 1 ranks by readiness alone, 0 by fit alone", a));
    }
    return new MarketEntry(countries, a, sameGroup, corridor, other);
  }

  /**
   * A copy with other proximity levels.
   *
   * @param sameGroupLevel destination in the home country's group
   * @param corridorLevel both in the Belt and Road initiative
   * @param otherLevel otherwise
   * @return the copy
   * @throws IllegalArgumentException if a level is outside (0, 100]
   */
  public MarketEntry withProximity(double sameGroupLevel, double corridorLevel,
      double otherLevel) {
    for (double v : new double[] {sameGroupLevel, corridorLevel, otherLevel}) {
      if (!(v > 0 && v <= 100)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "proximity level (%s) must be in (0, 100], e.g. 100, 70, 40", v));
      }
    }
    return new MarketEntry(countries, exponent, sameGroupLevel, corridorLevel, otherLevel);
  }

  /**
   * The exponent {@code a}.
   *
   * @return a in [0, 1]
   */
  public double exponent() {
    return exponent;
  }

  /**
   * A destination's readiness as a market: the mean of its infrastructure, platform and risk
   * area scores (over those present).
   *
   * <p>Non-finite values: NaN when all three are missing.
   *
   * @param destination the country id
   * @return R in [0, 100]
   * @throws IllegalArgumentException if the country is not assessed
   */
  public double readiness(String destination) {
    double sum = 0;
    int n = 0;
    for (String node : List.of(GoGlobal.INFRASTRUCTURE, GoGlobal.PLATFORM, GoGlobal.RISK)) {
      double v = countries.score(destination, node);
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /**
   * The proximity of a destination to a home country.
   *
   * @param home the home country id
   * @param destination the destination id
   * @return the proximity level
   * @throws IllegalArgumentException if either country is not assessed
   */
  public double proximity(String home, String destination) {
    if (countries.group(home).equals(countries.group(destination))
        && !countries.group(home).isEmpty()) {
      return sameGroup;
    }
    return participant(home) && participant(destination) ? corridor : other;
  }

  private boolean participant(String country) {
    if (country.equals("CHN")) {
      return true;
    }
    Panel p = countries.panel();
    if (!p.hasIndicator(BeltAndRoad.BR64)) {
      return false;
    }
    return p.value(countries.row(country), p.columnIndex(BeltAndRoad.BR64)) == 1;
  }

  /**
   * Target markets for a home country, fit = proximity.
   *
   * @param home the home country id
   * @return the ranking of every other assessed country
   * @throws IllegalArgumentException if the home country is not assessed
   */
  public MarketRanking forCountry(String home) {
    countries.row(home);
    return rank(countries.name(home), home, Double.NaN);
  }

  /**
   * Target markets for an enterprise, fit = (E + proximity) / 2.
   *
   * <p>Non-finite values: a NaN readiness E is left out (fit = proximity).
   *
   * @param firm the firm's name, for the title
   * @param home the home country id
   * @param firmReadiness E, the firm's readiness score in [0, 100], e.g. from {@link
   *     EnterpriseReadiness}
   * @return the ranking of every assessed country but the home country
   * @throws IllegalArgumentException if the home country is not assessed or E is outside [0, 100]
   */
  public MarketRanking forEnterprise(String firm, String home, double firmReadiness) {
    Objects.requireNonNull(firm, "firm");
    countries.row(home);
    if (!Double.isNaN(firmReadiness) && !(firmReadiness >= 0 && firmReadiness <= 100)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "firm '%s' readiness (%s) must be in [0, 100]", firm, firmReadiness));
    }
    return rank(firm, home, firmReadiness);
  }

  /**
   * Target markets for an assessed firm: its home country is its group, E its index score.
   *
   * @param enterprises an assessment of firms (e.g. {@link EnterpriseReadiness#assessSample()})
   * @param firm the firm's id
   * @return the ranking
   * @throws IllegalArgumentException if the firm is not assessed, has no group, or its home
   *     country is not among the countries
   */
  public MarketRanking forEnterprise(Assessment enterprises, String firm) {
    String home = enterprises.group(firm);
    if (home.isEmpty()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "firm '%s' has no home country (group)", firm));
    }
    return forEnterprise(enterprises.name(firm) + " (" + firm + ")", home,
        enterprises.score(firm));
  }

  private MarketRanking rank(String who, String home, double firmReadiness) {
    List<MarketRanking.Option> options = new ArrayList<>();
    for (String d : countries.entities()) {
      if (d.equals(home)) {
        continue;
      }
      double r = readiness(d);
      double g = proximity(home, d);
      double f = Double.isNaN(firmReadiness) ? g : (firmReadiness + g) / 2;
      double s = Double.isNaN(r) ? Double.NaN
          : Math.pow(r, exponent) * Math.pow(f, 1 - exponent);
      options.add(new MarketRanking.Option(OptionalInt.empty(), d, countries.name(d),
          countries.group(d), r, g, f, s));
    }
    options.sort(Comparator.comparing((MarketRanking.Option o) -> Double.isNaN(o.score()))
        .thenComparing(Comparator.comparingDouble(MarketRanking.Option::score).reversed())
        .thenComparing(MarketRanking.Option::entity));
    List<MarketRanking.Option> ranked = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      MarketRanking.Option o = options.get(i);
      int rank = i + 1;
      if (i > 0 && o.score() == options.get(i - 1).score()) {
        rank = ranked.get(i - 1).rank().getAsInt();
      }
      ranked.add(new MarketRanking.Option(Double.isNaN(o.score()) ? OptionalInt.empty()
          : OptionalInt.of(rank), o.entity(), o.name(), o.group(), o.readiness(), o.proximity(),
          o.fit(), o.score()));
    }
    String title = String.format(Locale.ROOT, "Target markets for %s, home %s%s; entry = R^%s x"
        + " F^%s", who, home, Double.isNaN(firmReadiness) ? ""
        : String.format(Locale.ROOT, ", firm readiness %s", Fmt.score(firmReadiness)),
        Text.exact(exponent), Text.exact(1 - exponent));
    return new MarketRanking(title, home, ranked);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "MarketEntry[a=%s, proximity same group %s, Belt and Road"
        + " %s, other %s; %d countries]", Text.exact(exponent), Text.exact(sameGroup),
        Text.exact(corridor), Text.exact(other), countries.entities().size());
  }
}
