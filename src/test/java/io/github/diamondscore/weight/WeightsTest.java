package io.github.diamondscore.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightsTest {

  @Test
  void equal_threeLabels_eachOneThird() {
    DerivedWeights w = Weights.equal(List.of("a", "b", "c"));
    assertThat(w.method()).isEqualTo("equal");
    assertThat(w.weights()).containsExactly(1.0 / 3, 1.0 / 3, 1.0 / 3);
  }

  @Test
  void equal_noLabels_rejected() {
    assertThatThrownBy(() -> Weights.equal(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one label");
  }

  @Test
  void manual_values_normalizedByTheirSum() {
    // 2 + 1 + 1 = 4, so 2/4, 1/4, 1/4.
    DerivedWeights w = Weights.manual(List.of("a", "b", "c"), 2, 1, 1);
    assertThat(w.weights()).containsExactly(0.5, 0.25, 0.25);
    assertThat(w.diagnostics()).containsEntry("sum", 4.0);
  }

  @Test
  void manual_map_keepsIterationOrder() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("z", 3);
    m.put("y", 1);
    DerivedWeights w = Weights.manual(m);
    assertThat(w.labels()).containsExactly("z", "y");
    assertThat(w.weight("z")).isCloseTo(0.75, within(1e-15));
  }

  @Test
  void manual_negativeValue_rejectedNamingLabel() {
    assertThatThrownBy(() -> Weights.manual(List.of("gdp", "trade"), 1, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("manual weight of 'trade' (-2.0) must be finite and >= 0");
  }

  @Test
  void manual_nanValue_rejectedNamingLabel() {
    assertThatThrownBy(() -> Weights.manual(List.of("gdp", "trade"), Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("manual weight of 'gdp' (NaN)");
  }

  @Test
  void manual_infiniteValue_rejectedNamingLabel() {
    assertThatThrownBy(() -> Weights.manual(List.of("gdp"), Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("manual weight of 'gdp' (Infinity)");
  }

  @Test
  void manual_allZero_rejected() {
    assertThatThrownBy(() -> Weights.manual(List.of("gdp", "trade"), 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[gdp, trade] are all zero");
  }

  @Test
  void manual_countMismatch_rejected() {
    assertThatThrownBy(() -> Weights.manual(List.of("gdp", "trade"), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 columns but 2 labels");
  }

  @Test
  void manual_blankLabel_rejected() {
    assertThatThrownBy(() -> Weights.manual(List.of("gdp", " "), 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("label 1 (' ') must not be blank");
  }

  @Test
  void manual_noValues_rejected() {
    assertThatThrownBy(() -> Weights.manual(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("manual weights need at least one value");
  }
}
