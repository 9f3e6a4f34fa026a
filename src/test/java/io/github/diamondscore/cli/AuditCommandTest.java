package io.github.diamondscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

  @Test
  void audit_printsFlagsFirst_andWritesCsvAndMarkdown(@TempDir Path dir) throws Exception {
    Path md = dir.resolve("audit.md");
    MainTest.Run r = MainTest.run("audit", "--framework", MainTest.FW, "--data", MainTest.DATA,
        "--normalize", "minmax:1:100", "--out", dir.resolve("csv").toString(), "--markdown",
        md.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("Statistical audit of 'idx' (3 entities)\nFlags: ")
        .contains("Indicators (raw values after denomination)")
        .contains("Weights versus importance").contains("wrote " + md);
    for (String f : List.of("flags", "indicators", "correlations", "alpha", "pca", "importance",
        "repeated_columns")) {
      assertThat(dir.resolve("csv/" + f + ".csv")).exists();
    }
    assertThat(Files.readString(md)).startsWith("# Statistical audit of `idx`")
        .contains("## Flags");
    // lpi = 3, 4, 2 with goalposts 1..5: mean 3, sd 1
    List<CSVRecord> ind = read(dir.resolve("csv/indicators.csv"));
    CSVRecord lpi = ind.stream().filter(x -> x.get("indicator").equals("lpi")).findFirst()
        .orElseThrow();
    assertThat(lpi.get("mean")).isEqualTo("3");
    assertThat(lpi.get("sd")).isEqualTo("1");
    assertThat(lpi.get("n")).isEqualTo("3");
  }

  @Test
  void audit_bundledModelMarkdown_isTheModelsAuditDocument(@TempDir Path dir) throws Exception {
    Path md = dir.resolve("audit.md");
    MainTest.Run r = MainTest.run("audit", "--markdown", md.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Files.readString(md)).isEqualTo(io.github.diamondscore.diamond.GoGlobal
        .auditDocument(io.github.diamondscore.diamond.GoGlobal.audit()))
        .startsWith("# Audit of the go-global readiness model v2");
  }

  @Test
  void audit_ofTheBundledModel_runsAndGivesSaneValues(@TempDir Path dir) throws Exception {
    MainTest.Run r = MainTest.run("audit", "--out", dir.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Statistical audit of 'readiness' (");
    List<CSVRecord> imp = read(dir.resolve("importance.csv"));
    assertThat(imp).isNotEmpty();
    double weightShares = 0;
    for (CSVRecord x : imp) {
      if (!x.get("main_effect").isEmpty()) {
        assertThat(Double.parseDouble(x.get("main_effect"))).isBetween(0.0, 1.0);
      }
      if (!x.get("weight_share").isEmpty()) {
        weightShares += Double.parseDouble(x.get("weight_share"));
      }
    }
    assertThat(weightShares).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-9));
    for (CSVRecord x : read(dir.resolve("correlations.csv"))) {
      if (!x.get("pearson").isEmpty()) {
        assertThat(Double.parseDouble(x.get("pearson"))).isBetween(-1.0, 1.0);
      }
    }
    for (CSVRecord x : read(dir.resolve("alpha.csv"))) {
      if (!x.get("alpha").isEmpty()) {
        assertThat(Double.parseDouble(x.get("alpha"))).isLessThanOrEqualTo(1.0);
      }
    }
  }

  @Test
  void audit_help_describesEveryOptionWithItsDefault() {
    MainTest.Run r = MainTest.run("audit", "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("--out DIR").contains("--markdown FILE")
        .contains("--framework").contains("default: the built-in go-global readiness model")
        .contains("(default: no CSV)");
    assertThat(MainTest.run("--help").out()).contains("audit ");
  }

  @Test
  void audit_badInput_exit2WithOneLine(@TempDir Path dir) throws Exception {
    MainTest.Run unknown = MainTest.run("audit", "--bogus");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("error: audit: unknown option '--bogus'")
        .hasLineCount(1);
    Path two = dir.resolve("two.csv");
    Files.writeString(two, "entity,lpi,net,tariff\nA,3,40,5\nB,4,80,2\n");
    MainTest.Run small = MainTest.run("audit", "--framework", MainTest.FW, "--data",
        two.toString(), "--normalize", "minmax:1:100");
    assertThat(small.status()).isEqualTo(2);
    assertThat(small.err()).contains("at least 3 scored entities").hasLineCount(1);
    assertThat(small.out()).isEmpty();
  }

  private static List<CSVRecord> read(Path file) throws Exception {
    try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(Files.newBufferedReader(file))) {
      return p.getRecords();
    }
  }
}
