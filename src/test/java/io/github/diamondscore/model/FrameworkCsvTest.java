package io.github.diamondscore.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.diamondscore.aggregate.Aggregation;
import io.github.diamondscore.normalize.Normalization;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkCsvTest {
  static Framework read(String csv) {
    return FrameworkCsv.read(new StringReader(csv), "fw.csv");
  }

  static final String GOOD = String.join("\n",
      "id,name,parent,weight,direction,aggregation,normalization,low,high,transform,unit",
      "readiness,Go-global readiness,,,,geometric,,,,,",
      "infra,Infrastructure,readiness,2,,,,,,,",
      "lpi,Logistics performance,infra,,1,,,1,5,,score 1-5",
      "tariff,MFN tariff,infra,0.5,-1,,percentile:1:100,,,,%",
      "gdp,GDP per capita,readiness,,,,,,,log,US$",
      "");

  @Test
  void read_validFile_buildsTheTree() {
    Framework fw = read(GOOD);
    assertThat(fw.root().id()).isEqualTo("readiness");
    assertThat(fw.root().name()).isEqualTo("Go-global readiness");
    assertThat(((Composite) fw.root()).aggregation()).contains(Aggregation.geometric());
    assertThat(fw.children("infra")).extracting(Node::id).containsExactly("lpi", "tariff");
    Indicator lpi = (Indicator) fw.require("lpi");
    assertThat(lpi.goalposts()).contains(Goalposts.of(1, 5));
    assertThat(lpi.unit()).isEqualTo("score 1-5");
    Indicator tariff = (Indicator) fw.require("tariff");
    assertThat(tariff.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(tariff.weight()).isEqualTo(0.5);
    assertThat(tariff.normalization()).contains(Normalization.percentile(1, 100));
    assertThat(((Indicator) fw.require("gdp")).transform()).isEqualTo(Transform.LOG);
    assertThat(fw.require("infra").weight()).isEqualTo(2.0);
  }

  @Test
  void lookups_levelParentLeavesPath() {
    Framework fw = read(GOOD);
    assertThat(fw.level("readiness")).isZero();
    assertThat(fw.level("tariff")).isEqualTo(2);
    assertThat(fw.parent("tariff").map(Node::id)).contains("infra");
    assertThat(fw.parent("readiness")).isEmpty();
    assertThat(fw.leaves("readiness")).extracting(Node::id).containsExactly("lpi", "tariff", "gdp");
    assertThat(fw.leaves("lpi")).extracting(Node::id).containsExactly("lpi");
    assertThat(fw.path("tariff")).extracting(Node::id)
        .containsExactly("readiness", "infra", "tariff");
    assertThat(fw.node("nope")).isEmpty();
    assertThat(fw.indicators()).hasSize(3);
  }

  @Test
  void writeThenRead_givesTheSameFramework() {
    Framework fw = read(GOOD);
    assertThat(read(FrameworkCsv.toCsv(fw))).isEqualTo(fw);
  }

  @Test
  void writeThenRead_keepsModulatorsAndDenominators(@TempDir Path dir) {
    Node det = Composite.of("determinants", Indicator.of("a"), Indicator.of("b").per("pop"),
            Indicator.of("a2").reading("a"))
        .geometric().modulatedBy(Indicator.of("chance"), 0.2);
    Framework fw = Framework.of(Composite.of("diamond", det, Indicator.of("c")));
    Path file = dir.resolve("fw.csv");
    FrameworkCsv.write(fw, file);
    Framework back = FrameworkCsv.read(file);
    assertThat(back).isEqualTo(fw);
    assertThat(back.isModulator("chance")).isTrue();
    assertThat(back.parent("chance").map(Node::id)).contains("determinants");
    assertThat(((Indicator) back.require("b")).denominator()).contains("pop");
    assertThat(((Indicator) back.require("a2")).column()).isEqualTo("a");
  }

  @Test
  void read_bomCrlfAndQuotes() {
    Framework fw = read("\uFEFFid,parent,name\r\nroot,,\"Root, with comma\"\r\nx,root,\r\n");
    assertThat(fw.root().name()).isEqualTo("Root, with comma");
  }

  @Test
  void read_missingFile_namesIt(@TempDir Path dir) {
    assertThatThrownBy(() -> FrameworkCsv.read(dir.resolve("nope.csv")))
        .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("nope.csv");
  }

  @Test
  void reject_duplicateIds() {
    assertThatThrownBy(() -> read("id,parent\nr,\na,r\na,r\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate node id 'a'").hasMessageContaining("lines 3 and 4");
  }

  @Test
  void reject_noRoot() {
    assertThatThrownBy(() -> read("id,parent\na,b\nb,a\n")).hasMessageContaining("no root");
  }

  @Test
  void reject_severalRoots() {
    assertThatThrownBy(() -> read("id,parent\na,\nb,\nc,a\n"))
        .hasMessageContaining("several roots (a, b)");
  }

  @Test
  void reject_unknownParent() {
    assertThatThrownBy(() -> read("id,parent\nr,\nx,ghost\n"))
        .hasMessageContaining("node 'x'").hasMessageContaining("parent 'ghost'")
        .hasMessageContaining("line 3");
  }

  @Test
  void reject_cycleDetachedFromRoot() {
    assertThatThrownBy(() -> read("id,parent\nr,\nx,r\na,b\nb,a\n"))
        .hasMessageContaining("[a, b]").hasMessageContaining("cycle");
  }

  @Test
  void reject_nonPositiveOrNonFiniteWeight() {
    assertThatThrownBy(() -> read("id,parent,weight\nr,,\nx,r,-1\n"))
        .hasMessageContaining("node 'x'").hasMessageContaining("weight (-1.0)");
    assertThatThrownBy(() -> read("id,parent,weight\nr,,\nx,r,Infinity\n"))
        .hasMessageContaining("weight (Infinity)");
    assertThatThrownBy(() -> read("id,parent,weight\nr,,\nx,r,NaN\n"))
        .hasMessageContaining("weight (NaN)");
    assertThatThrownBy(() -> read("id,parent,weight\nr,,\nx,r,heavy\n"))
        .hasMessageContaining("weight 'heavy' is not a number");
  }

  @Test
  void reject_compositeWithoutChildren() {
    assertThatThrownBy(() -> Composite.of("empty"))
        .hasMessageContaining("composite 'empty' has no children");
    // in CSV, a row that sets an aggregation but has no children
    assertThatThrownBy(() -> read("id,parent,aggregation\nr,,\nx,r,geometric\n"))
        .hasMessageContaining("node 'x'").hasMessageContaining("aggregation");
  }

  @Test
  void reject_badDirection() {
    assertThatThrownBy(() -> read("id,parent,direction\nr,,\nx,r,2\n"))
        .hasMessageContaining("node 'x'").hasMessageContaining("direction (2)");
    assertThatThrownBy(() -> read("id,parent,direction\nr,,\nx,r,0.5\n"))
        .hasMessageContaining("direction '0.5'");
  }

  @Test
  void reject_equalGoalposts() {
    assertThatThrownBy(() -> read("id,parent,low,high\nr,,,\nx,r,3,3\n"))
        .hasMessageContaining("node 'x'").hasMessageContaining("low (3.0) and high (3.0)");
    assertThatThrownBy(() -> read("id,parent,low,high\nr,,,\nx,r,3,\n"))
        .hasMessageContaining("both 'low' and 'high'");
  }

  @Test
  void reject_unknownAggregationOrNormalization() {
    assertThatThrownBy(() -> read("id,parent,aggregation\nr,,weird\nx,r,\n"))
        .hasMessageContaining("node 'r'").hasMessageContaining("unknown aggregation 'weird'");
    assertThatThrownBy(() -> read("id,parent,normalization\nr,,\nx,r,softmax\n"))
        .hasMessageContaining("node 'x'").hasMessageContaining("unknown normalization 'softmax'");
  }

  @Test
  void reject_unknownOrRepeatedOrMissingColumns() {
    assertThatThrownBy(() -> read("id,parent,colour\nr,,\n"))
        .hasMessageContaining("unknown column 'colour'").hasMessageContaining("valid columns");
    assertThatThrownBy(() -> read("id,parent,id\nr,,r\n")).hasMessageContaining("twice");
    assertThatThrownBy(() -> read("id,name\nr,R\n"))
        .hasMessageContaining("missing required column 'parent'");
  }

  @Test
  void reject_emptyFile() {
    assertThatThrownBy(() -> read("id,parent\n")).hasMessageContaining("no nodes");
  }

  @Test
  void reject_modulatorWithoutStrength_andStrengthOnChild() {
    assertThatThrownBy(() -> read("id,parent,role,strength\nr,,,\nx,r,,\nm,r,modulator,\n"))
        .hasMessageContaining("'m'").hasMessageContaining("strength");
    assertThatThrownBy(() -> read("id,parent,role,strength\nr,,,\nx,r,,0.3\n"))
        .hasMessageContaining("'x'").hasMessageContaining("strength");
    assertThatThrownBy(() -> read("id,parent,role,strength\nr,,,\nx,r,,\nm,r,modulator,1.5\n"))
        .hasMessageContaining("strength (1.5) must be in [0, 1]");
  }

  @Test
  void reject_indicatorSettingsOnComposite() {
    assertThatThrownBy(() -> read("id,parent,transform\nr,,log\nx,r,\n"))
        .hasMessageContaining("node 'r'").hasMessageContaining("transform");
  }

  @Test
  void reject_invalidIdCharacters() {
    assertThatThrownBy(() -> read("id,parent\nr,\n\"a b\",r\n"))
        .hasMessageContaining("'a b'");
  }

  @Test
  void write_customLeaf_isRejected() {
    Framework fw = Framework.of(Composite.of("r", Custom.of("credit", o -> 50)));
    assertThatThrownBy(() -> FrameworkCsv.toCsv(fw)).hasMessageContaining("custom leaf 'credit'");
  }

  @Test
  void write_thenFileReadsBack(@TempDir Path dir) throws Exception {
    Framework fw = read(GOOD);
    Path f = dir.resolve("out.csv");
    FrameworkCsv.write(fw, f);
    assertThat(Files.readString(f)).startsWith("id,name,parent,weight");
  }
}
