package io.github.diamondscore.cli;

import io.github.diamondscore.analysis.CrossCheck;
import io.github.diamondscore.analysis.CrossCheckResult;
import io.github.diamondscore.diamond.GoGlobal;
import io.github.diamondscore.score.Digits;
import io.github.diamondscore.analysis.Reweighting;
import io.github.diamondscore.internal.Csv;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.FrameworkCsv;
import io.github.diamondscore.score.Scores;
import io.github.diamondscore.weight.Ahp;
import io.github.diamondscore.weight.DerivedWeights;
import io.github.diamondscore.weight.PairwiseMatrix;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code weights} and {@code rank} commands. */
final class WeightCommands {
  private WeightCommands() {}

  static int weights(List<String> rest, PrintStream out) {
    if (Main.help(rest, out, String.join("\n",
        "usage: weights --method equal|ahp|entropy|critic|pca --framework F --data D --node ID",
        "       weights --method ahp --framework F --node ID --pairwise P.csv [--max-cr C]",
        "       weights --method entropy|critic|pca --framework F --data D --all --out NEW.csv",
        "",
        "Prints node,weight for the node's children (summing to 1). Data-driven methods use the",
        "children's scores under the index options (so directions are applied); ahp reads a",
        "labelled square pairwise matrix (Saaty's 1-9 scale, fractions like 1/3 allowed) whose",
        "labels are the children's ids, and also prints lambda_max, CI and CR.",
        "--all derives every composite's weights bottom-up and writes a new framework CSV.",
        "",
        "options:",
        Pipeline.HELP,
        "  --method M            equal|ahp|entropy|critic|pca",
        "  --node ID             the composite whose children are weighted",
        "  --pairwise FILE       ahp: the pairwise comparison matrix CSV",
        "  --max-cr C            ahp: consistency ratio threshold (default 0.10)",
        "  --accept-inconsistent ahp: accept CR above the threshold with a warning",
        "  --all                 derive every composite (data-driven methods)",
        "  --out FILE            with --all: the new framework CSV",
        "  --exact               print every weight exactly (default: rounded to 15",
        "                        significant digits; --all always writes them exactly)"))) {
      return 0;
    }
    Args args = Args.parse("weights", rest,
        Main.union(Pipeline.VALUED, "method", "node", "pairwise", "max-cr", "out"),
        Main.union(Pipeline.FLAGS, "all", "accept-inconsistent", "exact"));
    Digits digits = args.flag("exact") ? Digits.EXACT : Digits.ROUNDED;
    String method = args.required("method").toLowerCase(Locale.ROOT);
    Path outFile = Outputs.file(args, "out", "framework file");
    if (method.equals("ahp")) {
      // like every command, the built-in model unless --framework names one
      Framework fw = args.get("framework").map(f -> FrameworkCsv.read(Path.of(f)))
          .orElseGet(GoGlobal::framework);
      String node = args.required("node");
      PairwiseMatrix m = PairwiseMatrix.read(Path.of(args.required("pairwise")));
      Ahp ahp = Ahp.defaults().withThreshold(args.number("max-cr", Ahp.DEFAULT_THRESHOLD));
      if (args.flag("accept-inconsistent")) {
        ahp = ahp.acceptingInconsistency();
      }
      DerivedWeights w;
      try {
        w = Reweighting.derive(fw, node, m, ahp);
      } catch (IllegalArgumentException e) {
        // the library's advice names its Java method; a command-line user has an option
        String msg = String.valueOf(e.getMessage());
        if (!msg.contains("acceptingInconsistency()")) {
          throw e;
        }
        throw new UsageException(msg.replaceAll("use \\S*acceptingInconsistency\\(\\)",
            "give --accept-inconsistent"));
      }
      print(w, out, digits);
      for (String d : List.of("lambdaMax", "CI", "CR")) {
        out.println("# " + d + " = " + String.format(Locale.ROOT, "%.6f", w.diagnostics().get(d)));
      }
      w.warnings().forEach(x -> out.println("# warning: " + x));
      return 0;
    }
    Reweighting.Method m = Reweighting.Method.parse(method);
    if (args.flag("all")) {
      args.required("out");
      Path file = outFile;
      Pipeline p = new Pipeline(args);
      Framework fw = Reweighting.deriveAll(p.index, p.panel, m);
      FrameworkCsv.write(fw, file);
      out.println("wrote " + file);
      return 0;
    }
    String node = args.required("node");
    Pipeline p = new Pipeline(args);
    DerivedWeights w = Reweighting.derive(p.index, p.panel, node, m);
    print(w, out, digits);
    w.warnings().forEach(x -> out.println("# warning: " + x));
    return 0;
  }

  private static void print(DerivedWeights w, PrintStream out, Digits digits) {
    out.println("node,weight");
    for (Map.Entry<String, Double> e : w.asMap().entrySet()) {
      out.print(Csv.line(List.of(e.getKey(), digits.format(e.getValue()))));
    }
  }

  static int rank(List<String> rest, PrintStream out, PrintStream err) {
    if (Main.help(rest, out, String.join("\n",
        "usage: rank --method topsis|vikor|grey|copeland --framework F --data D [--node ID]",
        "",
        "Ranks entities on the indicators under a node (default: the root; modulators left",
        "out) with their effective weights. By default it ranks on the indicators' normalized",
        "scores under the index (transforms, goalposts and directions applied, as the index",
        "sees them); --input prepared ranks on the prepared values with their directions.",
        "Writes entity,score,rank sorted by rank: TOPSIS closeness, 1 - VIKOR Q, grey",
        "relational grade, or Copeland wins - losses (higher is better). Entities missing an",
        "indicator are unranked, listed last; a line on stderr says how many and which",
        "indicators they lack (--impute fills gaps).",
        "",
        "options:",
        Pipeline.HELP,
        "  --method M            topsis|vikor|grey|copeland",
        "  --node ID             the node whose indicators are used (default: the root)",
        "  --input I             normalized|prepared (default normalized)",
        "  --exact               write every score exactly (default: rounded to 15",
        "                        significant digits)"))) {
      return 0;
    }
    Args args = Args.parse("rank", rest,
        Main.union(Pipeline.VALUED, "method", "node", "input"),
        Main.union(Pipeline.FLAGS, "exact"));
    CrossCheck.Method m = CrossCheck.Method.parse(args.required("method"));
    CrossCheck.Input input = CrossCheck.Input.parse(args.get("input").orElse("normalized"));
    Digits digits = args.flag("exact") ? Digits.EXACT : Digits.ROUNDED;
    Pipeline p = new Pipeline(args);
    String node = args.get("node").orElse(p.framework.root().id());
    CrossCheckResult result = CrossCheck.check(p.fitted, p.panel, node, m, input);
    Scores s = result.scores();
    out.println(s.hasYears() ? "entity,year,score,rank" : "entity,score,rank");
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < s.size(); r++) {
      rows.add(r);
    }
    // best first; unranked last, in data order (a stable sort)
    rows.sort(Comparator.comparingInt(r -> s.rank(r, m.id()).orElse(Integer.MAX_VALUE)));
    for (int r : rows) {
      List<String> fields = new ArrayList<>();
      fields.add(s.entities().get(r));
      if (s.hasYears()) {
        fields.add(Integer.toString(s.year(r).getAsInt()));
      }
      fields.add(digits.format(s.score(r, m.id())));
      fields.add(s.rank(r, m.id()).isPresent() ? Integer.toString(s.rank(r, m.id()).getAsInt())
          : "");
      out.print(Csv.line(fields));
    }
    if (!result.unranked().isEmpty()) {
      err.println("note: " + result.summary());
    }
    return 0;
  }
}
