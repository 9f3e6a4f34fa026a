package io.github.diamondscore.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.diamondscore.prepare.FittedImputation.YearValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ImputationTest {

  private static final double NAN = Double.NaN;

  /*
   * Worked column (row: group value)
   *   0: A 4   1: A NaN   2: B 1   3: B 10   4: C NaN   5: A 7   6: "" NaN   7: B 2
   * present 4, 1, 10, 7, 2: mean = 24/5 = 4.8; sorted 1 2 4 7 10, median = 4
   * group A: 4, 7 -> mean 5.5, median 5.5
   * group B: 1, 10, 2 -> mean 13/3 = 4.333..., median 2
   * group C: nothing present -> falls back to the overall statistic; "" (no group) too
   */
  private static final double[] VALUES = {4, NAN, 1, 10, NAN, 7, NAN, 2};
  private static final String[] GROUPS = {"A", "A", "B", "B", "C", "A", "", "B"};

  @Test
  void mean_fillsEveryGapWithIndicatorMean() {
    ImputedColumn column = Imputation.mean().fit(VALUES).apply(VALUES);
    assertThat(column.values()).containsExactly(4, 4.8, 1, 10, 4.8, 7, 4.8, 2);
    assertThat(column.imputedRows()).containsExactly(1, 4, 6);
    assertThat(column.imputedCells()).containsExactly(
        new ImputedColumn.Cell(1, 4.8), new ImputedColumn.Cell(4, 4.8), new ImputedColumn.Cell(6, 4.8));
    assertThat(column.missingRows()).isEmpty();
    assertThat(column.toString()).isEqualTo("ImputedColumn[8 rows, 3 imputed, 0 still missing]");
  }

  @Test
  void median_oddCount_isMiddleValue() {
    FittedImputation fitted = Imputation.median().fit(VALUES);
    assertThat(fitted.overall()).isEqualTo(4.0);
    assertThat(fitted.apply(VALUES).values()).containsExactly(4, 4, 1, 10, 4, 7, 4, 2);
  }

  /* 3, 1, 4, 1 sorted 1 1 3 4: median (1 + 3)/2 = 2. */
  @Test
  void median_evenCount_isMeanOfMiddleTwo() {
    assertThat(Imputation.median().fit(new double[] {3, 1, NAN, 4, 1}).overall()).isEqualTo(2.0);
  }

  @Test
  void groupMean_usesGroupThenFallsBackToOverall() {
    FittedImputation fitted = Imputation.groupMean().fit(VALUES, GROUPS);
    assertThat(fitted.groupFills()).containsOnlyKeys("A", "B");
    assertThat(fitted.groupFills().get("A")).isEqualTo(5.5);
    assertThat(fitted.groupFills().get("B")).isCloseTo(13.0 / 3, within(1e-15));
    ImputedColumn column = fitted.apply(VALUES, GROUPS);
    // row 1 group A -> 5.5; row 4 group C (nothing present) -> 4.8; row 6 no group -> 4.8
    assertThat(column.values()).containsExactly(4, 5.5, 1, 10, 4.8, 7, 4.8, 2);
    assertThat(fitted.fill(NAN, Optional.of("B"))).isCloseTo(4.333333333333333, within(1e-15));
    assertThat(fitted.fill(NAN, Optional.of("unseen"))).isEqualTo(4.8);
    assertThat(fitted.fill(NAN, Optional.empty())).isEqualTo(4.8);
    assertThat(fitted.toString()).isEqualTo("FittedImputation[group-mean, overall 4.8, 2 groups]");
  }

  @Test
  void groupMedian_usesGroupThenFallsBackToOverall() {
    FittedImputation fitted = Imputation.groupMedian().fit(VALUES, GROUPS);
    assertThat(fitted.groupFills()).isEqualTo(Map.of("A", 5.5, "B", 2.0));
    assertThat(fitted.apply(VALUES, GROUPS).values()).containsExactly(4, 5.5, 1, 10, 4, 7, 4, 2);
  }

  @Test
  void groupMethod_withoutGroups_usesOverallStatistic() {
    assertThat(Imputation.groupMean().fit(VALUES).apply(VALUES).values())
        .containsExactly(4, 4.8, 1, 10, 4.8, 7, 4.8, 2);
  }

  @Test
  void none_leavesGapsMissing() {
    ImputedColumn column = Imputation.none().fit(VALUES).apply(VALUES, GROUPS);
    assertThat(column.imputedCells()).isEmpty();
    assertThat(column.missingRows()).containsExactly(1, 4, 6);
    assertThat(column.value(1)).isNaN();
  }

  @Test
  void mean_nothingPresent_fillIsNaNAndRowsStayMissing() {
    FittedImputation fitted = Imputation.mean().fit(new double[] {NAN, NAN});
    assertThat(fitted.overall()).isNaN();
    ImputedColumn column = fitted.apply(new double[] {NAN, 3});
    assertThat(column.missingRows()).containsExactly(0);
    assertThat(column.imputedRows()).isEmpty();
  }

  /*
   * Panel (row: entity year value), rows deliberately not in year order:
   *   0: FR 2020 NaN   1: FR 2018 1.0   2: DE 2019 NaN   3: FR 2019 NaN
   *   4: DE 2020 5.0   5: FR 2021 3.0   6: DE 2022 NaN
   * FR history 2018=1, 2021=3; DE history 2020=5.
   * row 0 FR 2020: latest present year < 2020 is 2018 -> 1.0 (2019 is itself missing)
   * row 2 DE 2019: nothing before 2019 -> stays missing
   * row 3 FR 2019: 2018 -> 1.0
   * row 6 DE 2022: 2020 -> 5.0 (2021 absent)
   */
  @Test
  void latest_fillsFromEntitysLatestEarlierPresentYear() {
    double[] values = {NAN, 1, NAN, NAN, 5, 3, NAN};
    String[] entities = {"FR", "FR", "DE", "FR", "DE", "FR", "DE"};
    int[] years = {2020, 2018, 2019, 2019, 2020, 2021, 2022};
    String[] groups = new String[7];
    java.util.Arrays.fill(groups, "");
    FittedImputation fitted = Imputation.latest().fit(values, groups, entities, years);
    assertThat(fitted.history()).isEqualTo(Map.of(
        "DE", List.of(new YearValue(2020, 5)),
        "FR", List.of(new YearValue(2018, 1), new YearValue(2021, 3))));
    ImputedColumn column = fitted.apply(values, groups, entities, years);
    assertThat(column.values()).containsExactly(1, 1, NAN, 1, 5, 3, 5);
    assertThat(column.imputedCells()).containsExactly(new ImputedColumn.Cell(0, 1),
        new ImputedColumn.Cell(3, 1), new ImputedColumn.Cell(6, 5));
    assertThat(column.missingRows()).containsExactly(2);
    // online: the reference history of the entity, years strictly before the cell's year
    assertThat(fitted.fill(NAN, Optional.empty(), "FR", 2023)).isEqualTo(3.0);
    assertThat(fitted.fill(NAN, Optional.empty(), "FR", 2021)).isEqualTo(1.0);
    assertThat(fitted.fill(NAN, Optional.empty(), "FR", 2018)).isNaN();
    assertThat(fitted.fill(NAN, Optional.empty(), "IT", 2023)).isNaN();
    assertThat(fitted.fill(9.5, Optional.empty(), "FR", 2023)).isEqualTo(9.5);
    assertThat(fitted.toString()).isEqualTo("FittedImputation[latest, 2 entities]");
  }

  @Test
  void fill_presentValue_returnedUnchangedIncludingInfinity() {
    FittedImputation fitted = Imputation.mean().fit(VALUES);
    assertThat(fitted.fill(-3.25, Optional.of("A"))).isEqualTo(-3.25);
    assertThat(fitted.fill(Double.NEGATIVE_INFINITY, Optional.empty())).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(fitted.fill(NAN, Optional.empty())).isEqualTo(4.8);
  }

  @Test
  void panelForm_worksForNonPanelMethodsToo() {
    String[] entities = {"a", "b", "c", "d", "e", "f", "g", "h"};
    int[] years = new int[8];
    assertThat(Imputation.groupMean().fit(VALUES, GROUPS, entities, years).apply(VALUES, GROUPS, entities, years)
        .values()).containsExactly(4, 5.5, 1, 10, 4.8, 7, 4.8, 2);
  }

  // ---------------------------------------------------------------- parse

  @Test
  void parse_validNames_roundTripThroughId() {
    for (String name : List.of("none", "mean", "median", "group-mean", "group-median", "latest")) {
      assertThat(Imputation.parse(name).id()).isEqualTo(name);
      assertThat(Imputation.parse(name).toString()).isEqualTo(name);
    }
    assertThat(Imputation.parse(" Group-Median ")).isEqualTo(Imputation.groupMedian());
    assertThat(Imputation.parse("none")).isEqualTo(Imputation.none());
    assertThat(Imputation.parse("mean")).isEqualTo(Imputation.mean());
    assertThat(Imputation.parse("median")).isEqualTo(Imputation.median());
    assertThat(Imputation.parse("group-mean")).isEqualTo(Imputation.groupMean());
    assertThat(Imputation.parse("latest")).isEqualTo(Imputation.latest());
  }

  @Test
  void parse_unknownName_listsValidNames() {
    assertThatThrownBy(() -> Imputation.parse("knn"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("imputation method 'knn' is unknown")
        .hasMessageContaining("none, mean, median, group-mean, group-median, latest");
  }

  // ---------------------------------------------------------------- rejections

  @Test
  void fit_latestWithoutPanel_rejected() {
    assertThatThrownBy(() -> Imputation.latest().fit(VALUES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("imputation 'latest' needs each row's entity and year");
    assertThatThrownBy(() -> Imputation.latest().fit(VALUES, GROUPS))
        .hasMessageContaining("call fit(values, groups, entities, years)");
  }

  @Test
  void fillOrApply_latestWithoutEntityAndYear_isWrongUse() {
    FittedImputation fitted = Imputation.latest().fit(new double[] {1}, new String[] {""},
        new String[] {"FR"}, new int[] {2020});
    assertThatThrownBy(() -> fitted.fill(NAN, Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("call fill(value, group, entity, year)");
    assertThatThrownBy(() -> fitted.apply(new double[] {NAN}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("call apply(values, groups, entities, years)");
  }

  @Test
  void fit_groupsOfWrongLength_rejected() {
    assertThatThrownBy(() -> Imputation.groupMean().fit(new double[] {1, 2, 3, 4}, new String[] {"A", "B", "C"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("groups has 3 rows but values has 4; give one group per row");
    FittedImputation fitted = Imputation.mean().fit(VALUES);
    assertThatThrownBy(() -> fitted.apply(new double[] {1, 2}, new String[] {"", ""}, new String[] {"a"},
        new int[] {1, 2}))
        .hasMessageContaining("entities has 1 rows but values has 2");
    assertThatThrownBy(() -> fitted.apply(new double[] {1, 2}, new String[] {"", ""}, new String[] {"a", "b"},
        new int[] {1}))
        .hasMessageContaining("years has 1 rows but values has 2; give one year per row");
  }

  @Test
  void fit_nullGroup_rejectedNamingRow() {
    assertThatThrownBy(() -> Imputation.groupMean().fit(new double[] {1, 2}, new String[] {"A", null}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("groups[1] is null; use \"\" for a row without a group");
  }

  @Test
  void fit_blankEntity_rejectedNamingRow() {
    assertThatThrownBy(() -> Imputation.latest().fit(new double[] {1, 2}, new String[] {"", ""},
        new String[] {"FR", " "}, new int[] {2019, 2020}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entities[1] is blank; every row needs an entity id");
    assertThatThrownBy(() -> Imputation.mean().fit(new double[] {1, 2}, new String[] {"", ""},
        new String[] {null, "DE"}, new int[] {2019, 2020}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entities[0] is null; every row needs an entity id");
  }

  @Test
  void fit_latestDuplicateEntityYear_rejectedNamingBothRows() {
    assertThatThrownBy(() -> Imputation.latest().fit(new double[] {1, 2, NAN},
        new String[] {"", "", ""}, new String[] {"FR", "DE", "FR"}, new int[] {2019, 2019, 2019}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entity 'FR' has two rows for year 2019 (rows 0 and 2)");
  }

  @Test
  void fit_infiniteValue_rejectedNamingRow() {
    assertThatThrownBy(() -> Imputation.mean().fit(new double[] {1, NAN, Double.POSITIVE_INFINITY}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("values[2] is Infinity");
  }

  @Test
  void yearValueAndCell_invalid_rejected() {
    assertThatThrownBy(() -> new YearValue(2020, NAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("history value of year 2020 (NaN) must be finite");
    assertThatThrownBy(() -> new ImputedColumn.Cell(-1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("imputed cell (row -1, value 2.0)");
  }

  @Test
  void fittedImputation_serialized_equalAndFillsIdentically() throws IOException, ClassNotFoundException {
    FittedImputation fitted = Imputation.groupMean().fit(VALUES, GROUPS);
    FittedImputation copy = roundTrip(fitted);
    assertThat(copy).isEqualTo(fitted).hasSameHashCodeAs(fitted);
    assertThat(copy.apply(VALUES, GROUPS).values()).containsExactly(fitted.apply(VALUES, GROUPS).values());
    FittedImputation latest = Imputation.latest().fit(new double[] {1, NAN}, new String[] {"", ""},
        new String[] {"FR", "FR"}, new int[] {2019, 2020});
    assertThat(roundTrip(latest)).isEqualTo(latest);
    assertThat(roundTrip(latest).fill(NAN, Optional.empty(), "FR", 2020)).isEqualTo(1.0);
    assertThat(latest).isNotEqualTo(fitted);
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  // ---------------------------------------------------------------- properties

  static IntStream seeds() {
    return IntStream.rangeClosed(1, 50);
  }

  private static final List<Imputation> METHODS = List.of(Imputation.none(), Imputation.mean(),
      Imputation.median(), Imputation.groupMean(), Imputation.groupMedian(), Imputation.latest());

  /** A panel: a few entities, each with a shuffled run of years, random groups and gaps. */
  private static final class Panel {
    final double[] values;
    final String[] groups;
    final String[] entities;
    final int[] years;

    Panel(SplittableRandom random) {
      List<Integer> order = new ArrayList<>();
      List<String> entityList = new ArrayList<>();
      List<Integer> yearList = new ArrayList<>();
      int entityCount = 1 + random.nextInt(6);
      for (int e = 0; e < entityCount; e++) {
        int years = 1 + random.nextInt(6);
        int year = 2008 + random.nextInt(3);
        for (int y = 0; y < years; y++) {
          year += 1 + random.nextInt(2); // gaps in the years, never a repeat
          entityList.add("E" + e);
          yearList.add(year);
        }
      }
      for (int i = 0; i < entityList.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, new java.util.Random(random.nextLong()));
      int n = order.size();
      values = new double[n];
      groups = new String[n];
      entities = new String[n];
      years = new int[n];
      String[] groupNames = {"", "A", "B", "C"};
      for (int i = 0; i < n; i++) {
        entities[i] = entityList.get(order.get(i));
        years[i] = yearList.get(order.get(i));
        groups[i] = groupNames[random.nextInt(groupNames.length)];
        values[i] = random.nextInt(3) == 0 ? NAN : random.nextDouble() * 200 - 100;
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void apply_anyMethod_neverChangesPresentValue(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Panel p = new Panel(random);
    for (Imputation method : METHODS) {
      ImputedColumn column = method.fit(p.values, p.groups, p.entities, p.years)
          .apply(p.values, p.groups, p.entities, p.years);
      double[] filled = column.values();
      for (int i = 0; i < p.values.length; i++) {
        if (!Double.isNaN(p.values[i])) {
          assertThat(Double.doubleToRawLongBits(filled[i])).as("%s row %d", method, i)
              .isEqualTo(Double.doubleToRawLongBits(p.values[i]));
        }
      }
      // every missing cell is either reported as imputed or as still missing
      for (int row : column.imputedRows()) {
        assertThat(p.values[row]).isNaN();
        assertThat(filled[row]).isNotNaN();
      }
      for (int row : column.missingRows()) {
        assertThat(p.values[row]).isNaN();
      }
      long missing = java.util.Arrays.stream(p.values).filter(Double::isNaN).count();
      assertThat(column.imputedRows().size() + column.missingRows().size()).isEqualTo((int) missing);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void fill_online_equalsBatchBitForBit(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Panel p = new Panel(random);
    for (Imputation method : METHODS) {
      FittedImputation fitted = method.fit(p.values, p.groups, p.entities, p.years);
      double[] batch = fitted.apply(p.values, p.groups, p.entities, p.years).values();
      for (int i = 0; i < p.values.length; i++) {
        Optional<String> group = p.groups[i].isEmpty() ? Optional.empty() : Optional.of(p.groups[i]);
        double online = fitted.fill(p.values[i], group, p.entities[i], p.years[i]);
        assertThat(Double.doubleToRawLongBits(online)).as("%s row %d", method, i)
            .isEqualTo(Double.doubleToRawLongBits(batch[i]));
      }
    }
  }

  /** Latest: the fill is a present value of the same entity from a strictly earlier year. */
  @ParameterizedTest
  @MethodSource("seeds")
  void latest_fillComesFromSameEntityEarlierYear(int seed) {
    Panel p = new Panel(new SplittableRandom(seed));
    ImputedColumn column = Imputation.latest().fit(p.values, p.groups, p.entities, p.years)
        .apply(p.values, p.groups, p.entities, p.years);
    for (ImputedColumn.Cell cell : column.imputedCells()) {
      int best = -1;
      for (int j = 0; j < p.values.length; j++) {
        if (p.entities[j].equals(p.entities[cell.row()]) && p.years[j] < p.years[cell.row()]
            && !Double.isNaN(p.values[j]) && (best < 0 || p.years[j] > p.years[best])) {
          best = j;
        }
      }
      assertThat(best).isNotNegative();
      assertThat(cell.value()).isEqualTo(p.values[best]);
    }
  }
}
