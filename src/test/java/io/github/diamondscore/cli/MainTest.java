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
        .contains("A,idx,5.0708901345172")
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

  @Test
  void help_forEveryCommand() {
    assertThat(run("--help").out()).contains("score").contains("explain");
    assertThat(run("score", "--help").out()).contains("--normalize").contains("--out");
    assertThat(run("explain", "--help").out()).contains("--entity");
  }

  @Test
  void userErrors_exit2WithOneLine() {
    assertError(run("score", "--framework", "nope.csv", "--data", DATA),
        "cannot read framework file nope.csv: no such file");
    assertError(run("score", "--framework", FW, "--data", "src/test/resources/cli/bad-number.csv"),
        "'3,5'");
    assertError(run("score", "--framework", FW, "--data", DATA, "--bogus"),
        "unknown option '--bogus'");
    assertError(run("score", "--framework", FW), "missing required option --data");
    assertError(run("score", "--framework", FW, "--data", DATA, "--aggregate", "geometric"),
        "geometric aggregation needs children > 0");
    assertError(run("score", "--framework", FW, "--data", DATA, "--normalize", "minmax:9"),
        "unknown normalization 'minmax:9'");
    assertError(run("explain", "--framework", FW, "--data", DATA, "--entity", "Z",
        "--normalize", "minmax:1:100"),
        "no entity 'Z'");
    assertError(run("frobnicate"), "unknown command 'frobnicate'");
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
