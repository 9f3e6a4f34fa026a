package io.github.diamondscore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class RadarChartTest {

  private static final List<String> DIAMOND = List.of("Factor conditions", "Demand conditions",
      "Related industries", "Firm strategy", "Chance", "Government");

  /** Coordinates are printed with 2 decimals, so each is within 0.005 of the exact value. */
  private static final double PRINTED = 0.0051;

  private static Element series(Document doc, String name) {
    return Xml.elements(doc, "polygon", "series").stream()
        .filter(p -> p.getAttribute("data-series").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no series polygon " + name));
  }

  @Test
  void toSvg_diamond_isStandaloneSvgWithNamespaceSizeAndViewBox() {
    RadarChart chart = RadarChart.builder(DIAMOND).title("Porter's diamond")
        .series("China", 78, 85, 80, 72, 66, 81).build();

    Document doc = Xml.parse(chart.toSvg());

    Element root = doc.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo(Xml.SVG_NS);
    assertThat(root.getAttribute("width")).isEqualTo(Integer.toString(chart.width()));
    assertThat(root.getAttribute("height")).isEqualTo(Integer.toString(chart.height()));
    assertThat(root.getAttribute("viewBox"))
        .isEqualTo("0 0 " + chart.width() + " " + chart.height());
    assertThat(chart.toSvg()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ");
    assertThat(chart.toString()).isEqualTo(chart.toSvg());
    assertThat(Xml.elements(doc, "text", "title").get(0).getTextContent())
        .isEqualTo("Porter's diamond");
    // Every axis label is drawn once, in order.
    assertThat(Xml.elements(doc, "text", "axis-label")).extracting(Element::getTextContent)
        .containsExactlyElementsOf(DIAMOND);
  }

  @Test
  void toSvg_sixAxesRadius100_verticesMatchHandComputedCoordinates() {
    // theta_k = -90 + 60k degrees: -90, -30, 30, 90, 150, 210; R = 100, scale 0..100.
    // vertex k = (cx + R*v/100*cos(theta_k), cy + R*v/100*sin(theta_k)):
    //   k0 v=100: (cx + 0,                    cy - 100)
    //   k1 v=50 : (cx + 50*cos(-30) = +43.30, cy + 50*sin(-30) = -25)
    //   k2 v=0  : (cx,                         cy)
    //   k3 v=25 : (cx + 0,                     cy + 25)
    //   k4 v=80 : (cx + 80*cos(150) = -69.28, cy + 80*sin(150) = +40)
    //   k5 v=60 : (cx + 60*cos(210) = -51.96, cy + 60*sin(210) = -30)
    // with cos(30) = sqrt(3)/2 = 0.8660254: 50*0.8660254 = 43.30127,
    // 80*0.8660254 = 69.28203, 60*0.8660254 = 51.96152.
    RadarChart chart = RadarChart.builder(DIAMOND).radius(100)
        .series("A", 100, 50, 0, 25, 80, 60).build();
    Document doc = Xml.parse(chart.toSvg());
    double cx = chart.centerX();
    double cy = chart.centerY();
    double[][] expected = {
        {cx, cy - 100}, {cx + 43.30127, cy - 25}, {cx, cy},
        {cx, cy + 25}, {cx - 69.28203, cy + 40}, {cx - 51.96152, cy - 30}};

    Element polygon = series(doc, "A");
    double[][] points = Xml.points(polygon);

    assertThat(points).hasDimensions(6, 2);
    for (int k = 0; k < 6; k++) {
      assertThat(points[k][0]).as("x of vertex %d", k).isCloseTo(expected[k][0], within(PRINTED));
      assertThat(points[k][1]).as("y of vertex %d", k).isCloseTo(expected[k][1], within(PRINTED));
    }
    assertThat(polygon.getAttribute("points"))
        .matches("(-?\\d+\\.\\d{2},-?\\d+\\.\\d{2} ){5}-?\\d+\\.\\d{2},-?\\d+\\.\\d{2}");
    // The centre the accessors report is where the drawn spokes start.
    for (Element axis : Xml.elements(doc, "line", "axis")) {
      assertThat(Xml.num(axis, "x1")).isEqualTo(cx);
      assertThat(Xml.num(axis, "y1")).isEqualTo(cy);
    }
    assertThat(cx).isEqualTo(Math.rint(cx));
    assertThat(cy).isEqualTo(Math.rint(cy));
  }

  @Test
  void toSvg_fourAxesScale20To120_verticesUseMinAndRange() {
    // 4 axes: theta = -90, 0, 90, 180. f = (v - 20) / (120 - 20): 120 -> 1, 70 -> 0.5,
    // 45 -> 0.25, 20 -> 0. R = 100:
    //   (cx, cy - 100), (cx + 50, cy), (cx, cy + 25), (cx, cy).
    RadarChart chart = RadarChart.builder("National competitive advantage", "Platform building",
            "Risk prevention", "Infrastructure")
        .scale(20, 120).radius(100).series("China", 120, 70, 45, 20).build();
    double cx = chart.centerX();
    double cy = chart.centerY();

    double[][] points = Xml.points(series(Xml.parse(chart.toSvg()), "China"));

    double[][] expected = {{cx, cy - 100}, {cx + 50, cy}, {cx, cy + 25}, {cx, cy}};
    for (int k = 0; k < 4; k++) {
      assertThat(points[k][0]).isCloseTo(expected[k][0], within(PRINTED));
      assertThat(points[k][1]).isCloseTo(expected[k][1], within(PRINTED));
    }
  }

  @Test
  void toSvg_valuesOutsideScale_areClampedToCentreAndOuterRing() {
    // 3 axes, R = 100: 150 clamps to 100 (outer ring, straight up: (cx, cy - 100));
    // -20 clamps to 0 (the centre); 50 at theta = 150: (cx - 43.30, cy + 25).
    RadarChart chart = RadarChart.builder("a", "b", "c").radius(100)
        .series("S", 150, -20, 50).build();
    double cx = chart.centerX();
    double cy = chart.centerY();

    double[][] points = Xml.points(series(Xml.parse(chart.toSvg()), "S"));

    assertThat(points[0]).containsExactly(new double[] {cx, cy - 100}, within(PRINTED));
    assertThat(points[1]).containsExactly(new double[] {cx, cy}, within(PRINTED));
    assertThat(points[2]).containsExactly(new double[] {cx - 43.30127, cy + 25}, within(PRINTED));
    // The chart keeps the values as given.
    assertThat(chart.values("S")).containsExactly(150, -20, 50);
  }

  @Test
  void toSvg_missingValue_drawnAtCentreWithHollowMarkerAndNamedInLegend() {
    RadarChart chart = RadarChart.builder(DIAMOND).radius(100)
        .series("China", 78, 85, 80, 72, 66, 81)
        .series("Brazil", 55, 61, 48, 52, Double.NaN, Double.NaN).build();
    Document doc = Xml.parse(chart.toSvg());

    double[][] brazil = Xml.points(series(doc, "Brazil"));

    assertThat(brazil[4]).containsExactly(new double[] {chart.centerX(), chart.centerY()},
        within(PRINTED));
    assertThat(brazil[5]).containsExactly(new double[] {chart.centerX(), chart.centerY()},
        within(PRINTED));
    assertThat(Xml.elements(doc, "circle", "missing")).hasSize(2);
    assertThat(Xml.elements(doc, "text", "legend-label")).extracting(Element::getTextContent)
        .containsExactly("China", "Brazil (missing: Chance, Government)");
  }

  @Test
  void toSvg_defaultScale_fiveRingsAt20To100LabelledAndOuterRingAtRadius() {
    RadarChart chart = RadarChart.builder(DIAMOND).radius(150)
        .series("China", 78, 85, 80, 72, 66, 81).build();
    Document doc = Xml.parse(chart.toSvg());

    List<Element> rings = Xml.elements(doc, "polygon", "ring");

    assertThat(rings).extracting(r -> r.getAttribute("data-value"))
        .containsExactly("20", "40", "60", "80", "100");
    assertThat(Xml.elements(doc, "text", "ring-label")).extracting(Element::getTextContent)
        .containsExactly("20", "40", "60", "80", "100");
    // Ring i of 5 has radius 150 * i / 5: 30, 60, 90, 120, 150.
    for (int i = 0; i < 5; i++) {
      for (double[] p : Xml.points(rings.get(i))) {
        double r = Math.hypot(p[0] - chart.centerX(), p[1] - chart.centerY());
        assertThat(r).isCloseTo(30.0 * (i + 1), within(0.01));
      }
    }
  }

  @Test
  void toSvg_fourRingsOnUnitScale_labelsUseTwoDecimals() {
    // Ring values 0 + 1 * i / 4: 0.25, 0.5, 0.75, 1; a step of 0.25 needs 2 decimals.
    RadarChart chart = RadarChart.builder("a", "b", "c").scale(0, 1).rings(4)
        .series("S", 0.1, 0.2, 0.3).build();
    Document doc = Xml.parse(chart.toSvg());

    assertThat(Xml.elements(doc, "polygon", "ring")).extracting(r -> r.getAttribute("data-value"))
        .containsExactly("0.25", "0.5", "0.75", "1");
    assertThat(Xml.elements(doc, "text", "ring-label")).extracting(Element::getTextContent)
        .containsExactly("0.25", "0.50", "0.75", "1.00");
    assertThat(chart.rings()).isEqualTo(4);
    assertThat(chart.min()).isZero();
    assertThat(chart.max()).isEqualTo(1);
  }

  @Test
  void toSvg_threeSeries_oneLegendEntryAndOneDistinctColourEach() {
    RadarChart chart = RadarChart.builder(DIAMOND)
        .series("China", 78, 85, 80, 72, 66, 81)
        .series("India", 60, 70, 55, 58, 50, 62)
        .series("Brazil", 55, 61, 48, 52, 50, 40).build();
    Document doc = Xml.parse(chart.toSvg());

    assertThat(Xml.elements(doc, "g", "legend-entry"))
        .extracting(e -> e.getAttribute("data-series"))
        .containsExactly("China", "India", "Brazil");
    List<Element> polygons = Xml.elements(doc, "polygon", "series");
    assertThat(polygons).extracting(p -> p.getAttribute("data-series"))
        .containsExactly("China", "India", "Brazil");
    assertThat(new HashSet<>(polygons.stream().map(p -> p.getAttribute("fill")).toList()))
        .hasSize(3);
    assertThat(polygons).allSatisfy(p -> assertThat(p.getAttribute("fill-opacity"))
        .isEqualTo("0.25"));
    assertThat(chart.seriesNames()).containsExactly("China", "India", "Brazil");
  }

  @Test
  void toSvg_markupInLabelsAndNames_isEscapedAndReadsBack() {
    RadarChart chart = RadarChart.builder("R&D <core>", "\"quoted\"", "Côte d'Ivoire")
        .title("A & B")
        .series("R&D <core>", 10, 20, 30).build();
    String svg = chart.toSvg();
    Document doc = Xml.parse(svg);

    assertThat(svg).contains("R&amp;D &lt;core&gt;", "&quot;quoted&quot;", "Côte d&#39;Ivoire")
        .doesNotContain("R&D <core>");
    assertThat(Xml.elements(doc, "text", "axis-label")).extracting(Element::getTextContent)
        .containsExactly("R&D <core>", "\"quoted\"", "Côte d'Ivoire");
    assertThat(series(doc, "R&D <core>").getAttribute("data-series")).isEqualTo("R&D <core>");
    assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("A & B");
  }

  @Test
  void toSvg_sameInputTwice_sameString(@TempDir Path dir) throws IOException {
    RadarChart a = RadarChart.builder(DIAMOND).series("China", 78.123, 85, 80, 72, 66, 81)
        .build();
    RadarChart b = RadarChart.builder(DIAMOND).series("China", 78.123, 85, 80, 72, 66, 81)
        .build();
    Path file = dir.resolve("nested/deeper/diamond.svg");

    a.write(file);

    assertThat(a.toSvg()).isEqualTo(b.toSvg());
    assertThat(Files.readAllBytes(file)).isEqualTo(b.toSvg().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void values_returnedArrayChanged_chartUnchanged() {
    double[] input = {1, 2, 3};
    RadarChart chart = RadarChart.builder("a", "b", "c").series("S", input).build();
    input[0] = 99;

    chart.values("S")[1] = 99;

    assertThat(chart.values("S")).containsExactly(1, 2, 3);
  }

  @Test
  void values_unknownSeries_throwsNamingIt() {
    RadarChart chart = RadarChart.builder("a", "b", "c").series("S", 1, 2, 3).build();

    assertThatThrownBy(() -> chart.values("T"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("series 'T'")
        .hasMessageContaining("[S]");
  }

  @Test
  void builder_twoAxes_throwsNamingCount() {
    assertThatThrownBy(() -> RadarChart.builder("a", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 3 axes but got 2");
  }

  @Test
  void builder_blankAxis_throwsNamingAxis() {
    assertThatThrownBy(() -> RadarChart.builder("a", " ", "c"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("axis 1 label");
  }

  @Test
  void builder_repeatedAxis_throwsNamingLabel() {
    assertThatThrownBy(() -> RadarChart.builder("a", "b", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("axis label 'a' appears twice (axis 2)");
  }

  @Test
  void series_wrongValueCount_throwsNamingSeriesAndCounts() {
    RadarChart.Builder builder = RadarChart.builder(DIAMOND);

    assertThatThrownBy(() -> builder.series("China", 1, 2, 3, 4, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("series 'China' has 5 values but the chart has 6 axes");
  }

  @Test
  void series_infiniteValue_throwsNamingSeriesAndAxis() {
    RadarChart.Builder builder = RadarChart.builder(DIAMOND);

    assertThatThrownBy(
        () -> builder.series("China", 1, 2, 3, 4, Double.POSITIVE_INFINITY, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("series 'China' value for axis 'Chance' (Infinity)");
  }

  @Test
  void series_repeatedName_throwsNamingIt() {
    RadarChart.Builder builder = RadarChart.builder("a", "b", "c").series("S", 1, 2, 3);

    assertThatThrownBy(() -> builder.series("S", 4, 5, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("series 'S' was already added");
  }

  @Test
  void series_blankName_throws() {
    RadarChart.Builder builder = RadarChart.builder("a", "b", "c");

    assertThatThrownBy(() -> builder.series("", 4, 5, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("series name ('') must not be blank");
  }

  @Test
  void scale_minNotBelowMax_throwsNamingBounds() {
    RadarChart.Builder builder = RadarChart.builder("a", "b", "c");

    assertThatThrownBy(() -> builder.scale(100, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scale (min 100.0, max 0.0)");
    assertThatThrownBy(() -> builder.scale(Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scale (min NaN, max 1.0)");
  }

  @Test
  void rings_zero_throwsNamingCount() {
    assertThatThrownBy(() -> RadarChart.builder("a", "b", "c").rings(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ring count (0) must be between 1 and 20");
  }

  @Test
  void radius_nan_throwsNamingValue() {
    assertThatThrownBy(() -> RadarChart.builder("a", "b", "c").radius(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("radius (NaN)");
  }

  @Test
  void build_noSeries_throwsIllegalState() {
    assertThatThrownBy(() -> RadarChart.builder("a", "b", "c").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least one series");
  }

  static Stream<Long> seeds() {
    return IntStream.rangeClosed(1, 50).mapToObj(i -> (long) i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void toSvg_randomSeriesInScale_nVerticesInsideOuterRingOnTheirAxes(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 3 + random.nextInt(8);
    List<String> axes = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      axes.add("axis " + k);
    }
    double radius = 50 + random.nextInt(250);
    RadarChart.Builder builder = RadarChart.builder(axes).radius(radius);
    int seriesCount = 1 + random.nextInt(4);
    double[][] values = new double[seriesCount][n];
    for (int s = 0; s < seriesCount; s++) {
      for (int k = 0; k < n; k++) {
        values[s][k] = random.nextInt(10) == 0 ? Double.NaN : random.nextDouble(0, 100);
      }
      builder.series("series " + s, values[s]);
    }
    RadarChart chart = builder.build();
    Document doc = Xml.parse(chart.toSvg());
    double cx = chart.centerX();
    double cy = chart.centerY();

    for (int s = 0; s < seriesCount; s++) {
      double[][] points = Xml.points(series(doc, "series " + s));
      assertThat(points).hasNumberOfRows(n);
      for (int k = 0; k < n; k++) {
        double dx = points[k][0] - cx;
        double dy = points[k][1] - cy;
        // Each printed coordinate is off by at most 0.005, the distance by at most 0.0071.
        assertThat(Math.hypot(dx, dy)).isLessThanOrEqualTo(radius + 0.0071);
        double v = Double.isNaN(values[s][k]) ? 0 : values[s][k];
        double expectedDistance = radius * v / 100;
        assertThat(Math.hypot(dx, dy)).isCloseTo(expectedDistance, within(0.0071));
        if (expectedDistance > 1) {
          // On axis k: the direction is -90 + k * 360 / n degrees.
          double theta = Math.toRadians(-90 + k * 360.0 / n);
          assertThat(dx * Math.sin(theta) - dy * Math.cos(theta)).isCloseTo(0, within(0.0071));
          assertThat(dx * Math.cos(theta) + dy * Math.sin(theta)).isPositive();
        }
      }
    }
    // Everything drawn fits the canvas.
    for (Element polygon : Xml.elements(doc, "polygon")) {
      for (double[] p : Xml.points(polygon)) {
        assertThat(p[0]).isBetween(0.0, (double) chart.width());
        assertThat(p[1]).isBetween(0.0, (double) chart.height());
      }
    }
  }

  @Test
  void ringLabels_insideTheRingsLeftOfTheFirstAxis_paintedAfterTheSeriesWithAHalo() {
    RadarChart chart = RadarChart.builder("Factor conditions", "Demand", "Government")
        .series("China", 90, 80, 70).build();
    Document doc = Xml.parse(chart.toSvg());

    List<Element> labels = Xml.elements(doc, "text", "ring-label");
    assertThat(labels).extracting(Element::getTextContent)
        .containsExactly("20", "40", "60", "80", "100");
    for (int i = 0; i < labels.size(); i++) {
      double ring = chart.centerY() - chart.radius() * (i + 1) / 5;
      // Below its ring's top vertex (so the outermost stays clear of the first axis label
      // above the chart), left of the first axis.
      assertThat(Xml.num(labels.get(i), "y")).isGreaterThan(ring).isLessThan(ring + 20);
      assertThat(Xml.num(labels.get(i), "x")).isLessThan(chart.centerX());
      assertThat(labels.get(i).getAttribute("text-anchor")).isEqualTo("end");
    }
    Element group = (Element) labels.get(0).getParentNode();
    assertThat(group.getAttribute("paint-order")).isEqualTo("stroke");
    assertThat(group.getAttribute("stroke")).isEqualTo("#FFFFFF");
    assertThat(Double.parseDouble(group.getAttribute("font-size"))).isGreaterThanOrEqualTo(12);
    // Painted after (above) every series polygon.
    List<Element> all = Xml.allElements(doc);
    assertThat(all.indexOf(group)).isGreaterThan(all.indexOf(Xml.elements(doc, "polygon",
        "series").get(0)));
  }

  @Test
  void axisLabels_longerThan14Characters_wrapAtSpacesKeepingTheFullName() {
    RadarChart chart = RadarChart.builder("Related and supporting industries", "Demand",
        "Government").series("China", 90, 80, 70).build();
    Document doc = Xml.parse(chart.toSvg());

    Element label = Xml.elements(doc, "text", "axis-label").get(0);
    assertThat(label.getAttribute("aria-label")).isEqualTo("Related and supporting industries");
    assertThat(Xml.elements(doc, "tspan")).extracting(e -> e.getTextContent().trim())
        .containsExactly("Related and", "supporting", "industries");
    assertThat(RadarChart.wrap("Demand conditions")).containsExactly("Demand", "conditions");
    assertThat(RadarChart.wrap("Government")).containsExactly("Government");
    assertThat(Xml.elements(doc, "text", "axis-label").get(1).getTextContent())
        .isEqualTo("Demand");
  }
}
