package io.github.diamondscore.diamond;

import io.github.diamondscore.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A yearly series with year-on-year growth and compound annual growth, each point marked as
 * published, derived or added by the user — e.g. China's cross-border e-commerce volume from the
 * source paper ({@link #chinaCrossBorderEcommerce()}), extended with your own years.
 *
 * <pre>{@code
 * TimeSeries s = TimeSeries.chinaCrossBorderEcommerce()   // 2011-2016, trillion CNY
 *     .with(2017, 8.06);                                  // a year of your own
 * s.yoyGrowth(2013);    // 50.0 (%)
 * s.cagr(2011, 2016);   // 31.56 (%): (6.7 / 1.7)^(1/5) - 1
 * }</pre>
 *
 * <p>Growth rates are in percent. Immutable.
 */
public final class TimeSeries {

  /** Where a point comes from. */
  public enum Source {
    /** Given in the source (e.g. the paper). */
    PUBLISHED,
    /** Computed from published figures; not published itself. */
    DERIVED,
    /** Added by the user with {@link TimeSeries#with}. */
    ADDED;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One point of the series.
   *
   * @param year the year
   * @param value the value, finite
   * @param source where it comes from
   */
  public record Point(int year, double value, Source source) {
    /**
     * Validates the point.
     *
     * @param year the year
     * @param value the value
     * @param source the source
     * @throws IllegalArgumentException if the value is not finite
     */
    public Point {
      Objects.requireNonNull(source, "source");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "value for %d (%s) must be a finite number", year, value));
      }
    }
  }

  private final String name;
  private final String unit;
  private final TreeMap<Integer, Point> points;

  private TimeSeries(String name, String unit, TreeMap<Integer, Point> points) {
    this.name = name;
    this.unit = unit;
    this.points = points;
  }

  /**
   * A series of published values.
   *
   * <p>Non-finite values: rejected.
   *
   * @param name what the series measures
   * @param unit its unit
   * @param values year to value
   * @return the series
   * @throws IllegalArgumentException if a value is not finite
   */
  public static TimeSeries of(String name, String unit, Map<Integer, Double> values) {
    TreeMap<Integer, Point> map = new TreeMap<>();
    values.forEach((y, v) -> map.put(y, new Point(y, v, Source.PUBLISHED)));
    return new TimeSeries(Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(unit, "unit"), map);
  }

  /**
   * China's cross-border e-commerce transaction scale, 2011–2016, in trillion CNY, from the
   * bundled seed figures: 2011 (1.7) and 2016 (6.7) are the paper's figures; 2012–2015 are derived
   * (the 2011 value compounded with the paper's growth rates), not published.
   *
   * @return the series
   */
  public static TimeSeries chinaCrossBorderEcommerce() {
    return fromSeedFigures("China cross-border e-commerce", "transaction scale");
  }

  /**
   * A series from the bundled seed figures with the given topic and metric, derived rows marked.
   *
   * @param topic e.g. {@code China cross-border e-commerce}
   * @param metric e.g. {@code transaction scale}
   * @return the series
   * @throws IllegalArgumentException if no dated seed figure has this topic and metric
   */
  public static TimeSeries fromSeedFigures(String topic, String metric) {
    TreeMap<Integer, Point> map = new TreeMap<>();
    String unit = "";
    for (SeedFigure f : BeltAndRoad.seedFigures()) {
      if (f.topic().equals(topic) && f.metric().equals(metric) && f.year().isPresent()) {
        int y = f.year().getAsInt();
        map.put(y, new Point(y, f.value(), f.derived() ? Source.DERIVED : Source.PUBLISHED));
        unit = f.unit();
      }
    }
    if (map.isEmpty()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "no dated seed figure has topic '%s' and metric '%s'; see BeltAndRoad.seedFigures()",
          topic, metric));
    }
    return new TimeSeries(topic + ", " + metric, unit, map);
  }

  /**
   * A copy with a value of your own for a year (added, or replacing the year's value).
   *
   * <p>Non-finite values: rejected.
   *
   * @param year the year
   * @param value the value
   * @return the new series
   * @throws IllegalArgumentException if the value is not finite
   */
  public TimeSeries with(int year, double value) {
    TreeMap<Integer, Point> map = new TreeMap<>(points);
    map.put(year, new Point(year, value, Source.ADDED));
    return new TimeSeries(name, unit, map);
  }

  /**
   * What the series measures.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The unit.
   *
   * @return the unit
   */
  public String unit() {
    return unit;
  }

  /**
   * The points, by year.
   *
   * @return an unmodifiable list, ascending years
   */
  public List<Point> points() {
    return List.copyOf(points.values());
  }

  /**
   * The value of a year.
   *
   * <p>Non-finite values: NaN when the series has no value for the year.
   *
   * @param year the year
   * @return the value
   */
  public double value(int year) {
    Point p = points.get(year);
    return p == null ? Double.NaN : p.value();
  }

  /**
   * Year-on-year growth: 100 · (v_year / v_(year−1) − 1), in percent.
   *
   * <p>Non-finite values: NaN when either year is absent; ±∞ when the previous value is 0.
   *
   * @param year the year
   * @return the growth in percent
   */
  public double yoyGrowth(int year) {
    return 100 * (value(year) / value(year - 1) - 1);
  }

  /**
   * Compound annual growth rate between two years: 100 · ((v_to / v_from)^(1/(to − from)) − 1),
   * in percent.
   *
   * <p>Non-finite values: NaN when a year is absent or the ratio is negative.
   *
   * @param from the first year
   * @param to a later year
   * @return the CAGR in percent
   * @throws IllegalArgumentException if {@code to <= from}
   */
  public double cagr(int from, int to) {
    if (to <= from) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "CAGR needs a later end year: from %d to %d", from, to));
    }
    return 100 * (Math.pow(value(to) / value(from), 1.0 / (to - from)) - 1);
  }

  /**
   * The CAGR from the first to the last year.
   *
   * @return the CAGR in percent
   * @throws IllegalStateException if the series has fewer than two years
   */
  public double cagr() {
    if (points.size() < 2) {
      throw new IllegalStateException("the series has fewer than two years; add years first");
    }
    return cagr(points.firstKey(), points.lastKey());
  }

  /**
   * The table: year, value, source (published / derived / added) and year-on-year growth, then
   * the CAGR over the whole series.
   *
   * @return readable text
   */
  @Override
  public String toString() {
    List<List<String>> rows = new ArrayList<>();
    for (Point p : points.values()) {
      double g = yoyGrowth(p.year());
      rows.add(List.of(Integer.toString(p.year()), Text.exact(p.value()),
          p.source() == Source.DERIVED ? "DERIVED (not published)" : p.source().toString(),
          Double.isNaN(g) ? "" : String.format(Locale.ROOT, "%.1f%%", g)));
    }
    String table = Text.table(String.format(Locale.ROOT, "%s (%s)", name, unit),
        List.of("year", "value", "source", "yoy growth"), rows);
    if (points.size() < 2) {
      return table;
    }
    return table + String.format(Locale.ROOT, "CAGR %d-%d: %.1f%% per year\n",
        points.firstKey(), points.lastKey(), cagr());
  }
}
