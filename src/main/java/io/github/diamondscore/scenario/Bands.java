package io.github.diamondscore.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Named score bands for the root score (readiness tiers, for example), so that comparisons can
 * report tier changes and targets can name a tier. {@link #none()} has no bands. The package
 * takes them as plain numbers; {@code diamond}'s {@code Tiers.bands()} gives the built-in tiers.
 */
public final class Bands {
  private static final Bands NONE = new Bands(List.of());
  private final List<Band> bands; // highest minimum first; the last is -Infinity

  private Bands(List<Band> bands) {
    this.bands = bands;
  }

  /**
   * No bands: comparisons show no tier column, and tier targets are an error.
   *
   * @return the empty bands
   */
  public static Bands none() {
    return NONE;
  }

  /**
   * Bands in any order.
   *
   * @param bands at least one; distinct names and minimums; the lowest minimum must be
   *     {@code -Infinity} so that every score has a band
   * @return the bands
   * @throws IllegalArgumentException if the list is empty, a name or minimum repeats, or no band
   *     has minimum {@code -Infinity}
   */
  public static Bands of(List<Band> bands) {
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("bands are empty; give at least one band, the lowest"
          + " with minimum -Infinity (or use Bands.none())");
    }
    List<Band> sorted = new ArrayList<>(bands);
    Set<String> names = new HashSet<>();
    Set<Double> minimums = new HashSet<>();
    for (Band b : sorted) {
      Objects.requireNonNull(b, "band");
      if (!names.add(b.name()) || !minimums.add(b.minimum())) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "band '%s' repeats a name or a minimum (%s); give each band its own", b.name(),
            Fmt.num(b.minimum())));
      }
    }
    sorted.sort(Comparator.comparingDouble(Band::minimum).reversed());
    if (sorted.get(sorted.size() - 1).minimum() != Double.NEGATIVE_INFINITY) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "lowest band '%s' has minimum %s, so lower scores would have no band; give it"
              + " minimum -Infinity", sorted.get(sorted.size() - 1).name(),
          Fmt.num(sorted.get(sorted.size() - 1).minimum())));
    }
    return new Bands(List.copyOf(sorted));
  }

  /**
   * The bands, highest minimum first.
   *
   * @return an unmodifiable list, empty for {@link #none()}
   */
  public List<Band> bands() {
    return bands;
  }

  /**
   * Whether there are no bands.
   *
   * @return true for {@link #none()}
   */
  public boolean isEmpty() {
    return bands.isEmpty();
  }

  /**
   * The band of a score: the one with the highest minimum ≤ score.
   *
   * @param score the score
   * @return the band; empty for NaN or when there are no bands
   */
  public Optional<Band> bandOf(double score) {
    if (Double.isNaN(score)) {
      return Optional.empty();
    }
    return bands.stream().filter(b -> score >= b.minimum()).findFirst();
  }

  /**
   * The name of a score's band, for tables.
   *
   * @param score the score
   * @return the band name, {@code NA} for NaN, blank when there are no bands
   */
  public String nameOf(double score) {
    if (bands.isEmpty()) {
      return "";
    }
    return bandOf(score).map(Band::name).orElse("NA");
  }

  /**
   * The band with a name.
   *
   * @param name the band name
   * @return the band
   * @throws IllegalArgumentException if there is no such band, listing the names
   */
  public Band require(String name) {
    for (Band b : bands) {
      if (b.name().equalsIgnoreCase(name)) {
        return b;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "no tier '%s'; %s", name, bands.isEmpty()
            ? "no tiers are set (Simulator.withBands)" : "tiers are " + this));
  }

  /**
   * The band above the one a score is in.
   *
   * @param score the score
   * @return the next band up; empty for the top band, NaN, or no bands
   */
  public Optional<Band> above(double score) {
    Optional<Band> own = bandOf(score);
    if (own.isEmpty()) {
      return Optional.empty();
    }
    int i = bands.indexOf(own.get());
    return i == 0 ? Optional.empty() : Optional.of(bands.get(i - 1));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bands b && b.bands.equals(bands);
  }

  @Override
  public int hashCode() {
    return bands.hashCode();
  }

  /**
   * The bands in words, e.g. {@code Leading (>= 70), Ready (>= 55), Nascent}.
   *
   * @return one line; {@code (no bands)} when empty
   */
  @Override
  public String toString() {
    if (bands.isEmpty()) {
      return "(no bands)";
    }
    StringBuilder sb = new StringBuilder();
    for (Band b : bands) {
      sb.append(sb.length() == 0 ? "" : ", ").append(b);
    }
    return sb.toString();
  }
}
