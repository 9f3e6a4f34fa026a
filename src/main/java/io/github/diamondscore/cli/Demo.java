package io.github.diamondscore.cli;

import io.github.diamondscore.analysis.Audit;
import io.github.diamondscore.diamond.Assessment;
import io.github.diamondscore.diamond.BeltAndRoad;
import io.github.diamondscore.diamond.GoGlobal;
import io.github.diamondscore.report.ReadinessReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The bundled demo: scores the Belt and Road countries with the go-global readiness model,
 * prints the ranking and China's score card with its recommendations, and writes the HTML
 * report.
 */
final class Demo {
  static final String HELP = String.join("\n",
      "usage: demo [--out DIR]",
      "",
      "Scores the bundled countries (China, the 64 Belt and Road countries and 14 benchmarks;",
      "25 public indicators, each used once, see data/PROVENANCE.md) with the go-global",
      "readiness model v2, states the model's known limits,",
      "prints the ranking (rank, country, score, tier, group) and China's score card with its",
      "recommendations, and writes a self-contained HTML report with its charts and a",
      "statistical audit of the index (see the audit command).",
      "",
      "options:",
      "  --out DIR             where to write index.html and the SVG charts",
      "                        (default target/diamond-report)");
  static final String FOCUS = "CHN";

  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param args the options after the command name
   * @param out where to print
   * @return 0
   * @throws UsageException for an unknown option
   */
  static int run(List<String> args, PrintStream out) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println(HELP);
      return 0;
    }
    Args parsed = Args.parse("demo", args, Set.of("out"), Set.of());
    // the report folder is checked before anything is printed, so a bad --out fails at once
    Path dir = Outputs.dir(parsed, "out", Path.of(parsed.get("out").orElse(
        "target/diamond-report")), List.of("index.html"));
    Assessment a = GoGlobal.assess();
    out.println("diamond-score demo: go-global readiness of the Belt and Road countries");
    out.println("Data: " + BeltAndRoad.summary() + " (data/PROVENANCE.md).");
    out.println(String.format(Locale.ROOT, "Model v2: %s = mean of the four areas (Porter's"
        + " diamond, platform building, risk prevention, infrastructure); %d indicators, each"
        + " used once (docs/audit.md); index %s.", GoGlobal.ROOT,
        a.framework().indicators().size(), a.fitted().index().normalization()));
    out.println("Known limits:");
    for (String limit : a.limits()) {
      out.println("  - " + limit);
    }
    out.println();
    out.print(a.ranking());
    out.println();
    out.print(a.card(FOCUS));
    out.println();
    Path index = ReadinessReport.write(a, FOCUS, dir, Audit.of(a.fitted(), a.panel()));
    out.println("HTML report: " + index.toAbsolutePath().normalize());
    return 0;
  }
}
