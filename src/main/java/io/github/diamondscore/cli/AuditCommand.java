package io.github.diamondscore.cli;

import io.github.diamondscore.analysis.Audit;
import io.github.diamondscore.analysis.AuditResult;
import io.github.diamondscore.diamond.GoGlobal;
import io.github.diamondscore.data.Panel;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** The {@code audit} command. */
final class AuditCommand {
  private AuditCommand() {}

  static int run(List<String> rest, PrintStream out) {
    if (Main.help(rest, out, String.join("\n",
        "usage: audit [--framework F --data D] [options] [--out DIR] [--markdown FILE]",
        "",
        "Statistical audit of the fitted index (JRC style). Prints the flags first, then:",
        "each indicator's raw statistics (after denomination: n, missing, mean, sd, min, max,",
        "skewness, kurtosis, whether the outlier rule of --treat-outliers would treat it, low",
        "variance); Pearson and Spearman correlations of the scores between siblings, with",
        "the parent and with the root; Cronbach's alpha and principal components of each",
        "composite; each indicator's main effect on the root against its effective weight;",
        "and data columns read by several indicators. Flags: siblings with r > 0.9, a child",
        "with r < 0 or r < 0.2 with its parent, importance share below 0.5 or above 2 times",
        "the weight share, outliers (|skewness| >= 2 and kurtosis >= 3.5), fewer than 5",
        "distinct values or one value held by more than half the entities, repeated columns.",
        "",
        "options:",
        Pipeline.HELP,
        "  --out DIR             also write one CSV per section into DIR (created if needed):",
        "                        flags, indicators, correlations, alpha, pca, importance,",
        "                        repeated_columns (default: no CSV)",
        "  --markdown FILE       also write the audit as a Markdown document (default: none);",
        "                        for the bundled model it also gives the reason each flag",
        "                        stands (this is how docs/audit.md is made)",
        "",
        "With --fit-year the audit uses that year's rows (the reference data); otherwise",
        "every row of the data."))) {
      return 0;
    }
    Args args = Args.parse("audit", rest, Main.union(Pipeline.VALUED, "out", "markdown"),
        Pipeline.FLAGS);
    Path dir = args.get("out").isEmpty() ? null
        : Outputs.dir(args, "out", Path.of(args.get("out").get()), AuditResult.csvFileNames());
    Path markdown = Outputs.file(args, "markdown", "Markdown file");
    Pipeline p = new Pipeline(args);
    Panel panel = args.get("fit-year").isPresent()
        ? p.panel.filterYear(args.integer("fit-year", 0)) : p.panel;
    AuditResult result = Audit.of(p.fitted, panel);
    out.print(result);
    if (dir != null) {
      for (Path file : result.writeCsv(dir)) {
        out.println("wrote " + file);
      }
    }
    if (markdown != null) {
      Path file = markdown;
      boolean bundled = args.get("framework").isEmpty() && args.get("data").isEmpty()
          && args.get("format").isEmpty();
      // The bundled model's document carries its authors' reason for each flag (docs/audit.md).
      Main.write(file, "Markdown file", bundled ? GoGlobal.auditDocument(result) : result.toMarkdown());
      out.println("wrote " + file);
    }
    return 0;
  }
}
