package io.github.diamondscore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTableTest {

  private static TextTable ranking(int maxRows) {
    return TextTable.builder("rank", "country", "score").title("Ranking")
        .row("1", "China", "71.20")
        .row("2", "Brazil", "55.00")
        .row("3", "Kenya", "41.90")
        .maxRows(maxRows)
        .build();
  }

  @Test
  void toString_threeRowsTwoShown_alignedWithMoreRowsLine() {
    // Widths from the header and the shown rows: rank 4, country max(7, 5, 6) = 7, score 5.
    // Numeric columns (rank, score) are right-aligned, country left; two spaces between.
    String expected = String.join("\n",
        "Ranking",
        "rank  country  score",
        "----  -------  -----",
        "   1  China    71.20",
        "   2  Brazil   55.00",
        "... 1 more row");

    assertThat(ranking(2).toString()).isEqualTo(expected);
  }

  @Test
  void toString_allRowsFit_noMoreRowsLine() {
    String expected = String.join("\n",
        "Ranking",
        "rank  country  score",
        "----  -------  -----",
        "   1  China    71.20",
        "   2  Brazil   55.00",
        "   3  Kenya    41.90");

    assertThat(ranking(3).toString()).isEqualTo(expected);
    assertThat(ranking(1).withMaxRows(Integer.MAX_VALUE).toString()).isEqualTo(expected);
  }

  @Test
  void toString_fiveRowsOneShown_pluralMoreRows() {
    TextTable.Builder builder = TextTable.builder("n");
    for (int i = 0; i < 5; i++) {
      builder.row(Integer.toString(i));
    }

    assertThat(builder.maxRows(1).build().toString()).isEqualTo("n\n-\n0\n... 4 more rows");
  }

  @Test
  void toString_wideChineseCharacters_countTwoColumnsEach() {
    // "中国" takes 4 terminal columns, as wide as the header "name"; "abc" takes 3.
    TextTable table = TextTable.builder("name", "v").row("中国", "1").row("abc", "22").build();

    assertThat(table.toString()).isEqualTo(String.join("\n",
        "name   v",
        "----  --",
        "中国   1",
        "abc   22"));
  }

  @Test
  void toString_combiningMark_countsAsNoColumn() {
    // "Co\u0302te" is C, o, combining circumflex, t, e: 4 columns, like "Côte".
    TextTable table = TextTable.builder("country", "x").row("Co\u0302te", "1")
        .row("Côte", "2").build();

    assertThat(table.toString()).isEqualTo(String.join("\n",
        "country  x",
        "-------  -",
        "Co\u0302te     1",
        "Côte     2"));
  }

  @Test
  void toString_lineBreakAndTabInCell_printedAsSpaces() {
    TextTable table = TextTable.builder("a").row("x\ny\tz").build();

    assertThat(table.toString()).isEqualTo("a\n-----\nx y z");
    assertThat(table.row(0)).containsExactly("x\ny\tz");
  }

  @Test
  void toString_noRows_saysSo() {
    assertThat(TextTable.builder("x").build().toString()).isEqualTo("x\n-\n(no rows)");
  }

  @Test
  void build_autoAlignment_numbersRightTextLeftMissingMarkersIgnored() {
    TextTable table = TextTable.builder("num", "text", "withNa", "allNa", "forced")
        .row("1,234.5", "a", "NA", "NA", "1")
        .row("-3", "2", "12%", "", "2")
        .align(4, TextTable.Align.LEFT)
        .build();

    assertThat(IntStream.range(0, 5).mapToObj(table::alignment)).containsExactly(
        TextTable.Align.RIGHT, TextTable.Align.LEFT, TextTable.Align.RIGHT,
        TextTable.Align.LEFT, TextTable.Align.LEFT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12", "-3.5", "1,234.5", "1e-3", "2.5E+4", "45%", "+7", "\u22122",
      ".5", "3.", " 8 "})
  void isNumeric_numbers_true(String cell) {
    assertThat(TextTable.isNumeric(cell)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1.2.3", "12a", "e5", "--1", "1 2", "", "China"})
  void isNumeric_notNumbers_false(String cell) {
    assertThat(TextTable.isNumeric(cell)).isFalse();
  }

  @Test
  void accessors_returnWhatWasGiven() {
    TextTable table = ranking(2);

    assertThat(table.title()).isEqualTo("Ranking");
    assertThat(table.headers()).containsExactly("rank", "country", "score");
    assertThat(table.columnCount()).isEqualTo(3);
    assertThat(table.rowCount()).isEqualTo(3);
    assertThat(table.row(2)).containsExactly("3", "Kenya", "41.90");
    assertThat(table.maxRows()).isEqualTo(2);
  }

  @Test
  void equals_sameContent_equalAndSameHash() {
    assertThat(ranking(2)).isEqualTo(ranking(2)).hasSameHashCodeAs(ranking(2))
        .isNotEqualTo(ranking(3));
  }

  @Test
  void build_builderChangedAfterwards_tableUnchanged() {
    TextTable.Builder builder = TextTable.builder("a").row("1");
    TextTable table = builder.build();

    builder.row("2");

    assertThat(table.rowCount()).isEqualTo(1);
  }

  static Stream<Long> seeds() {
    return IntStream.rangeClosed(1, 50).mapToObj(i -> (long) i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void toString_randomTable_rowsLineUpAndAreBounded(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int columns = 1 + random.nextInt(5);
    int rows = random.nextInt(30);
    int maxRows = 1 + random.nextInt(25);
    List<String> headers = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      headers.add("h" + c);
    }
    TextTable.Builder builder = TextTable.builder(headers).maxRows(maxRows);
    for (int r = 0; r < rows; r++) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        cells.add(c % 2 == 0 ? Integer.toString(random.nextInt(100000))
            : "x".repeat(1 + random.nextInt(12)));
      }
      builder.row(cells);
    }

    String[] lines = builder.build().toString().split("\n", -1);

    int shown = Math.min(rows, maxRows);
    boolean more = rows > maxRows;
    assertThat(lines).hasSize(2 + shown + (more ? 1 : 0) + (rows == 0 ? 1 : 0));
    // Column 0 holds numbers, so it is right-aligned: in every shown row its cell ends
    // exactly where the first dash run of the rule ends, and two spaces follow.
    int width0 = lines[1].split(" ")[0].length();
    for (int i = 2; i < 2 + shown; i++) {
      assertThat(lines[i].substring(0, width0)).matches(" *\\d+");
      assertThat(lines[i]).doesNotEndWith(" ");
      if (columns > 1) {
        assertThat(lines[i].substring(width0, width0 + 2)).isEqualTo("  ");
      } else {
        assertThat(lines[i]).hasSize(width0);
      }
    }
    if (more) {
      assertThat(lines[lines.length - 1]).isEqualTo("... " + (rows - shown)
          + (rows - shown == 1 ? " more row" : " more rows"));
    }
  }

  @Test
  void builder_noColumns_throws() {
    assertThatThrownBy(() -> TextTable.builder())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one column");
  }

  @Test
  void row_wrongCellCount_throwsNamingRowAndCounts() {
    TextTable.Builder builder = TextTable.builder("a", "b").row("1", "2");

    assertThatThrownBy(() -> builder.row("3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1 has 1 cells [3] but the table has 2 columns [a, b]");
  }

  @Test
  void align_columnOutOfRange_throwsNamingColumn() {
    assertThatThrownBy(() -> TextTable.builder("a", "b").align(2, TextTable.Align.LEFT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column (2) must be between 0 and 1");
  }

  @Test
  void maxRows_zero_throwsNamingIt() {
    assertThatThrownBy(() -> TextTable.builder("a").maxRows(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max rows (0) must be at least 1");
    assertThatThrownBy(() -> ranking(2).withMaxRows(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max rows (-1)");
  }
}
