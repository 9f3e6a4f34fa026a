package io.github.diamondscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diamondscore.analysis.Audit;
import io.github.diamondscore.analysis.AuditFlag;
import io.github.diamondscore.analysis.AuditResult;
import io.github.diamondscore.analysis.Importance;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.diamond.Assessment;
import io.github.diamondscore.diamond.GoGlobal;
import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.score.Index;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AuditReportTest {

  /** d spreads over 0..100, p and q over 45..55 of the same goalposts: d dominates. */
  static AuditResult dominated() {
    Random rnd = new Random(2);
    Panel.Builder b = Panel.builder("d", "p", "q");
    for (int r = 0; r < 200; r++) {
      b.add("e" + r, 100 * rnd.nextDouble(), 45 + 10 * rnd.nextDouble(),
          45 + 10 * rnd.nextDouble());
    }
    Panel panel = b.build();
    Framework fw = Framework.of(Composite.of("root", Indicator.of("d").goalposts(0, 100),
        Indicator.of("p").goalposts(0, 100), Indicator.of("q").goalposts(0, 100)));
    return Audit.of(Index.of(fw).fit(panel), panel);
  }

  @Test
  void section_listsEveryFlag_escaped_withChartAndImportanceTable() {
    AuditResult audit = dominated();
    assertThat(audit.flags(AuditFlag.Kind.IMPORTANCE_ABOVE_WEIGHT)).isNotEmpty();
    String html = AuditReport.html(audit).toHtml();
    Document doc = Xml.parse(html);
    assertThat(Xml.elements(doc, "h2")).extracting(Element::getTextContent)
        .containsExactly("Statistical audit");
    List<Element> items = Xml.elements(doc, "li");
    assertThat(items).hasSize(audit.flags().size());
    for (int i = 0; i < items.size(); i++) {
      AuditFlag f = audit.flags().get(i);
      // the DOM gives the unescaped text back: the message survives escaping intact
      assertThat(items.get(i).getTextContent()).isEqualTo(f.kind().name() + ": " + f.message());
    }
    // quotes and comparison signs of the messages are escaped in the markup
    assertThat(html).contains("&#39;d&#39; matters more").contains("(&gt; 2)")
        .doesNotContain("'d' matters");
    // one pair of bars per leaf, at its shares
    Element svg = Xml.elements(doc, "svg").get(0);
    assertThat(svg.getAttribute("aria-label")).isEqualTo("Weight share and importance share");
    List<Element> bars = Xml.elements(doc, "rect").stream()
        .filter(r -> r.getAttribute("class").startsWith("bar")).toList();
    assertThat(bars).hasSize(6);
    Importance d = audit.importance("d");
    assertThat(bars).anySatisfy(r -> {
      assertThat(r.getAttribute("class")).isEqualTo("bar importance");
      assertThat(r.getAttribute("data-label")).isEqualTo("d");
      assertThat(Double.parseDouble(r.getAttribute("data-value")))
          .isEqualTo(d.importanceShare());
    });
    // the table has a row per leaf
    assertThat(html).contains("Weights versus importance").contains("Cronbach");
    Element table = Xml.elements(doc, "table").get(0);
    assertThat(table.getElementsByTagName("tbody").item(0).getChildNodes().getLength())
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void readinessReport_withAudit_addsTheSectionAndItsChartFile(@TempDir Path dir)
      throws Exception {
    Assessment go = GoGlobal.assess();
    AuditResult audit = Audit.of(go.fitted(), go.panel());
    Path index = ReadinessReport.write(go, "CHN", dir, audit);
    String html = Files.readString(index, StandardCharsets.UTF_8);
    Document doc = Xml.parse(html);
    assertThat(Xml.elements(doc, "h2")).extracting(Element::getTextContent)
        .containsExactly("Ranking", "China: score card", "Data and provenance",
            "Statistical audit");
    assertThat(Xml.elements(doc, "svg")).hasSize(5);
    Xml.parse(Files.readString(dir.resolve("importance.svg"), StandardCharsets.UTF_8));
    // The bundled model's flags carry its authors' reasons, as in docs/audit.md.
    for (var f : audit.flags()) {
      assertThat(html).contains(Markup.escape(" Why it stands: "
          + GoGlobal.flagReason(f, audit).orElseThrow()));
    }
    // Another framework's flags have none: the v1 model's report lists its flags bare.
    Assessment v1 = Assessment.of(io.github.diamondscore.diamond.PorterDiamond.index(
        GoGlobal.v1()).fit(go.panel()), go.panel());
    String v1Html = ReadinessReport.html(v1, "CHN", io.github.diamondscore.diamond.BeltAndRoad
        .indicators(), Audit.of(v1.fitted(), v1.panel())).toHtml();
    assertThat(v1Html).contains("Statistical audit").doesNotContain("Why it stands");
    // without the audit the report is as before
    assertThat(ReadinessReport.html(go, "CHN").toHtml()).doesNotContain("Statistical audit");
  }
}
