package io.github.diamondscore.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A radar (spider) chart: one axis per node, scale rings, and one semi-transparent polygon
 * per series, overlaid, with a legend and a title. It draws Porter's diamond (six factors)
 * or the four go-global areas for one or several entities.
 *
 * <p>Geometry, with {@code n} axes, centre {@code (cx, cy)} ({@link #centerX()},
 * {@link #centerY()}), radius {@code R} ({@link #radius()}) and scale {@code [min, max]}:
 * axis {@code k} (from 0) points at angle θk = −90° + k·360°/n, so the first axis
 * is straight up and the others follow clockwise on screen (SVG's y axis points down). A
 * value {@code v} of axis {@code k} is drawn at
 * <pre>
 *   f = (clamp(v, min, max) − min) / (max − min)
 *   x = cx + R·f·cos θk,   y = cy + R·f·sin θk
 * </pre>
 * Ring {@code i} of {@code m} ({@link #rings()}) is the polygon through the axes at radius
 * {@code R·i/m}, labelled with its value {@code min + (max − min)·i/m}.
 *
 * <p>In the SVG, each series polygon is
 * {@code <polygon class="series" data-series="NAME" points="x1,y1 x2,y2 ...">} with one
 * vertex per axis in axis order and coordinates to two decimals; rings are
 * {@code <polygon class="ring" data-value="...">}; legend entries are
 * {@code <g class="legend-entry" data-series="NAME">}.
 *
 * <p>Non-finite values: NaN is a missing value. Its vertex is drawn at the centre (the scale
 * minimum) with a hollow marker, and the series' legend entry reads
 * {@code "NAME (missing: AXIS, ...)"}. Infinite values are rejected. Finite values outside
 * the scale are clamped to it.
 *
 * <pre>{@code
 * RadarChart chart = RadarChart.builder("Factor conditions", "Demand conditions",
 *         "Related industries", "Firm strategy", "Chance", "Government")
 *     .title("Porter's diamond")
 *     .series("China", 78, 85, 80, 72, 66, 81)
 *     .series("Brazil", 55, 61, 48, 52, 50, Double.NaN)
 *     .build();
 * chart.write(Path.of("target/diamond.svg"));
 * }</pre>
 */
public final class RadarChart implements Chart {

  private static final double FONT_SIZE = 12;
  private static final double TITLE_SIZE = 16;
  private static final double PAD = 12;
  private static final double LABEL_GAP = 10;
  private static final double LEGEND_ROW = 20;
  private static final double SWATCH = 12;
  private static final double LINE = 14;
  /** Axis labels longer than this many characters are wrapped at spaces onto more lines. */
  private static final int LABEL_CHARS = 14;

  private final String title;
  private final List<String> axes;
  private final double min;
  private final double max;
  private final int rings;
  private final double radius;
  private final Map<String, double[]> series;
  private final double centerX;
  private final double centerY;
  private final int width;
  private final int height;
  private final String svg;

  private RadarChart(Builder b) {
    this.title = b.title;
    this.axes = b.axes;
    this.min = b.min;
    this.max = b.max;
    this.rings = b.rings;
    this.radius = b.radius;
    Map<String, double[]> copy = new LinkedHashMap<>();
    b.series.forEach((name, values) -> copy.put(name, values.clone()));
    this.series = Collections.unmodifiableMap(copy);

    Layout layout = new Layout();
    this.centerX = layout.cx;
    this.centerY = layout.cy;
    this.width = layout.width;
    this.height = layout.height;
    this.svg = render(layout);
  }

  /**
   * Starts a chart with the given axes, in drawing order (the first points up).
   *
   * @param axes the axis labels, at least 3, each non-blank and distinct
   * @return a builder
   * @throws IllegalArgumentException if there are fewer than 3 axes or a label is blank or
   *     repeated
   */
  public static Builder builder(String... axes) {
    Objects.requireNonNull(axes, "axes");
    return builder(List.of(axes));
  }

  /**
   * Starts a chart with the given axes, in drawing order (the first points up).
   *
   * @param axes the axis labels, at least 3, each non-blank and distinct
   * @return a builder
   * @throws IllegalArgumentException if there are fewer than 3 axes or a label is blank or
   *     repeated
   */
  public static Builder builder(List<String> axes) {
    return new Builder(axes);
  }

  @Override
  public String title() {
    return title;
  }

  /**
   * Returns the axis labels in drawing order.
   *
   * @return an unmodifiable list of at least 3 labels
   */
  public List<String> axes() {
    return axes;
  }

  /**
   * Returns the scale value drawn at the centre.
   *
   * @return the scale minimum
   */
  public double min() {
    return min;
  }

  /**
   * Returns the scale value drawn on the outer ring.
   *
   * @return the scale maximum
   */
  public double max() {
    return max;
  }

  /**
   * Returns the number of scale rings; the outermost is the scale maximum.
   *
   * @return the ring count, at least 1
   */
  public int rings() {
    return rings;
  }

  /**
   * Returns the radius of the outer ring in pixels.
   *
   * @return the radius {@code R} of the class formula
   */
  public double radius() {
    return radius;
  }

  /**
   * Returns the x coordinate of the centre, a whole number of pixels.
   *
   * @return {@code cx} of the class formula
   */
  public double centerX() {
    return centerX;
  }

  /**
   * Returns the y coordinate of the centre, a whole number of pixels.
   *
   * @return {@code cy} of the class formula
   */
  public double centerY() {
    return centerY;
  }

  /**
   * Returns the series names in the order they were added (and drawn and coloured).
   *
   * @return an unmodifiable list, at least one name
   */
  public List<String> seriesNames() {
    return List.copyOf(series.keySet());
  }

  /**
   * Returns a copy of one series' values as given, before clamping.
   *
   * <p>Non-finite values: a missing value is NaN.
   *
   * @param name a series name
   * @return one value per axis, in axis order
   * @throws IllegalArgumentException if there is no series of that name
   */
  public double[] values(String name) {
    double[] values = series.get(Objects.requireNonNull(name, "name"));
    if (values == null) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "series '%s' is not in this chart; its series are %s", name, series.keySet()));
    }
    return values.clone();
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

  private double angle(int k) {
    return Math.toRadians(-90.0 + k * 360.0 / axes.size());
  }

  private double fraction(double value) {
    if (Double.isNaN(value)) {
      return 0;
    }
    double clamped = Math.max(min, Math.min(max, value));
    return (clamped - min) / (max - min);
  }

  private List<String> missingAxes(double[] values) {
    List<String> missing = new ArrayList<>();
    for (int k = 0; k < values.length; k++) {
      if (Double.isNaN(values[k])) {
        missing.add(axes.get(k));
      }
    }
    return missing;
  }

  private String legendText(String name) {
    List<String> missing = missingAxes(series.get(name));
    return missing.isEmpty() ? name : name + " (missing: " + String.join(", ", missing) + ")";
  }

  private static String color(int i) {
    return Markup.PALETTE.get(i % Markup.PALETTE.size());
  }

  /** Where axis labels go and the resulting canvas; everything else follows from it. */
  private final class Layout {
    final double[] labelX;
    final double[] labelY;
    final String[] anchor;
    final List<List<String>> lines = new ArrayList<>();
    final double cx;
    final double cy;
    final double legendX;
    final double legendTop;
    final int width;
    final int height;

    Layout() {
      int n = axes.size();
      labelX = new double[n];
      labelY = new double[n];
      anchor = new String[n];
      // Bounding box of rings and axis labels relative to the centre.
      double minX = -radius;
      double maxX = radius;
      double minY = -radius;
      double maxY = radius;
      for (int k = 0; k < n; k++) {
        double cos = Math.cos(angle(k));
        double sin = Math.sin(angle(k));
        double x = (radius + LABEL_GAP) * cos;
        double y = (radius + LABEL_GAP) * sin;
        List<String> label = wrap(axes.get(k));
        lines.add(label);
        double w = 0;
        for (String line : label) {
          w = Math.max(w, Markup.textWidth(line, FONT_SIZE));
        }
        double extra = (label.size() - 1) * LINE;
        double left;
        if (cos > 0.2) {
          anchor[k] = "start";
          left = x;
        } else if (cos < -0.2) {
          anchor[k] = "end";
          left = x - w;
        } else {
          anchor[k] = "middle";
          left = x - w / 2;
        }
        double baseline;   // of the first line
        if (sin < -0.2) {
          baseline = y - 2 - extra;
        } else if (sin > 0.2) {
          baseline = y + FONT_SIZE;
        } else {
          baseline = y + FONT_SIZE / 3 - extra / 2;
        }
        labelX[k] = x;
        labelY[k] = baseline;
        minX = Math.min(minX, left);
        maxX = Math.max(maxX, left + w);
        minY = Math.min(minY, baseline - FONT_SIZE);
        maxY = Math.max(maxY, baseline + extra + FONT_SIZE / 4);
      }
      double legendWidth = 0;
      for (String name : series.keySet()) {
        legendWidth = Math.max(legendWidth,
            SWATCH + 6 + Markup.textWidth(legendText(name), FONT_SIZE));
      }
      double titleHeight = title.isEmpty() ? 0 : TITLE_SIZE + 16;
      double titleWidth = Markup.textWidth(title, TITLE_SIZE);
      double w = Math.max(maxX - minX, Math.max(titleWidth, legendWidth)) + 2 * PAD;
      width = (int) Math.ceil(w);
      cx = Math.floor(width / 2.0 - (maxX + minX) / 2);
      cy = Math.ceil(titleHeight + PAD - minY);
      legendTop = cy + maxY + PAD;
      legendX = Math.floor((width - legendWidth) / 2);
      height = (int) Math.ceil(legendTop + series.size() * LEGEND_ROW + PAD);
    }
  }

  private String render(Layout layout) {
    int n = axes.size();
    double cx = layout.cx;
    double cy = layout.cy;
    StringBuilder out = new StringBuilder(4096);
    if (!title.isEmpty()) {
      Markup.text(out, width / 2.0, PAD + TITLE_SIZE, "class=\"title\" text-anchor=\"middle\""
          + " font-size=\"16\" font-weight=\"bold\"", title);
    }

    double step = (max - min) / rings;
    int decimals = Math.max(Markup.decimalsFor(step), Markup.decimalsFor(min));
    out.append("<g class=\"grid\" fill=\"none\" stroke=\"").append(Markup.GRID_COLOR)
        .append("\">\n");
    for (int i = 1; i <= rings; i++) {
      double r = radius * i / rings;
      out.append("<polygon class=\"ring\" data-value=\"")
          .append(Markup.plain(min + step * i)).append("\" points=\"");
      for (int k = 0; k < n; k++) {
        appendPoint(out, k, cx + r * Math.cos(angle(k)), cy + r * Math.sin(angle(k)));
      }
      out.append("\"/>\n");
    }
    for (int k = 0; k < n; k++) {
      Markup.line(out, cx, cy, cx + radius * Math.cos(angle(k)), cy + radius * Math.sin(angle(k)),
          "class=\"axis\" data-axis=\"" + Markup.escape(axes.get(k)) + "\"");
    }
    out.append("</g>\n");

    out.append("<g class=\"axis-labels\">\n");
    for (int k = 0; k < n; k++) {
      List<String> label = layout.lines.get(k);
      if (label.size() == 1) {
        Markup.text(out, layout.labelX[k] + cx, layout.labelY[k] + cy,
            "class=\"axis-label\" text-anchor=\"" + layout.anchor[k] + "\"", axes.get(k));
        continue;
      }
      // A long label on several lines; aria-label keeps the whole name for screen readers.
      String x = Markup.num(layout.labelX[k] + cx);
      out.append("<text x=\"").append(x).append("\" y=\"")
          .append(Markup.num(layout.labelY[k] + cy)).append("\" class=\"axis-label\" text-anchor=\"")
          .append(layout.anchor[k]).append("\" aria-label=\"").append(Markup.escape(axes.get(k)))
          .append("\">");
      for (int i = 0; i < label.size(); i++) {
        out.append("<tspan x=\"").append(x).append("\" dy=\"")
            .append(i == 0 ? "0" : Markup.num(LINE, 0)).append("\">")
            .append(Markup.escape(label.get(i))).append(i < label.size() - 1 ? " " : "")
            .append("</tspan>");
      }
      out.append("</text>\n");
    }
    out.append("</g>\n");

    int s = 0;
    for (Map.Entry<String, double[]> e : series.entrySet()) {
      String name = Markup.escape(e.getKey());
      double[] values = e.getValue();
      String color = color(s++);
      out.append("<g class=\"series-group\" data-series=\"").append(name).append("\">\n");
      out.append("<polygon class=\"series\" data-series=\"").append(name).append("\" points=\"");
      double[] xs = new double[n];
      double[] ys = new double[n];
      for (int k = 0; k < n; k++) {
        double f = fraction(values[k]);
        xs[k] = cx + radius * f * Math.cos(angle(k));
        ys[k] = cy + radius * f * Math.sin(angle(k));
        appendPoint(out, k, xs[k], ys[k]);
      }
      out.append("\" fill=\"").append(color).append("\" fill-opacity=\"0.25\" stroke=\"")
          .append(color).append("\" stroke-width=\"2\" stroke-linejoin=\"round\"/>\n");
      for (int k = 0; k < n; k++) {
        boolean missing = Double.isNaN(values[k]);
        out.append("<circle class=\"").append(missing ? "vertex missing" : "vertex")
            .append("\" cx=\"").append(Markup.num(xs[k])).append("\" cy=\"")
            .append(Markup.num(ys[k])).append("\" r=\"3\" fill=\"")
            .append(missing ? "#FFFFFF" : color).append("\" stroke=\"").append(color)
            .append("\"/>\n");
      }
      out.append("</g>\n");
    }

    // Ring labels are painted after the series, so filled polygons never hide them, with a
    // white halo (the stroke painted under the fill) that keeps them readable over a polygon.
    // They sit left of the first axis (straight up), just inside each ring, so the outermost
    // stays clear of the first axis label above the chart.
    out.append("<g class=\"ring-labels\" font-size=\"").append(Markup.num(FONT_SIZE, 0))
        .append("\" fill=\"").append(Markup.MUTED_TEXT).append("\" stroke=\"#FFFFFF\""
            + " stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">\n");
    for (int i = 1; i <= rings; i++) {
      Markup.text(out, cx - 4, cy - radius * i / rings + FONT_SIZE,
          "class=\"ring-label\" text-anchor=\"end\"", Markup.num(min + step * i, decimals));
    }
    out.append("</g>\n");

    out.append("<g class=\"legend\">\n");
    s = 0;
    for (String name : series.keySet()) {
      double y = layout.legendTop + s * LEGEND_ROW;
      String color = color(s++);
      out.append("<g class=\"legend-entry\" data-series=\"").append(Markup.escape(name))
          .append("\">\n");
      out.append("<rect class=\"swatch\" x=\"").append(Markup.num(layout.legendX))
          .append("\" y=\"").append(Markup.num(y)).append("\" width=\"").append(Markup.num(SWATCH))
          .append("\" height=\"").append(Markup.num(SWATCH)).append("\" fill=\"").append(color)
          .append("\" fill-opacity=\"0.5\" stroke=\"").append(color).append("\"/>\n");
      Markup.text(out, layout.legendX + SWATCH + 6, y + SWATCH - 2, "class=\"legend-label\"",
          legendText(name));
      out.append("</g>\n");
    }
    out.append("</g>\n");
    return Markup.svgDocument(width, height, title, out.toString());
  }

  /** The label's lines: words joined while a line stays within {@link #LABEL_CHARS}. */
  static List<String> wrap(String label) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : label.trim().split(" +")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > LABEL_CHARS) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static void appendPoint(StringBuilder out, int k, double x, double y) {
    if (k > 0) {
      out.append(' ');
    }
    out.append(Markup.num(x)).append(',').append(Markup.num(y));
  }

  /**
   * Collects the settings and series of a {@link RadarChart}. Each setter checks its own
   * argument at once; {@link #build()} checks that a series was added. Not thread-safe.
   */
  public static final class Builder {
    private final List<String> axes;
    private String title = "";
    private double min = 0;
    private double max = 100;
    private int rings = 5;
    private double radius = 180;
    private final Map<String, double[]> series = new LinkedHashMap<>();

    private Builder(List<String> axes) {
      Objects.requireNonNull(axes, "axes");
      if (axes.size() < 3) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "a radar chart needs at least 3 axes but got %d %s; use a bar chart for fewer",
            axes.size(), axes));
      }
      Set<String> seen = new HashSet<>();
      for (int k = 0; k < axes.size(); k++) {
        String axis = Markup.requireLabel(axes.get(k), "axis " + k + " label");
        if (!seen.add(axis)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "axis label '%s' appears twice (axis %d); give each axis a distinct label",
              axis, k));
        }
      }
      this.axes = List.copyOf(axes);
    }

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
     * Sets the scale: {@code min} at the centre, {@code max} on the outer ring. The default
     * is 0 to 100, the range of the library's scores.
     *
     * <p>Non-finite values: NaN and infinite bounds are rejected.
     *
     * @param min the value at the centre
     * @param max the value on the outer ring, greater than {@code min}
     * @return this builder
     * @throws IllegalArgumentException if a bound is not finite or {@code min >= max}
     */
    public Builder scale(double min, double max) {
      if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "scale (min %s, max %s) must have finite bounds with min < max, e.g. 0 and 100",
            min, max));
      }
      this.min = min;
      this.max = max;
      return this;
    }

    /**
     * Sets the number of scale rings, evenly spaced, the outermost at the scale maximum;
     * the default 5 gives rings at 20, 40, 60, 80 and 100 on the default scale.
     *
     * @param count the number of rings, 1 to 20
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is outside 1 to 20
     */
    public Builder rings(int count) {
      if (count < 1 || count > 20) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "ring count (%d) must be between 1 and 20", count));
      }
      this.rings = count;
      return this;
    }

    /**
     * Sets the radius of the outer ring in pixels (default 180); the canvas grows around it
     * to fit the labels, title and legend.
     *
     * <p>Non-finite values: NaN and infinity are rejected.
     *
     * @param radius the radius, 20 to 2000
     * @return this builder
     * @throws IllegalArgumentException if {@code radius} is outside 20 to 2000
     */
    public Builder radius(double radius) {
      if (!(radius >= 20 && radius <= 2000)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "radius (%s) must be between 20 and 2000 pixels", radius));
      }
      this.radius = radius;
      return this;
    }

    /**
     * Adds a series: one polygon, coloured in turn from a colour-blind-safe palette of 8
     * colours (repeated after 8 series).
     *
     * <p>Non-finite values: NaN marks a missing value (drawn at the centre and named in the
     * legend); an infinite value is rejected. Finite values outside the scale are clamped.
     *
     * @param name the series name shown in the legend, non-blank and distinct
     * @param values one value per axis, in axis order; the array is copied
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or already used, the number of
     *     values differs from the number of axes, or a value is infinite
     */
    public Builder series(String name, double... values) {
      Markup.requireLabel(name, "series name");
      Objects.requireNonNull(values, "values");
      if (series.containsKey(name)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "series '%s' was already added; give each series a distinct name", name));
      }
      if (values.length != axes.size()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "series '%s' has %d values but the chart has %d axes %s; give one value per axis,"
                + " NaN for a missing one", name, values.length, axes.size(), axes));
      }
      for (int k = 0; k < values.length; k++) {
        if (Double.isInfinite(values[k])) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "series '%s' value for axis '%s' (%s) must be finite, or NaN if missing",
              name, axes.get(k), values[k]));
        }
      }
      series.put(name, values.clone());
      return this;
    }

    /**
     * Builds the chart.
     *
     * @return the chart
     * @throws IllegalStateException if no series was added
     */
    public RadarChart build() {
      if (series.isEmpty()) {
        throw new IllegalStateException(
            "a radar chart needs at least one series; call series(name, values...) first");
      }
      return new RadarChart(this);
    }
  }
}
