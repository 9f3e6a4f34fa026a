package io.github.diamondscore.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairwiseMatrixTest {

  private static final List<String> ABC = List.of("a", "b", "c");

  @Test
  void fromUpperTriangle_fillsDiagonalAndReciprocals() {
    PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(ABC, 3, 5, 2);
    assertThat(m.toArray()).isDeepEqualTo(new double[][] {
        {1, 3, 5}, {1.0 / 3, 1, 2}, {1.0 / 5, 1.0 / 2, 1}});
    assertThat(m.value("c", "a")).isEqualTo(0.2);
    assertThat(m.value(0, 2)).isEqualTo(5);
    assertThat(m.size()).isEqualTo(3);
  }

  @Test
  void fromUpperTriangle_wrongCount_rejected() {
    assertThatThrownBy(() -> PairwiseMatrix.fromUpperTriangle(ABC, 3, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 labels need 3 judgements above the diagonal")
        .hasMessageContaining("2 were given");
  }

  @Test
  void of_nonReciprocalCell_rejectedNamingLabelsIndicesAndExpectedValue() {
    double[][] a = {{1, 4, 1}, {0.5, 1, 1}, {1, 1, 1}};
    assertThatThrownBy(() -> PairwiseMatrix.of(ABC, a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cell ('a', 'b') [0][1] = 4.0 but cell ('b', 'a') [1][0] = 0.5")
        .hasMessageContaining("a_ji = 1/a_ij (0.25)");
  }

  @Test
  void of_diagonalNotOne_rejectedNamingCell() {
    double[][] a = {{1, 1, 1}, {1, 2, 1}, {1, 1, 1}};
    assertThatThrownBy(() -> PairwiseMatrix.of(ABC, a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("diagonal cell ('b', 'b') [1][1] = 2.0 must be 1");
  }

  @Test
  void of_nonPositiveCell_rejectedNamingCell() {
    double[][] a = {{1, 0, 1}, {1, 1, 1}, {1, 1, 1}};
    assertThatThrownBy(() -> PairwiseMatrix.of(ABC, a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cell ('a', 'b') [0][1] = 0.0 must be finite and > 0");
  }

  @Test
  void of_nanCell_rejectedNamingCell() {
    double[][] a = {{1, 1, 1}, {1, 1, 1}, {1, Double.NaN, 1}};
    assertThatThrownBy(() -> PairwiseMatrix.of(ABC, a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cell ('c', 'b') [2][1] = NaN");
  }

  @Test
  void of_judgementOffSaatyScale_rejected() {
    double[][] a = {{1, 10, 1}, {0.1, 1, 1}, {1, 1, 1}};
    assertThatThrownBy(() -> PairwiseMatrix.of(ABC, a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cell ('a', 'b') [0][1] = 10.0 is off Saaty's scale")
        .hasMessageContaining("[1/9, 9]");
  }

  @Test
  void of_notSquare_rejected() {
    double[][] a = {{1, 1, 1}, {1, 1}, {1, 1, 1}};
    assertThatThrownBy(() -> PairwiseMatrix.of(ABC, a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1 has 2 values but the matrix has 3 rows");
  }

  @Test
  void of_labelCountMismatch_rejected() {
    double[][] a = {{1, 1}, {1, 1}};
    assertThatThrownBy(() -> PairwiseMatrix.of(ABC, a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 columns but 3 labels");
  }

  @Test
  void toArray_returnsCopy() {
    PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(ABC, 3, 5, 2);
    double[][] copy = m.toArray();
    copy[0][1] = 9;
    assertThat(m.value(0, 1)).isEqualTo(3);
  }

  @Test
  void read_csvWithFractions_parsesTheMatrix() {
    String csv = "criterion,cost,quality,service\n"
        + "cost,1,3,5\n"
        + "quality,1/3,1,2\n"
        + "service, 1 / 5 ,0.5,1\n";
    PairwiseMatrix m = PairwiseMatrix.read(new StringReader(csv), "judgements.csv");
    assertThat(m.labels()).containsExactly("cost", "quality", "service");
    assertThat(m.value("quality", "cost")).isEqualTo(1.0 / 3);
    assertThat(m.value("service", "cost")).isEqualTo(0.2);
    assertThat(m.value("service", "quality")).isEqualTo(0.5);
  }

  @Test
  void read_blankFirstHeaderCell_accepted() {
    String csv = ",x,y\nx,1,7\ny,1/7,1\n";
    assertThat(PairwiseMatrix.read(new StringReader(csv), "s").value("x", "y")).isEqualTo(7);
  }

  @Test
  void read_rowsOutOfHeaderOrder_rejectedNamingSourceAndRecord() {
    String csv = ",x,y\ny,1,7\nx,1/7,1\n";
    assertThatThrownBy(() -> PairwiseMatrix.read(new StringReader(csv), "expert1.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expert1.csv: record 2 is labelled 'y' but row 0 must be 'x'");
  }

  @Test
  void read_badNumber_rejectedNamingCell() {
    String csv = ",x,y\nx,1,seven\ny,1/7,1\n";
    assertThatThrownBy(() -> PairwiseMatrix.read(new StringReader(csv), "e.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("e.csv: record 2, cell ('x', 'y') = 'seven' is not a number");
  }

  @Test
  void read_roundedDecimal_rejectedSuggestingFractions() {
    String csv = ",x,y\nx,1,3\ny,0.333,1\n";
    assertThatThrownBy(() -> PairwiseMatrix.read(new StringReader(csv), "e.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("e.csv: ")
        .hasMessageContaining("cell ('y', 'x') [1][0] = 0.333")
        .hasMessageContaining("write fractions such as 1/3");
  }

  @Test
  void read_missingRow_rejected() {
    String csv = ",x,y,z\nx,1,1,1\ny,1,1,1\n";
    assertThatThrownBy(() -> PairwiseMatrix.read(new StringReader(csv), "e.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("e.csv: header names 3 labels but 2 rows follow");
  }

  @Test
  void read_shortRecord_rejected() {
    String csv = ",x,y\nx,1\ny,1,1\n";
    assertThatThrownBy(() -> PairwiseMatrix.read(new StringReader(csv), "e.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("record 2 has 2 cells but needs 3");
  }

  @Test
  void read_emptyText_rejected() {
    assertThatThrownBy(() -> PairwiseMatrix.read(new StringReader(""), "e.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("e.csv: pairwise matrix CSV is empty");
  }

  @Test
  void read_path_readsUtf8File(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("m.csv");
    Files.writeString(file, ",prix,qualité\nprix,1,2\nqualité,1/2,1\n", StandardCharsets.UTF_8);
    PairwiseMatrix m = PairwiseMatrix.read(file);
    assertThat(m.labels()).containsExactly("prix", "qualité");
    assertThat(m.value("qualité", "prix")).isEqualTo(0.5);
  }

  @Test
  void read_missingFile_throwsUncheckedIoNamingPath(@TempDir Path dir) {
    Path file = dir.resolve("absent.csv");
    assertThatThrownBy(() -> PairwiseMatrix.read(file))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("absent.csv");
  }

  @Test
  void geometricMean_twoExperts_elementWiseGeometricMean() {
    // sqrt(2*8) = 4, sqrt(3*(1/3)) = 1, sqrt((1/2)*2) = 1.
    PairwiseMatrix e1 = PairwiseMatrix.fromUpperTriangle(ABC, 2, 3, 0.5);
    PairwiseMatrix e2 = PairwiseMatrix.fromUpperTriangle(ABC, 8, 1.0 / 3, 2);
    PairwiseMatrix g = PairwiseMatrix.geometricMean(List.of(e1, e2));
    assertThat(g.value("a", "b")).isCloseTo(4, within(1e-12));
    assertThat(g.value("b", "a")).isCloseTo(0.25, within(1e-12));
    assertThat(g.value("a", "c")).isCloseTo(1, within(1e-12));
    assertThat(g.value("b", "c")).isCloseTo(1, within(1e-12));
  }

  @Test
  void geometricMean_differentLabels_rejectedNamingBoth() {
    PairwiseMatrix e1 = PairwiseMatrix.fromUpperTriangle(ABC, 2, 3, 0.5);
    PairwiseMatrix e2 = PairwiseMatrix.fromUpperTriangle(List.of("a", "c", "b"), 2, 3, 0.5);
    assertThatThrownBy(() -> PairwiseMatrix.geometricMean(List.of(e1, e2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expert matrix 1 has labels [a, c, b] but matrix 0 has [a, b, c]");
  }

  @Test
  void geometricMean_noMatrices_rejected() {
    assertThatThrownBy(() -> PairwiseMatrix.geometricMean(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one expert matrix");
  }

  @Test
  void value_unknownLabel_rejectedListingLabels() {
    PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(ABC, 3, 5, 2);
    assertThatThrownBy(() -> m.value("a", "zz"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no item labelled 'zz'")
        .hasMessageContaining("[a, b, c]");
  }

  @Test
  void toString_showsLabelsAndValues() {
    assertThat(PairwiseMatrix.fromUpperTriangle(ABC, 3, 5, 2).toString())
        .contains("PairwiseMatrix 3x3").contains("0.3333").contains("5.000");
  }

  @Test
  void of_noRows_rejected() {
    assertThatThrownBy(() -> PairwiseMatrix.of(List.of(), new double[0][]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pairwise matrix has no rows");
  }

  @Test
  void read_headerWithoutLabels_rejected() {
    assertThatThrownBy(() -> PairwiseMatrix.read(new StringReader("criterion\n"), "e.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("e.csv: header has no labels");
  }
}
