package io.github.diamondscore.cli;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.diamond.GoGlobal;
import io.github.diamondscore.diamond.Tiers;
import io.github.diamondscore.scenario.Bands;
import io.github.diamondscore.scenario.ScenarioComparison;
import io.github.diamondscore.scenario.PathOptions;
import io.github.diamondscore.scenario.Scenario;
import io.github.diamondscore.scenario.ScenarioCsv;
import io.github.diamondscore.scenario.Simulator;
import io.github.diamondscore.scenario.Target;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The {@code scenario} and {@code solve} commands. */
final class ScenarioCommands {
  private static final String TIERS_HELP = String.join("\n",
      "  --tiers L,R,E         tier cut-offs Leading,Ready,Emerging for tier changes and tier",
      "                        targets (default 70,55,40); 'none' for no tiers");

  private ScenarioCommands() {}

  static int scenario(List<String> rest, PrintStream out) {
    if (Main.help(rest, out, String.join("\n",
        "usage: scenario --scenarios FILE [--framework F --data D] [options] [--out FILE]",
        "",
        "Applies each scenario of FILE (CSV: scenario,entity,target,operation,value) to the",
        "fitted index with every fitted parameter frozen, and prints the comparison with the",
        "baseline, biggest movers first. entity: an id, group:NAME or * for all. operation:",
        "set, add, multiply, entity (value: another entity), percentile (0-100), group-median",
        "(value: a group), tier-median (value: a tier), frontier (blank value; target a node),",
        "weight, strength (target a modulator). A change beyond an indicator's plausible best",
        "(goalpost or best observed value) is an error.",
        "",
        "options:",
        Pipeline.HELP,
        TIERS_HELP,
        "  --out FILE            also write every comparison as CSV (scenario,entity,node,",
        "                        baseline,scenario_score,delta,baseline_rank,scenario_rank,",
        "                        baseline_tier,scenario_tier)"))) {
      return 0;
    }
    Args args = Args.parse("scenario", rest, Main.union(Pipeline.VALUED, "scenarios", "tiers",
        "out"), Pipeline.FLAGS);
    Path file = Outputs.file(args, "out", "comparison file");
    List<Scenario> scenarios = ScenarioCsv.read(Path.of(args.required("scenarios")));
    Simulator sim = simulator(args);
    StringBuilder csv = new StringBuilder();
    for (Scenario s : scenarios) {
      ScenarioComparison c = sim.apply(s);
      out.println(c);
      out.println();
      String text = c.toCsv();
      csv.append(csv.length() == 0 ? text : text.substring(text.indexOf('\n') + 1));
    }
    if (file != null) {
      Main.write(file, "comparison file", csv.toString());
      out.println("wrote " + file);
    }
    return 0;
  }

  static int solve(List<String> rest, PrintStream out) {
    if (Main.help(rest, out, String.join("\n",
        "usage: solve --entity E --target T [--indicator I] [--framework F --data D] [options]",
        "",
        "With --indicator: the value of that indicator that lifts the entity to the target, all",
        "else equal (bisection to 1e-9 of its plausible range, on the log scale for log",
        "indicators). Without: the smallest set of plausible changes that reaches the target",
        "(exact enumeration, or greedy beyond --exact-limit sets), with why each was chosen.",
        "Targets: a score (55 or score:55), rank:N or tier:NAME, optionally @node.",
        "",
        "options:",
        Pipeline.HELP,
        TIERS_HELP,
        "  --max-changes N       most changes in a path (default 3)",
        "  --exclude A,B         indicators a path may not move (default for the bundled",
        "                        model: the fixed columns, population and growth)",
        "  --exact-limit N       enumerate at most N candidate sets (default 200000)"))) {
      return 0;
    }
    Args args = Args.parse("solve", rest, Main.union(Pipeline.VALUED, "entity", "target",
        "indicator", "tiers", "max-changes", "exclude", "exact-limit"), Pipeline.FLAGS);
    String entity = args.required("entity");
    Target target = Target.parse(args.required("target"));
    Simulator sim = simulator(args);
    if (args.get("indicator").isPresent()) {
      out.println(sim.solve(entity, args.get("indicator").get(), target));
      return 0;
    }
    PathOptions options = PathOptions.defaults()
        .maxChanges(args.integer("max-changes", 3))
        .exactLimit(args.integer("exact-limit", 200_000));
    if (args.get("exclude").isPresent()) {
      options = options.exclude(Arrays.stream(args.get("exclude").get().split(","))
          .map(String::strip).filter(s -> !s.isEmpty()).toList());
    } else if (bundled(args)) {
      options = options.exclude(GoGlobal.assess().fixedColumns());
    }
    out.println(sim.path(entity, target, options));
    return 0;
  }

  private static boolean bundled(Args args) {
    return args.get("framework").isEmpty() && args.get("data").isEmpty();
  }

  private static Simulator simulator(Args args) {
    Pipeline p = new Pipeline(args);
    Panel panel = args.get("fit-year").isPresent()
        ? p.panel.filterYear(args.integer("fit-year", 0)) : p.panel;
    return Simulator.of(p.fitted, panel).withBands(bands(args.get("tiers").orElse("70,55,40")));
  }

  private static Bands bands(String text) {
    if (text.equalsIgnoreCase("none")) {
      return Bands.none();
    }
    String[] parts = text.split(",");
    if (parts.length != 3) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "--tiers '%s' needs three cut-offs Leading,Ready,Emerging, e.g. 70,55,40, or none",
          text));
    }
    List<Double> cuts = new ArrayList<>();
    for (String part : parts) {
      try {
        cuts.add(Double.parseDouble(part.strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "--tiers '%s': '%s' is not a number; e.g. 70,55,40", text, part.strip()), e);
      }
    }
    return Tiers.of(cuts.get(0), cuts.get(1), cuts.get(2)).bands();
  }

}
