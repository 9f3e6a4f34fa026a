package io.github.diamondscore.cli;

import io.github.diamondscore.data.Observation;
import io.github.diamondscore.data.PanelCsv;
import io.github.diamondscore.score.Change;
import io.github.diamondscore.internal.AtomicFiles;
import io.github.diamondscore.internal.Csv;
import io.github.diamondscore.internal.Text;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.score.Contribution;
import io.github.diamondscore.score.Digits;
import io.github.diamondscore.score.ScoreCard;
import io.github.diamondscore.score.Scores;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The command-line entry point. Run with {@code --help} for the commands.
 */
public final class Main {
  private static final String USAGE = String.join("\n",
      "usage: java -jar diamond-score-cli.jar [<command>] [options]",
      "",
      "commands:",
      "  demo      (the default) score the bundled Belt and Road countries with the go-global",
      "            readiness model, print the ranking and China's score card, write the report",
      "  score     score every entity; writes the results CSV (entity,node,score,rank)",
      "  explain   one entity's score card: scores, ranks, coverage, contributions",
      "  prepare   write the prepared panel (denominated, screened, imputed, treated) and",
      "            print what was done",
      "  weights   derive a node's weights (equal, ahp, entropy, critic, pca); --all writes a",
      "            reweighted framework",
      "  rank      cross-check ranking on a node's indicators (topsis, vikor, grey, copeland)",
      "  uncertainty  Monte Carlo rank intervals under uncertain weights and methods",
      "  audit     statistical audit: indicator statistics, correlations, alpha and PCA,",
      "            weights against importance, with flags",
      "  export    write the built-in frameworks and the bundled data as CSV files",
      "  scenario  apply the what-if scenarios of a CSV file and compare with the baseline",
      "  solve     the value, or the smallest set of changes, that reaches a target",
      "",
      "'<command> --help' describes a command's options.");

  private Main() {}

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    System.out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the tool without exiting: 0 on success, 2 on bad input (one line on {@code err}), 1 on
   * an internal error.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    int status = dispatch(args, out, err);
    // A PrintStream swallows write errors: output lost (a full disk, a closed pipe, /dev/full)
    // must not be reported as success.
    if (out.checkError() && status == 0) {
      err.println("error: cannot write to standard output");
      return 1;
    }
    return status;
  }

  private static int dispatch(String[] args, PrintStream out, PrintStream err) {
    List<String> argv = Arrays.asList(args);
    String command = argv.isEmpty() ? "demo" : argv.get(0);
    List<String> rest = argv.isEmpty() ? List.of() : argv.subList(1, argv.size());
    try {
      switch (command) {
        case "demo":
          return Demo.run(rest, out);
        case "score":
          return score(rest, out);
        case "explain":
          return explain(rest, out);
        case "prepare":
          return prepare(rest, out);
        case "weights":
          return WeightCommands.weights(rest, out);
        case "rank":
          return WeightCommands.rank(rest, out, err);
        case "uncertainty":
          return UncertaintyCommand.run(rest, out);
        case "audit":
          return AuditCommand.run(rest, out);
        case "export":
          return ExportCommand.run(rest, out);
        case "scenario":
          return ScenarioCommands.scenario(rest, out);
        case "solve":
          return ScenarioCommands.solve(rest, out);
        case "help":
        case "--help":
        case "-h":
          out.println(USAGE);
          return 0;
        default:
          throw new UsageException(String.format(Locale.ROOT,
              "unknown command '%s'; commands: demo, score, explain, prepare, weights, rank, uncertainty, audit, export, scenario, solve (see --help)", command));
      }
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      err.println("error: " + message(e));
      return 2;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      err.println("internal error: " + e.getClass().getName() + ": " + message(e)
          + " (please report it)");
      return 1;
    }
  }

  /** The most characters of a message printed; longer ones are cut with "…". */
  static final int MAX_MESSAGE = 1000;

  /**
   * A failure's message as the one line the tool prints: the message of the exception that was
   * thrown (not of a wrapper that only repeats it, as a copy made across threads does), without
   * Java class names, on one line, each offending value at most about 200 characters, the whole
   * at most {@value #MAX_MESSAGE}.
   */
  static String message(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t
        && (t.getMessage() == null || t.getMessage().equals(t.getCause().toString()))) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    m = m.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ", "")
        .replaceAll("\\s*[\\r\\n]+\\s*", " ");
    StringBuilder sb = new StringBuilder();
    for (String word : m.split(" ", -1)) {
      // values the library already clipped pass; any other long value is clipped here
      sb.append(sb.length() == 0 ? "" : " ")
          .append(word.length() > 2 * Text.CLIP ? Text.clip(word) : word);
    }
    m = sb.toString();
    return m.length() <= MAX_MESSAGE ? m : m.substring(0, MAX_MESSAGE) + "…";
  }

  static boolean help(List<String> rest, PrintStream out, String text) {
    if (rest.contains("--help") || rest.contains("-h")) {
      out.println(text);
      return true;
    }
    return false;
  }

  static Set<String> union(Set<String> a, String... more) {
    Set<String> s = new HashSet<>(a);
    s.addAll(List.of(more));
    return s;
  }

  private static int score(List<String> rest, PrintStream out) {
    if (help(rest, out, "usage: score --framework F --data D [options] [--out FILE]\n\n"
        + "Scores every entity (and year) and writes the results CSV: entity[,year],node,score,rank\n"
        + "(stdout unless --out). Ranks: 1 best, ties share the lowest rank, missing unranked.\n\n"
        + "options:\n" + Pipeline.HELP + "\n  --out FILE            write the CSV here\n"
        + "  --changes FROM:TO     with a year column: write the change table instead,\n"
        + "                        entity,node,score_FROM,score_TO,change\n"
        + "  --exact               write every score exactly (default: rounded to 15\n"
        + "                        significant digits, so 85 prints as 85, not\n"
        + "                        84.99999999999999)")) {
      return 0;
    }
    Args args = Args.parse("score", rest, union(Pipeline.VALUED, "out", "changes"),
        union(Pipeline.FLAGS, "exact"));
    Digits digits = args.flag("exact") ? Digits.EXACT : Digits.ROUNDED;
    Path outFile = Outputs.file(args, "out", "results file");
    int[] years = null;
    if (args.get("changes").isPresent()) {
      String spec = args.get("changes").get();
      String[] parts = spec.split(":");
      try {
        if (parts.length != 2) {
          throw new NumberFormatException();
        }
        if (!parts[0].matches("[0-9]{1,9}") || !parts[1].matches("[0-9]{1,9}")) {
          throw new NumberFormatException();
        }
        years = new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
      } catch (NumberFormatException e) {
        throw new UsageException("--changes '" + Text.clip(spec)
            + "' must be two years, e.g. 2018:2019");
      }
    }
    Pipeline p = new Pipeline(args);
    String csv;
    if (years != null) {
      int from = years[0];
      int to = years[1];
      if (!p.scores.hasYears()) {
        throw new UsageException("--changes needs a data file with a 'year' column");
      }
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
          "entity,node,score_%d,score_%d,change\n", from, to));
      for (Change c : p.scores.changes(from, to)) {
        sb.append(Csv.line(List.of(c.entity(), c.node(), digits.format(c.from()),
            digits.format(c.to()), digits.format(c.change()))));
      }
      csv = sb.toString();
    } else {
      csv = p.scores.toCsv(digits);
    }
    if (outFile != null) {
      write(outFile, "results file", csv);
    } else {
      out.print(csv);
    }
    return 0;
  }

  private static int prepare(List<String> rest, PrintStream out) {
    if (help(rest, out, "usage: prepare --framework F --data D [options] --out FILE\n\n"
        + "Writes the panel as the index prepares it before normalization (one column per\n"
        + "indicator, raw units: divided by denominators, screened, imputed, outlier-treated)\n"
        + "and prints what was done.\n\noptions:\n" + Pipeline.HELP
        + "\n  --out FILE            the prepared data CSV (required)")) {
      return 0;
    }
    Args args = Args.parse("prepare", rest, union(Pipeline.VALUED, "out"), Pipeline.FLAGS);
    args.required("out");
    Path file = Outputs.file(args, "out", "prepared data file");
    Pipeline p = new Pipeline(args);
    PanelCsv.write(p.fitted.prepare(p.panel), file);
    out.print(preparationReport(p));
    out.println("wrote " + file);
    return 0;
  }

  /**
   * What preparation did, counted as a user counts: entities and rows, data columns (a column
   * that several indicators read counts once), imputed cells (entity and column, however many
   * indicators read them), and treated points named by entity.
   */
  static String preparationReport(Pipeline p) {
    StringBuilder sb = new StringBuilder();
    Set<String> read = new java.util.LinkedHashSet<>();
    Set<String> denominators = new java.util.LinkedHashSet<>();
    for (io.github.diamondscore.model.Indicator i : p.framework.indicators()) {
      read.add(i.column());
      i.denominator().ifPresent(denominators::add);
    }
    denominators.removeAll(read);
    List<String> unused = new ArrayList<>();
    for (String c : p.panel.indicators()) {
      if (!read.contains(c) && !denominators.contains(c)) {
        unused.add(c);
      }
    }
    int entities = new HashSet<>(p.panel.entities()).size();
    int indicators = p.framework.indicators().size();
    sb.append(String.format(Locale.ROOT, "data: %d entities%s, %d data columns%n", entities,
        p.panel.size() == entities ? "" : " in " + p.panel.size() + " rows",
        p.panel.indicatorCount()));
    sb.append(String.format(Locale.ROOT, "framework: %d indicator%s reading %d data column%s%s%n",
        indicators, indicators == 1 ? "" : "s", read.size(), read.size() == 1 ? "" : "s",
        denominators.isEmpty() ? "" : String.format(Locale.ROOT,
            ", plus %d denominator column%s (%s)", denominators.size(),
            denominators.size() == 1 ? "" : "s", String.join(", ", denominators))));
    if (!unused.isEmpty()) {
      sb.append(String.format(Locale.ROOT, "unused data columns (%d): %s%n", unused.size(),
          String.join(", ", unused)));
    }
    sb.append("index: ").append(p.index).append('\n');
    for (String d : p.scores.screenedOut()) {
      sb.append("screened out: ").append(d).append('\n');
    }
    // one cell per row and data column, however many indicators read it
    Set<String> cells = new java.util.LinkedHashSet<>();
    Set<String> imputedEntities = new HashSet<>();
    for (int r = 0; r < p.scores.size(); r++) {
      for (io.github.diamondscore.model.Indicator i : p.framework.indicators()) {
        if (p.scores.isImputed(r, i.id())) {
          String row = rowName(p.scores.entities().get(r), p.scores.year(r));
          cells.add(row + " " + i.column());
          imputedEntities.add(row);
        }
      }
    }
    if (!cells.isEmpty()) {
      sb.append(String.format(Locale.ROOT, "imputed %d cell%s in %d entit%s (%s): %s%n",
          cells.size(), cells.size() == 1 ? "" : "s", imputedEntities.size(),
          imputedEntities.size() == 1 ? "y" : "ies", p.index.imputation(),
          String.join("; ", cells)));
    }
    // the outlier reports count rows of the reference panel as fitted, i.e. after screening
    io.github.diamondscore.data.Panel fittedOn = p.index.screening().isPresent()
        ? p.fitted.prepare(p.reference) : p.reference;
    List<String> names = new ArrayList<>();
    for (int r = 0; r < fittedOn.size(); r++) {
      names.add(rowName(fittedOn.entity(r), fittedOn.year(r)));
    }
    for (var r : p.fitted.outlierReports()) {
      if (r.status() != io.github.diamondscore.prepare.OutlierReport.Status.PASSED) {
        sb.append("outliers: ").append(r.describe(names)).append('\n');
      }
    }
    return sb.toString();
  }

  private static String rowName(String entity, java.util.OptionalInt year) {
    return year.isPresent() ? entity + " " + year.getAsInt() : entity;
  }

  private static int explain(List<String> rest, PrintStream out) {
    if (help(rest, out, "usage: explain --framework F --data D --entity ID [--year Y] [options]\n\n"
        + "Prints one entity's score card: every node's score, rank among all entities (of its\n"
        + "year), coverage, and the points each child adds to its parent.\n\noptions:\n"
        + Pipeline.HELP + "\n  --entity ID           the entity to explain\n"
        + "  --year Y              its year, when the data has several\n"
        + "  --json                print the score card as JSON instead\n"
        + "  --exact               with --json: every number exactly (default: rounded to 15\n"
        + "                        significant digits)")) {
      return 0;
    }
    Args args = Args.parse("explain", rest, union(Pipeline.VALUED, "entity", "year"),
        union(Pipeline.FLAGS, "json", "exact"));
    String entity = args.required("entity");
    Pipeline p = new Pipeline(args);
    int row = findRow(p, entity, args);
    ScoreCard card = p.fitted.score(p.panel.observation(row));
    if (args.flag("json")) {
      out.println(io.github.diamondscore.report.ResultsJson.of(card,
          args.flag("exact") ? Digits.EXACT : Digits.ROUNDED));
      return 0;
    }
    out.print(card(card, p.scores, row));
    if (!card.imputed().isEmpty()) {
      out.println("imputed (" + p.index.imputation() + "): " + String.join(", ", card.imputed()));
    }
    for (io.github.diamondscore.model.Indicator ind : p.framework.indicators()) {
      var treatment = p.fitted.outlierTreatment(ind.id());
      double raw = card.observation().value(ind.column());
      if (ind.denominator().isPresent()) {
        raw /= card.observation().value(ind.denominator().get());
      }
      if (treatment.isPresent() && !Double.isNaN(raw) && treatment.get().apply(raw) != raw) {
        out.println(String.format(Locale.ROOT, "treated: %s %s -> %s (%s)", ind.id(),
            Text.exact(raw), Text.exact(treatment.get().apply(raw)),
            treatment.get().getClass().getSimpleName().toLowerCase(Locale.ROOT)));
      }
    }
    return 0;
  }

  static int findRow(Pipeline p, String entity, Args args) {
    if (args.get("year").isPresent()) {
      int year = args.integer("year", 0);
      if (!p.panel.hasYears()) {
        throw new UsageException(String.format(Locale.ROOT, "--year %d: the data has no 'year'"
            + " column, so each entity has one row; leave --year out", year));
      }
      return p.panel.row(entity, year).orElseThrow(() -> new UsageException(String.format(
          Locale.ROOT, "no row for entity '%s' in year %d", entity, year)));
    }
    if (p.panel.hasYears()) {
      int last = -1;
      for (int r = 0; r < p.panel.size(); r++) {
        if (p.panel.entity(r).equals(entity)
            && (last < 0 || p.panel.year(r).getAsInt() > p.panel.year(last).getAsInt())) {
          last = r;
        }
      }
      if (last >= 0) {
        return last;
      }
    } else if (p.panel.row(entity).isPresent()) {
      return p.panel.row(entity).getAsInt();
    }
    throw new UsageException(String.format(Locale.ROOT,
        "no entity '%s' in the data (entities: %s)", entity, abbreviate(p.panel.entities())));
  }

  private static String abbreviate(List<String> ids) {
    return ids.size() <= 12 ? String.join(", ", ids)
        : String.join(", ", ids.subList(0, 12)) + ", ...";
  }

  /** A score card with batch ranks: one line per node. */
  static String card(ScoreCard card, Scores scores, int row) {
    StringBuilder sb = new StringBuilder();
    Observation o = card.observation();
    String root = card.framework().root().id();
    int ranked = 0;
    for (int r = 0; r < scores.size(); r++) {
      if (scores.rank(r, root).isPresent()
          && scores.year(r).equals(scores.year(row))) {
        ranked++;
      }
    }
    sb.append(String.format(Locale.ROOT, "%s%s%s: %s = %s, rank %s of %d%n", o.entity(),
        o.name().map(n -> " (" + n + ")").orElse(""),
        scores.year(row).isPresent() ? " " + scores.year(row).getAsInt() : "", root,
        Text.score(card.total()),
        scores.rank(row, root).isPresent() ? Integer.toString(scores.rank(row, root).getAsInt())
            : "-", ranked));
    List<List<String>> rows = new ArrayList<>();
    for (Node n : card.framework().nodes()) {
      String id = n.id();
      int level = card.framework().level(id);
      String contribution = "";
      var parent = card.framework().parent(id);
      if (parent.isPresent()) {
        for (Contribution c : card.contributions(parent.get().id())) {
          if (c.node().equals(id)) {
            contribution = String.format(Locale.ROOT, "%+.2f", c.points());
          }
        }
      }
      String raw = n instanceof io.github.diamondscore.model.Indicator ind
          && o.indicators().contains(ind.column()) ? Text.exact(o.value(ind.column())) : "";
      rows.add(List.of("  ".repeat(level) + (card.framework().isModulator(id) ? "~" : "") + id,
          raw, Text.score(card.score(id)),
          scores.rank(row, id).isPresent() ? Integer.toString(scores.rank(row, id).getAsInt()) : "",
          String.format(Locale.ROOT, "%.0f%%", 100 * card.coverage(id)), contribution));
    }
    sb.append(Text.table("", List.of("node", "value", "score", "rank", "coverage",
        "to parent"), rows));
    return sb.toString();
  }

  /** Writes an output file atomically; errors name it. */
  static void write(Path file, String what, String text) {
    AtomicFiles.writeString(file, what, text);
  }
}
