package io.github.diamondscore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.diamondscore.diamond.Assessment;
import io.github.diamondscore.diamond.EnterpriseReadiness;
import io.github.diamondscore.diamond.Factor;
import io.github.diamondscore.diamond.GoGlobal;
import io.github.diamondscore.diamond.Tier;
import io.github.diamondscore.diamond.Tiers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReadinessChartsTest {
  /** Coordinates are printed with 2 decimals, so each is within 0.005 of the exact value. */
  private static final double PRINTED = 0.0051;
  private static final Assessment GO = GoGlobal.assess();

  private static Element series(Document doc, String name) {
    return Xml.elements(doc, "polygon", "series").stream()
        .filter(p -> p.getAttribute("data-series").equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no series polygon " + name));
  }

  /** Checks each vertex against the documented radar geometry on the 0..100 scale. */
  private static void assertVertices(RadarChart chart, Element polygon, double[] scores) {
    double[][] pts = Xml.points(polygon);
    assertThat(pts.length).isEqualTo(scores.length);
    for (int k = 0; k < scores.length; k++) {
      double theta = Math.toRadians(-90 + 360.0 * k / scores.length);
      double f = Math.max(0, Math.min(100, scores[k])) / 100;
      assertThat(pts[k][0]).as("x of vertex %d", k)
          .isCloseTo(chart.centerX() + chart.radius() * f * Math.cos(theta), within(PRINTED));
      assertThat(pts[k][1]).as("y of vertex %d", k)
          .isCloseTo(chart.centerY() + chart.radius() * f * Math.sin(theta), within(PRINTED));
    }
  }

  @Test
  void diamond_twoCountries_polygonVerticesAreTheFactorScores() {
    RadarChart chart = ReadinessCharts.diamond(GO, "CHN", "SGP");
    assertThat(chart.axes()).containsExactly("Factor conditions", "Demand conditions",
        "Related and supporting industries", "Firm strategy, structure and rivalry", "Chance",
        "Government");
    assertThat(chart.seriesNames()).containsExactly("China", "Singapore");
    Document doc = Xml.parse(chart.toSvg());
    for (String e : List.of("CHN", "SGP")) {
      double[] scores = new double[6];
      for (Factor f : Factor.values()) {
        scores[f.ordinal()] = GO.score(e, f.nodeId());
      }
      assertVertices(chart, series(doc, GO.name(e)), scores);
    }
  }

  @Test
  void areas_rootChildren_polygonVerticesAreTheAreaScores() {
    RadarChart chart = ReadinessCharts.areas(GO, "CHN");
    assertThat(chart.axes()).containsExactly("National competitive advantage",
        "Platform building", "Risk prevention", "Infrastructure");
    assertThat(chart.title()).isEqualTo("Go-global readiness: the areas");
    double[] scores = {GO.score("CHN", "diamond"), GO.score("CHN", "platform"),
        GO.score("CHN", "risk"), GO.score("CHN", "infrastructure")};
    assertVertices(chart, series(Xml.parse(chart.toSvg()), "China"), scores);
  }

  @Test
  void ranking_everyCountryColouredByTierChinaHighlighted() {
    BarChart chart = ReadinessCharts.ranking(GO, "CHN");
    Document doc = Xml.parse(chart.toSvg());
    List<Element> bars = Xml.elements(doc, "rect", "bar");
    assertThat(bars).hasSize(79);
    for (Element bar : bars) {
      String label = bar.getAttribute("data-label");
      String id = GO.entities().stream().filter(e -> GO.name(e).equals(label)).findFirst()
          .orElseThrow();
      double score = GO.score(id);
      assertThat(Double.parseDouble(bar.getAttribute("data-value"))).isEqualTo(score);
      assertThat(bar.getAttribute("data-tier")).isEqualTo(GO.tiers().nameOf(score));
      assertThat(bar.getAttribute("data-highlight")).isEqualTo(id.equals("CHN") ? "true" : "");
    }
    // Ranked: first bar is the best country.
    assertThat(bars.get(0).getAttribute("data-label"))
        .isEqualTo(GO.ranking().rows().get(0).name());
  }

  @Test
  void contributions_china_barsSumToTheIndex() {
    ContributionsChart chart = ReadinessCharts.contributions(GO, "CHN");
    assertThat(chart.labels()).containsExactly("National competitive advantage",
        "Platform building", "Risk prevention", "Infrastructure");
    double sum = 0;
    for (double c : chart.contributions()) {
      sum += c;
    }
    assertThat(sum).isCloseTo(GO.score("CHN"), within(1e-9));
    assertThat(chart.total()).isEqualTo(GO.score("CHN"));
    // Arithmetic root with four equal weights: each area adds a quarter of its score.
    assertThat(chart.contributions()[1]).isCloseTo(GO.score("CHN", "platform") / 4,
        within(1e-12));
    Document doc = Xml.parse(chart.toSvg());
    assertThat(Double.parseDouble(Xml.elements(doc, "rect", "total").get(0)
        .getAttribute("data-value"))).isEqualTo(GO.score("CHN"));
  }

  @Test
  void contributions_diamondRoot_modulatorsLabelled() {
    Assessment diamond = io.github.diamondscore.diamond.PorterDiamond.assess();
    ContributionsChart chart = ReadinessCharts.contributions(diamond, "CHN");
    assertThat(chart.labels()).contains("Chance (modulates)", "Government (modulates)");
    double sum = 0;
    for (double c : chart.contributions()) {
      sum += c;
    }
    assertThat(sum).isCloseTo(diamond.score("CHN"), within(1e-9));
  }

  @Test
  void tiers_coloursInOrder() {
    List<BarChart.Tier> t = ReadinessCharts.tiers(Tiers.defaults());
    assertThat(t).extracting(BarChart.Tier::name)
        .containsExactly("Leading", "Ready", "Emerging", "Nascent");
    assertThat(t).extracting(BarChart.Tier::color)
        .containsExactly("#009E73", "#56B4E9", "#E69F00", "#D55E00");
    assertThat(t.get(3).minimum()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(ReadinessCharts.tiers(Tiers.of(List.of(new Tier("Only",
        Double.NEGATIVE_INFINITY))))).hasSize(1);
  }

  @Test
  void invalid_messagesNameTheProblem() {
    Assessment firms = EnterpriseReadiness.assessSample();
    assertThatThrownBy(() -> ReadinessCharts.diamond(firms, "F01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("framework 'enterprise' has no node 'factor_conditions'");
    assertThatThrownBy(() -> ReadinessCharts.areas(GO))
        .hasMessageContaining("give at least one entity");
    assertThatThrownBy(() -> ReadinessCharts.ranking(GO, "XXX"))
        .hasMessageContaining("entity 'XXX' is not in the assessment");
    // The enterprise model's four areas draw fine.
    assertThat(ReadinessCharts.areas(firms, "F01", "F02").seriesNames()).hasSize(2);
  }
}
