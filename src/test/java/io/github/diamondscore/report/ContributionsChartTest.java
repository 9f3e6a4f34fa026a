package io.github.diamondscore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

class ContributionsChartTest {

  private static ContributionsChart china() {
    return ContributionsChart.builder("China")
        .contribution("National competitive advantage", 21.4)
        .contribution("Platform building", 18.9)
        .contribution("Risk prevention", -2.5)
        .contribution("Infrastructure", 16.0)
        .build();
  }

  @Test
  void toSvg_mixedSigns_barsStartAtZeroLineWithHandComputedWidths() {
    // Total = 21.4 + 18.9 - 2.5 + 16.0 = 53.8. Range [-2.5, 53.8] (with 0): step >= 56.3 / 6
    // = 9.38 -> 10; bounds floor(-0.25)*10 = -10 and ceil(5.38)*10 = 60. 400 px over 70
    // units = 5.7142857 px per unit (python: 400/70*21.4 etc.):
    //   zero at x0 + 10*5.7142857 = x0 + 57.142857
    //   21.4 -> 122.285714, 18.9 -> 108.0, 2.5 -> 14.285714, 16 -> 91.428571,
    //   total 53.8 -> 307.428571.
    ContributionsChart chart = china();
    Document doc = Xml.parse(chart.toSvg());
    double zero = chart.plotLeft() + 57.142857;

    List<Element> bars = Xml.elements(doc, "rect", "bar");

    assertThat(chart.zeroX()).isCloseTo(zero, within(1e-6));
    assertThat(chart.scaleMin()).isEqualTo(-10);
    assertThat(chart.scaleMax()).isEqualTo(60);
    assertThat(bars).extracting(b -> b.getAttribute("data-label")).containsExactly(
        "National competitive advantage", "Platform building", "Risk prevention",
        "Infrastructure");
    assertThat(bars).extracting(b -> b.getAttribute("data-sign"))
        .containsExactly("positive", "positive", "negative", "positive");
    assertThat(bars).extracting(b -> b.getAttribute("data-value"))
        .containsExactly("21.4", "18.9", "-2.5", "16");
    double[] widths = {122.285714, 108.0, 14.285714, 91.428571};
    for (int i = 0; i < 4; i++) {
      assertThat(Xml.num(bars.get(i), "width")).isCloseTo(widths[i], within(0.0051));
    }
    // Positive bars start at the zero line; the negative one ends there.
    for (int i : new int[] {0, 1, 3}) {
      assertThat(Xml.num(bars.get(i), "x")).isCloseTo(zero, within(0.0051));
    }
    assertThat(Xml.num(bars.get(2), "x") + Xml.num(bars.get(2), "width"))
        .isCloseTo(zero, within(0.011));
    assertThat(Xml.num(bars.get(2), "x")).isCloseTo(zero - 14.285714, within(0.0051));

    Element total = Xml.elements(doc, "rect", "total").get(0);
    assertThat(chart.total()).isCloseTo(53.8, within(1e-12));
    assertThat(Double.parseDouble(total.getAttribute("data-value"))).isEqualTo(chart.total());
    assertThat(Xml.num(total, "x")).isCloseTo(zero, within(0.0051));
    assertThat(Xml.num(total, "width")).isCloseTo(307.428571, within(0.0051));

    Element zeroLine = Xml.elements(doc, "line", "zero").get(0);
    assertThat(Xml.num(zeroLine, "x1")).isCloseTo(zero, within(0.0051));
    assertThat(Xml.elements(doc, "text", "value")).extracting(Element::getTextContent)
        .containsExactly("+21.40", "+18.90", "-2.50", "+16.00", "53.80");
    assertThat(Xml.elements(doc, "text", "title").get(0).getTextContent()).isEqualTo("China");
  }

  @Test
  void toSvg_explicitTotal_drawnInsteadOfSum() {
    // A geometric-mean composite: contributions are an attribution, the total is given.
    ContributionsChart chart = ContributionsChart.builder("China").title("Diamond")
        .contribution("a", 10).contribution("b", 20).total(25.5).build();
    Document doc = Xml.parse(chart.toSvg());

    assertThat(chart.total()).isEqualTo(25.5);
    assertThat(Xml.elements(doc, "rect", "total").get(0).getAttribute("data-value"))
        .isEqualTo("25.5");
    assertThat(Xml.elements(doc, "text", "title").get(0).getTextContent()).isEqualTo("Diamond");
    assertThat(chart.entity()).isEqualTo("China");
  }

  @Test
  void toSvg_missingContribution_noBarLeftOutOfTotal() {
    // Total = 10 + 5 = 15; the missing child adds nothing and is drawn as "missing".
    ContributionsChart chart = ContributionsChart.builder("X")
        .contribution("a", 10).contribution("b", Double.NaN).contribution("c", 5).build();
    Document doc = Xml.parse(chart.toSvg());

    assertThat(chart.total()).isEqualTo(15);
    assertThat(Xml.elements(doc, "rect", "bar")).extracting(b -> b.getAttribute("data-label"))
        .containsExactly("a", "c");
    assertThat(Xml.elements(doc, "text", "missing")).hasSize(1);
    assertThat(chart.contributions()).containsExactly(10, Double.NaN, 5);
  }

  @Test
  void toSvg_everyContributionMissing_totalIsMissing() {
    ContributionsChart chart = ContributionsChart.builder("X")
        .contribution("a", Double.NaN).build();
    Document doc = Xml.parse(chart.toSvg());

    assertThat(chart.total()).isNaN();
    assertThat(Xml.elements(doc, "rect", "total")).isEmpty();
    assertThat(Xml.elements(doc, "text", "missing")).hasSize(2);
  }

  @Test
  void toSvg_zeroContribution_zeroWidthBarMarkedZero() {
    ContributionsChart chart = ContributionsChart.builder("X")
        .contribution("a", 0).contribution("b", 4).build();
    Element bar = Xml.elements(Xml.parse(chart.toSvg()), "rect", "bar").get(0);

    assertThat(bar.getAttribute("data-sign")).isEqualTo("zero");
    assertThat(Xml.num(bar, "width")).isZero();
  }

  @Test
  void toSvg_markupInLabels_isEscapedAndReadsBack() {
    ContributionsChart chart = ContributionsChart.builder("Côte d'Ivoire")
        .contribution("R&D <core>", 3).build();
    String svg = chart.toSvg();
    Document doc = Xml.parse(svg);

    assertThat(svg).contains("R&amp;D &lt;core&gt;", "Côte d&#39;Ivoire");
    assertThat(Xml.elements(doc, "rect", "bar").get(0).getAttribute("data-label"))
        .isEqualTo("R&D <core>");
  }

  @Test
  void write_nestedPath_writesSameBytesAsToSvg(@TempDir Path dir) throws IOException {
    ContributionsChart chart = china();
    Path file = dir.resolve("charts/china-contributions.svg");

    chart.write(file);

    assertThat(Files.readAllBytes(file)).isEqualTo(chart.toSvg().getBytes(StandardCharsets.UTF_8));
    assertThat(chart.toString()).isEqualTo(chart.toSvg());
    Element root = Xml.parse(chart.toSvg()).getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(Xml.SVG_NS);
    assertThat(root.getAttribute("width")).isEqualTo(Integer.toString(chart.width()));
    assertThat(root.getAttribute("height")).isEqualTo(Integer.toString(chart.height()));
  }

  @Test
  void toSvg_sameInputTwice_sameString() {
    assertThat(china().toSvg()).isEqualTo(china().toSvg());
  }

  static Stream<Long> seeds() {
    return IntStream.rangeClosed(1, 50).mapToObj(i -> (long) i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void toSvg_randomContributions_signsSidesAndTotalAgree(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 1 + random.nextInt(8);
    ContributionsChart.Builder builder = ContributionsChart.builder("entity " + seed);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double v = random.nextDouble(-30, 40);
      sum += v;
      builder.contribution("child " + i, v);
    }
    ContributionsChart chart = builder.build();
    Document doc = Xml.parse(chart.toSvg());
    double zero = chart.zeroX();
    double unit = chart.plotLength() / (chart.scaleMax() - chart.scaleMin());

    List<Element> bars = Xml.elements(doc, "rect", "bar");
    assertThat(bars).hasSize(n);
    for (Element bar : bars) {
      double v = Double.parseDouble(bar.getAttribute("data-value"));
      double left = Xml.num(bar, "x");
      double right = left + Xml.num(bar, "width");
      assertThat(Xml.num(bar, "width")).isCloseTo(Math.abs(v) * unit, within(0.0051));
      if (v >= 0) {
        assertThat(left).isCloseTo(zero, within(0.0051));
      } else {
        assertThat(right).isCloseTo(zero, within(0.011));
      }
      assertThat(left).isGreaterThanOrEqualTo(chart.plotLeft() - 0.0051);
      assertThat(right).isLessThanOrEqualTo(chart.plotLeft() + chart.plotLength() + 0.011);
    }
    assertThat(chart.total()).isEqualTo(sum);
    assertThat(chart.scaleMin()).isLessThanOrEqualTo(Math.min(0, sum));
    assertThat(chart.scaleMax()).isGreaterThanOrEqualTo(Math.max(0, sum));
  }

  @Test
  void builder_blankEntity_throws() {
    assertThatThrownBy(() -> ContributionsChart.builder(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entity name ('') must not be blank");
  }

  @Test
  void contribution_repeatedLabel_throwsNamingIt() {
    ContributionsChart.Builder builder = ContributionsChart.builder("X").contribution("a", 1);

    assertThatThrownBy(() -> builder.contribution("a", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contribution 'a' was already added (1.0 points)");
  }

  @Test
  void contribution_infinite_throwsNamingLabel() {
    assertThatThrownBy(() -> ContributionsChart.builder("X")
        .contribution("a", Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contribution 'a' (Infinity) must be finite");
  }

  @Test
  void contributions_lengthMismatch_throwsNamingLengths() {
    assertThatThrownBy(() -> ContributionsChart.builder("X")
        .contributions(List.of("a"), new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("labels (1) and points (2)");
  }

  @Test
  void contributions_lists_sameAsOneByOne() {
    ContributionsChart a = ContributionsChart.builder("X")
        .contributions(List.of("a", "b"), new double[] {1, -2}).build();
    ContributionsChart b = ContributionsChart.builder("X")
        .contribution("a", 1).contribution("b", -2).build();

    assertThat(a.toSvg()).isEqualTo(b.toSvg());
  }

  @Test
  void total_infinite_throwsNamingIt() {
    assertThatThrownBy(() -> ContributionsChart.builder("X").total(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("total (-Infinity)");
  }

  @Test
  void plotLength_nan_throwsNamingIt() {
    assertThatThrownBy(() -> ContributionsChart.builder("X").plotLength(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plot length (NaN)");
  }

  @Test
  void build_noContribution_throwsIllegalState() {
    assertThatThrownBy(() -> ContributionsChart.builder("X").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least one contribution");
  }
}
