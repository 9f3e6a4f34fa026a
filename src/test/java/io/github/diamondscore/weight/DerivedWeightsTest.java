package io.github.diamondscore.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DerivedWeightsTest {

  private static DerivedWeights sample() {
    Map<String, Double> diag = new LinkedHashMap<>();
    diag.put("lambdaMax", 3.0);
    diag.put("CR", 0.0);
    return DerivedWeights.of("test", List.of("b", "a", "c"), new double[] {0.5, 0.3, 0.2}, diag,
        List.of("look here"));
  }

  @Test
  void of_validWeights_exposesLabelsWeightsAndInsertionOrderedMap() {
    DerivedWeights w = sample();
    assertThat(w.method()).isEqualTo("test");
    assertThat(w.size()).isEqualTo(3);
    assertThat(w.labels()).containsExactly("b", "a", "c");
    assertThat(w.weight("a")).isEqualTo(0.3);
    assertThat(w.weightList()).containsExactly(0.5, 0.3, 0.2);
    assertThat(w.asMap().keySet()).containsExactly("b", "a", "c");
    assertThat(w.diagnostics().keySet()).containsExactly("lambdaMax", "CR");
    assertThat(w.warnings()).containsExactly("look here");
  }

  @Test
  void weights_mutatingReturnedArray_doesNotChangeTheResult() {
    DerivedWeights w = sample();
    double[] copy = w.weights();
    copy[0] = 99;
    double[] input = {0.5, 0.5};
    DerivedWeights v = DerivedWeights.of("x", List.of("p", "q"), input, Map.of(), List.of());
    input[0] = 7;
    assertThat(w.weights()[0]).isEqualTo(0.5);
    assertThat(v.weight("p")).isEqualTo(0.5);
  }

  @Test
  void of_weightsNotSummingToOne_rejectedWithTheSum() {
    assertThatThrownBy(() -> DerivedWeights.of("x", List.of("p", "q"), new double[] {0.5, 0.6},
        Map.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sum to 1.1")
        .hasMessageContaining("must sum to 1");
  }

  @Test
  void of_negativeWeight_rejectedNamingLabel() {
    assertThatThrownBy(() -> DerivedWeights.of("x", List.of("p", "q"), new double[] {1.5, -0.5},
        Map.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight of 'q' (-0.5)");
  }

  @Test
  void of_duplicateLabel_rejectedNamingIt() {
    assertThatThrownBy(() -> DerivedWeights.of("x", List.of("p", "p"), new double[] {0.5, 0.5},
        Map.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("label 'p' appears twice");
  }

  @Test
  void of_blankMethod_rejected() {
    assertThatThrownBy(() -> DerivedWeights.of(" ", List.of("p"), new double[] {1}, Map.of(),
        List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("method name must not be blank");
  }

  @Test
  void weight_unknownLabel_rejectedListingKnownLabels() {
    assertThatThrownBy(() -> sample().weight("z"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no weight for label 'z'")
        .hasMessageContaining("[b, a, c]");
  }

  @Test
  void toString_showsLabelsWeightsDiagnosticsAndWarnings() {
    assertThat(sample().toString())
        .contains("DerivedWeights[test] 3 weights")
        .contains("a       0.300000")
        .contains("lambdaMax = 3.00000")
        .contains("warning: look here");
  }

  @Test
  void equals_sameContent_equalAndSameHash() {
    assertThat(sample()).isEqualTo(sample()).hasSameHashCodeAs(sample());
    assertThat(sample()).isNotEqualTo(Weights.equal(List.of("b", "a", "c")));
  }
}
