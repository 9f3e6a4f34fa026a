package io.github.diamondscore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.diamondscore.analysis.Audit;
import io.github.diamondscore.diamond.Assessment;
import io.github.diamondscore.diamond.GoGlobal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Renders the demo's HTML report in a real browser (headless Chromium, as a subprocess) at a
 * desktop and a phone width, and checks the rendered page: no text box overlaps another, nothing
 * sticks out of the viewport or the page's column without a horizontal scroll container, no text
 * renders below 11 px, and every SVG has an accessible name.
 *
 * <p>The checks run in the page: {@code layout-check.js} is injected into a copy of the report,
 * which is shown in an iframe of exactly the viewport's size (headless Chromium will not make a
 * window narrower than 500 px); the script posts its findings to the harness page, and
 * {@code chromium --dump-dom} prints them. Skipped when Chromium is not installed, unless
 * {@code DIAMOND_REQUIRE_BROWSER=1} (as {@code .ci/run} sets), which makes a missing browser a
 * failure.
 */
class ReportBrowserTest {
  private static final String FINDINGS = "id=\"ds-findings\">";

  @TempDir
  static Path dir;

  private static Path browser;

  @BeforeAll
  static void writeDemoReport() {
    browser = findBrowser().orElse(null);
    if (browser == null) {
      if ("1".equals(System.getenv("DIAMOND_REQUIRE_BROWSER"))) {
        fail("DIAMOND_REQUIRE_BROWSER=1 but no chromium, chromium-browser or google-chrome is"
            + " on the PATH; install Debian's chromium (apt-get install -y chromium)");
      }
      Assumptions.abort("no chromium on the PATH; set DIAMOND_REQUIRE_BROWSER=1 to fail instead");
    }
    // What `java -jar target/diamond-score-cli.jar` (the demo) writes.
    Assessment a = GoGlobal.assess();
    ReadinessReport.write(a, "CHN", dir.resolve("report"), Audit.of(a.fitted(), a.panel()));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @CsvSource({"1400, 900", "390, 844"})
  void demoReport_rendersWithoutOverlapOverflowTinyTextOrUnnamedCharts(int width, int height)
      throws IOException, InterruptedException {
    List<String> lines = render(width, height);

    assertThat(info(lines, "done")).as("the check script ran").isEqualTo("1");
    assertThat(info(lines, "innerWidth")).as("viewport width").isEqualTo(Integer.toString(width));
    // The checks saw the page: its tables and charts, not an empty or broken document.
    assertThat(Integer.parseInt(info(lines, "texts"))).isGreaterThan(1000);
    assertThat(Integer.parseInt(info(lines, "svgs"))).isEqualTo(5);
    List<String> problems = lines.stream().filter(l -> !l.startsWith("info\t")).toList();
    assertThat(problems)
        .as("layout problems at %d x %d px (kind, element, text, box [left,top width x height])",
            width, height)
        .isEmpty();
  }

  /** Renders the report at the given viewport and returns the check script's lines. */
  private static List<String> render(int width, int height)
      throws IOException, InterruptedException {
    Path report = dir.resolve("report");
    Path page = dir.resolve("page-" + width);
    copy(report, page);
    String script;
    try (InputStream in = ReportBrowserTest.class.getResourceAsStream("layout-check.js")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path index = page.resolve("index.html");
    String html = Files.readString(index);
    assertThat(html).contains("</body>");
    Files.writeString(index, html.replace("</body>", "<script>\n" + script + "</script>\n</body>"));
    Path harness = page.resolve("harness.html");
    Files.writeString(harness, String.format(Locale.ROOT, String.join("\n",
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">",
        "<script>window.addEventListener('message', e => {",
        "  const s = document.createElement('script'); s.type = 'text/plain';",
        "  s.id = 'ds-findings'; s.textContent = e.data; document.body.appendChild(s); });",
        "</script>",
        "<iframe src=\"index.html\" style=\"border:0;display:block;width:%dpx;height:%dpx\">"
            + "</iframe>",
        "</body></html>"), width, height));

    Path profile = Files.createTempDirectory(dir, "profile");
    Path out = dir.resolve("dom-" + width + ".html");
    Path err = dir.resolve("chromium-" + width + ".log");
    Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        "--user-data-dir=" + profile, "--window-size=" + (width + 100) + "," + (height + 100),
        "--virtual-time-budget=5000", "--dump-dom", harness.toUri().toString())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish within 180 s; its log: " + Files.readString(err));
    }
    String dom = Files.readString(out);
    int start = dom.lastIndexOf(FINDINGS);
    if (start < 0) {
      fail("chromium (exit " + p.exitValue() + ") printed no findings; its log:\n"
          + Files.readString(err));
    }
    int end = dom.indexOf("</script>", start);
    String text = dom.substring(start + FINDINGS.length(), end)
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    List<String> lines = new ArrayList<>();
    for (String l : text.split("\n")) {
      if (!l.isBlank()) {
        lines.add(l);
      }
    }
    return lines;
  }

  private static String info(List<String> lines, String key) {
    return lines.stream().filter(l -> l.startsWith("info\t" + key + "\t"))
        .map(l -> l.substring(("info\t" + key + "\t").length())).findFirst().orElse("");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      files.forEach(f -> {
        try {
          Files.copy(f, to.resolve(from.relativize(f).toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  private static Optional<Path> findBrowser() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String d : path.split(java.io.File.pathSeparator)) {
        Path candidate = Path.of(d.isEmpty() ? "." : d, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
