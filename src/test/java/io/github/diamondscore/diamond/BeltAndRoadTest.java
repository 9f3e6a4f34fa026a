package io.github.diamondscore.diamond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Direction;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BeltAndRoadTest {
  private static final Path DATA = Path.of("data");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"countries.csv", "indicators.csv", "seed_figures.csv",
      "enterprises_synthetic.csv"})
  void resourceCopy_isByteIdenticalToDataFolder(String file) throws Exception {
    byte[] onDisk = Files.readAllBytes(DATA.resolve(file));
    try (InputStream in = BeltAndRoad.class.getResourceAsStream("data/" + file)) {
      assertThat(in).as("class-path resource data/%s", file).isNotNull();
      assertThat(in.readAllBytes()).as("resource copy of data/%s", file).isEqualTo(onDisk);
    }
  }

  @Test
  void countries_bundledFile_79RowsWithNamesGroupsAndBr64() {
    Panel p = BeltAndRoad.countries();
    assertThat(p.size()).isEqualTo(79);
    // 39 indicators of indicators.csv plus the br64 flag, which stays an ordinary column.
    assertThat(p.indicatorCount()).isEqualTo(40);
    assertThat(p.indicators().get(0)).isEqualTo("br64");
    int chn = p.row("CHN").orElseThrow();
    assertThat(p.name(chn)).hasValue("China");
    assertThat(p.group(chn)).hasValue("China");
    assertThat(p.value("CHN", "br64")).isEqualTo(0.0);
    assertThat(p.value("MNG", "br64")).isEqualTo(1.0);
    // Spot checks against data/countries.csv (row CHN, row KOR with a quoted name).
    assertThat(p.value("CHN", "lpi_overall")).isEqualTo(3.605147);
    assertThat(p.value("CHN", "population")).isEqualTo(1423520357.0);
    assertThat(p.name(p.row("KOR").orElseThrow())).hasValue("Korea, Rep.");
    assertThat(p.value("MNG", "market_cap_pct_gdp")).isNaN();
    assertThat(BeltAndRoad.countries()).isSameAs(p);
    // br64 sums to the 64 Belt and Road countries.
    assertThat(java.util.Arrays.stream(p.column("br64")).sum()).isEqualTo(64.0);
  }

  @Test
  void countries_blanksStayMissing_countMatchesProvenance() {
    // PROVENANCE.md: "79 countries x 37 indicators = 2,923 cells, of which 161 are blank", and
    // the two derived columns lack 3 values each (data/build/derive_columns.py).
    Panel p = BeltAndRoad.countries();
    int missing = 0;
    for (IndicatorInfo info : BeltAndRoad.indicators()) {
      int present = 0;
      for (double v : p.column(info.code())) {
        if (Double.isNaN(v)) {
          missing++;
        } else {
          present++;
        }
      }
      assertThat(present).as("coverage of %s", info.code()).isEqualTo(info.covered());
      assertThat(info.total()).isEqualTo(79);
    }
    assertThat(missing).isEqualTo(167);
    assertThat(BeltAndRoad.summary()).isEqualTo(
        "79 economies x 39 indicators; 167 of 3081 values missing (5.4 %), none filled in");
  }

  @Test
  void indicators_bundledFile_recordsWithFactorAreaDirection() {
    List<IndicatorInfo> all = BeltAndRoad.indicators();
    assertThat(all).hasSize(39);
    IndicatorInfo t = BeltAndRoad.indicator("lpi_timeliness");
    assertThat(t.unit()).isEqualTo("score 1-5");
    assertThat(t.year()).isEqualTo(2018);
    assertThat(t.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(t.factor()).isEqualTo(Factor.RELATED_INDUSTRIES);
    assertThat(t.area()).isEqualTo(Area.LOGISTICS);
    assertThat(t.covered()).isEqualTo(76);
    assertThat(t.coverage()).isEqualTo(76.0 / 79);
    IndicatorInfo tariff = BeltAndRoad.indicator("tariff_mfn_weighted_ind");
    assertThat(tariff.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(tariff.factor()).isEqualTo(Factor.GOVERNMENT);
    assertThat(tariff.area()).isEqualTo(Area.RISK);
    assertThat(BeltAndRoad.indicator("eiu_functioning_of_government").shortUnit())
        .isEqualTo("score 0-100");
    assertThat(BeltAndRoad.indicator("wgi_rule_of_law").shortUnit()).isEqualTo("estimate");
    // Every factor and area has at least one indicator.
    for (Factor f : Factor.values()) {
      assertThat(all).as("factor %s", f).anyMatch(i -> i.factor() == f);
    }
    for (Area a : Area.values()) {
      assertThat(all).as("area %s", a).anyMatch(i -> i.area() == a);
    }
    // Every indicator is a column of the countries.
    for (IndicatorInfo i : all) {
      assertThat(BeltAndRoad.countries().hasIndicator(i.code())).isTrue();
    }
  }

  @Test
  void indicator_unknownCode_listsCodes() {
    assertThatThrownBy(() -> BeltAndRoad.indicator("gdp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no bundled indicator 'gdp'")
        .hasMessageContaining("lpi_overall");
  }

  @Test
  void seedFigures_bundledFile_derivedRowsMarked() {
    List<SeedFigure> seeds = BeltAndRoad.seedFigures();
    assertThat(seeds).hasSize(23);
    assertThat(seeds.get(0).value()).isEqualTo(1.7);
    assertThat(seeds.get(0).year()).hasValue(2011);
    assertThat(seeds.get(0).derived()).isFalse();
    // Rows 8-11 (2012-2015 transaction scale) are derived, per PROVENANCE.md.
    assertThat(seeds.stream().filter(SeedFigure::derived).map(SeedFigure::id))
        .containsExactly(8, 9, 10, 11);
    assertThat(seeds.get(15).year()).isEmpty();
    assertThat(seeds.get(7).toString()).contains("DERIVED");
  }

  @Test
  void readCountries_iso3OrEntityHeader_sameEntities(@TempDir Path dir) throws Exception {
    Path iso = dir.resolve("iso.csv");
    Files.writeString(iso, "iso3,name,group,br64,x\nAAA,Aland,G1,1,2.5\nBBB,Bland,G2,0,\n");
    Path ent = dir.resolve("ent.csv");
    Files.writeString(ent, "entity,name,group,br64,x\r\nAAA,Aland,G1,1,2.5\r\nBBB,Bland,G2,0,\r\n");
    Panel a = BeltAndRoad.readCountries(iso);
    Panel b = BeltAndRoad.readCountries(ent);
    assertThat(a).isEqualTo(b);
    assertThat(a.value("AAA", "x")).isEqualTo(2.5);
    assertThat(a.value("BBB", "x")).isNaN();
  }

  @Test
  void readCountries_badNumber_namesFileLineAndColumn(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "iso3,x\nAAA,3,5\n");
    assertThatThrownBy(() -> BeltAndRoad.readCountries(f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.csv");
    Path g = dir.resolve("bad2.csv");
    Files.writeString(g, "iso3,x\nAAA,abc\n");
    assertThatThrownBy(() -> BeltAndRoad.readCountries(g))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad2.csv").hasMessageContaining("'x'")
        .hasMessageContaining("abc");
  }

  @Test
  void readCountries_missingFile_namesIt(@TempDir Path dir) {
    assertThatThrownBy(() -> BeltAndRoad.readCountries(dir.resolve("none.csv")))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("none.csv");
  }

  private static final String HEADER = "code,full_name,unit,source,year,direction,diamond_factor,"
      + "influence_area,raw_file,raw_column,coverage\n";

  @Test
  void readIndicators_ownFile_buildsRecords(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("ind.csv");
    Files.writeString(f, HEADER + "x,Ex,%,Me,2020,-1,Chance,risk,r.csv,X,3/4\n");
    IndicatorInfo x = BeltAndRoad.readIndicators(f).get(0);
    assertThat(x).isEqualTo(new IndicatorInfo("x", "Ex", "%", "Me", 2020,
        Direction.LOWER_IS_BETTER, Factor.CHANCE, Area.RISK, "r.csv", "X", 3, 4));
  }

  @Test
  void readIndicators_unknownFactor_namesLineIndicatorAndText() {
    String text = HEADER + "x,Ex,%,Me,2020,1,Luck,Risk prevention,r.csv,X,3/4\n";
    assertThatThrownBy(() -> BeltAndRoad.readIndicators(new StringReader(text), "ind.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ind.csv line 2").hasMessageContaining("indicator 'x'")
        .hasMessageContaining("'Luck'").hasMessageContaining("Factor conditions");
  }

  @Test
  void readIndicators_badCoverageOrDirection_namesThem() {
    String cov = HEADER + "x,Ex,%,Me,2020,1,Chance,Risk prevention,r.csv,X,34\n";
    assertThatThrownBy(() -> BeltAndRoad.readIndicators(new StringReader(cov), "ind.csv"))
        .hasMessageContaining("coverage '34'").hasMessageContaining("74/79");
    String dir = HEADER + "x,Ex,%,Me,2020,2,Chance,Risk prevention,r.csv,X,3/4\n";
    assertThatThrownBy(() -> BeltAndRoad.readIndicators(new StringReader(dir), "ind.csv"))
        .hasMessageContaining("direction (2)");
    String area = HEADER + "x,Ex,%,Me,2020,1,Chance,Space,r.csv,X,3/4\n";
    assertThatThrownBy(() -> BeltAndRoad.readIndicators(new StringReader(area), "ind.csv"))
        .hasMessageContaining("influence area 'Space'");
    String twice = HEADER + "x,Ex,%,Me,2020,1,Chance,risk,r.csv,X,3/4\n"
        + "x,Ex,%,Me,2020,1,Chance,risk,r.csv,X,3/4\n";
    assertThatThrownBy(() -> BeltAndRoad.readIndicators(new StringReader(twice), "ind.csv"))
        .hasMessageContaining("line 3").hasMessageContaining("'x' appears twice");
  }

  @Test
  void readIndicators_missingOrUnknownColumn_namesIt() {
    assertThatThrownBy(() -> BeltAndRoad.readIndicators(new StringReader("code,full_name\n"),
        "ind.csv")).hasMessageContaining("missing column 'unit'");
    assertThatThrownBy(() -> BeltAndRoad.readIndicators(
        new StringReader(HEADER.replace("coverage", "cover")), "ind.csv"))
        .hasMessageContaining("unknown column 'cover'");
  }

  @Test
  void readSeedFigures_badDerivedOrValue_namesLine() {
    String head = "id,topic,metric,year,value,unit,derived,note\n";
    assertThatThrownBy(() -> BeltAndRoad.readSeedFigures(
        new StringReader(head + "1,T,M,2011,1.7,u,yes,n\n"), "seeds.csv"))
        .hasMessageContaining("seeds.csv line 2").hasMessageContaining("derived ('yes')");
    assertThatThrownBy(() -> BeltAndRoad.readSeedFigures(
        new StringReader(head + "1,T,M,2011,1,7,u,0,n\n"), "seeds.csv"))
        .hasMessageContaining("9 fields but the header has 8");
    assertThatThrownBy(() -> BeltAndRoad.readSeedFigures(
        new StringReader(head + "1,T,M,2011,NaN,u,0,n\n"), "seeds.csv"))
        .hasMessageContaining("value ('NaN')");
  }

  @Test
  void terms_coverEveryPublisher() {
    assertThat(String.join("\n", BeltAndRoad.terms())).contains("World Bank", "CC BY 4.0",
        "Gapminder", "Transparency International", "Economist Intelligence Unit",
        "ODC-PDDL-1.0");
  }
}
