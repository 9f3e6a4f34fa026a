package io.github.diamondscore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

class HtmlReportTest {

  private static TextTable rankingTable() {
    return TextTable.builder("rank", "country", "score").title("Ranking")
        .row("1", "China", "71.20")
        .row("2", "R&D <core>", "55.00")
        .row("3", "Kenya", "NA")
        .maxRows(1)
        .build();
  }

  private static HtmlReport fullReport() {
    RadarChart radar = RadarChart.builder("a", "b", "c", "d").title("Areas")
        .series("China", 70, 60, 50, 40).build();
    BarChart bars = BarChart.builder().bar("China", 71.2).bar("Kenya", 41.9).build();
    ContributionsChart contributions = ContributionsChart.builder("China")
        .contribution("a", 10).contribution("b", -2).build();
    return HtmlReport.builder("Go-global readiness")
        .subtitle("Belt & Road countries")
        .paragraph("Scores are out of 100 <approx>.")
        .section("Ranking")
        .table(rankingTable(), List.of("highlight", "", "muted tier-nascent"))
        .chart(bars, "Scores by country")
        .section("China")
        .subsection("Areas")
        .chart(radar)
        .chart(contributions)
        .bulletList(List.of("Differentiated service: lpi_timeliness 3.1 < median 3.5"))
        .numberedList(List.of("first", "second (as #1)"))
        .preformatted(rankingTable().toString())
        .build();
  }

  @Test
  void toHtml_fullReport_parsesAsXmlWithExpectedStructure() {
    HtmlReport report = fullReport();

    Document doc = Xml.parse(report.toHtml());

    Element html = doc.getDocumentElement();
    assertThat(html.getTagName()).isEqualTo("html");
    assertThat(html.getAttribute("lang")).isEqualTo("en");
    assertThat(report.toHtml()).startsWith("<!DOCTYPE html>\n<html ");
    assertThat(Xml.elements(doc, "title").get(0).getTextContent())
        .isEqualTo("Go-global readiness");
    assertThat(Xml.elements(doc, "h1").get(0).getTextContent()).isEqualTo("Go-global readiness");
    assertThat(Xml.elements(doc, "p", "subtitle").get(0).getTextContent())
        .isEqualTo("Belt & Road countries");
    assertThat(Xml.elements(doc, "section")).hasSize(2);
    assertThat(Xml.elements(doc, "h2")).extracting(Element::getTextContent)
        .containsExactly("Ranking", "China");
    // The subsection, the radar and the list sit inside the second section.
    Element china = Xml.elements(doc, "section").get(1);
    assertThat(china.getElementsByTagName("h3").getLength()).isEqualTo(1);
    assertThat(china.getElementsByTagName("svg").getLength()).isEqualTo(2);
    assertThat(china.getElementsByTagName("li").item(0).getTextContent())
        .isEqualTo("Differentiated service: lpi_timeliness 3.1 < median 3.5");
    assertThat(china.getElementsByTagName("ol").getLength()).isEqualTo(1);
    assertThat(Xml.elements(doc, "ol").get(0).getElementsByTagName("li").getLength()).isEqualTo(2);
    assertThat(report.title()).isEqualTo("Go-global readiness");
    assertThat(report.toString()).isEqualTo(report.toHtml());
  }

  @Test
  void toHtml_fullReport_referencesNothingOutside() {
    String html = fullReport().toHtml();
    Document doc = Xml.parse(html);

    assertThat(html.toLowerCase(Locale.ROOT))
        .doesNotContain("http", "src=", "href=", "url(", "@import", "<script", "<link");
    for (Element e : Xml.allElements(doc)) {
      assertThat(e.getTagName()).isNotIn("script", "link", "img", "iframe", "object", "embed",
          "image", "use");
      NamedNodeMap attributes = e.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        assertThat(attribute.getName()).isNotIn("src", "href", "xlink:href", "srcset", "action");
      }
    }
  }

  @Test
  void toHtml_charts_inlinedOnceEachWithoutDeclarationOrNamespace() {
    String html = fullReport().toHtml();
    Document doc = Xml.parse(html);

    assertThat(Xml.elements(doc, "svg")).hasSize(3);
    assertThat(Xml.elements(doc, "polygon", "series")).hasSize(1);
    assertThat(Xml.elements(doc, "rect", "bar")).hasSize(4);
    assertThat(Xml.elements(doc, "rect", "total")).hasSize(1);
    assertThat(html).doesNotContain("<?xml", "xmlns");
    assertThat(Xml.elements(doc, "figcaption")).extracting(Element::getTextContent)
        .containsExactly("Scores by country");
  }

  @Test
  void table_everyRowWithNumericClassesAndRowClasses() {
    Document doc = Xml.parse(fullReport().toHtml());
    Element table = Xml.elements(doc, "table").get(0);

    List<Element> rows = Xml.elements(doc, "tr");
    assertThat(table.getElementsByTagName("caption").item(0).getTextContent())
        .isEqualTo("Ranking");
    // Header row + all 3 rows, though the table's text form shows only 1.
    assertThat(rows).hasSize(4);
    assertThat(rows).extracting(r -> r.getAttribute("class"))
        .containsExactly("", "highlight", "", "muted tier-nascent");
    // Numeric and short columns stay on one line (class num or short); all scroll in a box.
    assertThat(Xml.elements(doc, "th")).extracting(e -> e.getAttribute("class"))
        .containsExactly("num", "short", "num");
    assertThat(((Element) table.getParentNode()).getAttribute("class")).isEqualTo("table-scroll");
    assertThat(rows.get(2).getElementsByTagName("td").item(1).getTextContent())
        .isEqualTo("R&D <core>");
    assertThat(Xml.elements(doc, "td", "num")).extracting(Element::getTextContent)
        .containsExactly("1", "71.20", "2", "55.00", "3", "NA");
  }

  @Test
  void toHtml_markupInText_escapedEverywhere() {
    HtmlReport report = HtmlReport.builder("R&D <core> \"q\"")
        .subtitle("a<b").paragraph("x & y > z").section("<h2>").preformatted("<pre>&")
        .bulletList(List.of("'quoted'")).build();
    String html = report.toHtml();
    Document doc = Xml.parse(html);

    assertThat(html).contains("R&amp;D &lt;core&gt; &quot;q&quot;", "a&lt;b",
        "x &amp; y &gt; z", "&lt;h2&gt;", "&lt;pre&gt;&amp;", "&#39;quoted&#39;");
    assertThat(Xml.elements(doc, "h2").get(0).getTextContent()).isEqualTo("<h2>");
    assertThat(Xml.elements(doc, "pre").get(0).getTextContent()).isEqualTo("<pre>&");
    assertThat(Xml.elements(doc, "h1").get(0).getTextContent()).isEqualTo("R&D <core> \"q\"");
  }

  @Test
  void preformatted_leadingLineBreak_keptByExtraBreak() {
    // HTML parsers drop one line break right after <pre>, so one is added before the text's.
    String html = HtmlReport.builder("t").preformatted("\nindented").build().toHtml();

    assertThat(html).contains("<pre>\n\nindented</pre>");
  }

  @Test
  void css_extraRules_appendedToStyleSheet() {
    String html = HtmlReport.builder("t").css("tr.leading{background:#e6f4ea}").build().toHtml();

    assertThat(html).contains("tr.leading{background:#e6f4ea}\n</style>");
  }

  @Test
  void lang_tag_setOnRoot() {
    Document doc = Xml.parse(HtmlReport.builder("t").lang("zh-CN").build().toHtml());

    assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("zh-CN");
  }

  @Test
  void write_nestedPath_createsDirectoriesAndWritesUtf8(@TempDir Path dir) throws IOException {
    HtmlReport report = HtmlReport.builder("Côte d'Ivoire").paragraph("中国").build();
    Path file = dir.resolve("diamond-report/sub/index.html");

    report.write(file);

    assertThat(Files.readAllBytes(file)).isEqualTo(report.toHtml()
        .getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Côte", "中国");
  }

  @Test
  void toHtml_sameContentTwice_sameString() {
    assertThat(fullReport().toHtml()).isEqualTo(fullReport().toHtml());
  }

  @Test
  void build_calledTwice_firstReportUnchanged() {
    HtmlReport.Builder builder = HtmlReport.builder("t").paragraph("one");
    HtmlReport first = builder.build();

    builder.paragraph("two");

    assertThat(first.toHtml()).contains("one").doesNotContain("two");
    assertThat(builder.build().toHtml()).contains("one", "two");
  }

  @Test
  void builder_blankTitle_throws() {
    assertThatThrownBy(() -> HtmlReport.builder(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("report title (' ') must not be blank");
  }

  @Test
  void subtitle_setTwice_throwsNamingFirst() {
    HtmlReport.Builder builder = HtmlReport.builder("t").subtitle("first");

    assertThatThrownBy(() -> builder.subtitle("second"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("subtitle was already set to 'first'");
  }

  @Test
  void css_closingTag_throwsNamingIt() {
    assertThatThrownBy(() -> HtmlReport.builder("t").css("</style><script>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not contain '<'");
  }

  @Test
  void css_externalUrl_throwsNamingIt() {
    assertThatThrownBy(() -> HtmlReport.builder("t").css("body{background:URL(x.png)}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not contain 'url('");
    assertThatThrownBy(() -> HtmlReport.builder("t").css("@import 'x.css';"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not contain '@import'");
  }

  @Test
  void table_rowClassesWrongCount_throwsNamingCounts() {
    HtmlReport.Builder builder = HtmlReport.builder("t");

    assertThatThrownBy(() -> builder.table(rankingTable(), List.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row classes (1) must give one entry per table row (3)");
  }

  @Test
  void table_rowClassNotACssClass_throwsNamingRow() {
    HtmlReport.Builder builder = HtmlReport.builder("t");

    assertThatThrownBy(() -> builder.table(rankingTable(), List.of("", "1st\" onclick=", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1 class ('1st\" onclick=')");
  }

  @Test
  void section_blankHeading_throws() {
    assertThatThrownBy(() -> HtmlReport.builder("t").section(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("section heading ('') must not be blank");
  }

  @Test
  void lang_notATag_throwsNamingIt() {
    assertThatThrownBy(() -> HtmlReport.builder("t").lang("en\" x=\"y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("language tag ('en\" x=\"y')");
  }

  @Test
  void charts_sideBySideInAGrid_noneAddsNothing() {
    RadarChart a = RadarChart.builder("x", "y", "z").title("A").series("s", 1, 2, 3).build();
    RadarChart b = RadarChart.builder("x", "y", "z").title("B").series("s", 3, 2, 1).build();

    String html = HtmlReport.builder("T").charts(List.of(a, b)).charts(List.of()).build()
        .toHtml();

    Document doc = Xml.parse(html);
    List<Element> grids = Xml.elements(doc, "div", "charts");
    assertThat(grids).hasSize(1);
    assertThat(grids.get(0).getElementsByTagName("figure").getLength()).isEqualTo(2);
    assertThat(html).contains(".charts{display:grid");
  }
}
