package io.github.diamondscore.cli;

import io.github.diamondscore.aggregate.Aggregation;
import io.github.diamondscore.analysis.Uncertainty;
import io.github.diamondscore.analysis.UncertaintyResult;
import io.github.diamondscore.normalize.Normalization;
import io.github.diamondscore.score.Digits;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** The {@code uncertainty} command. */
final class UncertaintyCommand {
  private UncertaintyCommand() {}

  static int run(List<String> rest, PrintStream out) {
    if (Main.help(rest, out, String.join("\n",
        "usage: uncertainty --framework F --data D [options] [--out FILE]",
        "",
        "Monte Carlo uncertainty analysis (OECD/JRC Handbook step 7): recomputes the index with",
        "weights, normalization and aggregation drawn at random and prints each entity's median",
        "rank and 90% rank interval, and the rank shift each input causes on its own. The same",
        "seed gives the same result on any number of threads.",
        "",
        "options:",
        Pipeline.HELP,
        "  --runs N              Monte Carlo runs (default 1000)",
        "  --seed S              random seed (default 1)",
        "  --weight-noise D      each weight times U(1-D, 1+D) (default 0.25; 0 = fixed)",
        "  --normalizations L    comma-separated alternatives to --normalize, e.g.",
        "                        percentile:1:100,goalposts:1:100",
        "  --aggregations L      comma-separated alternatives to --aggregate, e.g. geometric",
        "  --node ID             the node whose ranks are analysed (default: the root)",
        "  --out FILE            also write entity,nominal_score,nominal_rank,rank_p05,...",
        "                        as CSV",
        "  --exact               with --out: every number exactly (default: rounded to 15",
        "                        significant digits)"))) {
      return 0;
    }
    Args args = Args.parse("uncertainty", rest, Main.union(Pipeline.VALUED, "runs", "seed",
        "weight-noise", "normalizations", "aggregations", "node", "out"),
        Main.union(Pipeline.FLAGS, "exact"));
    Path file = Outputs.file(args, "out", "uncertainty file");
    int runs = args.integer("runs", 1000);
    long seed = args.longInteger("seed", 1);
    double noise = args.number("weight-noise", 0.25);
    Pipeline p = new Pipeline(args);
    Uncertainty.Builder b = Uncertainty.builder(p.index, p.panel)
        .runs(runs)
        .seed(seed)
        .weightNoise(noise);
    args.get("node").ifPresent(b::node);
    for (String n : args.get("normalizations").map(s -> s.split(",")).orElse(new String[0])) {
      b.normalizations(Normalization.parse(n));
    }
    for (String a : args.get("aggregations").map(s -> s.split(",")).orElse(new String[0])) {
      b.aggregations(Aggregation.parse(a));
    }
    UncertaintyResult result = b.build().run();
    out.print(result);
    if (file != null) {
      StringBuilder sb = new StringBuilder();
      result.writeCsv(sb, args.flag("exact") ? Digits.EXACT : Digits.ROUNDED);
      Main.write(file, "uncertainty file", sb.toString());
      out.println("wrote " + file);
    }
    return 0;
  }
}
