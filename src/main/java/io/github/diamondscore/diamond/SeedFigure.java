package io.github.diamondscore.diamond;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One row of the bundled {@code seed_figures.csv}: a figure given in the source paper, or (when
 * {@link #derived()}) one computed from such figures and not published.
 *
 * @param id the row id
 * @param topic e.g. {@code China cross-border e-commerce}
 * @param metric e.g. {@code transaction scale}
 * @param year the year, empty for figures without one
 * @param value the value
 * @param unit e.g. {@code trillion CNY}
 * @param derived true when computed from other figures rather than given in the paper
 * @param note where the figure comes from
 */
public record SeedFigure(int id, String topic, String metric, OptionalInt year, double value,
    String unit, boolean derived, String note) {

  /**
   * Validates the row.
   *
   * @param id the row id
   * @param topic the topic
   * @param metric the metric
   * @param year the year or empty
   * @param value the value, finite
   * @param unit the unit
   * @param derived whether derived
   * @param note the note
   * @throws IllegalArgumentException if the value is not finite
   */
  public SeedFigure {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(note, "note");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "seed figure %d (%s, %s): value (%s) must be a finite number", id, topic, metric, value));
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s, %s%s: %s %s%s", topic, metric,
        year.isPresent() ? " " + year.getAsInt() : "", Fmt.number(value), unit,
        derived ? " (DERIVED, not published)" : "");
  }
}
