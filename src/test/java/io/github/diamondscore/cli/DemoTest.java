package io.github.diamondscore.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.diamondscore.diamond.Assessment;
import io.github.diamondscore.diamond.BeltAndRoad;
import io.github.diamondscore.diamond.Factor;
import io.github.diamondscore.diamond.GoGlobal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DemoTest {

  private static String run(List<String> args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    assertThat(Demo.run(args, out)).isZero();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(
        xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Document doc, String name, String cssClass) {
    NodeList nodes = doc.getElementsByTagNameNS("*", name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (cssClass.isEmpty() || List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
        out.add(e);
      }
    }
    return out;
  }

  private static double[][] points(Element polygon) {
    String[] pairs = polygon.getAttribute("points").trim().split(" ");
    double[][] out = new double[pairs.length][];
    for (int i = 0; i < pairs.length; i++) {
      String[] xy = pairs[i].split(",");
      out[i] = new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
    }
    return out;
  }

  @Test
  void run_tempFolder_printsEveryCountryOnceChinaCardAndWritesReport(@TempDir Path dir)
      throws Exception {
    Path outDir = dir.resolve("report");
    String out = run(List.of("--out", outDir.toString()));
    // The ranking: one line per country, "rank  ISO3  name ...", each country exactly once.
    for (String iso : BeltAndRoad.countries().entities()) {
      Pattern row = Pattern.compile("(?m)^ *[0-9]+  " + iso + "  ");
      assertThat(row.matcher(out).results().count()).as(iso).isEqualTo(1);
    }
    assertThat(out).contains("Ranking on 'readiness' (79 entities;")
        .contains("Score card: China (CHN), group China")
        .contains("Recommendations:\n  1. ")
        .contains("What-if (computed by the fitted index):\n  raising ");
    // The model's known limits are stated before the ranking.
    assertThat(out).contains("Known limits:\n  - Data years:");
    for (String limit : io.github.diamondscore.diamond.GoGlobal.limits()) {
      assertThat(out).contains("  - " + limit + "\n");
    }
    assertThat(out.indexOf("Known limits:")).isLessThan(out.indexOf("Ranking on"));
    Assessment a = GoGlobal.assess();
    assertThat(out).contains(String.format(java.util.Locale.ROOT, "readiness %.2f (%s), rank %d"
        + " of 79", a.score("CHN"), a.tiers().nameOf(a.score("CHN")),
        a.ranking().row("CHN").rank().getAsInt()));
    Path index = outDir.resolve("index.html");
    assertThat(out).endsWith("HTML report: " + index.toAbsolutePath().normalize() + "\n");
    for (String svg : List.of("ranking.svg", "areas.svg", "diamond.svg", "contributions.svg",
        "importance.svg")) {
      assertThat(outDir.resolve(svg)).exists();
    }

    // The report parses as XML; China's polygon in the inline diamond radar sits at the
    // factor scores: vertex k at radius R * score/100 along angle -90 + 60 k degrees, with the
    // centre and R read from the outer ring (its first vertex is straight up, its fourth
    // straight down).
    Document doc = parse(Files.readString(index, StandardCharsets.UTF_8));
    Element diamond = elements(doc, "svg", "").stream()
        .filter(s -> s.getAttribute("aria-label").startsWith("Porter")).findFirst()
        .orElseThrow();
    Element ring = null;
    Element china = null;
    NodeList polygons = diamond.getElementsByTagNameNS("*", "polygon");
    for (int i = 0; i < polygons.getLength(); i++) {
      Element p = (Element) polygons.item(i);
      if (p.getAttribute("class").equals("ring") && p.getAttribute("data-value").equals("100")) {
        ring = p;
      }
      if (p.getAttribute("class").equals("series")
          && p.getAttribute("data-series").equals("China")) {
        china = p;
      }
    }
    double[][] outer = points(ring);
    double cx = outer[0][0];
    double cy = (outer[0][1] + outer[3][1]) / 2;
    double radius = (outer[3][1] - outer[0][1]) / 2;
    double[][] pts = points(china);
    for (Factor f : Factor.values()) {
      int k = f.ordinal();
      double s = a.score("CHN", f.nodeId()) / 100;
      double theta = Math.toRadians(-90 + 60.0 * k);
      assertThat(pts[k][0]).as("x %s", f).isCloseTo(cx + radius * s * Math.cos(theta),
          within(0.02));
      assertThat(pts[k][1]).as("y %s", f).isCloseTo(cy + radius * s * Math.sin(theta),
          within(0.02));
    }
    // the four charts of the card and the audit's weights-versus-importance chart
    assertThat(elements(doc, "svg", "")).hasSize(5);
    assertThat(Files.readString(index, StandardCharsets.UTF_8)).contains("<h2>Statistical audit</h2>");
  }

  @Test
  void run_help_printsUsage() {
    assertThat(run(List.of("--help"))).startsWith("usage: demo [--out DIR]")
        .contains("target/diamond-report");
  }

  @Test
  void run_unknownOption_usageErrorNamesIt() {
    assertThatThrownBy(() -> Demo.run(List.of("--bogus"), System.out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("demo: unknown option '--bogus'").hasMessageContaining("--out");
  }
}
