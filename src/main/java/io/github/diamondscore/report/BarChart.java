package io.github.diamondscore.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A ranked horizontal bar chart: one bar per label, sorted by value, highest first, with
 * value labels, an axis with ticks, optional highlighted labels (e.g. the home country) and
 * optional tier colours by thresholds (e.g. Leading ≥ 70).
 *
 * <p>Geometry: with the scale {@code [lo, hi]} ({@link #scaleMin()}, {@link #scaleMax()}),
 * the plot's left edge {@code x0} ({@link #plotLeft()}) and length {@code L}
 * ({@link #plotLength()}), a value {@code v} sits at
 * {@code x(v) = x0 + L·(clamp(v, lo, hi) − lo) / (hi − lo)}; each bar runs from
 * {@code x(b)} to {@code x(v)}, where the base {@code b} is 0 clamped to the scale, so on a
 * scale from 0 a bar's width is proportional to its value. Unless a scale is set, {@code lo}
 * is the smaller of 0 and the least value and {@code hi} the larger of 0 and the greatest,
 * both widened to the nearest multiples of the tick step, the smallest of 1, 2, 2.5 or 5 times
 * a power of ten that is at least a fifth of the range (scores of 12 to 82 give 0 to 100 in
 * steps of 20).
 *
 * <p>In the SVG each bar is {@code <rect class="bar" data-label="LABEL" data-value="V">},
 * in rank order, where {@code V} is the value as given, written as the shortest plain
 * decimal that reads back as the same {@code double}; a highlighted bar also carries
 * {@code data-highlight="true"} and a tiered bar {@code data-tier="TIER"}.
 *
 * <p>Ranking: values are sorted in descending order; equal values keep the order in which
 * they were added; missing values come last, in the order added.
 *
 * <p>Non-finite values: NaN is a missing value; its label is drawn with the word
 * "missing" and no bar. Infinite values are rejected. Finite values outside an explicit
 * scale are drawn to its end and labelled with their own value.
 *
 * <pre>{@code
 * BarChart chart = BarChart.builder()
 *     .title("Go-global readiness")
 *     .bar("China", 71.2).bar("Brazil", 55.0).bar("Kenya", 41.9)
 *     .highlight("China")
 *     .tiers(List.of(new BarChart.Tier("Leading", 70, "#009E73"),
 *                    new BarChart.Tier("Ready", 55, "#56B4E9")))
 *     .build();
 * }</pre>
 */
public final class BarChart implements Chart {

  private static final double FONT_SIZE = 12;
  private static final double TITLE_SIZE = 16;
  private static final double PAD = 12;
  private static final double ROW = 22;
  private static final double BAR = 16;
  private static final double TICK_LABEL_SIZE = 12;
  private static final double LEGEND_ROW = 20;
  private static final double SWATCH = 12;
  private static final String NO_TIER_COLOR = "#999999";

  /**
   * A tier for colouring bars: a bar whose value is at least {@code minimum} takes the
   * colour of the tier with the highest such minimum.
   *
   * @param name the tier name shown in the legend, e.g. {@code "Leading"}; non-blank
   * @param minimum the least value in the tier, finite or negative infinity (for the lowest
   *     tier, which then takes every value below the next)
   * @param color the fill colour, {@code #rrggbb}
   */
  public record Tier(String name, double minimum, String color) {
    /**
     * Checks the tier.
     *
     * @param name the tier name, non-blank
     * @param minimum the least value in the tier, finite or negative infinity
     * @param color the fill colour, {@code #rrggbb}; stored in upper case
     * @throws IllegalArgumentException if the name is blank, the minimum is NaN or positive
     *     infinity, or the colour is not {@code #rrggbb}
     */
    public Tier {
      Markup.requireLabel(name, "tier name");
      if (Double.isNaN(minimum) || minimum == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "tier '%s' minimum (%s) must be finite, or -Infinity for the lowest tier",
            name, minimum));
      }
      color = Markup.requireColor(color, "tier '" + name + "' colour");
    }
  }

  private final String title;
  private final List<String> labels;
  private final double[] values;
  private final Set<String> highlighted;
  private final List<Tier> tiers;
  private final double lo;
  private final double hi;
  private final double step;
  private final double plotLeft;
  private final double plotLength;
  private final int width;
  private final int height;
  private final String svg;

  private BarChart(Builder b, List<String> labels, double[] values) {
    this.title = b.title;
    this.labels = List.copyOf(labels);
    this.values = values;
    this.highlighted = Set.copyOf(b.highlighted);
    List<Tier> sortedTiers = new ArrayList<>(b.tiers);
    sortedTiers.sort(Comparator.comparingDouble(Tier::minimum));
    this.tiers = List.copyOf(sortedTiers);
    if (b.hasScale) {
      lo = b.min;
      hi = b.max;
      step = (b.max - b.min) / 5;
    } else {
      double least = 0;
      double greatest = 0;
      for (double v : values) {
        if (!Double.isNaN(v)) {
          least = Math.min(least, v);
          greatest = Math.max(greatest, v);
        }
      }
      double[] nice = Markup.niceScale(least, greatest, 5);
      lo = nice[0];
      hi = nice[1];
      step = nice[2];
    }
    this.plotLength = b.plotLength;
    double labelWidth = 0;
    double valueWidth = Markup.textWidth("missing", FONT_SIZE);
    for (int i = 0; i < labels.size(); i++) {
      labelWidth = Math.max(labelWidth, Markup.textWidth(labels.get(i), FONT_SIZE));
      valueWidth = Math.max(valueWidth, Markup.textWidth(Markup.num(values[i]), FONT_SIZE));
    }
    this.plotLeft = Math.ceil(PAD + labelWidth + 8);
    double tierWidth = 0;
    for (int i = 0; i < tiers.size(); i++) {
      tierWidth += SWATCH + 6 + Markup.textWidth(tierText(i), FONT_SIZE) + 16;
    }
    double w = Math.max(plotLeft + plotLength + 6 + valueWidth + PAD,
        Math.max(Markup.textWidth(title, TITLE_SIZE), tierWidth) + 2 * PAD);
    this.width = (int) Math.ceil(w);
    double top = title.isEmpty() ? PAD : PAD + TITLE_SIZE + 16;
    double axisY = top + labels.size() * ROW + 4;
    double legendTop = axisY + TICK_LABEL_SIZE + 18;
    this.height = (int) Math.ceil(legendTop + (tiers.isEmpty() ? 0 : LEGEND_ROW) + PAD);
    this.svg = render(top, axisY, legendTop);
  }

  /**
   * Starts an empty bar chart.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String title() {
    return title;
  }

  /**
   * Returns the labels of the drawn bars in rank order (after sorting and any limit).
   *
   * @return an unmodifiable list
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * Returns the values of the drawn bars in rank order, as given.
   *
   * <p>Non-finite values: a missing value is NaN (and sorts last).
   *
   * @return a copy, aligned with {@link #labels()}
   */
  public double[] values() {
    return values.clone();
  }

  /**
   * Returns the value at the left end of the axis.
   *
   * @return {@code lo} of the class formula
   */
  public double scaleMin() {
    return lo;
  }

  /**
   * Returns the value at the right end of the axis.
   *
   * @return {@code hi} of the class formula
   */
  public double scaleMax() {
    return hi;
  }

  /**
   * Returns the x coordinate of the axis' left end.
   *
   * @return {@code x0} of the class formula, in pixels
   */
  public double plotLeft() {
    return plotLeft;
  }

  /**
   * Returns the length of the axis.
   *
   * @return {@code L} of the class formula, in pixels
   */
  public double plotLength() {
    return plotLength;
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  @Override
  public String toSvg() {
    return svg;
  }

  @Override
  public void write(Path file) {
    Markup.write(file, svg);
  }

  /**
   * Returns the SVG document, as {@link #toSvg()} does.
   *
   * @return the SVG document
   */
  @Override
  public String toString() {
    return svg;
  }

  private double x(double v) {
    double clamped = Math.max(lo, Math.min(hi, v));
    return plotLeft + plotLength * (clamped - lo) / (hi - lo);
  }

  private Tier tierOf(double v) {
    Tier found = null;
    for (Tier t : tiers) {
      if (v >= t.minimum()) {
        found = t;
      }
    }
    return found;
  }

  /** The legend text of tier {@code i}: its threshold, or for the lowest, the one above. */
  private String tierText(int i) {
    Tier t = tiers.get(i);
    if (t.minimum() != Double.NEGATIVE_INFINITY) {
      return t.name() + " ≥ " + Markup.num(t.minimum());
    }
    return i + 1 < tiers.size()
        ? t.name() + " < " + Markup.num(tiers.get(i + 1).minimum())
        : t.name();
  }

  private String render(double top, double axisY, double legendTop) {
    StringBuilder out = new StringBuilder(4096);
    if (!title.isEmpty()) {
      Markup.text(out, width / 2.0, PAD + TITLE_SIZE, "class=\"title\" text-anchor=\"middle\""
          + " font-size=\"16\" font-weight=\"bold\"", title);
    }
    int decimals = Math.max(Markup.decimalsFor(step), Markup.decimalsFor(lo));
    int ticks = (int) Math.round((hi - lo) / step);
    out.append("<g class=\"grid\" stroke=\"#E5E5E5\">\n");
    for (int i = 0; i <= ticks; i++) {
      double xt = x(lo + step * i);
      Markup.line(out, xt, top, xt, axisY, "class=\"gridline\"");
    }
    out.append("</g>\n");

    double base = x(Math.max(lo, Math.min(hi, 0)));
    out.append("<g class=\"bars\">\n");
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      double v = values[i];
      double y = top + i * ROW;
      boolean highlight = highlighted.contains(label);
      String weight = highlight ? " font-weight=\"bold\"" : "";
      Markup.text(out, plotLeft - 6, y + ROW / 2 + 4, "class=\"label\" text-anchor=\"end\""
          + " data-label=\"" + Markup.escape(label) + "\"" + weight, label);
      if (Double.isNaN(v)) {
        Markup.text(out, base + 4, y + ROW / 2 + 4,
            "class=\"value missing\" fill=\"" + Markup.MUTED_TEXT + "\" font-style=\"italic\"",
            "missing");
        continue;
      }
      double end = x(v);
      Tier tier = tierOf(v);
      String fill = !tiers.isEmpty()
          ? (tier == null ? NO_TIER_COLOR : tier.color())
          : (highlight ? Markup.HIGHLIGHT_COLOR : Markup.BAR_COLOR);
      out.append("<rect class=\"bar\" data-label=\"").append(Markup.escape(label))
          .append("\" data-value=\"").append(Markup.plain(v)).append('"');
      if (highlight) {
        out.append(" data-highlight=\"true\"");
      }
      if (tier != null) {
        out.append(" data-tier=\"").append(Markup.escape(tier.name())).append('"');
      }
      out.append(" x=\"").append(Markup.num(Math.min(base, end)))
          .append("\" y=\"").append(Markup.num(y + (ROW - BAR) / 2))
          .append("\" width=\"").append(Markup.num(Math.abs(end - base)))
          .append("\" height=\"").append(Markup.num(BAR))
          .append("\" fill=\"").append(fill).append('"');
      if (highlight) {
        out.append(" stroke=\"#000000\" stroke-width=\"1.5\"");
      }
      out.append("/>\n");
      Markup.text(out, Math.max(base, end) + 4, y + ROW / 2 + 4,
          "class=\"value\"" + weight, Markup.num(v));
    }
    out.append("</g>\n");

    out.append("<g class=\"axis\">\n");
    Markup.line(out, plotLeft, axisY, plotLeft + plotLength, axisY,
        "class=\"axis-line\" stroke=\"#333333\"");
    for (int i = 0; i <= ticks; i++) {
      double value = lo + step * i;
      double xt = x(value);
      Markup.line(out, xt, axisY, xt, axisY + 4, "class=\"tick\" stroke=\"#333333\"");
      Markup.text(out, xt, axisY + 6 + TICK_LABEL_SIZE, "class=\"tick-label\""
          + " text-anchor=\"middle\" font-size=\"12\" fill=\"" + Markup.MUTED_TEXT + "\"",
          Markup.num(value, decimals));
    }
    out.append("</g>\n");

    if (!tiers.isEmpty()) {
      out.append("<g class=\"legend\">\n");
      double xl = PAD;
      for (int i = tiers.size() - 1; i >= 0; i--) {
        Tier t = tiers.get(i);
        out.append("<g class=\"legend-entry\" data-tier=\"").append(Markup.escape(t.name()))
            .append("\">\n");
        out.append("<rect class=\"swatch\" x=\"").append(Markup.num(xl)).append("\" y=\"")
            .append(Markup.num(legendTop)).append("\" width=\"12.00\" height=\"12.00\" fill=\"")
            .append(t.color()).append("\"/>\n");
        Markup.text(out, xl + SWATCH + 6, legendTop + SWATCH - 2, "class=\"legend-label\"",
            tierText(i));
        out.append("</g>\n");
        xl += SWATCH + 6 + Markup.textWidth(tierText(i), FONT_SIZE) + 16;
      }
      out.append("</g>\n");
    }
    return Markup.svgDocument(width, height, title, out.toString());
  }

  /**
   * Collects the bars and settings of a {@link BarChart}. Each setter checks its own
   * argument at once; {@link #build()} checks rules across them. Not thread-safe.
   */
  public static final class Builder {
    private String title = "";
    private final Map<String, Double> bars = new LinkedHashMap<>();
    private final Set<String> highlighted = new LinkedHashSet<>();
    private List<Tier> tiers = List.of();
    private boolean hasScale;
    private double min;
    private double max;
    private int limit = Integer.MAX_VALUE;
    private double plotLength = 400;

    private Builder() {}

    /**
     * Sets the title drawn above the chart.
     *
     * @param title the title; empty for none
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Adds a bar.
     *
     * <p>Non-finite values: NaN is a missing value (drawn last, without a bar); infinity is
     * rejected.
     *
     * @param label the bar's label, non-blank and distinct
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException if the label is blank or already used, or the value
     *     is infinite
     */
    public Builder bar(String label, double value) {
      Markup.requireLabel(label, "bar label");
      if (bars.containsKey(label)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "bar '%s' was already added (value %s); give each bar a distinct label",
            label, bars.get(label)));
      }
      if (Double.isInfinite(value)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "bar '%s' value (%s) must be finite, or NaN if missing", label, value));
      }
      bars.put(label, value);
      return this;
    }

    /**
     * Adds one bar per label, as {@link #bar(String, double)} does for each.
     *
     * @param labels the labels
     * @param values their values, aligned with {@code labels}; the array is not kept
     * @return this builder
     * @throws IllegalArgumentException if the lengths differ, or as {@link #bar(String,
     *     double)}
     */
    public Builder bars(List<String> labels, double[] values) {
      Objects.requireNonNull(labels, "labels");
      Objects.requireNonNull(values, "values");
      if (labels.size() != values.length) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "labels (%d) and values (%d) must have the same length; give one value per label",
            labels.size(), values.length));
      }
      for (int i = 0; i < values.length; i++) {
        bar(labels.get(i), values[i]);
      }
      return this;
    }

    /**
     * Highlights bars (bold label, black outline, and an accent colour when there are no
     * tiers), e.g. the home country in a ranking.
     *
     * @param labels labels of bars added before {@link #build()}
     * @return this builder
     */
    public Builder highlight(String... labels) {
      Objects.requireNonNull(labels, "labels");
      for (String label : labels) {
        highlighted.add(Objects.requireNonNull(label, "label"));
      }
      return this;
    }

    /**
     * Colours bars by tier; a bar below every tier's minimum is grey. A legend lists the
     * tiers, highest first.
     *
     * @param tiers the tiers in any order, with distinct names and distinct minimums
     * @return this builder
     * @throws IllegalArgumentException if two tiers share a name or a minimum
     */
    public Builder tiers(List<Tier> tiers) {
      Objects.requireNonNull(tiers, "tiers");
      Set<String> names = new HashSet<>();
      Set<Double> minimums = new HashSet<>();
      for (Tier t : tiers) {
        Objects.requireNonNull(t, "tier");
        if (!names.add(t.name())) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "tier name '%s' appears twice; give each tier a distinct name", t.name()));
        }
        if (!minimums.add(t.minimum())) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "tier '%s' minimum (%s) is also another tier's; give each tier a distinct"
                  + " minimum", t.name(), t.minimum()));
        }
      }
      this.tiers = List.copyOf(tiers);
      return this;
    }

    /**
     * Fixes the axis from {@code min} to {@code max} with 5 equal intervals, instead of
     * fitting it to the data.
     *
     * <p>Non-finite values: NaN and infinite bounds are rejected.
     *
     * @param min the value at the axis' left end
     * @param max the value at its right end, greater than {@code min}
     * @return this builder
     * @throws IllegalArgumentException if a bound is not finite or {@code min >= max}
     */
    public Builder scale(double min, double max) {
      if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "scale (min %s, max %s) must have finite bounds with min < max, e.g. 0 and 100",
            min, max));
      }
      this.hasScale = true;
      this.min = min;
      this.max = max;
      return this;
    }

    /**
     * Draws only the first {@code count} bars of the ranking.
     *
     * @param count the number of bars to draw, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code count < 1}
     */
    public Builder limit(int count) {
      if (count < 1) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "limit (%d) must be at least 1", count));
      }
      this.limit = count;
      return this;
    }

    /**
     * Sets the length of the axis in pixels (default 400).
     *
     * <p>Non-finite values: NaN and infinity are rejected.
     *
     * @param pixels the length, 50 to 5000
     * @return this builder
     * @throws IllegalArgumentException if {@code pixels} is outside 50 to 5000
     */
    public Builder plotLength(double pixels) {
      if (!(pixels >= 50 && pixels <= 5000)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "plot length (%s) must be between 50 and 5000 pixels", pixels));
      }
      this.plotLength = pixels;
      return this;
    }

    /**
     * Builds the chart: ranks the bars and keeps the first {@link #limit(int)}.
     *
     * @return the chart
     * @throws IllegalStateException if no bar was added
     * @throws IllegalArgumentException if a highlighted label is not a bar
     */
    public BarChart build() {
      if (bars.isEmpty()) {
        throw new IllegalStateException("a bar chart needs at least one bar; call bar(label,"
            + " value) first");
      }
      for (String label : highlighted) {
        if (!bars.containsKey(label)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "highlighted label '%s' is not a bar; the bars are %s", label, bars.keySet()));
        }
      }
      List<Map.Entry<String, Double>> ranked = new ArrayList<>(bars.entrySet());
      // List.sort is stable, so ties keep the order in which they were added.
      ranked.sort((a, b) -> {
        double x = a.getValue();
        double y = b.getValue();
        if (Double.isNaN(x) || Double.isNaN(y)) {
          return Boolean.compare(Double.isNaN(x), Double.isNaN(y));
        }
        // Adding 0.0 turns -0.0 into 0.0, so the two zeros tie instead of ranking apart.
        return Double.compare(y + 0.0, x + 0.0);
      });
      int n = Math.min(limit, ranked.size());
      List<String> labels = new ArrayList<>(n);
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        labels.add(ranked.get(i).getKey());
        values[i] = ranked.get(i).getValue();
      }
      return new BarChart(this, labels, values);
    }
  }
}
