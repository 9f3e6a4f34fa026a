package io.github.diamondscore.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The points each child adds to one entity's composite, as horizontal bars from a zero
 * line (positive to the right, negative to the left), in the order given, with the total
 * as a last, darker bar.
 *
 * <p>Geometry: with the scale {@code [lo, hi]} ({@link #scaleMin()}, {@link #scaleMax()}),
 * the plot's left edge {@code x0} ({@link #plotLeft()}) and length {@code L}
 * ({@link #plotLength()}), a value {@code v} sits at
 * {@code x(v) = x0 + L·(v − lo) / (hi − lo)}, and every bar, the total's included, runs
 * from the zero line {@code x(0)} ({@link #zeroX()}) to {@code x(v)}. The scale is the
 * smaller of 0 and the least value (contributions and total) to the larger of 0 and the
 * greatest, widened to the nearest multiples of the tick step, the smallest of 1, 2, 2.5 or 5
 * times a power of ten that is at least a sixth of the range (−2.5 to 53.8 gives −10 to 60
 * in steps of 10).
 *
 * <p>The total is the sum of the present contributions unless {@link Builder#total(double)}
 * sets it: with a non-additive aggregation (a geometric mean, say) the contributions are
 * an attribution and the composite is given separately.
 *
 * <p>In the SVG each contribution is
 * {@code <rect class="bar" data-label="LABEL" data-value="V" data-sign="positive|negative|zero">}
 * and the total {@code <rect class="total" data-value="V">}, where {@code V} is the shortest
 * plain decimal that reads back as the value; the zero line is {@code <line class="zero">}.
 *
 * <p>Non-finite values: NaN is a missing contribution, drawn as the word "missing" without
 * a bar and left out of the default total (NaN when every contribution is missing).
 * Infinite values are rejected.
 *
 * <pre>{@code
 * ContributionsChart chart = ContributionsChart.builder("China")
 *     .contribution("National competitive advantage", 21.4)
 *     .contribution("Platform building", 18.9)
 *     .contribution("Risk prevention", -2.5)
 *     .contribution("Infrastructure", 16.0)
 *     .build();   // total 53.8
 * }</pre>
 */
public final class ContributionsChart implements Chart {

  private static final double FONT_SIZE = 12;
  private static final double TITLE_SIZE = 16;
  private static final double PAD = 12;
  private static final double ROW = 22;
  private static final double BAR = 16;
  private static final double TICK_LABEL_SIZE = 12;
  private static final String POSITIVE_COLOR = "#0072B2";
  private static final String NEGATIVE_COLOR = "#D55E00";
  private static final String TOTAL_COLOR = "#333333";
  private static final String TOTAL_LABEL = "Total";

  private final String entity;
  private final String title;
  private final List<String> labels;
  private final double[] contributions;
  private final double total;
  private final double lo;
  private final double hi;
  private final double step;
  private final double plotLeft;
  private final double plotLength;
  private final int width;
  private final int height;
  private final String svg;

  private ContributionsChart(Builder b) {
    this.entity = b.entity;
    this.title = b.title == null ? b.entity : b.title;
    this.labels = List.copyOf(b.contributions.keySet());
    this.contributions = new double[labels.size()];
    double sum = 0;
    boolean anyPresent = false;
    double least = 0;
    double greatest = 0;
    for (int i = 0; i < labels.size(); i++) {
      double v = b.contributions.get(labels.get(i));
      contributions[i] = v;
      if (!Double.isNaN(v)) {
        sum += v;
        anyPresent = true;
        least = Math.min(least, v);
        greatest = Math.max(greatest, v);
      }
    }
    this.total = b.hasTotal ? b.total : (anyPresent ? sum : Double.NaN);
    if (!Double.isNaN(total)) {
      least = Math.min(least, total);
      greatest = Math.max(greatest, total);
    }
    double[] nice = Markup.niceScale(least, greatest, 6);
    this.lo = nice[0];
    this.hi = nice[1];
    this.step = nice[2];
    this.plotLength = b.plotLength;

    double labelWidth = Markup.textWidth(TOTAL_LABEL, FONT_SIZE);
    double valueWidth = Markup.textWidth("missing", FONT_SIZE);
    boolean anyNegative = false;
    for (int i = 0; i < labels.size(); i++) {
      labelWidth = Math.max(labelWidth, Markup.textWidth(labels.get(i), FONT_SIZE));
      valueWidth = Math.max(valueWidth,
          Markup.textWidth(signed(contributions[i]), FONT_SIZE));
      anyNegative |= contributions[i] < 0;
    }
    valueWidth = Math.max(valueWidth, Markup.textWidth(Markup.num(total), FONT_SIZE));
    anyNegative |= total < 0;
    // Negative bars carry their value label on their left, so room is kept there too.
    this.plotLeft = Math.ceil(PAD + labelWidth + 8 + (anyNegative ? valueWidth + 6 : 0));
    double w = Math.max(plotLeft + plotLength + 6 + valueWidth + PAD,
        Markup.textWidth(title, TITLE_SIZE) + 2 * PAD);
    this.width = (int) Math.ceil(w);
    double top = title.isEmpty() ? PAD : PAD + TITLE_SIZE + 16;
    double totalY = top + labels.size() * ROW + 6;
    double axisY = totalY + ROW + 4;
    this.height = (int) Math.ceil(axisY + TICK_LABEL_SIZE + 10 + PAD);
    this.svg = render(top, totalY, axisY);
  }

  /**
   * Starts a chart for one entity; its name is the default title.
   *
   * @param entity the entity's name, e.g. {@code "China"}; non-blank
   * @return a builder
   * @throws IllegalArgumentException if {@code entity} is blank
   */
  public static Builder builder(String entity) {
    return new Builder(entity);
  }

  /**
   * Returns the entity's name.
   *
   * @return the name given to {@link #builder(String)}
   */
  public String entity() {
    return entity;
  }

  @Override
  public String title() {
    return title;
  }

  /**
   * Returns the children's labels in drawing order (the order added).
   *
   * @return an unmodifiable list
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * Returns the contributions in drawing order.
   *
   * <p>Non-finite values: a missing contribution is NaN.
   *
   * @return a copy, aligned with {@link #labels()}
   */
  public double[] contributions() {
    return contributions.clone();
  }

  /**
   * Returns the total: the one set with {@link Builder#total(double)}, else the sum of the
   * present contributions.
   *
   * <p>Non-finite values: NaN when no total was set and every contribution is missing, or
   * when NaN was set.
   *
   * @return the total
   */
  public double total() {
    return total;
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

  /**
   * Returns the x coordinate of the zero line, where every bar starts.
   *
   * @return {@code x(0)} of the class formula, in pixels
   */
  public double zeroX() {
    return x(0);
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
    return plotLeft + plotLength * (v - lo) / (hi - lo);
  }

  private static String signed(double v) {
    String s = Markup.num(v);
    return v > 0 && !"0.00".equals(s) ? "+" + s : s;
  }

  private String render(double top, double totalY, double axisY) {
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

    double zero = x(0);
    out.append("<g class=\"bars\">\n");
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      double v = contributions[i];
      double y = top + i * ROW;
      Markup.text(out, PAD, y + ROW / 2 + 4, "class=\"label\" data-label=\""
          + Markup.escape(label) + "\"", label);
      if (Double.isNaN(v)) {
        Markup.text(out, zero + 4, y + ROW / 2 + 4, "class=\"value missing\" fill=\""
            + Markup.MUTED_TEXT + "\" font-style=\"italic\"", "missing");
        continue;
      }
      String sign = v > 0 ? "positive" : (v < 0 ? "negative" : "zero");
      appendBar(out, "bar", label, sign, v, y, v < 0 ? NEGATIVE_COLOR : POSITIVE_COLOR);
      appendValue(out, v, y, signed(v), "");
    }
    out.append("</g>\n");

    out.append("<g class=\"total-row\">\n");
    Markup.line(out, PAD, totalY - 3, plotLeft + plotLength, totalY - 3,
        "class=\"separator\" stroke=\"#333333\"");
    Markup.text(out, PAD, totalY + ROW / 2 + 4, "class=\"label total-label\""
        + " font-weight=\"bold\"", TOTAL_LABEL);
    if (Double.isNaN(total)) {
      Markup.text(out, zero + 4, totalY + ROW / 2 + 4, "class=\"value missing\" fill=\""
          + Markup.MUTED_TEXT + "\" font-style=\"italic\"", "missing");
    } else {
      appendBar(out, "total", null, null, total, totalY, TOTAL_COLOR);
      appendValue(out, total, totalY, Markup.num(total), " font-weight=\"bold\"");
    }
    out.append("</g>\n");

    Markup.line(out, zero, top, zero, axisY, "class=\"zero\" stroke=\"#000000\"");
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
    return Markup.svgDocument(width, height, title, out.toString());
  }

  private void appendBar(StringBuilder out, String cssClass, String label, String sign,
      double v, double y, String color) {
    double zero = x(0);
    double end = x(v);
    out.append("<rect class=\"").append(cssClass).append('"');
    if (label != null) {
      out.append(" data-label=\"").append(Markup.escape(label)).append('"');
    }
    out.append(" data-value=\"").append(Markup.plain(v)).append('"');
    if (sign != null) {
      out.append(" data-sign=\"").append(sign).append('"');
    }
    out.append(" x=\"").append(Markup.num(Math.min(zero, end)))
        .append("\" y=\"").append(Markup.num(y + (ROW - BAR) / 2))
        .append("\" width=\"").append(Markup.num(Math.abs(end - zero)))
        .append("\" height=\"").append(Markup.num(BAR))
        .append("\" fill=\"").append(color).append("\"/>\n");
  }

  private void appendValue(StringBuilder out, double v, double y, String text, String extra) {
    double end = x(v);
    if (v < 0) {
      Markup.text(out, end - 4, y + ROW / 2 + 4, "class=\"value\" text-anchor=\"end\"" + extra,
          text);
    } else {
      Markup.text(out, end + 4, y + ROW / 2 + 4, "class=\"value\"" + extra, text);
    }
  }

  /**
   * Collects the contributions and settings of a {@link ContributionsChart}. Each setter
   * checks its own argument at once. Not thread-safe.
   */
  public static final class Builder {
    private final String entity;
    private String title;
    private final Map<String, Double> contributions = new LinkedHashMap<>();
    private boolean hasTotal;
    private double total;
    private double plotLength = 400;

    private Builder(String entity) {
      this.entity = Markup.requireLabel(entity, "entity name");
    }

    /**
     * Sets the title drawn above the chart (default: the entity's name).
     *
     * @param title the title; empty for none
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Adds a child's contribution, in points of the composite.
     *
     * <p>Non-finite values: NaN is a missing contribution; infinity is rejected.
     *
     * @param label the child's label, non-blank and distinct
     * @param points what it adds to the composite; negative when it takes away
     * @return this builder
     * @throws IllegalArgumentException if the label is blank or already used, or
     *     {@code points} is infinite
     */
    public Builder contribution(String label, double points) {
      Markup.requireLabel(label, "contribution label");
      if (contributions.containsKey(label)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "contribution '%s' was already added (%s points); give each child a distinct label",
            label, contributions.get(label)));
      }
      if (Double.isInfinite(points)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "contribution '%s' (%s) must be finite, or NaN if missing", label, points));
      }
      contributions.put(label, points);
      return this;
    }

    /**
     * Adds one contribution per label, as {@link #contribution(String, double)} does for each.
     *
     * @param labels the children's labels
     * @param points their contributions, aligned with {@code labels}; the array is not kept
     * @return this builder
     * @throws IllegalArgumentException if the lengths differ, or as
     *     {@link #contribution(String, double)}
     */
    public Builder contributions(List<String> labels, double[] points) {
      Objects.requireNonNull(labels, "labels");
      Objects.requireNonNull(points, "points");
      if (labels.size() != points.length) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "labels (%d) and points (%d) must have the same length; give one value per label",
            labels.size(), points.length));
      }
      for (int i = 0; i < points.length; i++) {
        contribution(labels.get(i), points[i]);
      }
      return this;
    }

    /**
     * Sets the total drawn in the last row, instead of the sum of the contributions.
     *
     * <p>Non-finite values: NaN draws the total as missing; infinity is rejected.
     *
     * @param total the composite's value
     * @return this builder
     * @throws IllegalArgumentException if {@code total} is infinite
     */
    public Builder total(double total) {
      if (Double.isInfinite(total)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "total (%s) must be finite, or NaN if missing", total));
      }
      this.hasTotal = true;
      this.total = total;
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
     * Builds the chart.
     *
     * @return the chart
     * @throws IllegalStateException if no contribution was added
     */
    public ContributionsChart build() {
      if (contributions.isEmpty()) {
        throw new IllegalStateException("a contributions chart needs at least one"
            + " contribution; call contribution(label, points) first");
      }
      return new ContributionsChart(this);
    }
  }
}
