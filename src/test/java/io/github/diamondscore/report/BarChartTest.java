package io.github.diamondscore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

class BarChartTest {

  private static final List<BarChart.Tier> TIERS = List.of(
      new BarChart.Tier("Leading", 70, "#009E73"),
      new BarChart.Tier("Ready", 55, "#56B4E9"),
      new BarChart.Tier("Emerging", 40, "#E69F00"),
      new BarChart.Tier("Nascent", Double.NEGATIVE_INFINITY, "#D55E00"));

  private static BarChart fourCountries() {
    return BarChart.builder().title("Go-global readiness")
        .bar("China", 71.2).bar("Brazil", 55.0).bar("Kenya", 41.9).bar("India", 62.5)
        .build();
  }

  @Test
  void toSvg_fourBars_rankedDescendingWithWidthsFromHandComputedScale() {
    // Default scale: 0 to the largest value 71.2; step = smallest nice step >= 71.2 / 5 =
    // 14.24, i.e. 20; upper bound ceil(71.2 / 20) * 20 = 80. Axis length 400 px over 80
    // units: 5 px per unit, so widths are 71.2*5 = 356, 62.5*5 = 312.5, 55*5 = 275,
    // 41.9*5 = 209.5, each starting at the plot's left edge (x(0)).
    BarChart chart = fourCountries();
    Document doc = Xml.parse(chart.toSvg());

    List<Element> bars = Xml.elements(doc, "rect", "bar");

    assertThat(bars).extracting(b -> b.getAttribute("data-label"))
        .containsExactly("China", "India", "Brazil", "Kenya");
    assertThat(bars).extracting(b -> b.getAttribute("data-value"))
        .containsExactly("71.2", "62.5", "55", "41.9");
    assertThat(bars).extracting(b -> Xml.num(b, "width"))
        .containsExactly(356.0, 312.5, 275.0, 209.5);
    assertThat(bars).allSatisfy(b -> assertThat(Xml.num(b, "x")).isEqualTo(chart.plotLeft()));
    assertThat(chart.scaleMin()).isZero();
    assertThat(chart.scaleMax()).isEqualTo(80);
    assertThat(chart.labels()).containsExactly("China", "India", "Brazil", "Kenya");
    assertThat(chart.values()).containsExactly(71.2, 62.5, 55.0, 41.9);
    assertThat(Xml.elements(doc, "text", "tick-label")).extracting(Element::getTextContent)
        .containsExactly("0", "20", "40", "60", "80");
    assertThat(Xml.elements(doc, "text", "value")).extracting(Element::getTextContent)
        .containsExactly("71.20", "62.50", "55.00", "41.90");
    // Rows go down the page in rank order.
    assertThat(bars).extracting(b -> Xml.num(b, "y")).isSorted();
  }

  @Test
  void toSvg_explicitScale_clampsLongBarButKeepsItsValue() {
    // Scale 0..100 over 400 px = 4 px per unit: 50 -> 200 px; 120 clamps to 100 -> 400 px.
    BarChart chart = BarChart.builder().bar("a", 50).bar("b", 120).scale(0, 100).build();
    List<Element> bars = Xml.elements(Xml.parse(chart.toSvg()), "rect", "bar");

    assertThat(bars).extracting(b -> Xml.num(b, "width")).containsExactly(400.0, 200.0);
    assertThat(bars).extracting(b -> b.getAttribute("data-value")).containsExactly("120", "50");
    assertThat(Xml.elements(Xml.parse(chart.toSvg()), "text", "tick-label"))
        .extracting(Element::getTextContent)
        .containsExactly("0", "20", "40", "60", "80", "100");
  }

  @Test
  void toSvg_negativeValue_barRunsLeftOfZero() {
    // Values 30 and -10: range [-10, 30], step >= 40 / 5 = 8 -> 10, bounds -10 and 30.
    // 400 px over 40 units = 10 px per unit; zero at x0 + 100.
    //   30: x = x0 + 100, width 300;  -10: x = x0, width 100 (ends at zero).
    BarChart chart = BarChart.builder().bar("down", -10).bar("up", 30).build();
    List<Element> bars = Xml.elements(Xml.parse(chart.toSvg()), "rect", "bar");
    double x0 = chart.plotLeft();

    assertThat(bars).extracting(b -> b.getAttribute("data-label")).containsExactly("up", "down");
    assertThat(Xml.num(bars.get(0), "x")).isEqualTo(x0 + 100);
    assertThat(Xml.num(bars.get(0), "width")).isEqualTo(300);
    assertThat(Xml.num(bars.get(1), "x")).isEqualTo(x0);
    assertThat(Xml.num(bars.get(1), "width")).isEqualTo(100);
    assertThat(chart.scaleMin()).isEqualTo(-10);
    assertThat(chart.scaleMax()).isEqualTo(30);
  }

  @Test
  void build_tiesAndMissing_tiesKeepInsertionOrderMissingLast() {
    BarChart chart = BarChart.builder()
        .bar("A", 50).bar("M", Double.NaN).bar("B", 60).bar("C", 50).bar("N", Double.NaN)
        .build();
    Document doc = Xml.parse(chart.toSvg());

    assertThat(chart.labels()).containsExactly("B", "A", "C", "M", "N");
    // Missing values get a label and the word "missing", but no bar.
    assertThat(Xml.elements(doc, "rect", "bar")).extracting(b -> b.getAttribute("data-label"))
        .containsExactly("B", "A", "C");
    assertThat(Xml.elements(doc, "text", "label")).extracting(Element::getTextContent)
        .containsExactly("B", "A", "C", "M", "N");
    assertThat(Xml.elements(doc, "text", "missing")).hasSize(2);
  }

  @Test
  void toSvg_highlight_marksOnlyThatBarAndBoldsItsLabel() {
    BarChart chart = BarChart.builder().bar("China", 71.2).bar("Brazil", 55.0)
        .highlight("China").build();
    Document doc = Xml.parse(chart.toSvg());

    List<Element> bars = Xml.elements(doc, "rect", "bar");

    assertThat(bars.get(0).getAttribute("data-highlight")).isEqualTo("true");
    assertThat(bars.get(1).hasAttribute("data-highlight")).isFalse();
    assertThat(bars.get(0).getAttribute("fill")).isNotEqualTo(bars.get(1).getAttribute("fill"));
    assertThat(Xml.elements(doc, "text", "label").get(0).getAttribute("font-weight"))
        .isEqualTo("bold");
  }

  @Test
  void toSvg_tiers_colourEachBarByHighestTierReachedBoundaryIncluded() {
    // 71.2 >= 70 Leading; 62.5 >= 55 Ready; 55 >= 55 Ready (boundary); 41.9 >= 40 Emerging;
    // 12 < 40 Nascent (minimum -Infinity).
    BarChart chart = BarChart.builder()
        .bar("China", 71.2).bar("Brazil", 55.0).bar("Kenya", 41.9).bar("India", 62.5)
        .bar("Chad", 12).tiers(TIERS).build();
    Document doc = Xml.parse(chart.toSvg());

    List<Element> bars = Xml.elements(doc, "rect", "bar");

    assertThat(bars).extracting(b -> b.getAttribute("data-tier"))
        .containsExactly("Leading", "Ready", "Ready", "Emerging", "Nascent");
    assertThat(bars).extracting(b -> b.getAttribute("fill"))
        .containsExactly("#009E73", "#56B4E9", "#56B4E9", "#E69F00", "#D55E00");
    assertThat(Xml.elements(doc, "g", "legend-entry")).extracting(e -> e.getAttribute("data-tier"))
        .containsExactly("Leading", "Ready", "Emerging", "Nascent");
    assertThat(Xml.elements(doc, "text", "legend-label")).extracting(Element::getTextContent)
        .containsExactly("Leading ≥ 70.00", "Ready ≥ 55.00", "Emerging ≥ 40.00",
            "Nascent < 40.00");
  }

  @Test
  void toSvg_valueBelowEveryTier_isGreyWithoutTier() {
    BarChart chart = BarChart.builder().bar("low", 10).bar("high", 80)
        .tiers(List.of(new BarChart.Tier("Leading", 70, "#009e73"))).build();
    List<Element> bars = Xml.elements(Xml.parse(chart.toSvg()), "rect", "bar");

    assertThat(bars.get(0).getAttribute("fill")).isEqualTo("#009E73");
    assertThat(bars.get(1).getAttribute("fill")).isEqualTo("#999999");
    assertThat(bars.get(1).hasAttribute("data-tier")).isFalse();
  }

  @Test
  void build_limit_keepsTopBars() {
    BarChart chart = BarChart.builder().bar("a", 1).bar("b", 3).bar("c", 2).limit(2).build();

    assertThat(chart.labels()).containsExactly("b", "c");
    assertThat(Xml.elements(Xml.parse(chart.toSvg()), "rect", "bar")).hasSize(2);
  }

  @Test
  void toSvg_markupInLabel_isEscapedAndReadsBack() {
    BarChart chart = BarChart.builder().title("<R&D>").bar("R&D <core>", 3)
        .bar("Côte d'Ivoire", 2).build();
    String svg = chart.toSvg();
    Document doc = Xml.parse(svg);

    assertThat(svg).contains("R&amp;D &lt;core&gt;", "Côte d&#39;Ivoire");
    assertThat(Xml.elements(doc, "rect", "bar")).extracting(b -> b.getAttribute("data-label"))
        .containsExactly("R&D <core>", "Côte d'Ivoire");
    assertThat(Xml.elements(doc, "text", "title").get(0).getTextContent()).isEqualTo("<R&D>");
  }

  @Test
  void toSvg_sameInputTwice_sameString() {
    assertThat(fourCountries().toSvg()).isEqualTo(fourCountries().toSvg());
  }

  @Test
  void toSvg_everyValueMissing_noBarsAndUnitScale() {
    // No present value: the range is [0, 0], which becomes [0, 1] in steps of 0.2.
    BarChart chart = BarChart.builder().bar("a", Double.NaN).bar("b", Double.NaN).build();
    Document doc = Xml.parse(chart.toSvg());

    assertThat(Xml.elements(doc, "rect", "bar")).isEmpty();
    assertThat(Xml.elements(doc, "text", "missing")).hasSize(2);
    assertThat(Xml.elements(doc, "text", "tick-label")).extracting(Element::getTextContent)
        .containsExactly("0.0", "0.2", "0.4", "0.6", "0.8", "1.0");
  }

  @Test
  void write_nestedPath_writesSameBytesAsToSvg(@TempDir Path dir) throws IOException {
    BarChart chart = fourCountries();
    Path file = dir.resolve("charts/ranking.svg");

    chart.write(file);

    assertThat(Files.readAllBytes(file)).isEqualTo(chart.toSvg().getBytes(StandardCharsets.UTF_8));
    assertThat(chart.toString()).isEqualTo(chart.toSvg());
    Element root = Xml.parse(chart.toSvg()).getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(Xml.SVG_NS);
    assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + chart.width() + " "
        + chart.height());
  }

  @Test
  void bars_listsOfLabelsAndValues_sameAsOneByOne() {
    BarChart a = BarChart.builder().bars(List.of("x", "y"), new double[] {1, 2}).build();
    BarChart b = BarChart.builder().bar("x", 1).bar("y", 2).build();

    assertThat(a.toSvg()).isEqualTo(b.toSvg());
  }

  static Stream<Long> seeds() {
    return IntStream.rangeClosed(1, 50).mapToObj(i -> (long) i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void toSvg_randomPositiveValues_sortedAndWidthsProportionalToValues(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 1 + random.nextInt(30);
    BarChart.Builder builder = BarChart.builder();
    for (int i = 0; i < n; i++) {
      builder.bar("entity " + i, random.nextDouble(0.5, 100));
    }
    BarChart chart = builder.build();
    List<Element> bars = Xml.elements(Xml.parse(chart.toSvg()), "rect", "bar");

    assertThat(bars).hasSize(n);
    List<Double> values = new ArrayList<>();
    for (Element bar : bars) {
      double value = Double.parseDouble(bar.getAttribute("data-value"));
      values.add(value);
      // Scale starts at 0, so width = L * v / hi; rounding to 2 decimals costs <= 0.005.
      assertThat(Xml.num(bar, "width"))
          .isCloseTo(chart.plotLength() * value / chart.scaleMax(), within(0.0051));
      assertThat(Xml.num(bar, "x")).isEqualTo(chart.plotLeft());
      assertThat(Xml.num(bar, "x") + Xml.num(bar, "width"))
          .isLessThanOrEqualTo(chart.plotLeft() + chart.plotLength() + 0.0051);
    }
    assertThat(values).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(chart.scaleMax()).isGreaterThanOrEqualTo(values.get(0));
  }

  @Test
  void bar_repeatedLabel_throwsNamingIt() {
    BarChart.Builder builder = BarChart.builder().bar("China", 1);

    assertThatThrownBy(() -> builder.bar("China", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bar 'China' was already added (value 1.0)");
  }

  @Test
  void bar_infiniteValue_throwsNamingLabel() {
    assertThatThrownBy(() -> BarChart.builder().bar("China", Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bar 'China' value (-Infinity) must be finite");
  }

  @Test
  void bar_blankLabel_throws() {
    assertThatThrownBy(() -> BarChart.builder().bar("  ", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bar label ('  ') must not be blank");
  }

  @Test
  void bars_lengthMismatch_throwsNamingLengths() {
    assertThatThrownBy(() -> BarChart.builder().bars(List.of("a", "b"), new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("labels (2) and values (1)");
  }

  @Test
  void build_highlightOfUnknownLabel_throwsNamingIt() {
    BarChart.Builder builder = BarChart.builder().bar("China", 1).highlight("Chnia");

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("highlighted label 'Chnia' is not a bar; the bars are [China]");
  }

  @Test
  void build_noBars_throwsIllegalState() {
    assertThatThrownBy(() -> BarChart.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least one bar");
  }

  @Test
  void scale_reversedBounds_throwsNamingBounds() {
    assertThatThrownBy(() -> BarChart.builder().scale(5, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scale (min 5.0, max 5.0)");
  }

  @Test
  void limit_zero_throwsNamingIt() {
    assertThatThrownBy(() -> BarChart.builder().limit(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit (0)");
  }

  @Test
  void plotLength_tooShort_throwsNamingIt() {
    assertThatThrownBy(() -> BarChart.builder().plotLength(10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plot length (10.0)");
  }

  @Test
  void tiers_repeatedName_throwsNamingIt() {
    List<BarChart.Tier> tiers = List.of(new BarChart.Tier("Ready", 55, "#000000"),
        new BarChart.Tier("Ready", 40, "#000000"));

    assertThatThrownBy(() -> BarChart.builder().tiers(tiers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tier name 'Ready' appears twice");
  }

  @Test
  void tiers_repeatedMinimum_throwsNamingTier() {
    List<BarChart.Tier> tiers = List.of(new BarChart.Tier("Ready", 55, "#000000"),
        new BarChart.Tier("Also", 55, "#000000"));

    assertThatThrownBy(() -> BarChart.builder().tiers(tiers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tier 'Also' minimum (55.0) is also another tier's");
  }

  @Test
  void tier_nanMinimum_throwsNamingTier() {
    assertThatThrownBy(() -> new BarChart.Tier("Ready", Double.NaN, "#000000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tier 'Ready' minimum (NaN)");
  }

  @Test
  void tier_badColour_throwsNamingTierAndColour() {
    assertThatThrownBy(() -> new BarChart.Tier("Ready", 55, "green"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tier 'Ready' colour ('green') must be a colour written #rrggbb");
  }
}
