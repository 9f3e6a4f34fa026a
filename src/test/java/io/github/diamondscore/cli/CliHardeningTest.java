package io.github.diamondscore.cli;

import static io.github.diamondscore.cli.MainTest.DATA;
import static io.github.diamondscore.cli.MainTest.FW;
import static io.github.diamondscore.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.diamondscore.cli.MainTest.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 9: inputs never overwritten, lost output, option values, messages. */
class CliHardeningTest {
  @TempDir Path dir;
  Path fw;
  Path data;
  Path years;
  byte[] fwBytes;
  byte[] dataBytes;

  @BeforeEach
  void copyInputs() throws IOException {
    fw = Files.copy(Path.of(FW), dir.resolve("fw.csv"));
    data = Files.copy(Path.of(DATA), dir.resolve("d.csv"));
    years = Files.copy(Path.of("src/test/resources/cli/years.csv"), dir.resolve("y.csv"));
    fwBytes = Files.readAllBytes(fw);
    dataBytes = Files.readAllBytes(data);
  }

  private void assertInputsUnchanged() throws IOException {
    assertThat(Files.readAllBytes(fw)).isEqualTo(fwBytes);
    assertThat(Files.readAllBytes(data)).isEqualTo(dataBytes);
  }

  private static void assertOneLineError(Run r) {
    assertThat(r.status()).as(r.err()).isEqualTo(2);
    assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: ").doesNotContain("Exception");
  }

  // ---- 1. inputs never overwritten ----------------------------------------------------------

  private List<List<String>> commandsWritingTo(String out) {
    String f = fw.toString();
    String d = data.toString();
    List<List<String>> all = new ArrayList<>();
    all.add(List.of("score", "--framework", f, "--data", d, "--out", out));
    all.add(List.of("prepare", "--framework", f, "--data", d, "--out", out));
    all.add(List.of("uncertainty", "--framework", f, "--data", d, "--runs", "10", "--normalize",
        "minmax:1:100", "--out", out));
    all.add(List.of("weights", "--method", "equal", "--framework", f, "--data", d, "--all",
        "--out", out));
    all.add(List.of("audit", "--framework", f, "--data", d, "--markdown", out));
    return all;
  }

  @Test
  void everyCommand_refusesToOverwriteItsInput_byAnyName() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), data);
    Path fwLink = Files.createLink(dir.resolve("hard-fw.csv"), fw);
    String dotted = dir.resolve(".").resolve("d.csv").toString();
    for (String out : List.of(data.toString(), dotted, link.toString(), fw.toString(),
        fwLink.toString(), dir.resolve("sub/../d.csv").toString())) {
      Files.createDirectories(dir.resolve("sub"));
      for (List<String> cmd : commandsWritingTo(out)) {
        Run r = run(cmd.toArray(String[]::new));
        assertOneLineError(r);
        assertThat(r.err()).as(cmd.toString()).contains("is the input file given by --");
        assertThat(r.out()).isEmpty();
        assertInputsUnchanged();
      }
    }
  }

  @Test
  void audit_refusesAnOutputFolderWhoseFileIsAnInput() throws IOException {
    Path flags = Files.copy(data, dir.resolve("flags.csv"));
    Run r = run("audit", "--framework", fw.toString(), "--data", flags.toString(), "--out",
        dir.toString());
    assertOneLineError(r);
    assertThat(r.err()).contains("--out " + flags + " is the input file given by --data");
    assertThat(Files.readAllBytes(flags)).isEqualTo(dataBytes);
  }

  @Test
  void ahp_refusesToOverwriteThePairwiseMatrix() throws IOException {
    Path p = Files.copy(Path.of("src/test/resources/cli/pairwise.csv"), dir.resolve("p.csv"));
    byte[] before = Files.readAllBytes(p);
    Run r = run("weights", "--method", "ahp", "--framework", fw.toString(), "--node", "idx",
        "--pairwise", p.toString(), "--out", p.toString());
    assertOneLineError(r);
    assertThat(Files.readAllBytes(p)).isEqualTo(before);
  }

  @Test
  void score_out_replacesAnExistingOutputFile() throws IOException {
    Path out = Files.writeString(dir.resolve("r.csv"), "old results, much longer than new\n"
        .repeat(100));
    Run r = run("score", "--framework", fw.toString(), "--data", data.toString(), "--out",
        out.toString(), "--normalize", "minmax:1:100");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Files.readString(out)).startsWith("entity,node,score,rank\n")
        .doesNotContain("old results");
  }

  // ---- 2. lost output --------------------------------------------------------------------------

  @Test
  void score_toABrokenStdout_exits1SayingSo() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"score", "--framework", fw.toString(), "--data",
        data.toString(), "--normalize", "minmax:1:100"}, new PrintStream(broken, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("error: cannot write to standard output\n");
  }

  @Test
  void score_toDevFull_asARealProcess_exits1() throws Exception {
    assumeThat(Files.exists(Path.of("/dev/full"))).isTrue();
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "score", "--framework", fw.toString(), "--data", data.toString(), "--normalize",
        "minmax:1:100").redirectOutput(new java.io.File("/dev/full")).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isEqualTo(1);
    assertThat(err).isEqualTo("error: cannot write to standard output\n");
  }

  @Test
  void out_devFull_namesTheFileAndExits2() {
    assumeThat(Files.exists(Path.of("/dev/full"))).isTrue();
    for (List<String> cmd : List.of(
        List.of("score", "--framework", fw.toString(), "--data", data.toString(),
            "--normalize", "minmax:1:100"),
        List.of("weights", "--method", "equal", "--framework", fw.toString(), "--data",
            data.toString(), "--all", "--normalize", "minmax:1:100"))) {
      List<String> args = new ArrayList<>(cmd);
      args.addAll(List.of("--out", "/dev/full"));
      Run r = run(args.toArray(String[]::new));
      assertOneLineError(r);
      assertThat(r.err()).contains("/dev/full").contains("No space left on device");
    }
  }

  // ---- 6. one quoting path -------------------------------------------------------------------

  @Test
  void rankAndChanges_quoteAwkwardIds() throws IOException {
    Path awkward = Files.writeString(dir.resolve("awkward.csv"),
        "entity,year,lpi,net,tariff\n\"B,2\",2019,3,40,5\n\"say \"\"hi\"\"\",2019,4,80,2\n"
            + "\" lead\",2019,2,60,3\n\"B,2\",2020,3.5,60,4\n\"say \"\"hi\"\"\",2020,4,70,2\n"
            + "\" lead\",2020,2,50,3\n");
    Run rank = run("rank", "--method", "topsis", "--framework", fw.toString(), "--data",
        awkward.toString(), "--normalize", "minmax:1:100");
    assertThat(rank.status()).as(rank.err()).isZero();
    assertThat(rank.out()).contains("\n\"B,2\",2019,").contains("\n\"say \"\"hi\"\"\",2019,")
        .contains("\n\" lead\",2019,");
    Run changes = run("score", "--framework", fw.toString(), "--data", awkward.toString(),
        "--changes", "2019:2020", "--normalize", "minmax:1:100");
    assertThat(changes.status()).as(changes.err()).isZero();
    assertThat(changes.out()).contains("\n\"B,2\",idx,").contains("\n\" lead\",idx,");
    Run scores = run("score", "--framework", fw.toString(), "--data", awkward.toString(),
        "--normalize", "minmax:1:100");
    assertThat(scores.out()).contains("\n\"B,2\",2019,idx,");
  }

  // ---- 7. option values ----------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"--seed=1.5", "--seed=NaN", "--seed=1e30", "--seed=0x10",
      "--seed=99999999999999999999", "--min-coverage=0x1p-1", "--min-coverage=NaN",
      "--min-coverage=Infinity", "--weight-noise=1e999", "--runs=1e3", "--runs=3000000000",
      "--runs= 5", "--screen=0.5d"})
  void badOptionValues_areRejectedNamingOptionAndValue(String option) {
    String name = option.substring(0, option.indexOf('='));
    String value = option.substring(option.indexOf('=') + 1);
    Run r = name.equals("--runs") ? run("uncertainty", "--framework", fw.toString(), "--data",
        data.toString(), "--normalize", "minmax:1:100", option)
        : run("uncertainty", "--framework", fw.toString(), "--data", data.toString(),
            "--normalize", "minmax:1:100", "--runs", "10", option);
    assertOneLineError(r);
    assertThat(r.err()).contains("option " + name + " value '" + value + "'");
  }

  @Test
  void goodOptionValues_areAccepted() {
    Run r = run("uncertainty", "--framework", fw.toString(), "--data", data.toString(),
        "--normalize", "minmax:1:100", "--runs", "10", "--seed", "-42", "--min-coverage",
        "0.5", "--weight-noise", "1e-1");
    assertThat(r.status()).as(r.err()).isZero();
  }

  // ---- 8. messages ---------------------------------------------------------------------------

  @Test
  void nonUtf8Data_namesFileLineAndByteOffset() throws IOException {
    Path bin = dir.resolve("bin.csv");
    Files.write(bin, "entity,lpi,net,tariff\nA,3,40,5\nC\u00f4te,2,60,1\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    Run r = run("score", "--framework", fw.toString(), "--data", bin.toString());
    assertOneLineError(r);
    assertThat(r.err()).contains(bin + " is not valid UTF-8: line 3, byte offset 32")
        .contains("must be UTF-8").doesNotContain("Input length");
  }

  @Test
  void nonUtf8Framework_namesFileLineAndByteOffset() throws IOException {
    Path bin = dir.resolve("fw-latin1.csv");
    Files.write(bin, "id,parent\nroot,\nna\u00efve,root\n".getBytes(StandardCharsets.ISO_8859_1));
    Run r = run("score", "--framework", bin.toString(), "--data", data.toString());
    assertOneLineError(r);
    assertThat(r.err()).contains(bin + " is not valid UTF-8: line 3, byte offset 18");
  }

  @Test
  void unterminatedQuote_namesFileAndLineWithoutClassNames() throws IOException {
    Path badFw = Files.writeString(dir.resolve("q-fw.csv"), "id,parent\nroot,\n\"a,root\n");
    Run r = run("score", "--framework", badFw.toString(), "--data", data.toString());
    assertOneLineError(r);
    assertThat(r.err()).contains(badFw + " is not valid CSV: line 3 has a quote that is not "
        + "closed").doesNotContain("org.apache").doesNotContain("EOF reached");
    Path badData = Files.writeString(dir.resolve("q-d.csv"), "entity,lpi\nA,1\n\"B,2\n");
    r = run("score", "--framework", fw.toString(), "--data", badData.toString());
    assertOneLineError(r);
    assertThat(r.err()).contains(badData + " is not valid CSV: line 3 has a quote");
  }

  @Test
  void message_unwrapsCopiesAndDropsClassNames() {
    IllegalArgumentException copy = new IllegalArgumentException(
        new IllegalArgumentException("entity 'A': bad"));
    assertThat(Main.message(copy)).isEqualTo("entity 'A': bad");
    assertThat(Main.message(new IllegalStateException(
        "java.lang.IllegalArgumentException: java.lang.IllegalArgumentException: x")))
        .isEqualTo("x");
  }

  @Test
  void outInAMissingDirectory_saysTheDirectoryDoesNotExist() {
    Run r = run("score", "--framework", fw.toString(), "--data", data.toString(), "--out",
        "/nonexistent/dir/x.csv");
    assertOneLineError(r);
    assertThat(r.err()).isEqualTo("error: cannot write results file /nonexistent/dir/x.csv: "
        + "directory /nonexistent/dir does not exist\n");
  }

  @Test
  void demo_badOutFolder_failsBeforePrintingAnything() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Run r = run("demo", "--out", file.resolve("x").toString());
    assertOneLineError(r);
    assertThat(r.out()).isEmpty();
    assumeThat(Files.isDirectory(Path.of("/proc/self"))).isTrue();
    r = run("demo", "--out", "/proc/x");
    assertOneLineError(r);
    assertThat(r.err()).contains("/proc/x");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void longOffendingValues_areEchoedAtMost200Characters() throws IOException {
    String huge = "x".repeat(100_000);
    Run r = run("uncertainty", "--framework", fw.toString(), "--data", data.toString(),
        "--seed", huge);
    assertOneLineError(r);
    assertThat(r.err().length()).isLessThan(1200);
    assertThat(r.err()).contains("x".repeat(200) + "…");
    Path wide = Files.writeString(dir.resolve("wide.csv"), "entity," + "y".repeat(100_000)
        + ",z\nA,1,2\n");
    r = run("score", "--framework", fw.toString(), "--data", wide.toString());
    assertOneLineError(r);
    assertThat(r.err().length()).isLessThan(1200);
  }

  @Test
  void ahpInconsistency_namesTheOptionNotAJavaMethod() {
    Run r = run("weights", "--method", "ahp", "--framework",
        "src/test/resources/cli/abc-framework.csv", "--node", "root", "--pairwise",
        "src/test/resources/cli/pairwise-bad.csv");
    assertOneLineError(r);
    assertThat(r.err()).contains("--accept-inconsistent").doesNotContain("Ahp.")
        .doesNotContain("acceptingInconsistency");
  }
}
