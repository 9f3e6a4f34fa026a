package io.github.diamondscore.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.data.RowKey;
import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.FrameworkCsv;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.prepare.CoinrFormat.Imported;
import io.github.diamondscore.score.Index;
import io.github.diamondscore.score.Scores;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CoinrFormatTest {

  private static final double NA = Double.NaN;
  private static final Path WORKED = Path.of("src/test/resources/coinr/worked");
  private static final Path ASEM = Path.of("src/test/resources/coinr/asem");

  /** A small valid pair of tables that the rejection tests break one thing at a time. */
  private static final String META = """
      iCode,Level,Parent,Direction,Weight,Type
      a,1,Idx,1,1,Indicator
      b,1,Idx,-1,2,Indicator
      Idx,2,NA,1,1,Aggregate
      """;
  private static final String DATA = """
      uCode,a,b
      X,1,2
      Y,3,4
      """;

  private static Imported read(String meta, String data) {
    return CoinrFormat.read(new StringReader(meta), "meta.csv", new StringReader(data),
        "data.csv");
  }

  private static Imported worked() {
    return CoinrFormat.read(WORKED.resolve("iMeta.csv"), WORKED.resolve("iData.csv"));
  }

  // --- worked example ---------------------------------------------------------------------

  @Test
  void read_workedExample_frameworkAsBuiltInCode() {
    Framework expected = Framework.of(Composite.of("Index",
        Composite.of("Infra",
            Indicator.of("lpi").named("Logistics performance").withUnit("Score 1-5"),
            Indicator.of("net").named("Internet users").withUnit("%"))
            .named("Infrastructure"),
        Composite.of("Market",
            Indicator.of("exports").named("E-commerce exports").withUnit("USD m").per("pop")
                .withWeight(2),
            Indicator.of("tariff").named("Tariff").withUnit("%").lowerIsBetter())
            .named("Market access"))
        .named("Readiness"));

    Framework actual = worked().framework();

    assertThat(actual).isEqualTo(expected);
    assertThat(actual.level("lpi")).isEqualTo(2);
    assertThat(((Composite) actual.root()).aggregation()).isEmpty();
  }

  @Test
  void read_workedExample_panelHasIndicatorAndDenominatorColumns() {
    Panel expected = Panel.builder("pop", "lpi", "net", "exports", "tariff")
        .add(RowKey.of("A", 2021).withName("Alpha").withGroup("Asia"), 2, 3, 40, 10, 5)
        .add(RowKey.of("B", 2021).withName("Beta").withGroup("Europe"), 4, 4, 80, 40, 2)
        .add(RowKey.of("C", 2021).withName("Gamma, Rep.").withGroup("Asia"), 5, 2, NA, 15, 4)
        .build();

    Panel actual = worked().panel();

    assertThat(actual).isEqualTo(expected);
    assertThat(actual.value("C", "net")).isNaN();
    assertThat(actual.name(2)).hasValue("Gamma, Rep.");
  }

  @Test
  void read_workedExample_notesSayWhatWasMappedAndIgnored() {
    List<String> notes = worked().notes();

    assertThat(notes).anyMatch(n -> n.contains("4 indicators and 3 aggregates under 'Index' "
        + "(Level 3)"));
    assertThat(notes).anyMatch(n -> n.contains("divided by their Denominator")
        && n.contains("exports / pop"));
    assertThat(notes).anyMatch(n -> n.endsWith("iMeta.csv columns ignored: Target, Source"));
    assertThat(notes).anyMatch(n -> n.contains("3 rows; entity = uCode, name = uName, "
        + "year = Time; values: 4 indicator and 1 denominator columns"));
    assertThat(notes).anyMatch(n -> n.startsWith("group = region (the first Group column")
        && n.endsWith("other Group columns ignored: income"));
    assertThat(notes).anyMatch(n -> n.endsWith("iData.csv columns ignored: note (Type Other)"));
  }

  /*
   * Scoring the worked example with the index defaults (min-max 0-100, arithmetic mean), by hand:
   *   lpi 3, 4, 2                 -> A 50,  B 100, C 0
   *   net 40, 80, NA              -> A 0,   B 100, C missing
   *   exports / pop: 10/2 = 5, 40/4 = 10, 15/5 = 3 -> A 100 (5 - 3)/7 = 28.571428..., B 100, C 0
   *   tariff, lower is better: -5, -2, -4 -> A 0, B 100, C 100 (-4 + 5)/3 = 33.33...
   *   Infra  = (lpi + net)/2                 A 25
   *   Market = (2 exports + tariff)/3        A 57.142857.../3 = 19.047619047619047
   *   Index  = (Infra + Market)/2            A 44.047619.../2 = 22.023809523809526
   *   C: Infra = lpi alone (net missing) = 0, Market = 33.33/3 = 11.11, Index = 5.5555...
   * numpy: mm = lambda x: 100*(x - nanmin(x))/(nanmax(x) - nanmin(x)); same numbers.
   */
  @Test
  void read_workedExample_scoresWithIndex() {
    Imported in = worked();

    Scores scores = Index.of(in.framework()).fit(in.panel()).score(in.panel());

    assertThat(scores.score("A", "exports")).isCloseTo(28.571428571428573, within(1e-12));
    assertThat(scores.score("C", "tariff")).isCloseTo(33.333333333333336, within(1e-12));
    assertThat(scores.score("A", "Infra")).isCloseTo(25, within(1e-12));
    assertThat(scores.score("A", "Market")).isCloseTo(19.047619047619047, within(1e-12));
    assertThat(scores.score("A", "Index")).isCloseTo(22.023809523809526, within(1e-12));
    assertThat(scores.score("B", "Index")).isCloseTo(100, within(1e-12));
    assertThat(scores.score("C", "Index")).isCloseTo(5.555555555555556, within(1e-12));
    assertThat(scores.rank("A", "Index")).hasValue(2);
  }

  @Test
  void read_workedExample_frameworkCsvRoundTripEqual() {
    Framework framework = worked().framework();

    String csv = FrameworkCsv.toCsv(framework);

    assertThat(FrameworkCsv.read(new StringReader(csv), "written.csv")).isEqualTo(framework);
    assertThat(csv).contains("exports,E-commerce exports,Market,2");
  }

  // --- real data: ASEM rows of COINr's example --------------------------------------------

  @Test
  void read_asemRows_frameworkAndPanel() {
    Imported in = CoinrFormat.read(ASEM.resolve("iMeta.csv"), ASEM.resolve("iData.csv"));
    Framework fw = in.framework();

    assertThat(fw.root().id()).isEqualTo("Index");
    assertThat(fw.root().name()).isEqualTo("Sustainable Connectivity");
    assertThat(fw.path("Elec")).extracting(Node::id)
        .containsExactly("Index", "Conn", "Physical", "Elec");
    assertThat(fw.children("Physical")).extracting(Node::id)
        .containsExactly("LPI", "Flights", "Ship", "Bord", "Elec");
    Indicator flights = (Indicator) fw.require("Flights");
    assertThat(flights.name()).isEqualTo("International flights passenger capacity");
    assertThat(flights.unit()).isEqualTo("Thousand seats");
    assertThat(flights.denominator()).hasValue("Population");
    assertThat(((Indicator) fw.require("LPI")).denominator()).isEmpty();
    assertThat(((Indicator) fw.require("Bord")).denominator()).hasValue("Area");

    Panel p = in.panel();
    assertThat(p.indicators()).containsExactly("Area", "Energy", "GDP", "Population", "LPI",
        "Flights", "Ship", "Bord", "Elec");
    assertThat(p.entities()).containsExactly("AUT", "BEL", "BGR", "HRV", "CYP");
    assertThat(p.value("AUT", 2018, "LPI")).isEqualTo(4.097985);
    assertThat(p.value("CYP", 2018, "Elec")).isEqualTo(0.4393643);
    assertThat(p.name(0)).hasValue("Austria");
    assertThat(p.group(0)).hasValue("L");
    assertThat(p.group(2)).hasValue("S");
    assertThat(in.notes()).contains(
        "group = GDP_group (the first Group column of " + ASEM.resolve("iData.csv")
            + "); other Group columns ignored: GDPpc_group, Pop_group, EurAsia_group");
    assertThat(in.notes()).anyMatch(n -> n.endsWith("columns ignored: Target"));
    assertThat(in.notes()).anyMatch(n -> n.endsWith("first column without a name (R row names) "
        + "ignored"));
    assertThat(FrameworkCsv.read(new StringReader(FrameworkCsv.toCsv(fw)), "w.csv"))
        .isEqualTo(fw);
  }

  /*
   * AUT, min-max 0-100 over the five units (numpy, columns as in iData.csv):
   *   mm = lambda x: 100*(x - x.min())/(x.max() - x.min())
   *   LPI 99.18876306546552, Flights/Population 32.9845513282367, Ship 0.0 (AUT is the minimum),
   *   Bord/Area 26.54075902278499, Elec/Energy 40.45699564247126;
   *   Physical = mean = 39.83421381179169 = Conn = Index (single children in this cut-down tree).
   */
  @Test
  void read_asemRows_scoresAut() {
    Imported in = CoinrFormat.read(ASEM.resolve("iMeta.csv"), ASEM.resolve("iData.csv"));

    Scores scores = Index.of(in.framework()).fit(in.panel()).score(in.panel());

    assertThat(scores.score("AUT", "LPI")).isCloseTo(99.18876306546552, within(1e-9));
    assertThat(scores.score("AUT", "Flights")).isCloseTo(32.9845513282367, within(1e-9));
    assertThat(scores.score("AUT", "Ship")).isEqualTo(0.0);
    assertThat(scores.score("AUT", "Bord")).isCloseTo(26.54075902278499, within(1e-9));
    assertThat(scores.score("AUT", "Elec")).isCloseTo(40.45699564247126, within(1e-9));
    assertThat(scores.score("AUT", "Index")).isCloseTo(39.83421381179169, within(1e-9));
  }

  // --- format details ---------------------------------------------------------------------

  @Test
  void read_columnsInAnyOrderWithBomCrlfAndQuotes_sameResult() {
    String meta = "\uFEFFType,Weight,Direction,Parent,Level,iCode\r\n"
        + "Indicator,1,1,\"Idx\",1,a\r\n\r\n"
        + "Indicator,2,-1,Idx,1,b\r\n"
        + "Aggregate,1,1,,2,\"Idx\"\r\n";
    String data = "\uFEFF\"b\",\"uCode\",\"a\"\r\nNA,X,1\r\n4,Y,\r\n";

    Imported in = read(meta, data);

    assertThat(in.framework()).isEqualTo(read(META, DATA).framework());
    assertThat(in.panel()).isEqualTo(Panel.builder("b", "a").add("X", NA, 1).add("Y", 4, NA)
        .build());
    assertThat(in.notes()).anyMatch(n -> n.contains("no uName column, no Time column"));
  }

  @Test
  void read_missingNamesAndGroups_rowsWithoutThem() {
    String meta = META.replace("Type\n", "Type,iName\n").replace("Indicator\n", "Indicator,\n")
        .replace("Aggregate\n", "Aggregate,NA\n") + "grp,NA,NA,NA,NA,Group,Region\n";
    String data = "uCode,uName,grp,a,b\nX,,NA,1,2\nY,Why,north,3,4\n";

    Imported in = read(meta, data);

    assertThat(in.framework().require("a").name()).isEqualTo("a");
    assertThat(in.framework().root().name()).isEqualTo("Idx");
    assertThat(in.panel().name(0)).isEmpty();
    assertThat(in.panel().group(0)).isEmpty();
    assertThat(in.panel().name(1)).hasValue("Why");
    assertThat(in.panel().group(1)).hasValue("north");
  }

  @Test
  void read_dataColumnsNotInMetaAndUnusedMetaRows_ignoredAndNoted() {
    String meta = META + "pop,NA,NA,NA,NA,Denominator\nIdx2,NA,NA,NA,NA,Other\n";
    String data = "uCode,a,b,extra,Idx\nX,1,2,text,5\nY,3,4,,6\n";

    Imported in = read(meta, data);

    assertThat(in.panel().indicators()).containsExactly("a", "b");
    assertThat(in.notes()).contains(
        "data.csv columns ignored: extra (not in iMeta), Idx (Type Aggregate)",
        "meta.csv rows of Type Denominator with no column in data.csv, ignored: pop",
        "meta.csv rows of Type Other with no column in data.csv, ignored: Idx2");
  }

  @Test
  void read_aggregateWithDirectionMinusOne_ignoredAndNoted() {
    Imported in = read(META.replace("Idx,2,NA,1,1", "Idx,2,NA,-1,1"), DATA);

    assertThat(in.framework()).isEqualTo(read(META, DATA).framework());
    assertThat(in.notes()).anyMatch(n -> n.startsWith("Direction -1 of aggregates ignored")
        && n.endsWith(": Idx"));
  }

  @Test
  void read_numbersAsRWritesThem_parsed() {
    String data = "uCode,a,b\nX,1e-04,-2.5E+3\nY,.5,+7\n";

    Panel p = read(META, data).panel();

    assertThat(p.column("a")).containsExactly(1e-4, 0.5);
    assertThat(p.column("b")).containsExactly(-2500, 7);
  }

  @Test
  void read_wholeNumberWrittenAsDecimal_acceptedForLevelDirectionAndTime() {
    String meta = META.replace("a,1,Idx,1,1", "a,1.0,Idx,1.0,0.5");
    String data = "uCode,Time,a,b\nX,2020.0,1,2\n";

    Imported in = read(meta, data);

    assertThat(in.framework().require("a").weight()).isEqualTo(0.5);
    assertThat(in.panel().year(0)).hasValue(2020);
  }

  // --- rejections: iMeta -----------------------------------------------------------------------

  @Test
  void read_missingRequiredColumn_rejectedNamingIt() {
    String meta = META.replace(",Type", "").replace(",Indicator", "").replace(",Aggregate", "");

    assertThatThrownBy(() -> read(meta, DATA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("meta.csv has no 'Type' column")
        .hasMessageContaining("needs the columns iCode, Level, Parent, Direction, Weight, Type");
  }

  @Test
  void read_requiredColumnInOtherCase_rejectedWithHint() {
    assertThatThrownBy(() -> read(META.replace("iCode", "icode"), DATA))
        .hasMessageContaining("has no 'iCode' column")
        .hasMessageContaining("found 'icode'; COINr column names are case-sensitive");
  }

  @Test
  void read_semicolonSeparated_rejectedWithHint() {
    assertThatThrownBy(() -> read(META.replace(',', ';'), DATA))
        .hasMessageContaining("has no 'iCode' column")
        .hasMessageContaining("separated by ';'");
  }

  @Test
  void read_unknownType_rejectedNamingLineCodeAndValue() {
    assertThatThrownBy(() -> read(META.replace("b,1,Idx,-1,2,Indicator", "b,1,Idx,-1,2,Indicatr"),
        DATA))
        .hasMessageContaining("line 3 of meta.csv, iCode 'b': Type 'Indicatr' must be one of "
            + "Indicator, Aggregate, Group, Denominator, Other");
  }

  @Test
  void read_typeInOtherCase_rejectedWithHint() {
    assertThatThrownBy(() -> read(META.replace("Aggregate", "aggregate"), DATA))
        .hasMessageContaining("line 4 of meta.csv, iCode 'Idx': Type 'aggregate'")
        .hasMessageContaining("write 'Aggregate'");
  }

  @Test
  void read_indicatorNotAtLevelOne_rejected() {
    assertThatThrownBy(() -> read(META.replace("a,1,Idx", "a,2,Idx"), DATA))
        .hasMessageContaining("line 2 of meta.csv, indicator 'a': Level (2) must be 1");
  }

  @Test
  void read_aggregateAtLevelOne_rejected() {
    String meta = META.replace("Idx,2,NA", "Idx,1,NA");

    assertThatThrownBy(() -> read(meta, DATA))
        .hasMessageContaining("line 4 of meta.csv, aggregate 'Idx': Level (1) must be 2 or more");
  }

  @Test
  void read_childNotOneLevelBelowParent_rejectedNamingBoth() {
    String meta = META.replace("a,1,Idx", "a,1,Pil").replace("b,1,Idx", "b,1,Pil")
        .replace("Idx,2,NA", "Idx,4,NA") + "Pil,2,Idx,1,1,Aggregate\n";

    assertThatThrownBy(() -> read(meta, DATA))
        .hasMessageContaining("line 5 of meta.csv, aggregate 'Pil': Level 2 but its Parent 'Idx' "
            + "(line 4) has Level 4; a Parent must be in the level immediately above (Level 3)");
  }

  @Test
  void read_levelNotWholeNumber_rejected() {
    assertThatThrownBy(() -> read(META.replace("Idx,2,NA", "Idx,2.5,NA"), DATA))
        .hasMessageContaining("line 4 of meta.csv, aggregate 'Idx': Level '2.5' must be a whole "
            + "number");
    assertThatThrownBy(() -> read(META.replace("a,1,Idx", "a,NA,Idx"), DATA))
        .hasMessageContaining("line 2 of meta.csv, indicator 'a': Level is blank");
  }

  @Test
  void read_unknownParent_rejectedListingAggregates() {
    assertThatThrownBy(() -> read(META.replace("b,1,Idx", "b,1,Ixd"), DATA))
        .hasMessageContaining("line 3 of meta.csv, indicator 'b': Parent 'Ixd' is not an iCode of "
            + "meta.csv")
        .hasMessageContaining("(aggregates: Idx)");
  }

  @Test
  void read_parentIsIndicator_rejected() {
    assertThatThrownBy(() -> read(META.replace("b,1,Idx", "b,1,a"), DATA))
        .hasMessageContaining("line 3 of meta.csv, indicator 'b': Parent 'a' (line 2) has Type "
            + "Indicator");
  }

  @Test
  void read_severalTopLevelRows_rejectedListingThem() {
    String meta = META + "c,1,Idx2,1,1,Indicator\nIdx2,2,NA,1,1,Aggregate\n";
    String data = "uCode,a,b,c\nX,1,2,3\n";

    assertThatThrownBy(() -> read(meta, data))
        .hasMessageContaining("meta.csv has 2 rows without a Parent: 'Idx' (line 4, Level 2), "
            + "'Idx2' (line 6, Level 2); an index has a single top row");
  }

  @Test
  void read_noIndicators_rejected() {
    assertThatThrownBy(() -> read("iCode,Level,Parent,Direction,Weight,Type\n"
        + "g,NA,NA,NA,NA,Group\n", "uCode,g\nX,a\n"))
        .hasMessageContaining("meta.csv has no rows of Type Indicator");
  }

  @Test
  void read_aggregateWithoutChildren_rejected() {
    String meta = META + "Empty,2,NA,1,1,Aggregate\n";

    assertThatThrownBy(() -> read(meta.replace("Idx,2,NA", "Idx,3,NA")
        .replace("a,1,Idx", "a,1,Mid").replace("b,1,Idx", "b,1,Mid")
        .replace("Empty,2,NA", "Empty,2,Idx") + "Mid,2,Idx,1,1,Aggregate\n", DATA))
        .hasMessageContaining("line 5 of meta.csv, aggregate 'Empty' has no children");
  }

  @Test
  void read_duplicateICode_rejectedNamingBothLines() {
    assertThatThrownBy(() -> read(META + "a,NA,NA,NA,NA,Other\n", DATA))
        .hasMessageContaining("iCode 'a' appears twice in meta.csv (lines 2 and 5)");
  }

  @Test
  void read_blankICode_rejected() {
    assertThatThrownBy(() -> read(META + "NA,1,Idx,1,1,Indicator\n", DATA))
        .hasMessageContaining("line 5 of meta.csv has a blank iCode");
  }

  @Test
  void read_invalidICodeCharacters_rejectedWithModelMessage() {
    String meta = META.replace("a,1,Idx", "\"a b\",1,Idx");
    String data = DATA.replace("uCode,a,b", "uCode,a b,b");

    assertThatThrownBy(() -> read(meta, data))
        .hasMessageContaining("line 2 of meta.csv, iCode 'a b': node id 'a b' must be non-empty "
            + "and use only letters, digits");
  }

  @Test
  void read_badDirection_rejected() {
    assertThatThrownBy(() -> read(META.replace("b,1,Idx,-1", "b,1,Idx,0"), DATA))
        .hasMessageContaining("line 3 of meta.csv, indicator 'b': Direction '0' must be 1 (higher "
            + "is better) or -1");
  }

  @Test
  void read_zeroOrTextWeight_rejected() {
    assertThatThrownBy(() -> read(META.replace("b,1,Idx,-1,2", "b,1,Idx,-1,0"), DATA))
        .hasMessageContaining("line 3 of meta.csv, indicator 'b': Weight '0' must be a finite "
            + "number > 0; diamond-score has no zero weights");
    assertThatThrownBy(() -> read(META.replace("b,1,Idx,-1,2", "b,1,Idx,-1,high"), DATA))
        .hasMessageContaining("Weight 'high' must be a finite number > 0");
    assertThatThrownBy(() -> read(META.replace("b,1,Idx,-1,2", "b,1,Idx,-1,NA"), DATA))
        .hasMessageContaining("line 3 of meta.csv, indicator 'b': Weight is blank");
  }

  @Test
  void read_denominatorNotADenominatorRow_rejected() {
    String meta = META.replace("Type\n", "Type,Denominator\n")
        .replace("a,1,Idx,1,1,Indicator", "a,1,Idx,1,1,Indicator,Idx")
        .replace("Indicator\n", "Indicator,NA\n").replace("Aggregate\n", "Aggregate,NA\n");

    assertThatThrownBy(() -> read(meta, DATA))
        .hasMessageContaining("line 2 of meta.csv, indicator 'a': Denominator 'Idx' (line 4) has "
            + "Type Aggregate; a Denominator must be the iCode of a row of Type Denominator");
    assertThatThrownBy(() -> read(meta.replace("Indicator,Idx", "Indicator,popn"), DATA))
        .hasMessageContaining("Denominator 'popn' is not an iCode of meta.csv");
  }

  @Test
  void read_emptyMeta_rejected() {
    assertThatThrownBy(() -> read("", DATA))
        .hasMessageContaining("meta.csv is empty; a COINr iMeta table starts with a header line "
            + "such as 'iCode,iName,Level,Parent,Direction,Weight,Type'");
  }

  @Test
  void read_unclosedQuote_rejected() {
    assertThatThrownBy(() -> read(META + "\"c,1,Idx,1,1,Indicator\n", DATA))
        .hasMessageContaining("meta.csv is not valid CSV");
  }

  @Test
  void read_wrongFieldCount_rejectedNamingLine() {
    assertThatThrownBy(() -> read(META.replace("b,1,Idx,-1,2,Indicator", "b,1,Idx,-1,2,5,"
        + "Indicator"), DATA))
        .hasMessageContaining("line 3 of meta.csv has 7 fields but the header has 6");
  }

  @Test
  void read_blankLinesAndMultilineField_lineNumbersExact() {
    String meta = "iCode,iName,Level,Parent,Direction,Weight,Type\n"
        + "a,\"first\nline\",1,Idx,1,1,Indicator\n"
        + "\n"
        + "b,b,1,Idx,-1,2,Indicator\n"
        + "Idx,Idx,2,NA,1,1,Aggregat\n";

    assertThatThrownBy(() -> read(meta, DATA))
        .hasMessageContaining("line 6 of meta.csv, iCode 'Idx': Type 'Aggregat'");
    // empty lines (LF and CRLF) right before the bad row are counted
    assertThatThrownBy(() -> read(META, "uCode,a,b\r\nX,1,2\r\n\r\n\r\nY,3,x\r\n"))
        .hasMessageContaining("line 5 of data.csv, entity 'Y', column 'b'");
    assertThatThrownBy(() -> read(META, "uCode,a,b\n\nX,1,x\n"))
        .hasMessageContaining("line 3 of data.csv, entity 'X', column 'b'");
    // a last line without a line break
    assertThatThrownBy(() -> read(META, "uCode,a,b\nX,1,2\nY,3,x"))
        .hasMessageContaining("line 3 of data.csv, entity 'Y', column 'b'");
  }

  @Test
  void read_blankHeaderColumn_rejected() {
    assertThatThrownBy(() -> read(META.replace("Type\n", "Type,\n").replace("Indicator\n",
        "Indicator,\n").replace("Aggregate\n", "Aggregate,\n"), DATA))
        .hasMessageContaining("column 7 of the header of meta.csv (line 1) is blank")
        .hasMessageContaining("trailing comma");
  }

  @Test
  void read_repeatedHeaderColumn_rejected() {
    assertThatThrownBy(() -> read(META, "uCode,a,b,a\nX,1,2,3\n"))
        .hasMessageContaining("column 'a' appears twice in the header of data.csv (columns 2 "
            + "and 4)");
  }

  // --- rejections: iData -----------------------------------------------------------------------

  @Test
  void read_indicatorNotInData_rejectedNamingItAndColumns() {
    assertThatThrownBy(() -> read(META, "uCode,a\nX,1\n"))
        .hasMessageContaining("indicator 'b' (line 3 of meta.csv) is not a column of data.csv")
        .hasMessageContaining("(iData columns: uCode, a)");
  }

  @Test
  void read_denominatorNotInData_rejected() {
    String meta = META.replace("Type\n", "Type,Denominator\n")
        .replace("a,1,Idx,1,1,Indicator", "a,1,Idx,1,1,Indicator,pop")
        .replace("Indicator\n", "Indicator,NA\n").replace("Aggregate\n", "Aggregate,NA\n")
        + "pop,NA,NA,NA,NA,Denominator,NA\n";

    assertThatThrownBy(() -> read(meta, DATA))
        .hasMessageContaining("denominator 'pop' of indicator 'a' (line 2 of meta.csv) is not a "
            + "column of data.csv");
  }

  @Test
  void read_dataWithoutUCode_rejected() {
    assertThatThrownBy(() -> read(META, "ucode,a,b\nX,1,2\n"))
        .hasMessageContaining("data.csv has no 'uCode' column")
        .hasMessageContaining("found 'ucode'");
  }

  @Test
  void read_nonNumericCell_rejectedNamingLineEntityColumnAndValue() {
    assertThatThrownBy(() -> read(META, DATA.replace("Y,3,4", "Y,3,high")))
        .hasMessageContaining("line 3 of data.csv, entity 'Y', column 'b': value 'high' is not a "
            + "number");
    assertThatThrownBy(() -> read(META, DATA.replace("Y,3,4", "Y,\"3,5\",4")))
        .hasMessageContaining("value '3,5' is not a number: it looks like a decimal comma; write "
            + "it with '.' (3.5)");
    assertThatThrownBy(() -> read(META, DATA.replace("Y,3,4", "Y,Inf,4")))
        .hasMessageContaining("column 'a': value 'Inf' is infinite");
    assertThatThrownBy(() -> read(META, DATA.replace("Y,3,4", "Y,NaN,4")))
        .hasMessageContaining("value 'NaN' is not a number; for a missing value leave the cell "
            + "blank or write NA");
    assertThatThrownBy(() -> read(META, DATA.replace("Y,3,4", "Y,1e999,4")))
        .hasMessageContaining("value '1e999' is too large");
  }

  @Test
  void read_blankUCode_rejected() {
    assertThatThrownBy(() -> read(META, DATA.replace("Y,3,4", "NA,3,4")))
        .hasMessageContaining("line 3 of data.csv has a blank uCode");
  }

  @Test
  void read_duplicateUCode_rejectedNamingBothLines() {
    assertThatThrownBy(() -> read(META, DATA + "X,5,6\n"))
        .hasMessageContaining("uCode 'X' appears twice in data.csv (lines 2 and 4)");
    String timed = "uCode,Time,a,b\nX,2020,1,2\nX,2021,1,2\nX,2020,3,4\n";
    assertThatThrownBy(() -> read(META, timed))
        .hasMessageContaining("uCode 'X' with Time 2020 appears twice in data.csv (lines 2 and 4)");
  }

  @Test
  void read_badTime_rejected() {
    assertThatThrownBy(() -> read(META, "uCode,Time,a,b\nX,2020.5,1,2\n"))
        .hasMessageContaining("line 2 of data.csv, entity 'X', column 'Time': value '2020.5' must "
            + "be a whole number");
    assertThatThrownBy(() -> read(META, "uCode,Time,a,b\nX,NA,1,2\n"))
        .hasMessageContaining("line 2 of data.csv, entity 'X': Time is blank");
  }

  @Test
  void read_reservedColumnName_rejectedNamingMetaLine() {
    String meta = META.replace("b,1,Idx", "year,1,Idx");

    assertThatThrownBy(() -> read(meta, "uCode,a,year\nX,1,2\n"))
        .hasMessageContaining("line 3 of meta.csv, iCode 'year': the name 'year' is reserved");
  }

  @Test
  void read_missingFile_uncheckedIoNamingIt() {
    Path missing = Path.of("src/test/resources/coinr/no-such-iMeta.csv");

    assertThatThrownBy(() -> CoinrFormat.read(missing, WORKED.resolve("iData.csv")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot read COINr iMeta file " + missing + ": no such file");
    assertThatThrownBy(() -> CoinrFormat.read(WORKED.resolve("iMeta.csv"), missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot read COINr iData file " + missing);
  }

  @Test
  void imported_nullComponent_rejected() {
    Imported in = read(META, DATA);

    assertThatThrownBy(() -> new Imported(null, in.panel(), List.of()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("framework");
    assertThat(new Imported(in.framework(), in.panel(), new ArrayList<>(List.of("x"))).notes())
        .isUnmodifiable();
  }

  // --- property: any COINr-shaped framework and panel come back unchanged ----------------------

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 40).boxed();
  }

  /**
   * Generates a balanced tree (every indicator at Level 1, as COINr requires) with random weights,
   * directions, names with commas and quotes, units and denominators; writes it as iMeta and a
   * random panel as iData, with the data columns in a shuffled order; and checks that the import gives the same
   * framework and panel back.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void read_generatedTables_giveBackFrameworkAndPanel(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int levels = 2 + rnd.nextInt(3);
    List<String> metaRows = new ArrayList<>();
    List<String> denominators = List.of("popn", "area");
    for (String d : denominators) {
      metaRows.add(d + ",NA,NA,NA,NA,Denominator,NA,NA,NA");
    }
    // rows in pre-order: children keep the order of their rows, so the tree order is known
    Node root = generate(rnd, levels, "NA", metaRows, new int[] {0}, denominators);
    Framework expected = Framework.of(root);
    String meta = "iCode,Level,Parent,Direction,Weight,Type,iName,Unit,Denominator\n"
        + String.join("\n", metaRows) + "\n";

    List<String> columns = new ArrayList<>();
    for (Indicator i : expected.indicators()) {
      columns.add(i.id());
    }
    columns.addAll(denominators);
    java.util.Collections.shuffle(columns, new java.util.Random(seed + 1));
    int n = 1 + rnd.nextInt(6);
    Panel.Builder builder = Panel.builder(columns);
    StringBuilder data = new StringBuilder("uCode,uName,").append(String.join(",", columns))
        .append('\n');
    for (int r = 0; r < n; r++) {
      double[] values = new double[columns.size()];
      data.append("u").append(r).append(",\"Unit ").append(r).append(", \"\"q\"\"\"");
      for (int c = 0; c < values.length; c++) {
        values[c] = rnd.nextInt(5) == 0 ? NA : Math.scalb(rnd.nextDouble(-1, 1), rnd.nextInt(-20, 20));
        data.append(',').append(Double.isNaN(values[c]) ? (rnd.nextBoolean() ? "NA" : "")
            : Double.toString(values[c]));
      }
      data.append('\n');
      builder.add(RowKey.of("u" + r).withName("Unit " + r + ", \"q\""), values);
    }

    Imported in = read(meta, data.toString());

    assertThat(in.framework()).isEqualTo(expected);
    assertThat(in.panel()).isEqualTo(builder.build());
  }

  private static Node generate(SplittableRandom rnd, int level, String parent, List<String> rows,
      int[] counter, List<String> denominators) {
    String id = (level == 1 ? "i" : "g") + counter[0]++;
    double weight = 0.25 + rnd.nextInt(12) * 0.5;
    String name = rnd.nextBoolean() ? "NA" : "\"Name of " + id + ", \"\"quoted\"\"\"";
    String shownName = name.equals("NA") ? id : "Name of " + id + ", \"quoted\"";
    if (level == 1) {
      int direction = rnd.nextBoolean() ? 1 : -1;
      String unit = rnd.nextBoolean() ? "NA" : "unit" + rnd.nextInt(3);
      String den = rnd.nextInt(3) == 0 ? denominators.get(rnd.nextInt(denominators.size())) : "NA";
      rows.add(String.format(Locale.ROOT, "%s,1,%s,%d,%s,Indicator,%s,%s,%s", id, parent,
          direction, weight, name, unit, den));
      Indicator i = Indicator.of(id).named(shownName).withWeight(weight)
          .withDirection(io.github.diamondscore.model.Direction.of(direction));
      i = unit.equals("NA") ? i : i.withUnit(unit);
      return den.equals("NA") ? i : i.per(den);
    }
    rows.add(String.format(Locale.ROOT, "%s,%d,%s,%d,%s,Aggregate,%s,Score,NA", id, level, parent,
        rnd.nextBoolean() ? 1 : -1, weight, name));
    int children = 1 + rnd.nextInt(3);
    List<Node> kids = new ArrayList<>();
    for (int k = 0; k < children; k++) {
      kids.add(generate(rnd, level - 1, id, rows, counter, denominators));
    }
    return Composite.of(id, kids).named(shownName).withWeight(weight);
  }
}
