package io.github.diamondscore.report;

import io.github.diamondscore.internal.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Escaping, number formatting, text measuring and file writing shared by the charts, the
 * text table and the HTML report.
 */
final class Markup {

  /** The XML declaration that starts every standalone SVG document. */
  static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  /** The SVG namespace attribute of a standalone document's root element. */
  static final String SVG_NAMESPACE = " xmlns=\"http://www.w3.org/2000/svg\"";

  /**
   * Series colours: the Okabe–Ito palette (Okabe and Ito 2008, "Color Universal Design"),
   * distinguishable under the common colour-vision deficiencies, reordered so that the
   * first colours contrast most on white; yellow comes last because it is faint on white.
   */
  static final List<String> PALETTE = List.of(
      "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442");

  /** Fill of bars that carry no tier and are not highlighted. */
  static final String BAR_COLOR = "#0072B2";

  /** Accent for highlighted bars when no tiers are set. */
  static final String HIGHLIGHT_COLOR = "#D55E00";

  /** Grid, ring and axis line colour. */
  static final String GRID_COLOR = "#BBBBBB";

  /** Colour of secondary text (tick and ring labels). */
  static final String MUTED_TEXT = "#555555";

  /** Average advance of a sans-serif glyph as a share of the font size, kept generous. */
  private static final double GLYPH_WIDTH = 0.6;

  private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

  private Markup() {}

  /**
   * Escapes text for XML and HTML content and attribute values: {@code & < > " '} become
   * entities, characters that XML 1.0 forbids become U+FFFD, everything else is kept.
   */
  static String escape(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (isXmlChar(cp)) {
            out.appendCodePoint(cp);
          } else {
            out.append('\uFFFD');
          }
        }
      }
    }
    return out.toString();
  }

  /** XML 1.0 Char production; a lone surrogate arrives here as a code point in D800–DFFF. */
  private static boolean isXmlChar(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  /** {@code value} with two decimals, {@link Locale#ROOT}, never {@code -0.00}. */
  static String num(double value) {
    return num(value, 2);
  }

  /** {@code value} with the given decimals, {@link Locale#ROOT}, never a negative zero. */
  static String num(double value, int decimals) {
    String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
    // A tiny negative (e.g. a cosine of 90 degrees times a radius) would print as "-0.00".
    if (s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9')) {
      return s.substring(1);
    }
    return s;
  }

  /** The shortest decimal that reads back as {@code value}, never in exponent form. */
  static String plain(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    String s = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    return "-0".equals(s) ? "0" : s;
  }

  /** Decimals (0 to 2) needed to print every multiple of {@code step} without rounding. */
  static int decimalsFor(double step) {
    for (int d = 0; d < 2; d++) {
      double scaled = step * Math.pow(10, d);
      if (Math.abs(scaled - Math.rint(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) {
        return d;
      }
    }
    return 2;
  }

  /**
   * Columns a monospaced terminal gives {@code text}: combining marks and format characters
   * take none, East Asian wide and fullwidth characters take two, the rest one. The wide
   * ranges follow Unicode Standard Annex #11 (East Asian Width) for the common blocks.
   */
  static int displayWidth(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      width += codePointWidth(cp);
    }
    return width;
  }

  private static int codePointWidth(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || cp == 0x200B) {
      return 0;
    }
    if ((cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x20000 && cp <= 0x3FFFD)) {
      return 2;
    }
    return 1;
  }

  /** A generous estimate of the width in pixels of {@code text} at {@code fontSize}. */
  static double textWidth(String text, double fontSize) {
    return displayWidth(text) * fontSize * GLYPH_WIDTH;
  }

  /**
   * Nice axis bounds covering {@code [lo, hi]}: the step is the smallest of 1, 2, 2.5 or 5
   * times a power of ten that is at least {@code (hi - lo) / intervals}, and the bounds are
   * the multiples of the step just outside {@code [lo, hi]}, so there are at most
   * {@code intervals + 1} intervals. An empty range {@code hi <= lo} becomes
   * {@code [lo, lo + 1]}.
   *
   * @return {lower, upper, step}
   */
  static double[] niceScale(double lo, double hi, int intervals) {
    if (!(hi > lo)) {
      hi = lo + 1;
    }
    double raw = (hi - lo) / intervals;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = 10 * magnitude;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      // The tolerance keeps a raw step like 20.000000000000004 at 20 instead of 25.
      if (m * magnitude >= raw * (1 - 1e-12)) {
        step = m * magnitude;
        break;
      }
    }
    double lower = Math.floor(lo / step + 1e-9) * step;
    double upper = Math.ceil(hi / step - 1e-9) * step;
    return new double[] {lower, upper, step};
  }

  /** Writes {@code content} as UTF-8, creating missing parent directories. */
  static void write(Path file, String content) {
    Objects.requireNonNull(file, "file");
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      AtomicFiles.writeString(file, "report file", content);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Returns {@code color} if it is {@code #rrggbb}, else throws naming {@code role}. */
  static String requireColor(String color, String role) {
    Objects.requireNonNull(color, role);
    if (!COLOR.matcher(color).matches()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s ('%s') must be a colour written #rrggbb, e.g. #0072B2", role, color));
    }
    return color.toUpperCase(Locale.ROOT);
  }

  /** Returns {@code label} if it has a non-blank character, else throws naming {@code role}. */
  static String requireLabel(String label, String role) {
    Objects.requireNonNull(label, role);
    if (label.isBlank()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s ('%s') must not be blank; give it a name", role, label));
    }
    return label;
  }

  /** The standalone SVG document: declaration, root element with namespace, content. */
  static String svgDocument(double width, double height, String title, String body) {
    String w = Long.toString(Math.round(Math.ceil(width)));
    String h = Long.toString(Math.round(Math.ceil(height)));
    StringBuilder out = new StringBuilder(body.length() + 400);
    out.append(XML_DECLARATION)
        .append("<svg").append(SVG_NAMESPACE)
        .append(" width=\"").append(w).append("\" height=\"").append(h)
        .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
        .append("\" role=\"img\" aria-label=\"").append(escape(title))
        .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
    if (!title.isEmpty()) {
      out.append("<title>").append(escape(title)).append("</title>\n");
    }
    out.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(w)
        .append("\" height=\"").append(h).append("\" fill=\"#FFFFFF\"/>\n");
    out.append(body).append("</svg>\n");
    return out.toString();
  }

  /** The smallest font size, in SVG units, that the charts of this package use. */
  static final double MIN_CHART_FONT = 12;

  /** The smallest font size, in CSS pixels, that a chart may render at in the HTML report. */
  static final double MIN_RENDERED_FONT = 11;

  /** How far the HTML report enlarges a chart beyond its drawn size on a wide column. */
  static final double MAX_ZOOM = 1.25;

  private static final Pattern SVG_SIZE =
      Pattern.compile("^<svg width=\"(\\d+)\" height=\"(\\d+)\"");

  /**
   * The SVG element for inline use in HTML5: the document without its XML declaration and
   * namespace attribute (the HTML parser puts {@code <svg>} in the SVG namespace itself), and
   * responsive: instead of its fixed {@code width} and {@code height} it fills the width of its
   * column (the {@code viewBox} keeps the proportions), up to {@link #MAX_ZOOM} times its drawn
   * width, and never narrower than keeps its smallest text ({@link #MIN_CHART_FONT}) at
   * {@link #MIN_RENDERED_FONT} px; a narrower column scrolls the chart inside its figure.
   */
  static String inlineSvg(String document) {
    if (!document.startsWith(XML_DECLARATION + "<svg" + SVG_NAMESPACE)) {
      throw new IllegalStateException("not an SVG document written by this package");
    }
    String svg =
        "<svg" + document.substring(XML_DECLARATION.length() + 4 + SVG_NAMESPACE.length());
    java.util.regex.Matcher m = SVG_SIZE.matcher(svg);
    if (!m.find()) {
      throw new IllegalStateException("SVG document without width and height");
    }
    int width = Integer.parseInt(m.group(1));
    long min = Math.round(Math.ceil(width * MIN_RENDERED_FONT / MIN_CHART_FONT));
    long max = Math.round(Math.floor(width * MAX_ZOOM));
    return "<svg width=\"100%\" style=\"min-width:" + min + "px;max-width:" + max + "px\""
        + svg.substring(m.end());
  }

  /** A {@code <text>} element; {@code attributes} are already escaped. */
  static void text(StringBuilder out, double x, double y, String attributes, String content) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
    if (!attributes.isEmpty()) {
      out.append(' ').append(attributes);
    }
    out.append('>').append(escape(content)).append("</text>\n");
  }

  /** A {@code <line>} element; {@code attributes} are already escaped. */
  static void line(StringBuilder out, double x1, double y1, double x2, double y2,
      String attributes) {
    out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1))
        .append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2)).append('"');
    if (!attributes.isEmpty()) {
      out.append(' ').append(attributes);
    }
    out.append("/>\n");
  }
}
