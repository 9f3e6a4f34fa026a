package io.github.diamondscore.cli;

import io.github.diamondscore.aggregate.Aggregation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.data.PanelCsv;
import io.github.diamondscore.diamond.BeltAndRoad;
import io.github.diamondscore.diamond.GoGlobal;
import io.github.diamondscore.internal.Text;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.FrameworkCsv;
import io.github.diamondscore.normalize.Normalization;
import io.github.diamondscore.prepare.Imputation;
import io.github.diamondscore.prepare.OutlierTreatment;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.Index;
import io.github.diamondscore.score.Scores;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The options shared by score, explain and prepare, and the pipeline they drive. */
final class Pipeline {
  static final Set<String> VALUED = Set.of("framework", "data", "normalize", "aggregate",
      "min-coverage", "fit-year", "impute", "winsorize-max", "skew", "kurtosis", "screen",
      "format");
  static final Set<String> FLAGS = Set.of("treat-outliers");

  /**
   * The shared options' help. Every default is read from the code that applies it (the built-in
   * model's index, an {@link Index}'s defaults, the outlier options), so the text cannot drift
   * from the behaviour; {@code CliHelpTest} also runs each documented default explicitly and
   * checks the output does not change.
   */
  static final String HELP = help();

  private static String help() {
    Index builtIn = GoGlobal.index();
    Index plain = Index.of(builtIn.framework());
    OutlierTreatment.Options o = OutlierTreatment.Options.defaults();
    return String.join("\n",
      "  --framework FILE      framework CSV (id,name,parent,weight,direction,aggregation,...);",
      "                        default: the built-in go-global readiness model ('export'",
      "                        writes it as CSV)",
      "  --data FILE           data CSV (entity[,name][,group][,year],<indicator ids...>);",
      "                        default: the bundled Belt and Road countries (data/countries.csv,",
      "                        whose iso3 id column is read as the entity)",
      "  --normalize METHOD    minmax|zscore|zscore:MEAN:SD|goalposts|rank|percentile; bounded",
      "                        methods take :LOW:HIGH, e.g. minmax:1:100 (default "
          + builtIn.normalization() + " with",
      "                        the built-in model; " + plain.normalization()
          + " (0-100) with --framework)",
      "  --aggregate METHOD    arithmetic|geometric|harmonic|power:P|minimum|median|",
      "                        mazziotta-pareto, for composites without their own (default",
      "                        " + plain.aggregation() + ")",
      "  --min-coverage F      a composite with less than this share of its weight present is",
      "                        missing (default " + Text.exact(plain.minCoverage())
          + "; 0 = missing only when no child is present)",
      "  --fit-year Y          with a year column: fit on year Y, score every year against it",
      "                        (default: fit on all years)",
      "  --impute METHOD       none|mean|median|group-mean|group-median|latest (default "
          + plain.imputation() + ");",
      "                        fill values are learned at fit and reported",
      "  --treat-outliers      winsorize indicators with |skewness| >= "
          + Text.exact(o.skewThreshold()) + " and kurtosis >= "
          + Text.exact(o.kurtosisThreshold()) + "",
      "                        (up to " + o.maxWinsorizedPoints()
          + " points), else log-transform them (JRC/COINr defaults)",
      "  --winsorize-max N     most points winsorized per indicator (default "
          + o.maxWinsorizedPoints() + ")",
      "  --skew S              skewness threshold (default " + Text.exact(o.skewThreshold())
          + ")",
      "  --kurtosis K          kurtosis threshold (default " + Text.exact(o.kurtosisThreshold())
          + ")",
      "  --screen FRACTION     drop entities with fewer than this share of indicators present",
      "                        (default: no screening)",
      "  --format coinr        read --framework as a COINr iMeta table and --data as iData");
  }

  final Framework framework;
  final Panel panel;

  /**
   * A data CSV, streamed; a file without an {@code entity} column but with {@code iso3} (the
   * bundled countries.csv as published) is read with that column as the entity.
   */
  static Panel readData(Path file) {
    String header;
    try (java.io.BufferedReader r = io.github.diamondscore.internal.Utf8Reader.open(file)) {
      header = java.util.Objects.requireNonNullElse(r.readLine(), "");
    } catch (java.io.IOException e) {
      throw io.github.diamondscore.internal.IoErrors.wrap("cannot read data file", file, e);
    }
    List<String> cols = List.of(header.replace("\uFEFF", "").split(","));
    if (!cols.contains("entity") && cols.contains("iso3")) {
      return BeltAndRoad.readCountries(file);
    }
    return PanelCsv.read(file);
  }
  final Index index;
  /** The panel the index was fitted on: the data, or its --fit-year rows. */
  final Panel reference;
  final FittedIndex fitted;
  final Scores scores;

  Pipeline(Args args) {
    String format = args.get("format").orElse("csv");
    if (format.equals("coinr")) {
      Imported imported = Imported.coinr(Path.of(args.required("framework")),
          Path.of(args.required("data")));
      this.framework = imported.framework;
      this.panel = imported.panel;
    } else if (format.equals("csv")) {
      this.framework = args.get("framework").map(f -> FrameworkCsv.read(Path.of(f)))
          .orElseGet(GoGlobal::framework);
      this.panel = args.get("data").map(d -> readData(Path.of(d)))
          .orElseGet(BeltAndRoad::countries);
    } else {
      throw new UsageException("--format '" + format + "' is not known; use csv (default) or"
          + " coinr");
    }
    // the built-in model comes with its default index (min-max onto 1..100)
    Index.Builder b = args.get("framework").isPresent() || format.equals("coinr")
        ? Index.builder(framework) : GoGlobal.index().toBuilder();
    args.get("normalize").ifPresent(n -> b.normalization(Normalization.parse(n)));
    args.get("aggregate").ifPresent(a -> b.aggregation(Aggregation.parse(a)));
    if (args.get("min-coverage").isPresent()) {
      b.minCoverage(args.number("min-coverage", 0));
    }
    args.get("impute").ifPresent(i -> b.imputation(Imputation.parse(i)));
    boolean treat = args.flag("treat-outliers");
    for (String o : new String[] {"winsorize-max", "skew", "kurtosis"}) {
      if (args.get(o).isPresent() && !treat) {
        throw new UsageException("--" + o + " only applies with --treat-outliers");
      }
    }
    if (treat) {
      OutlierTreatment.Options o = OutlierTreatment.Options.defaults();
      if (args.get("winsorize-max").isPresent()) {
        o = o.withMaxWinsorizedPoints(args.integer("winsorize-max", OutlierTreatment.Options.DEFAULT_MAX_WINSORIZED_POINTS));
      }
      if (args.get("skew").isPresent()) {
        o = o.withSkewThreshold(args.number("skew", OutlierTreatment.Options.DEFAULT_SKEW_THRESHOLD));
      }
      if (args.get("kurtosis").isPresent()) {
        o = o.withKurtosisThreshold(args.number("kurtosis", OutlierTreatment.Options.DEFAULT_KURTOSIS_THRESHOLD));
      }
      b.treatOutliers(o);
    }
    if (args.get("screen").isPresent()) {
      b.screening(args.number("screen", 0));
    }
    this.index = b.build();
    Panel reference = panel;
    if (args.get("fit-year").isPresent()) {
      int year = args.integer("fit-year", 0);
      if (!panel.hasYears()) {
        throw new UsageException(
            "--fit-year " + year + " needs a data file with a 'year' column");
      }
      if (!panel.years().contains(year)) {
        throw new UsageException(String.format(Locale.ROOT,
            "--fit-year %d: the data has no rows for that year; its years are %s", year,
            panel.years()));
      }
      reference = panel.filterYear(year);
    }
    this.reference = reference;
    this.fitted = index.fit(reference);
    this.scores = fitted.score(panel);
  }
}
