package io.github.diamondscore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.diamondscore.diamond.Assessment;
import io.github.diamondscore.diamond.EnterpriseReadiness;
import io.github.diamondscore.diamond.GoGlobal;
import io.github.diamondscore.diamond.Recommendation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReadinessReportTest {
  private static final Assessment GO = GoGlobal.assess();

  @Test
  void html_china_wellFormedWithRankingCardChartsAndProvenance() {
    String html = ReadinessReport.html(GO, "CHN").toHtml();
    Document doc = Xml.parse(html);
    assertThat(Xml.elements(doc, "h2")).extracting(Element::getTextContent)
        .containsExactly("Ranking", "China: score card", "Data and provenance");
    // Ranking bar chart, areas radar, diamond radar, contributions.
    assertThat(Xml.elements(doc, "svg")).hasSize(4);
    List<Element> tables = Xml.elements(doc, "table");
    Element ranking = tables.get(0);
    List<Element> rows = Xml.elements(doc, "tr").stream()
        .filter(r -> r.getParentNode().getParentNode() == ranking
            && r.getParentNode().getNodeName().equals("tbody")).toList();
    assertThat(rows).hasSize(79);
    Element china = rows.stream()
        .filter(r -> r.getElementsByTagName("td").item(2).getTextContent().equals("CHN"))
        .findFirst().orElseThrow();
    assertThat(china.getAttribute("class")).isEqualTo("tier-ready highlight");
    assertThat(china.getElementsByTagName("td").item(5).getTextContent())
        .isEqualTo(GO.tiers().nameOf(GO.score("CHN")));
    // The card's recommendations are in the page, with their reasons.
    for (Recommendation r : GO.recommend("CHN")) {
      assertThat(html).contains(r.reason());
    }
    // The provenance table lists every indicator the framework reads, and the terms.
    assertThat(html).contains("World Bank, Logistics Performance Index 2018")
        .contains("ODC-PDDL-1.0").contains("167 of 3081 values missing");
    // The model's known limits and where each indicator sits in the model.
    assertThat(Xml.elements(doc, "h3")).extracting(Element::getTextContent)
        .contains("Known limits of the model");
    for (String limit : GO.limits()) {
      assertThat(html).contains(Markup.escape(limit));
    }
    assertThat(GO.limits()).isNotEmpty();
    // Self-contained: nothing outside the page.
    assertThat(html).doesNotContain("<script").doesNotContain("href=").doesNotContain("src=");
  }

  @Test
  void write_folder_indexAndChartFiles(@TempDir Path dir) throws Exception {
    Path index = ReadinessReport.write(GO, "CHN", dir.resolve("out"));
    assertThat(index).isEqualTo(dir.resolve("out/index.html"));
    for (String f : List.of("index.html", "ranking.svg", "areas.svg", "diamond.svg",
        "contributions.svg")) {
      Path p = dir.resolve("out").resolve(f);
      assertThat(p).exists();
      Xml.parse(Files.readString(p, StandardCharsets.UTF_8));
    }
    assertThat(Files.readString(dir.resolve("out/diamond.svg")))
        .contains("Porter&#39;s diamond: the six factors");
  }

  @Test
  void html_enterprise_noDiamondRadarButAreasAndCard() {
    Assessment firms = EnterpriseReadiness.assessSample();
    List<Chart> charts = ReadinessReport.charts(firms, "F02");
    assertThat(charts).hasSize(3);
    Document doc = Xml.parse(ReadinessReport.html(firms, "F02").toHtml());
    assertThat(Xml.elements(doc, "svg")).hasSize(3);
    assertThat(Xml.elements(doc, "h2").get(1).getTextContent())
        .isEqualTo("Synthetic apparel exporter: score card");
  }

  @Test
  void html_unknownFocus_namesIt() {
    assertThatThrownBy(() -> ReadinessReport.html(GO, "XXX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entity 'XXX' is not in the assessment");
  }
}
