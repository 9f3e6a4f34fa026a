package io.github.diamondscore.cli;

import static io.github.diamondscore.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.diamondscore.cli.MainTest.Run;
import io.github.diamondscore.diamond.BeltAndRoad;
import io.github.diamondscore.diamond.GoGlobal;
import io.github.diamondscore.internal.Text;
import io.github.diamondscore.score.Scores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CLI tells the truth (issue 10): every default its help states is the default it applies,
 * options the help calls optional are optional, the built-in model can be exported and read
 * back, and results print without arithmetic noise unless asked.
 */
class CliTruthTest {
  // An option's block: its line "  --name ..." and the continuation lines indented under it;
  // in the block, "(default X" with X ending at a space, ';', ',' or ')'
  private static final Pattern OPTION =
      Pattern.compile("^  --([a-z-]+)(.*(?:\n {24}.*)*)", Pattern.MULTILINE);
  private static final Pattern DEFAULT = Pattern.compile("\\(default ([^ ;,)\\s]+)");
  // Options whose default is not a value to pass (a file, a folder, a fit on all years) or that
  // only apply with another option are checked elsewhere or with their companion.
  private static final Map<String, List<String>> COMPANIONS = Map.of(
      "winsorize-max", List.of("--treat-outliers"), "skew", List.of("--treat-outliers"),
      "kurtosis", List.of("--treat-outliers"));

  /** Each command with the least arguments it needs, run on the bundled model and data. */
  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of("score", List.of()),
        Arguments.of("explain", List.of("--entity", "CHN")),
        Arguments.of("weights", List.of("--method", "entropy", "--node", "infrastructure")),
        Arguments.of("rank", List.of("--method", "topsis")),
        Arguments.of("uncertainty", List.of("--runs", "40")),
        Arguments.of("audit", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void everyStatedDefault_isTheDefaultApplied(String command, List<String> base) {
    String help = run(command, "--help").out();
    Matcher block = OPTION.matcher(help);
    int checked = 0;
    while (block.find()) {
      Matcher m = DEFAULT.matcher(block.group(2));
      if (!m.find()) {
        continue;
      }
      String option = block.group(1);
      String value = m.group(1);
      if (option.equals("runs")) {
        continue; // the base arguments set it, to keep the test short
      }
      List<String> plain = new ArrayList<>(List.of(command));
      plain.addAll(base);
      plain.addAll(COMPANIONS.getOrDefault(option, List.of()));
      List<String> explicit = new ArrayList<>(plain);
      explicit.add("--" + option);
      explicit.add(value);
      Run a = run(plain.toArray(String[]::new));
      Run b = run(explicit.toArray(String[]::new));
      assertThat(a.status()).as("%s: %s", plain, a.err()).isZero();
      assertThat(b.out()).as("%s --%s %s gives the same as leaving it out", command, option,
          value).isEqualTo(a.out());
      checked++;
    }
    assertThat(checked).as("defaults checked in '%s --help'", command).isGreaterThanOrEqualTo(6);
  }

  @Test
  void normalizeHelp_statesTheBuiltInModelsRealDefault() {
    String help = run("score", "--help").out();
    assertThat(help).contains("(default " + GoGlobal.index().normalization() + " with")
        .contains("minmax:1:100");
    // and it is not plain minmax: that would change the numbers (CHN 66.92 vs something else)
    assertThat(run("score", "--normalize", "minmax").out()).isNotEqualTo(run("score").out());
  }

  @Test
  void export_writesBuiltInModelsAndDataThatScoreBackToTheDefaultRun(@TempDir Path dir)
      throws Exception {
    Run r = run("export", "--out", dir.toString());
    assertThat(r.status()).as(r.err()).isZero();
    for (String f : List.of("go-global.csv", "go-global-v1.csv", "porter-diamond.csv",
        "porter-diamond-plain.csv", "enterprise.csv", "countries.csv", "indicators.csv",
        "seed_figures.csv", "enterprises_synthetic.csv")) {
      assertThat(dir.resolve(f)).isRegularFile();
      assertThat(r.out()).contains("wrote " + dir.resolve(f));
    }
    assertThat(Files.readString(dir.resolve("countries.csv")))
        .isEqualTo(Files.readString(Path.of("data/countries.csv")));
    String normalize = GoGlobal.index().normalization().toString();
    assertThat(r.out()).contains("--normalize " + normalize);
    Run exported = run("score", "--framework", dir.resolve("go-global.csv").toString(), "--data",
        dir.resolve("countries.csv").toString(), "--normalize", normalize);
    assertThat(exported.err()).isEmpty();
    assertThat(exported.out()).isEqualTo(run("score").out());
  }

  @Test
  void weightsAhp_usesTheBuiltInModelWithoutFramework() {
    Run r = run("weights", "--method", "ahp", "--node", "infrastructure", "--pairwise",
        "examples/data/pairwise-infrastructure.csv");
    assertThat(r.status()).as(r.err()).isZero();
    // Saaty eigenvector of [[1,2,3],[1/2,1,2],[1/3,1/2,1]] (numpy): 0.5396, 0.2970, 0.1634
    assertThat(r.out()).contains("logistics,0.53961455022113")
        .contains("network,0.29696133121247").contains("finance,0.16342411856639");
  }

  @Test
  void explainYear_onDataWithoutYears_saysSoInTheCliWords() {
    Run r = run("explain", "--entity", "CHN", "--year", "2019");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: --year 2019: the data has no 'year' column, so each"
        + " entity has one row; leave --year out\n").doesNotContain("row(");
  }

  @Test
  void rank_sortsByRank_listsUnrankedLast_andSaysWhy() {
    Run r = run("rank", "--method", "topsis");
    assertThat(r.status()).isZero();
    List<String> lines = r.out().lines().skip(1).toList();
    int lastRank = 0;
    boolean unranked = false;
    for (String line : lines) {
      String[] f = line.split(",", -1);
      if (f[2].isEmpty()) {
        unranked = true;
        assertThat(f[1]).isEmpty();
      } else {
        assertThat(unranked).as("ranked row after an unranked one: %s", line).isFalse();
        assertThat(Integer.parseInt(f[2])).isGreaterThanOrEqualTo(lastRank);
        lastRank = Integer.parseInt(f[2]);
      }
    }
    assertThat(lines).hasSize(BeltAndRoad.countries().size());
    long ranked = lines.stream().filter(l -> !l.endsWith(",")).count();
    assertThat(r.err()).isEqualTo(String.format("note: topsis on 22 indicators under 'readiness'"
        + " (normalized scores): ranked %d of 79; %d lack at least one indicator (", ranked,
        79 - ranked) + r.err().substring(r.err().indexOf("(rd_") + 1));
    assertThat(r.err()).contains("(rd_expenditure_pct_gdp 28, ").endsWith(")\n");
    // on prepared values the ranking differs (no log transforms or goalposts)
    assertThat(run("rank", "--method", "topsis", "--input", "prepared").out())
        .isNotEqualTo(r.out());
  }

  @Test
  void results_areRoundedTo15Digits_unlessExact() {
    Scores s = GoGlobal.assess().fitted().score(BeltAndRoad.countries());
    String csv = run("score").out();
    String exact = run("score", "--exact").out();
    int noisy = 0;
    for (int r = 0; r < s.size(); r++) {
      for (String node : s.nodes()) {
        double v = s.score(r, node);
        if (Double.isNaN(v)) {
          continue;
        }
        String full = Text.exact(v);
        String rounded = new java.math.BigDecimal(v).round(new java.math.MathContext(15))
            .stripTrailingZeros().toPlainString();
        assertThat(exact).contains("," + node + "," + full + ",");
        assertThat(csv).contains("," + node + "," + rounded + ",");
        if (!full.equals(rounded)) {
          noisy++;
        }
      }
    }
    assertThat(noisy).as("values whose exact text has more than 15 digits").isPositive();
    assertThat(csv.lines().skip(1).map(l -> l.split(",", -1)[2])
        .filter(v -> !v.isEmpty())
        .map(v -> v.replace("-", "").replace(".", "").replaceFirst("^0+", ""))
        .mapToInt(String::length).max().getAsInt()).isLessThanOrEqualTo(15);
  }

  @Test
  void prepare_countsColumnsOnceAndNamesTreatedPointsByEntity(@TempDir Path dir)
      throws Exception {
    // two indicators read the same data column: one column, two indicators
    Path fw = dir.resolve("fw.csv");
    Files.writeString(fw, "id,parent,column\nroot,,\na,root,x\nb,root,x\nc,root,y\n");
    Path data = dir.resolve("d.csv");
    Files.writeString(data, "entity,group,x,y,z\nA,G,1,10,0\nB,G,,20,0\nC,G,3,30,0\nD,H,4,,0\n");
    Run r = run("prepare", "--framework", fw.toString(), "--data", data.toString(), "--impute",
        "group-mean", "--out", dir.resolve("p.csv").toString());
    assertThat(r.status()).as(r.err()).isZero();
    // B's x (group G mean of 1, 3 = 2) is one cell, read by a and b; D's y has no group mate
    // (group H) and falls back to the overall mean: two cells in two entities
    assertThat(r.out()).contains("data: 4 entities, 3 data columns\n")
        .contains("framework: 3 indicators reading 2 data columns\n")
        .contains("unused data columns (1): z\n")
        .contains("imputed 2 cells in 2 entities (group-mean): B x; D y\n");
  }
}
