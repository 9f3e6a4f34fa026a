package io.github.diamondscore.diamond;

import io.github.diamondscore.model.Direction;
import io.github.diamondscore.model.Indicator;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of the bundled {@code indicators.csv}: what an indicator column of the country data
 * measures, where it comes from, and where it sits in the built-in models.
 *
 * <p>{@link #toIndicator(String)} makes the model node for it, with the default treatment of
 * {@link #treatment()}: a log transform for the heavily skewed size and ratio indicators
 * (population, GDP per capita, market capitalization, merchandise trade), goalposts 0–10 % of GDP
 * for FDI inflows (which can be negative, so no log), nothing for the others.
 *
 * @param code the data column, e.g. {@code lpi_timeliness}
 * @param name the full name
 * @param unit the unit, free text
 * @param source the publisher and edition
 * @param year the one year taken for every country (no other year is ever used)
 * @param direction whether higher or lower raw values are better
 * @param factor the diamond factor the indicator feeds (the data compiler's suggestion)
 * @param area the influence area the indicator feeds (the data compiler's suggestion)
 * @param rawFile the trimmed source file under {@code data/}
 * @param rawColumn the column of that file
 * @param covered the number of countries with a value
 * @param total the number of countries
 */
public record IndicatorInfo(String code, String name, String unit, String source, int year,
    Direction direction, Factor factor, Area area, String rawFile, String rawColumn, int covered,
    int total) {

  /**
   * Validates the row.
   *
   * @param code the data column
   * @param name the full name
   * @param unit the unit
   * @param source the source
   * @param year the year
   * @param direction the direction
   * @param factor the diamond factor
   * @param area the influence area
   * @param rawFile the raw file
   * @param rawColumn the raw column
   * @param covered countries with a value
   * @param total countries
   * @throws IllegalArgumentException if the code is not a valid column id, a text is blank, or
   *     {@code covered} is not in 0..{@code total}
   */
  public IndicatorInfo {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(rawFile, "rawFile");
    Objects.requireNonNull(rawColumn, "rawColumn");
    if (!code.matches("[A-Za-z0-9_.-]+")) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "indicator code '%s' must be a column id (letters, digits, '_', '.', '-')", code));
    }
    for (String[] field : new String[][] {{"name", name}, {"unit", unit}, {"source", source}}) {
      if (field[1].isBlank()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "indicator '%s': %s is blank; give a %s", code, field[0], field[0]));
      }
    }
    if (!(covered >= 0 && covered <= total)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "indicator '%s': coverage %d/%d must have 0 <= covered <= total", code, covered, total));
    }
  }

  /**
   * The share of countries with a value.
   *
   * <p>Non-finite values: NaN when {@code total} is 0.
   *
   * @return {@code covered / total}
   */
  public double coverage() {
    return total == 0 ? Double.NaN : (double) covered / total;
  }

  /**
   * The unit without its parenthesized remarks and without what follows a first comma, for short
   * messages: {@code score 0-100} for {@code score 0-100 (Gapminder x10 rescaling ...)},
   * {@code estimate} for {@code estimate, standard normal units (approx. -2.5 to 2.5)}.
   *
   * @return the short unit
   */
  public String shortUnit() {
    return shortUnit(unit);
  }

  static String shortUnit(String unit) {
    int cut = unit.indexOf(" (");
    String u = cut > 0 ? unit.substring(0, cut) : unit;
    int comma = u.indexOf(", ");
    return comma > 0 ? u.substring(0, comma) : u;
  }

  /**
   * How the built-in models treat the raw value before normalizing: {@code log},
   * {@code goalposts 0..10} or {@code none}.
   *
   * @return the treatment in words
   */
  public String treatment() {
    return Treatments.describe(code);
  }

  /**
   * The model node for this indicator: id {@code id}, reading the column {@link #code()}, with
   * the full name, unit, direction and the default treatment ({@link #treatment()}).
   *
   * @param id the node id, e.g. the code itself or {@code logistics.lpi_timeliness}
   * @return the indicator node
   * @throws IllegalArgumentException if the id is not a valid node id
   */
  public Indicator toIndicator(String id) {
    Indicator ind = Indicator.of(id).reading(code).named(name).withUnit(unit)
        .withDirection(direction);
    return Treatments.apply(code, ind);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s (%s; %s %d; %s; %s; %s; coverage %d/%d)", code, unit,
        source, year, direction == Direction.HIGHER_IS_BETTER ? "higher is better"
            : "lower is better", factor.label(), area.label(), covered, total);
  }
}
