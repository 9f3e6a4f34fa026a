package io.github.diamondscore.cli;

import io.github.diamondscore.diamond.BeltAndRoad;
import io.github.diamondscore.diamond.EnterpriseReadiness;
import io.github.diamondscore.diamond.GoGlobal;
import io.github.diamondscore.diamond.PorterDiamond;
import io.github.diamondscore.internal.AtomicFiles;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.FrameworkCsv;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code export} command: the built-in frameworks and the bundled data as CSV files. */
final class ExportCommand {
  static final String DEFAULT_DIR = "target/diamond-export";

  static final String HELP = String.join("\n",
      "usage: export [--out DIR]",
      "",
      "Writes the built-in frameworks as framework CSV files, which --framework reads back, and",
      "the bundled data files as they ship (data/PROVENANCE.md has their sources and terms):",
      "  go-global.csv             the go-global readiness model v2 (the default model)",
      "  go-global-v1.csv          the first release's go-global model, to compare",
      "  porter-diamond.csv        Porter's diamond, determinants modulated by chance and",
      "                            government",
      "  porter-diamond-plain.csv  the six factors as weighted children of one composite",
      "  enterprise.csv            the enterprise readiness template",
      "  countries.csv, indicators.csv, seed_figures.csv, enterprises_synthetic.csv",
      "A framework CSV holds the tree, weights, directions, transforms and methods, not the",
      "index options: scoring go-global.csv as the default run does also needs the built-in",
      "model's --normalize, which export prints.",
      "",
      "options:",
      "  --out DIR             the folder to write into, created if needed (default "
          + DEFAULT_DIR + ")");

  private ExportCommand() {}

  static int run(List<String> rest, PrintStream out) {
    if (Main.help(rest, out, HELP)) {
      return 0;
    }
    Args args = Args.parse("export", rest, Set.of("out"), Set.of());
    Map<String, Framework> frameworks = new LinkedHashMap<>();
    frameworks.put("go-global.csv", GoGlobal.framework());
    frameworks.put("go-global-v1.csv", GoGlobal.v1());
    frameworks.put("porter-diamond.csv", PorterDiamond.framework());
    frameworks.put("porter-diamond-plain.csv", PorterDiamond.plain());
    frameworks.put("enterprise.csv", EnterpriseReadiness.framework());
    Map<String, String> data = BeltAndRoad.bundledFiles();
    List<String> names = new ArrayList<>(frameworks.keySet());
    names.addAll(data.keySet());
    Path dir = Outputs.dir(args, "out", Path.of(args.get("out").orElse(DEFAULT_DIR)), names);
    for (Map.Entry<String, Framework> e : frameworks.entrySet()) {
      FrameworkCsv.write(e.getValue(), dir.resolve(e.getKey()));
    }
    for (Map.Entry<String, String> e : data.entrySet()) {
      AtomicFiles.writeString(dir.resolve(e.getKey()), "data file", e.getValue());
    }
    for (String name : names) {
      out.println("wrote " + dir.resolve(name));
    }
    out.println("the default run is: score --framework " + dir.resolve("go-global.csv")
        + " --data " + dir.resolve("countries.csv") + " --normalize "
        + GoGlobal.index().normalization());
    return 0;
  }
}
