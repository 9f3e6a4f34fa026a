package io.github.diamondscore.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.diamondscore.testing.Generated;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PanelTest {

  private static final double NA = Double.NaN;

  /** Two countries, one without a name and with a missing value. */
  private static Panel small() {
    return Panel.builder("gdp", "net")
        .add(RowKey.of("CN").withName("China").withGroup("Asia"), 12.6, 73.0)
        .add("VN", 4.25, NA)
        .build();
  }

  /** Two entities over two years, rows ordered by year then entity. */
  private static Panel overTime() {
    return Panel.builder("gdp")
        .add(RowKey.of("A", 2020), 1.0)
        .add(RowKey.of("B", 2020), 2.0)
        .add(RowKey.of("A", 2021), 3.0)
        .add(RowKey.of("B", 2021), 4.0)
        .build();
  }

  /** Seeds 1..50 for the property tests; a failure names its seed. */
  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 50).boxed();
  }

  // ---- builder -------------------------------------------------------------------------------

  @Test
  void builder_indicatorIds_keepsTheirOrder() {
    Panel panel = Panel.builder(List.of("z", "a", "m")).build();
    assertThat(panel.indicators()).containsExactly("z", "a", "m");
    assertThat(panel.indicatorCount()).isEqualTo(3);
    assertThat(panel.size()).isZero();
    assertThat(panel.hasIndicator("a")).isTrue();
    assertThat(panel.hasIndicator("entity")).isFalse();
  }

  @Test
  void builder_noIndicators_givesPanelOfEntitiesOnly() {
    Panel panel = Panel.builder().add("A").add("B").build();
    assertThat(panel.size()).isEqualTo(2);
    assertThat(panel.indicatorCount()).isZero();
    assertThat(panel.entities()).containsExactly("A", "B");
  }

  @Test
  void builder_duplicateId_throwsNamingIdAndPositions() {
    assertThatThrownBy(() -> Panel.builder("gdp", "net", "gdp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'gdp' appears twice (positions 0 and 2)");
  }

  @Test
  void builder_blankId_throws() {
    assertThatThrownBy(() -> Panel.builder("gdp", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicator id (' ') is blank");
  }

  @Test
  void builder_reservedId_throwsNamingIt() {
    for (String reserved : List.of("entity", "name", "group", "year")) {
      assertThatThrownBy(() -> Panel.builder("gdp", reserved))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("indicator id '" + reserved + "' is reserved");
    }
  }

  @Test
  void builder_idWithSurroundingSpaces_throwsWithStrippedSuggestion() {
    assertThatThrownBy(() -> Panel.builder("gdp "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicator id 'gdp ' has leading or trailing spaces")
        .hasMessageContaining("('gdp')");
  }

  @Test
  void builder_nullId_throwsNullPointer() {
    assertThatThrownBy(() -> Panel.builder("gdp", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("indicator id is null");
  }

  @Test
  void add_wrongNumberOfValues_throwsNamingEntityAndCounts() {
    Panel.Builder builder = Panel.builder("gdp", "net").add("A", 1, 2);
    assertThatThrownBy(() -> builder.add("B", 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1 (entity 'B') has 1 values but the panel has 2 indicators "
            + "(gdp, net)");
  }

  @Test
  void add_infiniteValue_throwsNamingIndicatorAndEntity() {
    Panel.Builder builder = Panel.builder("gdp", "net");
    assertThatThrownBy(() -> builder.add("A", 1.0, Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value of indicator 'net' for entity 'A' (row 0) is -Infinity");
  }

  @Test
  void add_rejectedRow_leavesBuilderUnchanged() {
    Panel.Builder builder = Panel.builder("gdp").add("A", 1.0);
    assertThatThrownBy(() -> builder.add("B", Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    Panel panel = builder.add("C", 3.0).build();
    assertThat(panel.entities()).containsExactly("A", "C");
  }

  @Test
  void add_blankEntity_throws() {
    assertThatThrownBy(() -> Panel.builder("gdp").add("  ", 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entity id ('  ') is blank");
  }

  @Test
  void add_rowWithoutYearAfterRowWithYear_throwsNamingBothRows() {
    Panel.Builder builder = Panel.builder("gdp").add(RowKey.of("A", 2020), 1.0);
    assertThatThrownBy(() -> builder.add("B", 2.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1 (entity 'B') has no year but row 0 (entity 'A') has one "
            + "(2020)");
  }

  @Test
  void add_rowWithYearAfterRowWithout_throws() {
    Panel.Builder builder = Panel.builder("gdp").add("A", 1.0);
    assertThatThrownBy(() -> builder.add(RowKey.of("B", 2021), 2.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1 (entity 'B') has a year but row 0 (entity 'A') has none");
  }

  @Test
  void build_duplicateEntity_throwsNamingEntityAndBothRows() {
    Panel.Builder builder = Panel.builder("gdp").add("A", 1).add("B", 2).add("A", 3);
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entity 'A' appears twice (row 0 and row 2)");
  }

  @Test
  void build_duplicateEntityYear_throwsNamingPairAndBothRows() {
    Panel.Builder builder = Panel.builder("gdp")
        .add(RowKey.of("A", 2020), 1).add(RowKey.of("A", 2021), 2).add(RowKey.of("A", 2020), 3);
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entity 'A' in year 2020 appears twice (row 0 and row 2)");
  }

  @Test
  void build_calledTwice_givesPanelsOfRowsSoFar() {
    Panel.Builder builder = Panel.builder("gdp").add("A", 1);
    Panel first = builder.build();
    Panel second = builder.add("B", 2).build();
    assertThat(first.size()).isEqualTo(1);
    assertThat(second.entities()).containsExactly("A", "B");
  }

  @Test
  void build_thenAddMoreRows_leavesEarlierPanelUnchanged() {
    // build() shares its trimmed arrays with the builder; the next add must copy them first.
    Panel.Builder builder = Panel.builder("x");
    for (int r = 0; r < 16; r++) {
      builder.add(RowKey.of("E" + r).withName("n" + r), r);
    }
    Panel first = builder.build();
    Panel again = builder.build();
    for (int r = 16; r < 40; r++) {
      builder.add(RowKey.of("E" + r).withName("m" + r), -r);
    }
    Panel second = builder.build();
    assertThat(first.size()).isEqualTo(16);
    assertThat(first.column("x")).containsExactly(
        IntStream.range(0, 16).asDoubleStream().toArray());
    assertThat(first.name(15)).contains("n15");
    assertThat(again).isEqualTo(first);
    assertThat(second.size()).isEqualTo(40);
    assertThat(second.value(39, 0)).isEqualTo(-39.0);
    assertThat(second.name(39)).contains("m39");
    assertThat(second.rows(IntStream.range(0, 16).toArray())).isEqualTo(first);
  }

  @Test
  void build_manyRowsWithNamesFromTheMiddle_keepsEveryRow() {
    // 1000 rows forces the builder arrays to grow several times (16 -> 25 -> ... -> 1000+);
    // names and groups start at row 500, so their arrays are created late and must grow too.
    Panel.Builder builder = Panel.builder("x", "y");
    for (int r = 0; r < 1000; r++) {
      RowKey key = RowKey.of("E" + r);
      if (r >= 500) {
        key = key.withName("Name " + r).withGroup(r % 2 == 0 ? "even" : "odd");
      }
      builder.add(key, r, -r / 4.0);
    }
    Panel panel = builder.build();
    assertThat(panel.size()).isEqualTo(1000);
    assertThat(panel.value(999, 0)).isEqualTo(999.0);
    assertThat(panel.value(999, 1)).isEqualTo(-249.75); // -999 / 4
    assertThat(panel.name(499)).isEmpty();
    assertThat(panel.name(500)).contains("Name 500");
    assertThat(panel.group(777)).contains("odd");
    assertThat(panel.row("E640")).hasValue(640);
  }

  // ---- access --------------------------------------------------------------------------------

  @Test
  void value_byRowAndColumn_returnsCell() {
    Panel panel = small();
    assertThat(panel.value(0, 0)).isEqualTo(12.6);
    assertThat(panel.value(0, 1)).isEqualTo(73.0);
    assertThat(panel.value(1, 0)).isEqualTo(4.25);
    assertThat(panel.value(1, 1)).isNaN();
  }

  @Test
  void value_byEntityAndIndicator_returnsCell() {
    Panel panel = small();
    assertThat(panel.value("VN", "gdp")).isEqualTo(4.25);
    assertThat(panel.value("VN", "net")).isNaN();
  }

  @Test
  void value_unknownEntity_throwsNamingEntityAndListingRows() {
    assertThatThrownBy(() -> small().value("JP", "gdp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entity 'JP' is not in the panel; it has 2 rows: CN, VN");
  }

  @Test
  void value_unknownIndicator_throwsListingAvailableOnes() {
    assertThatThrownBy(() -> small().value("CN", "pop"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicator 'pop' is not in the panel; available: gdp, net");
  }

  @Test
  void value_entityOfPanelWithSeveralYears_throwsAsAmbiguous() {
    assertThatThrownBy(() -> overTime().value("A", "gdp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entity 'A' is ambiguous: the panel has rows for years 2020, 2021");
  }

  @Test
  void value_byEntityYearAndIndicator_returnsCell() {
    Panel panel = overTime();
    assertThat(panel.value("A", 2021, "gdp")).isEqualTo(3.0);
    assertThat(panel.value("B", 2020, "gdp")).isEqualTo(2.0);
  }

  @Test
  void value_byEntityAndAbsentYear_throwsListingYears() {
    assertThatThrownBy(() -> overTime().value("A", 2019, "gdp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entity 'A' has no row for year 2019; the panel has years 2020, 2021");
  }

  @Test
  void columnIndex_knownAndUnknownIds_returnPositionOrThrow() {
    Panel panel = small();
    assertThat(panel.columnIndex("net")).isEqualTo(1);
    assertThatThrownBy(() -> panel.columnIndex("NET"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicator 'NET' is not in the panel; available: gdp, net");
  }

  @Test
  void column_byIdAndNumber_returnsDefensiveCopies() {
    Panel panel = small();
    double[] gdp = panel.column("gdp");
    assertThat(gdp).containsExactly(12.6, 4.25);
    gdp[0] = -1;
    panel.column(0)[1] = -1;
    assertThat(panel.column(0)).containsExactly(12.6, 4.25);
    assertThat(panel.column(1)[0]).isEqualTo(73.0);
    assertThat(panel.column(1)[1]).isNaN();
  }

  @Test
  void column_numberOutOfRange_throws() {
    assertThatThrownBy(() -> small().column(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column number (2) must be in 0..1");
  }

  @Test
  void name_partialNamesAndGroups_areOptionalPerRow() {
    Panel panel = small();
    assertThat(panel.entity(1)).isEqualTo("VN");
    assertThat(panel.entities()).containsExactly("CN", "VN");
    assertThat(panel.name(0)).contains("China");
    assertThat(panel.name(1)).isEmpty();
    assertThat(panel.group(0)).contains("Asia");
    assertThat(panel.group(1)).isEmpty();
    assertThat(panel.year(0)).isEmpty();
    assertThat(panel.hasNames()).isTrue();
    assertThat(panel.hasGroups()).isTrue();
    assertThat(panel.hasYears()).isFalse();
    assertThat(panel.years()).isEmpty();
  }

  @Test
  void entities_returnedList_isUnmodifiable() {
    List<String> entities = small().entities();
    assertThatThrownBy(() -> entities.set(0, "X")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void hasNames_noRowWithName_isFalse() {
    Panel panel = Panel.builder("x").add("A", 1).build();
    assertThat(panel.hasNames()).isFalse();
    assertThat(panel.hasGroups()).isFalse();
    assertThat(panel.name(0)).isEmpty();
  }

  @Test
  void row_byEntity_findsRowOrEmpty() {
    Panel panel = small();
    assertThat(panel.row("VN")).hasValue(1);
    assertThat(panel.row("JP")).isEmpty();
  }

  @Test
  void row_byEntityAndYear_findsRowOrEmpty() {
    Panel panel = overTime();
    assertThat(panel.row("B", 2021)).hasValue(3);
    assertThat(panel.row("C", 2021)).isEmpty();
    assertThat(panel.row("A", 2022)).isEmpty();
    assertThat(panel.year(3)).hasValue(2021);
    assertThat(panel.years()).containsExactly(2020, 2021);
  }

  @Test
  void row_byEntityInPanelWithSeveralYears_throws() {
    assertThatThrownBy(() -> overTime().row("A"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("give the year");
  }

  @Test
  void row_byEntityAndYearInPanelWithoutYears_throws() {
    assertThatThrownBy(() -> small().row("CN", 2020))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the panel has no years, so row(entity, 2020) is undefined");
  }

  @Test
  void row_byEntityInPanelOfOneYear_findsRow() {
    Panel one = overTime().filterYear(2021);
    assertThat(one.row("B")).hasValue(1);
    assertThat(one.value("B", "gdp")).isEqualTo(4.0);
  }

  @Test
  void years_unsortedRows_areSortedAndDistinct() {
    Panel panel = Panel.builder("x")
        .add(RowKey.of("A", 2022), 1).add(RowKey.of("A", 2019), 1).add(RowKey.of("B", 2022), 1)
        .build();
    assertThat(panel.years()).containsExactly(2019, 2022);
  }

  @Test
  void observation_row_carriesRowInformationAndAllValues() {
    Observation cn = small().observation(0);
    assertThat(cn.entity()).isEqualTo("CN");
    assertThat(cn.name()).contains("China");
    assertThat(cn.group()).contains("Asia");
    assertThat(cn.year()).isEmpty();
    assertThat(cn.value("gdp")).isEqualTo(12.6);
    Observation vn = small().observation(1);
    assertThat(vn.indicators()).containsExactly("gdp", "net");
    assertThat(vn.value("net")).isNaN();
    assertThat(vn.has("net")).isFalse();
    assertThat(overTime().observation(2).year()).hasValue(2021);
  }

  // ---- derived panels ------------------------------------------------------------------------

  @Test
  void rows_indicesInNewOrder_reordersAllColumnsAndRowInformation() {
    Panel picked = small().rows(new int[] {1, 0});
    assertThat(picked.entities()).containsExactly("VN", "CN");
    assertThat(picked.column("gdp")).containsExactly(4.25, 12.6);
    assertThat(picked.name(1)).contains("China");
    assertThat(picked.row("CN")).hasValue(1);
  }

  @Test
  void rows_subsetWithoutNamedRows_dropsNames() {
    Panel picked = small().rows(new int[] {1});
    assertThat(picked.hasNames()).isFalse();
    assertThat(picked.hasGroups()).isFalse();
    assertThat(picked.size()).isEqualTo(1);
  }

  @Test
  void rows_empty_givesEmptyPanelWithSameIndicators() {
    Panel none = small().rows(new int[0]);
    assertThat(none.size()).isZero();
    assertThat(none.indicators()).containsExactly("gdp", "net");
  }

  @Test
  void rows_repeatedIndex_throwsNamingPositions() {
    assertThatThrownBy(() -> small().rows(new int[] {1, 0, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row number 1 appears twice in rowIndices (positions 0 and 2)");
  }

  @Test
  void rows_indexOutOfRange_throwsNamingIt() {
    assertThatThrownBy(() -> small().rows(new int[] {0, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rowIndices[1] (2) must be in 0..1");
  }

  @Test
  void filterYear_presentYear_keepsItsRowsInOrder() {
    Panel y2021 = overTime().filterYear(2021);
    assertThat(y2021.entities()).containsExactly("A", "B");
    assertThat(y2021.column("gdp")).containsExactly(3.0, 4.0);
    assertThat(y2021.years()).containsExactly(2021);
  }

  @Test
  void filterYear_absentYear_givesEmptyPanel() {
    assertThat(overTime().filterYear(1999).size()).isZero();
  }

  @Test
  void filterYear_panelWithoutYears_throws() {
    assertThatThrownBy(() -> small().filterYear(2020))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the panel has no years, so it cannot be filtered to year 2020");
  }

  @Test
  void withColumn_existingId_replacesInPlaceAndLeavesOriginal() {
    Panel original = small();
    Panel replaced = original.withColumn("gdp", new double[] {1.5, NA});
    assertThat(replaced.indicators()).containsExactly("gdp", "net");
    assertThat(replaced.column("gdp")[0]).isEqualTo(1.5);
    assertThat(replaced.column("gdp")[1]).isNaN();
    assertThat(replaced.value("CN", "net")).isEqualTo(73.0);
    assertThat(original.column("gdp")).containsExactly(12.6, 4.25);
  }

  @Test
  void withColumn_newId_appendsAndCopiesTheArray() {
    double[] values = {7, 8};
    Panel appended = small().withColumn("pop", values);
    values[0] = -1;
    assertThat(appended.indicators()).containsExactly("gdp", "net", "pop");
    assertThat(appended.value("CN", "pop")).isEqualTo(7.0);
    assertThat(appended.row("VN")).hasValue(1);
    assertThat(appended.name(0)).contains("China");
  }

  @Test
  void withColumn_wrongLength_throwsNamingCounts() {
    assertThatThrownBy(() -> small().withColumn("pop", new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'pop' has 1 values but the panel has 2 rows");
  }

  @Test
  void withColumn_infiniteValue_throwsNamingCell() {
    assertThatThrownBy(() -> small().withColumn("pop", new double[] {1, Double.POSITIVE_INFINITY}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value of indicator 'pop' for entity 'VN' (row 1) is Infinity");
  }

  @Test
  void withColumn_reservedId_throws() {
    assertThatThrownBy(() -> small().withColumn("year", new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicator id 'year' is reserved");
  }

  @Test
  void withoutColumns_someIds_keepsOthersInOrder() {
    Panel panel = small().withColumn("pop", new double[] {1, 2});
    Panel fewer = panel.withoutColumns(List.of("gdp", "pop"));
    assertThat(fewer.indicators()).containsExactly("net");
    assertThat(fewer.value("CN", "net")).isEqualTo(73.0);
    assertThat(fewer.hasIndicator("gdp")).isFalse();
    assertThat(panel.withoutColumns(List.of()).indicators()).containsExactly("gdp", "net", "pop");
  }

  @Test
  void withoutColumns_unknownId_throwsNamingIt() {
    assertThatThrownBy(() -> small().withoutColumns(List.of("pop")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicator 'pop' is not in the panel");
  }

  // ---- properties ----------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("seeds")
  void rows_permutationThenInverse_givesOriginalPanel(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Panel panel = Generated.panel(rnd, 1 + rnd.nextInt(40), List.of("a", "b", "c"), 0.2);
    int n = panel.size();
    int[] perm = IntStream.range(0, n).toArray();
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    int[] inverse = new int[n];
    for (int i = 0; i < n; i++) {
      inverse[perm[i]] = i;
    }
    Panel shuffled = panel.rows(perm);
    for (int i = 0; i < n; i++) {
      assertThat(shuffled.row(panel.entity(perm[i]))).hasValue(i);
    }
    assertThat(shuffled.rows(inverse)).isEqualTo(panel);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void value_everyCell_agreesWithColumnAndObservationBitForBit(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String> ids = List.of("a", "b", "c", "d");
    Panel panel = Generated.panel(rnd, rnd.nextInt(30), ids, 0.3);
    for (int c = 0; c < ids.size(); c++) {
      double[] column = panel.column(ids.get(c));
      for (int r = 0; r < panel.size(); r++) {
        long bits = Double.doubleToLongBits(panel.value(r, c));
        assertThat(Double.doubleToLongBits(column[r])).isEqualTo(bits);
        assertThat(Double.doubleToLongBits(panel.value(panel.entity(r), ids.get(c))))
            .isEqualTo(bits);
        assertThat(Double.doubleToLongBits(panel.observation(r).value(ids.get(c))))
            .isEqualTo(bits);
      }
    }
    assertThat(panel.withColumn("b", panel.column("b"))).isEqualTo(panel);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void filterYear_everyYear_partitionsTheRows(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Panel.Builder builder = Panel.builder("x");
    List<Integer> years = new ArrayList<>();
    for (int e = 0; e < 5; e++) {
      for (int y = 2000; y < 2000 + 1 + rnd.nextInt(4); y++) {
        if (rnd.nextBoolean()) {
          builder.add(RowKey.of("E" + e, y), rnd.nextDouble());
          years.add(y);
        }
      }
    }
    Panel panel = builder.build();
    int total = 0;
    for (int year : panel.years()) {
      Panel slice = panel.filterYear(year);
      total += slice.size();
      for (int r = 0; r < slice.size(); r++) {
        OptionalInt source = panel.row(slice.entity(r), year);
        assertThat(source).isPresent();
        assertThat(slice.value(r, 0)).isEqualTo(panel.value(source.getAsInt(), 0));
      }
    }
    assertThat(total).isEqualTo(years.size());
  }

  // ---- toString, equality, serialization -----------------------------------------------------

  @Test
  void toString_smallPanel_printsAlignedTable() {
    // Widths by hand: entity = max(6, 2, 2) = 6, name = max(4, 5) = 5, gdp = max(3, 4, 4) = 4,
    // net = max(3, 2, 2) = 3; two spaces between columns; text left, numbers right aligned.
    assertThat(small().toString()).isEqualTo(String.join("\n",
        "Panel (2 entities x 2 indicators)",
        "entity  name   group   gdp  net",
        "CN      China  Asia   12.6   73",
        "VN                    4.25   NA",
        ""));
  }

  @Test
  void toString_panelOverTime_titleNamesEntitiesAndYears() {
    assertThat(overTime().toString())
        .startsWith("Panel (4 rows x 1 indicators; 2 entities, years 2020, 2021)\n")
        .contains("A       2021    3");
  }

  @Test
  void toString_largePanel_isBoundedWithMarkers() {
    List<String> ids = IntStream.range(0, 30).mapToObj(i -> "ind" + i).toList();
    Panel panel = Generated.panel(new SplittableRandom(7), 100, ids, 0.1);
    String text = panel.toString();
    String[] lines = text.split("\n");
    assertThat(lines.length).isLessThanOrEqualTo(15);
    assertThat(lines[0]).isEqualTo("Panel (100 entities x 30 indicators)");
    assertThat(lines[1]).contains("ind7").doesNotContain("ind8").endsWith("...");
    assertThat(text).contains("E010").doesNotContain("E011");
    assertThat(text).contains("... 90 more rows");
    assertThat(text).contains("... 22 more indicators: ind8, ind9");
  }

  @Test
  void equals_sameContent_isEqualWithSameHash() {
    assertThat(small()).isEqualTo(small()).hasSameHashCodeAs(small());
    assertThat(small()).isNotEqualTo(small().withColumn("gdp", new double[] {12.6, 4.0}));
    Panel zero = Panel.builder("x").add("A", 0.0).build();
    Panel negativeZero = Panel.builder("x").add("A", -0.0).build();
    assertThat(zero).isNotEqualTo(negativeZero);
  }

  @Test
  void readObject_serializedPanel_isEqualAndWorking() throws Exception {
    Panel panel = overTime().withColumn("net", new double[] {NA, -0.0, 1e-300, 7});
    Panel copy = roundTrip(panel);
    assertThat(copy).isEqualTo(panel);
    assertThat(copy.row("B", 2021)).hasValue(3);
    assertThat(Double.doubleToRawLongBits(copy.value(1, 1)))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    Panel named = roundTrip(small());
    assertThat(named.name(0)).contains("China");
    assertThat(named.name(1)).isEmpty();
  }

  @SuppressWarnings("unchecked")
  static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
