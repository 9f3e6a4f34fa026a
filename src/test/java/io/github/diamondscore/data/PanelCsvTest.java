package io.github.diamondscore.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.diamondscore.testing.Generated;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PanelCsvTest {

  @TempDir Path dir;

  private static Panel read(String csv) {
    return PanelCsv.read(new StringReader(csv), "data.csv");
  }

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 50).boxed();
  }

  // ---- reading: worked examples --------------------------------------------------------------

  @Test
  void read_smallFile_givesExactValues() {
    // Each expected double is the literal of its cell: "1e-3" is 0.001, "+2" is 2, "NA" and
    // the blank cell are missing.
    Panel panel = read("entity,gdp,net\nCN,12.6,73\nVN,-0.5,NA\nJP,,1e-3\nKR,+2,1E+2\n");
    assertThat(panel.indicators()).containsExactly("gdp", "net");
    assertThat(panel.entities()).containsExactly("CN", "VN", "JP", "KR");
    assertThat(panel.column("gdp")).usingComparatorWithPrecision(0.0)
        .containsExactly(12.6, -0.5, Double.NaN, 2.0);
    assertThat(panel.column("net")).usingComparatorWithPrecision(0.0)
        .containsExactly(73.0, Double.NaN, 0.001, 100.0);
    assertThat(panel.value("JP", "gdp")).isNaN();
    assertThat(panel.hasNames()).isFalse();
    assertThat(panel.hasYears()).isFalse();
  }

  @Test
  void read_optionalColumnsInOddPositions_areRecognizedByName() {
    Panel panel = read("gdp,year,group,entity,net,name\n"
        + "1.5,2020,Asia,CN,2,China\n"
        + "2.5,2021,,CN,3,\n");
    assertThat(panel.indicators()).containsExactly("gdp", "net");
    assertThat(panel.hasYears()).isTrue();
    assertThat(panel.years()).containsExactly(2020, 2021);
    assertThat(panel.value("CN", 2021, "net")).isEqualTo(3.0);
    assertThat(panel.name(0)).contains("China");
    assertThat(panel.name(1)).isEmpty();
    assertThat(panel.group(0)).contains("Asia");
    assertThat(panel.group(1)).isEmpty();
  }

  @Test
  void read_byteOrderMark_isSkipped() {
    Panel panel = read("\uFEFFentity,x\nA,1\n");
    assertThat(panel.indicators()).containsExactly("x");
    assertThat(panel.value("A", "x")).isEqualTo(1.0);
  }

  @Test
  void read_crlfLineEnds_readLikeLf() {
    Panel crlf = read("entity,x,y\r\nA,1,2\r\nB,3,\r\n");
    Panel lf = read("entity,x,y\nA,1,2\nB,3,\n");
    assertThat(crlf).isEqualTo(lf);
    assertThat(crlf.value("B", "x")).isEqualTo(3.0);
  }

  @Test
  void read_quotedFields_keepCommasQuotesAndLineBreaks() {
    Panel panel = read("entity,name,\"gdp, ppp\"\n"
        + "\"KR\",\"Korea, Rep.\",\"3.5\"\n"
        + "CI,\"C\u00f4te d'Ivoire \"\"CIV\"\"\nWest Africa\",\" 1 \"\n");
    assertThat(panel.indicators()).containsExactly("gdp, ppp");
    assertThat(panel.name(0)).contains("Korea, Rep.");
    assertThat(panel.name(1)).contains("C\u00f4te d'Ivoire \"CIV\"\nWest Africa");
    assertThat(panel.value("KR", "gdp, ppp")).isEqualTo(3.5);
    assertThat(panel.value("CI", "gdp, ppp")).isEqualTo(1.0);
  }

  @Test
  void read_blankLinesAndLinesOfEmptyFields_areSkipped() {
    Panel panel = read("entity,x\nA,1\n\nB,2\n,\n\n\n");
    assertThat(panel.entities()).containsExactly("A", "B");
  }

  @Test
  void read_noFinalLineBreak_readsLastRow() {
    assertThat(read("entity,x\nA,1\nB,2").value("B", "x")).isEqualTo(2.0);
  }

  @Test
  void read_spacesAroundUnquotedFields_areIgnored() {
    Panel panel = read("entity , x\n A , 1.5 \n");
    assertThat(panel.indicators()).containsExactly("x");
    assertThat(panel.entities()).containsExactly("A");
    assertThat(panel.value("A", "x")).isEqualTo(1.5);
  }

  @Test
  void read_headerOnly_givesEmptyPanelWithIndicators() {
    Panel panel = read("entity,gdp,net\n");
    assertThat(panel.size()).isZero();
    assertThat(panel.indicators()).containsExactly("gdp", "net");
  }

  @Test
  void read_entityOnly_givesPanelWithoutIndicators() {
    Panel panel = read("entity\nA\nB\n");
    assertThat(panel.entities()).containsExactly("A", "B");
    assertThat(panel.indicatorCount()).isZero();
  }

  @Test
  void read_negativeZero_keepsSign() {
    Panel panel = read("entity,x\nA,-0\nB,0\n");
    assertThat(Double.doubleToRawLongBits(panel.value(0, 0)))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(Double.doubleToRawLongBits(panel.value(1, 0))).isZero();
  }

  // ---- reading: errors -----------------------------------------------------------------------

  @Test
  void read_emptyText_throwsSayingHeaderIsNeeded() {
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("data.csv is empty; a data file starts with a header line");
    assertThatThrownBy(() -> read("\uFEFF\n\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("data.csv is empty");
  }

  @Test
  void read_noEntityColumn_throwsListingHeader() {
    assertThatThrownBy(() -> read("country,gdp\nCN,1\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("data.csv has no 'entity' column (header: country, gdp); "
            + "name the column of entity ids 'entity'");
  }

  @Test
  void read_entityColumnInOtherCase_throwsWithCaseHint() {
    assertThatThrownBy(() -> read("Entity,gdp\nCN,1\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found 'Entity'; column names are case-sensitive");
  }

  @Test
  void read_semicolonSeparatedFile_throwsWithSeparatorHint() {
    assertThatThrownBy(() -> read("entity;gdp\nCN;1,5\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no 'entity' column")
        .hasMessageContaining("the header looks separated by ';'");
  }

  @Test
  void read_duplicateColumn_throwsNamingItAndPositions() {
    assertThatThrownBy(() -> read("entity,gdp,net,gdp\nCN,1,2,3\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'gdp' appears twice in the header of data.csv "
            + "(columns 2 and 4)");
  }

  @Test
  void read_blankColumnName_throwsWithTrailingCommaHint() {
    assertThatThrownBy(() -> read("entity,gdp,\nCN,1,\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 3 of the header of data.csv (line 1) is blank")
        .hasMessageContaining("trailing comma");
  }

  @Test
  void read_quotedIndicatorWithSpaces_throwsNamingHeader() {
    assertThatThrownBy(() -> read("entity,\" gdp\"\nCN,1\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("header of data.csv: indicator id ' gdp' has leading or trailing");
  }

  @Test
  void read_duplicateEntity_throwsNamingEntityAndBothLines() {
    assertThatThrownBy(() -> read("entity,x\nA,1\nB,2\n\nA,3\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entity 'A' appears twice (line 2 of data.csv and line 5 of "
            + "data.csv)");
  }

  @Test
  void read_duplicateEntityYear_throwsNamingPairAndBothLines() {
    assertThatThrownBy(() -> read("entity,year,x\nA,2020,1\nA,2021,2\nA,2020,3\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entity 'A' in year 2020 appears twice (line 2 of data.csv and "
            + "line 4 of data.csv)");
  }

  @Test
  void read_yearNotInteger_throwsNamingLineEntityAndText() {
    assertThatThrownBy(() -> read("entity,year,x\nA,2020,1\nB,2020.5,2\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3 of data.csv, entity 'B', column 'year': value '2020.5' is "
            + "not an integer");
  }

  @Test
  void read_yearWithNonAsciiDigits_throws() {
    // U+0662 U+0660 U+0662 U+0661 are Arabic-Indic digits for 2021; Integer.parseInt takes them.
    assertThatThrownBy(() -> read("entity,year,x\nA,\u0662\u0660\u0662\u0661,1\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'year': value '\u0662\u0660\u0662\u0661' is not an integer");
  }

  @Test
  void read_signedYear_isAccepted() {
    assertThat(read("entity,year,x\nA,-44,1\nB,+2021,2\n").years()).containsExactly(-44, 2021);
  }

  @Test
  void read_yearBlank_throwsNamingLineAndEntity() {
    assertThatThrownBy(() -> read("entity,year,x\nA,2020,1\nB,,2\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3 of data.csv, entity 'B': the year is blank");
  }

  @Test
  void read_tooFewFields_throwsNamingLineAndCounts() {
    assertThatThrownBy(() -> read("entity,x,y\nA,1,2\nB,1\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3 of data.csv has 2 fields but the header has 3")
        .hasMessageNotContaining("decimal comma");
  }

  @Test
  void read_tooManyFields_throwsWithDecimalCommaHint() {
    assertThatThrownBy(() -> read("entity,x\nA,3,5\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2 of data.csv has 3 fields but the header has 2")
        .hasMessageContaining("decimal comma (3,5), write them with '.' (3.5)");
  }

  @Test
  void read_blankEntity_throwsNamingLine() {
    assertThatThrownBy(() -> read("entity,x\nA,1\n ,2\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3 of data.csv has a blank entity id");
  }

  @Test
  void read_textInNumberCell_throwsNamingLineEntityColumnAndText() {
    assertThatThrownBy(() -> read("entity,gdp,net\nCN,1,2\nVN,3,abc\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3 of data.csv, entity 'VN', column 'net': value 'abc' is not "
            + "a number; write a decimal number with '.'");
  }

  @Test
  void read_quotedDecimalComma_throwsSuggestingPoint() {
    assertThatThrownBy(() -> read("entity,gdp\nCN,\"3,5\"\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2 of data.csv, entity 'CN', column 'gdp': value '3,5' is not "
            + "a number: it looks like a decimal comma; write it with '.' (3.5)");
  }

  @Test
  void read_infinityText_throwsSayingInfinite() {
    for (String text : List.of("Inf", "-inf", "Infinity")) {
      assertThatThrownBy(() -> read("entity,gdp\nCN," + text + "\n"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("value '" + text + "' is infinite");
    }
  }

  @Test
  void read_numberBeyondDoubleRange_throwsSayingTooLarge() {
    assertThatThrownBy(() -> read("entity,gdp\nCN,-1e999\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value '-1e999' is too large for a double");
  }

  @Test
  void read_nanOrLowercaseNa_throwsSuggestingNa() {
    for (String text : List.of("NaN", "na", "N/A", "null")) {
      assertThatThrownBy(() -> read("entity,gdp\nCN," + text + "\n"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("value '" + text + "' is not a number; for a missing value leave "
              + "the cell blank or write NA");
    }
  }

  @Test
  void read_javaOnlyNumberForms_areRejected() {
    for (String text : List.of("0x1p3", "1d", "2f", "1_000")) {
      assertThatThrownBy(() -> read("entity,gdp\nCN," + text + "\n"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("value '" + text + "' is not a number");
    }
  }

  @Test
  void read_errorAfterMultiLineField_namesStartLineOfRow() {
    // The name of A spans lines 2-3, so B is on line 4.
    assertThatThrownBy(() -> read("entity,name,x\nA,\"two\nlines\",1\nB,b,oops\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 4 of data.csv, entity 'B'");
  }

  @Test
  void read_unclosedQuote_throwsSayingInvalidCsv() {
    assertThatThrownBy(() -> read("entity,x\n\"A,1\nB,2\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("data.csv is not valid CSV")
        .hasMessageContaining("quote that is not closed");
  }

  @Test
  void read_missingFile_throwsUncheckedIoNamingIt() {
    Path missing = dir.resolve("nope.csv");
    assertThatThrownBy(() -> PanelCsv.read(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot read data file " + missing);
  }

  @Test
  void read_invalidUtf8_throwsNamingFileAndEncoding() throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, "entity,x\nC\u00f4te,1\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> PanelCsv.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file + " is not valid UTF-8")
        .hasMessageContaining("save the file with UTF-8 encoding");
  }

  @Test
  void read_file_usesPathInMessages() throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "entity,x\nA,z\n");
    assertThatThrownBy(() -> PanelCsv.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2 of " + file + ", entity 'A', column 'x': value 'z'");
  }

  @Test
  void read_utf8FileWithBom_readsNonAsciiIds() throws IOException {
    Path file = dir.resolve("bom.csv");
    Files.write(file, "\uFEFFentity,name,x\nCI,C\u00f4te d\u2019Ivoire,1\n"
        .getBytes(StandardCharsets.UTF_8));
    Panel panel = PanelCsv.read(file);
    assertThat(panel.name(0)).contains("C\u00f4te d\u2019Ivoire");
    assertThat(panel.indicators()).containsExactly("x");
  }

  // ---- writing -------------------------------------------------------------------------------

  @Test
  void toCsv_panelWithRowInformation_writesHeaderOrderAndEmptyMissing() {
    Panel panel = Panel.builder("gdp", "net")
        .add(RowKey.of("CN", 2021).withName("China").withGroup("Asia"), 12.6, 2.0)
        .add(RowKey.of("KR", 2021).withName("Korea, Rep."), Double.NaN, 1e-3)
        .build();
    assertThat(PanelCsv.toCsv(panel)).isEqualTo(
        "entity,name,group,year,gdp,net\n"
            + "CN,China,Asia,2021,12.6,2\n"
            + "KR,\"Korea, Rep.\",,2021,,0.001\n");
  }

  @Test
  void toCsv_awkwardTexts_areQuotedSoTheyReadBack() {
    Panel panel = Panel.builder("a,b", "q\"uote")
        .add(RowKey.of(" padded ").withName("line\nbreak"), 1, 2)
        .add("plain", -0.0, 1e300)
        .build();
    String csv = PanelCsv.toCsv(panel);
    assertThat(csv).isEqualTo("entity,name,\"a,b\",\"q\"\"uote\"\n"
        + "\" padded \",\"line\nbreak\",1,2\n"
        + "plain,,-0,1E+300\n");
    assertThat(read(csv)).isEqualTo(panel);
  }

  @Test
  void toCsv_emptyPanel_writesHeaderOnly() {
    assertThat(PanelCsv.toCsv(Panel.builder("x", "y").build())).isEqualTo("entity,x,y\n");
  }

  @Test
  void write_file_readsBackEqual() {
    Panel panel = read("entity,group,x\nA,g1,0.1\nB,,\n");
    Path file = dir.resolve("out.csv");
    PanelCsv.write(panel, file);
    assertThat(PanelCsv.read(file)).isEqualTo(panel);
  }

  @Test
  void write_unwritableFile_throwsUncheckedIoNamingIt() {
    Path file = dir.resolve("no-such-dir").resolve("out.csv");
    assertThatThrownBy(() -> PanelCsv.write(read("entity,x\nA,1\n"), file))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot write data file " + file);
  }

  @Test
  void write_failingAppendable_throwsUncheckedIo() {
    Writer failing = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> PanelCsv.write(read("entity,x\nA,1\n"), failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
  }

  // ---- round trip ----------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("seeds")
  void toCsv_awkwardGeneratedPanel_readsBackIdenticalDoublesAndText(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Panel panel = awkwardPanel(rnd);
    String csv = PanelCsv.toCsv(panel);
    Panel back = read(csv);
    assertThat(back.indicators()).isEqualTo(panel.indicators());
    assertThat(back.entities()).isEqualTo(panel.entities());
    for (int r = 0; r < panel.size(); r++) {
      assertThat(back.name(r)).isEqualTo(panel.name(r));
      assertThat(back.group(r)).isEqualTo(panel.group(r));
      assertThat(back.year(r)).isEqualTo(panel.year(r));
      for (int c = 0; c < panel.indicatorCount(); c++) {
        assertThat(Double.doubleToLongBits(back.value(r, c)))
            .as("row %d column %d: %s", r, c, panel.value(r, c))
            .isEqualTo(Double.doubleToLongBits(panel.value(r, c)));
      }
    }
    assertThat(back).isEqualTo(panel);
    assertThat(PanelCsv.toCsv(back)).isEqualTo(csv);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void toCsv_sharedGeneratorPanel_readsBackEqual(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Panel panel = Generated.panel(rnd, rnd.nextInt(50), List.of("a", "b", "c"), 0.25);
    assertThat(read(PanelCsv.toCsv(panel))).isEqualTo(panel);
  }

  /**
   * A panel with extreme values, NaN cells, texts that need quoting, partial names and groups,
   * and years on some seeds.
   */
  private static Panel awkwardPanel(SplittableRandom rnd) {
    List<String> texts = List.of("Korea, Rep.", "C\u00f4te d'Ivoire", "\"Q\"", " lead",
        "trail ", "multi\nline", "\u4e2d\u56fd", "NA", "1,5", "#hash");
    int k = 1 + rnd.nextInt(5);
    List<String> ids = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      ids.add(rnd.nextInt(3) == 0 ? "ind " + texts.get(rnd.nextInt(3)) + c : "i" + c);
    }
    boolean years = rnd.nextBoolean();
    Panel.Builder builder = Panel.builder(ids);
    int rows = rnd.nextInt(30);
    double[] values = new double[k];
    for (int r = 0; r < rows; r++) {
      String entity = rnd.nextInt(4) == 0 ? texts.get(rnd.nextInt(texts.size())) + r : "E" + r;
      RowKey key = years ? RowKey.of(entity, 1990 + rnd.nextInt(40)) : RowKey.of(entity);
      if (rnd.nextBoolean()) {
        key = key.withName(texts.get(rnd.nextInt(texts.size())));
      }
      if (rnd.nextInt(3) == 0) {
        key = key.withGroup(texts.get(rnd.nextInt(texts.size())));
      }
      for (int c = 0; c < k; c++) {
        values[c] = rnd.nextInt(5) == 0 ? Double.NaN : Generated.extremeValue(rnd);
      }
      builder.add(key, values);
    }
    return builder.build();
  }

  // ---- memory --------------------------------------------------------------------------------

  @Test
  void read_millionRowsFiveIndicators_streamsIntoDefaultHeap() throws IOException {
    int rows = 1_000_000;
    Path file = dir.resolve("big.csv");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("entity,a,b,c,d,e\n");
      StringBuilder line = new StringBuilder();
      for (int r = 0; r < rows; r++) {
        line.setLength(0);
        // a = r, b = r + 0.25, c = -r / 1000 (written as an exponent), d = NA on multiples of 7
        // else r mod 100, e = blank on multiples of 11 else 1.
        line.append('E').append(r).append(',').append(r).append(',').append(r).append(".25,-")
            .append(r).append("e-3,").append(r % 7 == 0 ? "NA" : Integer.toString(r % 100))
            .append(',').append(r % 11 == 0 ? "" : "1").append('\n');
        out.write(line.toString());
      }
    }
    Panel panel = PanelCsv.read(file);
    assertThat(panel.size()).isEqualTo(rows);
    assertThat(panel.indicators()).containsExactly("a", "b", "c", "d", "e");
    int last = panel.row("E999999").orElseThrow();
    assertThat(last).isEqualTo(999_999);
    assertThat(panel.value(last, 0)).isEqualTo(999_999.0);
    assertThat(panel.value(last, 1)).isEqualTo(999_999.25);
    assertThat(panel.value(last, 2)).isEqualTo(-999.999); // -999999e-3
    // python3: 999999 % 7, 999999 % 11 -> 0, 0 (999999 = 7 * 142857 = 11 * 90909)
    assertThat(panel.value(last, 3)).isNaN();
    assertThat(panel.value(last, 4)).isNaN();
    // python3: 123456 % 7, 123456 % 100, 123456 % 11 -> 4, 56, 3
    assertThat(panel.value("E123456", "d")).isEqualTo(56.0);
    assertThat(panel.value("E123456", "e")).isEqualTo(1.0);
    assertThat(panel.value("E700007", "d")).isNaN(); // 700007 = 7 * 100001
    assertThat(panel.value("E121", "e")).isNaN(); // 121 = 11 * 11
    assertThat(panel.value("E123456", "c")).isEqualTo(-123.456);
  }
}
