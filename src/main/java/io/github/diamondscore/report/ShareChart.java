package io.github.diamondscore.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Paired horizontal bars, one pair per leaf: its weight share and its importance share, both on
 * one scale from 0 to the largest share, so a leaf that matters more (or less) than its weight
 * says stands out. Drawn by {@link AuditReport#importanceChart}.
 */
final class ShareChart implements Chart {
  private static final double PAD = 12;
  private static final double ROW = 34;
  private static final double BAR = 14;
  private static final double PLOT = 240;
  private static final String WEIGHT_COLOR = "#0072B2";
  private static final String IMPORTANCE_COLOR = "#E69F00";

  private final String title;
  private final int width;
  private final int height;
  private final String svg;

  ShareChart(String title, List<String> labels, double[] weights, double[] importance) {
    this.title = title;
    double labelWidth = 40;
    double max = 0;
    for (int i = 0; i < labels.size(); i++) {
      labelWidth = Math.max(labelWidth, Markup.textWidth(labels.get(i), 12));
      max = Math.max(max, finite(weights[i]));
      max = Math.max(max, finite(importance[i]));
    }
    double scale = max > 0 ? max : 1;
    double left = PAD + labelWidth + 8;
    double top = PAD + (title.isEmpty() ? 0 : 24) + 22;
    this.width = (int) Math.ceil(left + PLOT + 60 + PAD);
    this.height = (int) Math.ceil(top + labels.size() * ROW + PAD);
    StringBuilder out = new StringBuilder(4096);
    if (!title.isEmpty()) {
      Markup.text(out, width / 2.0, PAD + 16, "class=\"title\" text-anchor=\"middle\""
          + " font-size=\"16\" font-weight=\"bold\"", title);
    }
    double legendY = top - 10;
    legend(out, left, legendY, WEIGHT_COLOR, "weight share");
    legend(out, left + 130, legendY, IMPORTANCE_COLOR, "importance share");
    out.append("<g class=\"bars\">\n");
    for (int i = 0; i < labels.size(); i++) {
      double y = top + i * ROW;
      Markup.text(out, left - 6, y + ROW / 2 + 4, "class=\"label\" text-anchor=\"end\"",
          labels.get(i));
      bar(out, "weight", labels.get(i), weights[i], left, y + 3, scale, WEIGHT_COLOR);
      bar(out, "importance", labels.get(i), importance[i], left, y + 3 + BAR + 1, scale,
          IMPORTANCE_COLOR);
    }
    out.append("</g>\n");
    Markup.line(out, left, top - 2, left, top + labels.size() * ROW, "stroke=\"#333333\"");
    this.svg = Markup.svgDocument(width, height, title, out.toString());
  }

  private static double finite(double v) {
    return Double.isFinite(v) ? v : 0;
  }

  private static void legend(StringBuilder out, double x, double y, String color, String text) {
    out.append("<rect class=\"swatch\" x=\"").append(Markup.num(x)).append("\" y=\"")
        .append(Markup.num(y - 11)).append("\" width=\"12.00\" height=\"12.00\" fill=\"")
        .append(color).append("\"/>\n");
    Markup.text(out, x + 14, y, "class=\"legend-label\"", text);
  }

  private static void bar(StringBuilder out, String kind, String label, double v, double left,
      double y, double scale, String color) {
    if (!Double.isFinite(v)) {
      Markup.text(out, left + 4, y + BAR, "class=\"value missing\" font-size=\"12\" fill=\""
          + Markup.MUTED_TEXT + "\"", "NA");
      return;
    }
    double w = PLOT * Math.max(0, v) / scale;
    out.append("<rect class=\"bar ").append(kind).append("\" data-label=\"")
        .append(Markup.escape(label)).append("\" data-value=\"").append(Markup.plain(v))
        .append("\" x=\"").append(Markup.num(left)).append("\" y=\"").append(Markup.num(y))
        .append("\" width=\"").append(Markup.num(w)).append("\" height=\"")
        .append(Markup.num(BAR)).append("\" fill=\"").append(color).append("\"/>\n");
    Markup.text(out, left + w + 4, y + BAR - 1, "class=\"value\" font-size=\"12\"",
        Markup.num(v, 3));
  }

  static ShareChart of(String title, List<String> labels, List<Double> weights,
      List<Double> importance) {
    double[] w = new double[labels.size()];
    double[] s = new double[labels.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = weights.get(i);
      s[i] = importance.get(i);
    }
    return new ShareChart(title, new ArrayList<>(labels), w, s);
  }

  @Override
  public String title() {
    return title;
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

  @Override
  public String toString() {
    return svg;
  }
}
