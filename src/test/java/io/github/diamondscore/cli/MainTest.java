package io.github.diamondscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  static final String FW = "src/test/resources/cli/framework.csv";
  static final String DATA = "src/test/resources/cli/data.csv";

  /** Exit status, stdout and stderr of one run of the real entry point. */
  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void score_writesResultsCsv() {
    // Same worked example as FittedIndexTest (min-max 1..100, lpi goalposts 1..5):
    // idx A 5.070890134517298, B 91.16450524299158, C 36.06071269401092
    Run r = run("score", "--framework", FW, "--data", DATA, "--normalize", "minmax:1:100");
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("entity,node,score,rank\n")
        // results are rounded to 15 significant digits: 5.070890134517298 -> 5.07089013451730
        .contains("A,idx,5.0708901345173,")
        .contains("B,idx,91.164505242991")
        .contains("C,tariff,,\n")
        .contains("A,lpi,50.5,2\n");
    assertThat(r.out().lines().count()).isEqualTo(1 + 3 * 5);
  }

  @Test
  void score_out_writesFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("r.csv");
    Run r = run("score", "--framework", FW, "--data", DATA, "--normalize=minmax:1:100",
        "--out", file.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(file)).contains("B,idx,91.164505242991");
  }

  @Test
  void score_fitYear_scoresEveryYearAgainstIt() {
    Run r = run("score", "--framework", FW, "--data", "src/test/resources/cli/years.csv",
        "--fit-year", "2019", "--normalize", "minmax:1:100");
    assertThat(r.status()).as(r.err()).isZero();
    // net fitted on 2019 (40..80): A 2020 = 60 -> 1 + 99 * 0.5 = 50.5
    assertThat(r.out()).startsWith("entity,year,node,score,rank\n").contains("A,2020,net,50.5,");
  }

  @Test
  void explain_printsCardWithRanksAndContributions() {
    Run r = run("explain", "--framework", FW, "--data", DATA, "--entity", "A",
        "--normalize", "minmax:1:100");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("A (Alpha): idx = 5.07, rank 3 of 3");
    // infra contributes 2/3 * 7.1063 = 4.74 to idx; tariff 1/3 * 1 = 0.33
    assertThat(r.out()).containsPattern("infra\\s+7\\.11\\s+3\\s+100%\\s+\\+4\\.74")
        .containsPattern("tariff\\s+5\\s+1\\.00\\s+2\\s+100%\\s+\\+0\\.33");
  }

  static final String MESSY = "src/test/resources/cli/messy.csv";
  static final String MESSY_FW = "src/test/resources/cli/messy-framework.csv";

  @Test
  void prepare_writesPreparedPanelAndReportsEachStep(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("prepared.csv");
    Run r = run("prepare", "--framework", MESSY_FW, "--data", MESSY, "--screen", "0.5",
        "--impute", "group-median", "--treat-outliers", "--out", file.toString());
    assertThat(r.status()).as(r.err()).isZero();
    // 'thin' has 0 of 2 indicators; x has 1..9 and 100 -> winsorized (100 -> 9);
    // y/pop: e2 (N) missing -> median of N's present y/pop (10, 30, 40, 45) = 35
    assertThat(r.out()).contains("screened out: entity 'thin'")
        .contains("imputed 2 cells in 2 entities (group-median): e2 y; e5 y")
        .contains("outliers: indicator 'x'").contains("winsorized 1 point (big)")
        .contains("unused data columns (1): extra").contains("wrote " + file);
    String csv = Files.readString(file);
    assertThat(csv).startsWith("entity,group,x,y\n").contains("e2,N,2,35\n")
        .contains("big,S,9,50\n").doesNotContain("thin");
  }

  @Test
  void score_changes_writesChangeTable() {
    Run r = run("score", "--framework", FW, "--data", "src/test/resources/cli/years.csv",
        "--fit-year", "2019", "--normalize", "minmax:1:100", "--changes", "2019:2020");
    assertThat(r.status()).as(r.err()).isZero();
    // net: A 2019 40 -> 1, A 2020 60 -> 50.5: change 49.5
    assertThat(r.out()).startsWith("entity,node,score_2019,score_2020,change\n")
        .contains("A,net,1,50.5,49.5\n");
  }

  @Test
  void explain_reportsImputedValues() {
    Run r = run("explain", "--framework", MESSY_FW, "--data", MESSY, "--entity", "e2",
        "--impute", "mean");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("imputed (mean): y");
  }

  @Test
  void weights_ahp_printsWeightsAndConsistency() {
    // 2x2 reciprocal matrix [[1, 3], [1/3, 1]]: weights 3/4 and 1/4, lambda_max = 2, CR = 0
    Run r = run("weights", "--method", "ahp", "--framework", FW, "--node", "idx",
        "--pairwise", "src/test/resources/cli/pairwise.csv");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("node,weight\ninfra,0.75").contains("tariff,0.25")
        .contains("# lambdaMax = 2.000000").contains("# CR = 0.000000");
  }

  @Test
  void weights_ahp_inconsistent_exit2NamingCr() {
    Run r = run("weights", "--method", "ahp", "--framework",
        "src/test/resources/cli/abc-framework.csv", "--node", "root", "--pairwise",
        "src/test/resources/cli/pairwise-bad.csv");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("CR");
  }

  @Test
  void weights_entropy_andAll(@TempDir Path dir) throws Exception {
    Run r = run("weights", "--method", "entropy", "--framework", MESSY_FW, "--data", MESSY,
        "--node", "idx");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("node,weight\nx,").contains("\ny,");
    Path file = dir.resolve("fw.csv");
    Run all = run("weights", "--method", "equal", "--framework", FW, "--data", DATA, "--all",
        "--out", file.toString(), "--normalize", "minmax:1:100");
    assertThat(all.status()).as(all.err()).isZero();
    assertThat(Files.readString(file)).contains("infra,Infrastructure,idx,0.5");
  }

  @Test
  void rank_topsis_writesEntityScoreRank() {
    Run r = run("rank", "--method", "topsis", "--framework", FW, "--data", DATA,
        "--normalize", "minmax:1:100");
    assertThat(r.status()).as(r.err()).isZero();
    // C has no tariff: unranked. B dominates A on all three indicators -> B first, closeness 1
    assertThat(r.out()).startsWith("entity,score,rank\n").contains("B,1,1\n")
        .contains("A,0,2\n").contains("C,,\n");
  }

  @Test
  void score_formatCoinr_readsTheTwoTables() {
    Run r = run("score", "--format", "coinr", "--framework",
        "src/test/resources/coinr/worked/iMeta.csv", "--data",
        "src/test/resources/coinr/worked/iData.csv");
    assertThat(r.status()).as(r.err()).isZero();
    // CoinrFormatTest works A's index out by hand: 22.023809523809526
    assertThat(r.out()).startsWith("entity,year,node,score,rank\n")
        .contains("A,2021,Index,22.0238095238095");
  }

  @Test
  void uncertainty_printsIntervalsAndWritesCsv(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("u.csv");
    Run r = run("uncertainty", "--framework", FW, "--data", DATA, "--normalize", "minmax:1:100",
        "--runs", "50", "--seed", "3", "--aggregations", "geometric", "--out", file.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("Uncertainty of 'idx' ranks over 50 runs")
        .contains("sensitivity").contains("weights").contains("aggregation");
    // B dominates every indicator: first in every run
    assertThat(Files.readString(file)).contains("\nB,").containsPattern("\nB,[0-9.]+,1,1,1,1,");
  }

  @Test
  void score_withoutFrameworkOrData_scoresTheBundledCountries() {
    Run bundled = run("score");
    assertThat(bundled.status()).as(bundled.err()).isZero();
    assertThat(bundled.out()).startsWith("entity,node,score,rank\n").contains("\nCHN,readiness,")
        .contains("\nSGP,readiness,");
    // the published file (iso3 id column) gives the same numbers as the bundled copy
    Run file = run("score", "--data", "data/countries.csv");
    assertThat(file.status()).as(file.err()).isZero();
    assertThat(file.out()).isEqualTo(bundled.out());
  }

  @Test
  void noArguments_runsTheDemo(@TempDir Path dir) {
    Run r = run("demo", "--out", dir.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("Score card: China (CHN)")
        .contains("HTML report: " + dir.resolve("index.html"));
    assertThat(Main.run(new String[0], new java.io.PrintStream(
        new java.io.ByteArrayOutputStream()), System.err)).isZero();
  }

  @Test
  void explain_reportsTreatedValues() {
    // x: 1..9 and 100 -> winsorized, 100 capped to 9
    Run r = run("explain", "--framework", MESSY_FW, "--data", MESSY, "--entity", "big",
        "--treat-outliers");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("treated: x 100 -> 9 (winsorized)");
  }

  @Test
  void explain_json_printsTheCardAsJson() {
    Run r = run("explain", "--framework", FW, "--data", DATA, "--entity", "B",
        "--normalize", "minmax:1:100", "--json");
    assertThat(r.status()).as(r.err()).isZero();
    // same worked example as score_writesResultsCsv: B idx = 91.16450524299158, net 100
    assertThat(r.out()).startsWith("{\"entity\":\"B\",\"root\":\"idx\",\"total\":91.164505")
        .contains("{\"id\":\"net\",\"name\":\"Internet users\",\"parent\":\"infra\","
            + "\"score\":100,\"coverage\":1}");
  }

  @Test
  void help_forEveryCommand() {
    assertThat(run("--help").out()).contains("score").contains("explain").contains("demo")
        .contains("uncertainty");
    assertThat(run("uncertainty", "--help").out()).contains("--runs").contains("--seed");
    assertThat(run("score", "--help").out()).contains("--normalize").contains("--out");
    assertThat(run("explain", "--help").out()).contains("--entity");
    assertThat(run("weights", "--help").out()).contains("--pairwise").contains("--all");
    assertThat(run("rank", "--help").out()).contains("topsis");
    assertThat(run("prepare", "--help").out()).contains("--impute").contains("--treat-outliers")
        .contains("--screen").contains("--format coinr");
  }

  @Test
  void userErrors_exit2WithOneLine() {
    assertError(run("score", "--framework", "nope.csv", "--data", DATA),
        "cannot read framework file nope.csv: no such file");
    assertError(run("score", "--framework", FW, "--data", "src/test/resources/cli/bad-number.csv"),
        "'3,5'");
    assertError(run("score", "--framework", FW, "--data", DATA, "--bogus"),
        "unknown option '--bogus'");
    // without --data the bundled countries are used, which lack this framework's columns
    assertError(run("score", "--framework", FW),
        "indicator columns [lpi, net, tariff] are not columns of the reference panel");
    assertError(run("explain", "--framework", FW, "--data", DATA),
        "missing required option --entity");
    assertError(run("score", "--framework", FW, "--data", DATA, "--aggregate", "geometric"),
        "geometric aggregation needs children > 0");
    assertError(run("score", "--framework", FW, "--data", DATA, "--normalize", "minmax:9"),
        "unknown normalization 'minmax:9'");
    assertError(run("explain", "--framework", FW, "--data", DATA, "--entity", "Z",
        "--normalize", "minmax:1:100"),
        "no entity 'Z'");
    assertError(run("frobnicate"), "unknown command 'frobnicate'");
    assertError(run("score", "--framework", MESSY_FW, "--data", MESSY, "--impute", "magic"),
        "'magic'");
    assertError(run("score", "--framework", MESSY_FW, "--data", MESSY, "--skew", "3"),
        "--skew only applies with --treat-outliers");
    assertError(run("score", "--framework", MESSY_FW, "--data", MESSY, "--screen", "2"),
        "2");
    assertError(run("rank", "--method", "elect", "--framework", FW, "--data", DATA),
        "unknown ranking method 'elect'");
    assertError(run("weights", "--method", "entropy", "--framework", FW, "--data", DATA,
        "--node", "lpi", "--normalize", "minmax:1:100"), "node 'lpi' has 0 weighted children");
    assertError(run("score", "--framework", FW, "--data", DATA, "--changes", "2019"),
        "must be two years");
    assertError(run("score", "--framework", FW, "--data", DATA, "--fit-year", "2019"),
        "needs a data file with a 'year' column");
    assertError(run("score", "--framework", FW, "--data", DATA, "--min-coverage", "lots"),
        "'lots' is not a number");
  }

  private static void assertError(Run r, String fragment) {
    assertThat(r.status()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("error: ").contains(fragment).doesNotContain("\tat ");
    assertThat(r.err().lines().count()).isEqualTo(1);
  }
}
