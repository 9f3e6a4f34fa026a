package io.github.diamondscore.diamond;

import io.github.diamondscore.scenario.Band;
import io.github.diamondscore.scenario.Bands;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Readiness tiers: named score bands with configurable cut-offs. The defaults, on the 0–100 scale
 * of the built-in models:
 *
 * <table class="striped">
 *   <caption>Default tiers</caption>
 *   <tr><th>tier</th><th>scores</th><th>reading</th></tr>
 *   <tr><td>Leading</td><td>≥ 70</td><td>ready to go global now; defend and extend the lead</td></tr>
 *   <tr><td>Ready</td><td>55 to &lt; 70</td><td>ready in most areas; close the named gaps</td></tr>
 *   <tr><td>Emerging</td><td>40 to &lt; 55</td><td>some areas ready; build the weak ones first</td></tr>
 *   <tr><td>Nascent</td><td>&lt; 40</td><td>foundations missing; start with infrastructure and
 *       cooperation</td></tr>
 * </table>
 *
 * <p>A score equal to a cut-off belongs to the higher tier (70 is Leading). The cut-offs are
 * conventions, not estimates: they split the 0–100 scale at 40, 55 and 70 so that the middle
 * tiers are 15 points wide; set your own with {@link #of(double, double, double)} or
 * {@link #of(List)}.
 */
public final class Tiers {
  private static final Tiers DEFAULTS = of(70, 55, 40);

  private final List<Tier> tiers; // highest minimum first; the last is -Infinity

  private Tiers(List<Tier> tiers) {
    this.tiers = tiers;
  }

  /**
   * The default tiers: Leading ≥ 70, Ready ≥ 55, Emerging ≥ 40, Nascent below.
   *
   * @return the tiers
   */
  public static Tiers defaults() {
    return DEFAULTS;
  }

  /**
   * The four default tier names with other cut-offs.
   *
   * <p>Non-finite values: the cut-offs must be finite.
   *
   * @param leading the least Leading score
   * @param ready the least Ready score, below {@code leading}
   * @param emerging the least Emerging score, below {@code ready}; lower scores are Nascent
   * @return the tiers
   * @throws IllegalArgumentException if a cut-off is not finite or they do not decrease strictly
   */
  public static Tiers of(double leading, double ready, double emerging) {
    for (double c : new double[] {leading, ready, emerging}) {
      if (!Double.isFinite(c)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "tier cut-off (%s) must be finite, e.g. 70, 55, 40", c));
      }
    }
    if (!(leading > ready && ready > emerging)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "tier cut-offs leading (%s) > ready (%s) > emerging (%s) must decrease strictly,"
              + " e.g. 70, 55, 40", Fmt.number(leading), Fmt.number(ready),
          Fmt.number(emerging)));
    }
    return of(List.of(new Tier("Leading", leading), new Tier("Ready", ready),
        new Tier("Emerging", emerging), new Tier("Nascent", Double.NEGATIVE_INFINITY)));
  }

  /**
   * Tiers of your own, in any order.
   *
   * @param tiers at least one; distinct names and minimums; the lowest minimum must be
   *     {@code -Infinity} so that every score has a tier
   * @return the tiers
   * @throws IllegalArgumentException if the list is empty, names or minimums repeat, or no tier
   *     has minimum {@code -Infinity}
   */
  public static Tiers of(List<Tier> tiers) {
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("tiers are empty; give at least one tier, the lowest"
          + " with minimum -Infinity");
    }
    List<Tier> sorted = new ArrayList<>(tiers);
    Set<String> names = new HashSet<>();
    Set<Double> minimums = new HashSet<>();
    for (Tier t : sorted) {
      Objects.requireNonNull(t, "tier");
      if (!names.add(t.name())) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "tier name '%s' appears twice; give each tier a distinct name", t.name()));
      }
      if (!minimums.add(t.minimum())) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "tier '%s' minimum (%s) is also another tier's; give each tier a distinct minimum",
            t.name(), Fmt.number(t.minimum())));
      }
    }
    sorted.sort(Comparator.comparingDouble(Tier::minimum).reversed());
    Tier lowest = sorted.get(sorted.size() - 1);
    if (lowest.minimum() != Double.NEGATIVE_INFINITY) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "lowest tier '%s' has minimum %s, so lower scores would have no tier; give it minimum"
              + " -Infinity (Double.NEGATIVE_INFINITY)", lowest.name(),
          Fmt.number(lowest.minimum())));
    }
    return new Tiers(List.copyOf(sorted));
  }

  /**
   * The tiers, highest minimum first.
   *
   * @return an unmodifiable list; the last has minimum {@code -Infinity}
   */
  public List<Tier> tiers() {
    return tiers;
  }

  /**
   * The tiers as plain score bands, for scenarios ({@code Simulator.withBands}): comparisons then
   * show tier changes, and targets can name a tier.
   *
   * @return the same names and minimums
   */
  public Bands bands() {
    List<Band> out = new ArrayList<>();
    for (Tier t : tiers) {
      out.add(new Band(t.name(), t.minimum()));
    }
    return Bands.of(out);
  }

  /**
   * The tier of a score: the one with the highest minimum ≤ score.
   *
   * <p>Non-finite values: NaN (missing) has no tier; +∞ is in the highest tier, −∞ in the lowest.
   *
   * @param score the score
   * @return the tier, empty for NaN
   */
  public Optional<Tier> tierOf(double score) {
    if (Double.isNaN(score)) {
      return Optional.empty();
    }
    for (Tier t : tiers) {
      if (score >= t.minimum()) {
        return Optional.of(t);
      }
    }
    throw new AssertionError("the lowest tier has minimum -Infinity");
  }

  /**
   * The name of a score's tier, for tables.
   *
   * <p>Non-finite values: NaN gives {@code NA}.
   *
   * @param score the score
   * @return the tier name, or {@code NA} for a missing score
   */
  public String nameOf(double score) {
    return tierOf(score).map(Tier::name).orElse("NA");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tiers t && t.tiers.equals(tiers);
  }

  @Override
  public int hashCode() {
    return tiers.hashCode();
  }

  /**
   * The bands in words, e.g. {@code Leading >= 70, Ready 55-70, Emerging 40-55, Nascent < 40}.
   *
   * @return one line
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tiers.size(); i++) {
      Tier t = tiers.get(i);
      sb.append(i == 0 ? "" : ", ").append(t.name()).append(' ');
      if (i == 0 && tiers.size() > 1) {
        sb.append(">= ").append(Fmt.number(t.minimum()));
      } else if (t.minimum() == Double.NEGATIVE_INFINITY) {
        sb.append(tiers.size() == 1 ? "(all scores)"
            : "< " + Fmt.number(tiers.get(i - 1).minimum()));
      } else {
        sb.append(Fmt.number(t.minimum())).append('-')
            .append(Fmt.number(tiers.get(i - 1).minimum()));
      }
    }
    return sb.toString();
  }
}
