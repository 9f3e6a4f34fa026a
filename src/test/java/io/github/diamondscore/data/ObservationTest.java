package io.github.diamondscore.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ObservationTest {

  private static Observation vietNam() {
    return Observation.builder("VN").name("Viet Nam").group("Asia").year(2021)
        .put("gdp_pc", 4.3).put("internet", 74.2).put("patents", Double.NaN).build();
  }

  @Test
  void builder_allParts_areKept() {
    Observation o = vietNam();
    assertThat(o.entity()).isEqualTo("VN");
    assertThat(o.name()).contains("Viet Nam");
    assertThat(o.group()).contains("Asia");
    assertThat(o.year()).hasValue(2021);
    assertThat(o.value("internet")).isEqualTo(74.2);
    assertThat(o.indicators()).containsExactly("gdp_pc", "internet", "patents");
  }

  @Test
  void of_entityAndMap_keepsMapOrderAndNoOptionalParts() {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("z", 1.5);
    values.put("a", -2.0);
    Observation o = Observation.of("CN", values);
    values.put("b", 3.0);
    assertThat(o.values()).containsExactly(Map.entry("z", 1.5), Map.entry("a", -2.0));
    assertThat(o.name()).isEmpty();
    assertThat(o.group()).isEmpty();
    assertThat(o.year()).isEmpty();
  }

  @Test
  void of_nullValue_throwsSuggestingNaN() {
    Map<String, Double> values = new HashMap<>();
    values.put("gdp", null);
    assertThatThrownBy(() -> Observation.of("CN", values))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value of indicator 'gdp' for entity 'CN' is null; use Double.NaN");
  }

  @Test
  void of_nullKey_throwsNamingEntity() {
    Map<String, Double> values = new HashMap<>();
    values.put(null, 1.0);
    assertThatThrownBy(() -> Observation.of("CN", values))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("observation of entity 'CN' has a null indicator id");
  }

  @Test
  void of_infiniteValue_throwsNamingIndicator() {
    assertThatThrownBy(() -> Observation.of("CN", Map.of("gdp", Double.POSITIVE_INFINITY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value of indicator 'gdp' for entity 'CN' is Infinity");
  }

  @Test
  void of_blankEntity_throws() {
    assertThatThrownBy(() -> Observation.of("", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entity id ('') is blank");
  }

  @Test
  void put_reservedOrBlankId_throws() {
    assertThatThrownBy(() -> Observation.builder("CN").put("year", 2021))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicator id 'year' is reserved");
    assertThatThrownBy(() -> Observation.builder("CN").put("", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicator id ('') is blank");
  }

  @Test
  void put_sameIndicatorTwice_throwsNamingFirstValue() {
    Observation.Builder builder = Observation.builder("CN").put("gdp", 12.5);
    assertThatThrownBy(() -> builder.put("gdp", 13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicator 'gdp' of entity 'CN' was already set to 12.5");
  }

  @Test
  void name_blank_throws() {
    assertThatThrownBy(() -> Observation.builder("CN").name(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name of entity 'CN' (' ') is blank");
    assertThatThrownBy(() -> Observation.builder("CN").group(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group of entity 'CN' ('') is blank");
  }

  @Test
  void value_absentOrMissing_isNaN() {
    Observation o = vietNam();
    assertThat(o.value("patents")).isNaN();
    assertThat(o.value("unknown")).isNaN();
    assertThat(o.has("patents")).isFalse();
    assertThat(o.has("unknown")).isFalse();
    assertThat(o.has("gdp_pc")).isTrue();
  }

  @Test
  void values_returnedMap_isUnmodifiable() {
    Map<String, Double> values = vietNam().values();
    assertThat(values).containsEntry("gdp_pc", 4.3).hasSize(3);
    assertThatThrownBy(() -> values.put("x", 1.0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> vietNam().indicators().remove("gdp_pc"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void withValue_existingAndNewIndicator_replacesInPlaceOrAppends() {
    Observation o = vietNam();
    Observation replaced = o.withValue("internet", 80.0);
    assertThat(replaced.indicators()).containsExactly("gdp_pc", "internet", "patents");
    assertThat(replaced.value("internet")).isEqualTo(80.0);
    assertThat(o.value("internet")).isEqualTo(74.2);
    Observation appended = o.withValue("logistics", 3.1);
    assertThat(appended.indicators()).containsExactly("gdp_pc", "internet", "patents", "logistics");
    assertThat(appended.name()).contains("Viet Nam");
    assertThat(appended.year()).hasValue(2021);
  }

  @Test
  void withValue_infinite_throws() {
    assertThatThrownBy(() -> vietNam().withValue("gdp_pc", Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value of indicator 'gdp_pc' for entity 'VN' is -Infinity");
  }

  @Test
  void build_calledTwice_givesIndependentObservations() {
    Observation.Builder builder = Observation.builder("CN").put("a", 1);
    Observation first = builder.build();
    Observation second = builder.put("b", 2).build();
    assertThat(first.indicators()).containsExactly("a");
    assertThat(second.indicators()).containsExactly("a", "b");
  }

  @Test
  void toString_observation_isReadableOneLiner() {
    assertThat(vietNam().toString())
        .isEqualTo("VN (Viet Nam, Asia, 2021): gdp_pc=4.3, internet=74.2, patents=NA");
    assertThat(Observation.of("CN", Map.of()).toString()).isEqualTo("CN: no values");
  }

  @Test
  void toString_manyValues_showsTwentyThenCount() {
    Observation.Builder builder = Observation.builder("X");
    IntStream.range(0, 25).forEach(i -> builder.put("i" + i, i));
    String text = builder.build().toString();
    assertThat(text).contains("i19=19").doesNotContain("i20=").endsWith(" ... (5 more)");
  }

  @Test
  void equals_sameParts_isEqualWithSameHash() {
    assertThat(vietNam()).isEqualTo(vietNam()).hasSameHashCodeAs(vietNam());
    assertThat(vietNam()).isNotEqualTo(vietNam().withValue("gdp_pc", 4.4));
    assertThat(Observation.of("A", Map.of("x", 0.0)))
        .isNotEqualTo(Observation.of("A", Map.of("x", -0.0)));
  }

  @Test
  void readObject_serializedObservation_isEqual() throws Exception {
    Observation copy = PanelTest.roundTrip(vietNam());
    assertThat(copy).isEqualTo(vietNam());
    assertThat(copy.indicators()).containsExactly("gdp_pc", "internet", "patents");
    assertThat(copy.value("patents")).isNaN();
    Observation plain = PanelTest.roundTrip(Observation.of("CN", Map.of("a", 1.0)));
    assertThat(plain.year()).isEmpty();
    assertThat(plain.name()).isEmpty();
  }
}
