package io.github.diamondscore.diamond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TiersTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"100, Leading", "70, Leading", "69.99999, Ready", "55, Ready", "54.999, Emerging",
      "40, Emerging", "39.999, Nascent", "0, Nascent", "-5, Nascent"})
  void tierOf_defaultCutOffs_boundaryBelongsToHigherTier(double score, String tier) {
    assertThat(Tiers.defaults().tierOf(score)).hasValueSatisfying(
        t -> assertThat(t.name()).isEqualTo(tier));
    assertThat(Tiers.defaults().nameOf(score)).isEqualTo(tier);
  }

  @Test
  void tierOf_nonFinite_nanHasNoTier() {
    assertThat(Tiers.defaults().tierOf(Double.NaN)).isEmpty();
    assertThat(Tiers.defaults().nameOf(Double.NaN)).isEqualTo("NA");
    assertThat(Tiers.defaults().nameOf(Double.POSITIVE_INFINITY)).isEqualTo("Leading");
    assertThat(Tiers.defaults().nameOf(Double.NEGATIVE_INFINITY)).isEqualTo("Nascent");
  }

  @Test
  void of_cutOffs_configurable() {
    Tiers t = Tiers.of(80, 60, 30);
    assertThat(t.nameOf(79.9)).isEqualTo("Ready");
    assertThat(t.nameOf(30)).isEqualTo("Emerging");
    assertThat(t.tiers()).extracting(Tier::name)
        .containsExactly("Leading", "Ready", "Emerging", "Nascent");
    assertThat(t.toString()).isEqualTo("Leading >= 80, Ready 60-80, Emerging 30-60, Nascent < 30");
    assertThat(Tiers.defaults().toString())
        .isEqualTo("Leading >= 70, Ready 55-70, Emerging 40-55, Nascent < 40");
    assertThat(Tiers.of(70, 55, 40)).isEqualTo(Tiers.defaults());
  }

  @Test
  void of_ownTiers_anyOrderSortedHighestFirst() {
    Tiers t = Tiers.of(List.of(new Tier("Low", Double.NEGATIVE_INFINITY), new Tier("High", 50)));
    assertThat(t.tiers()).extracting(Tier::name).containsExactly("High", "Low");
    assertThat(t.nameOf(50)).isEqualTo("High");
    assertThat(t.nameOf(49)).isEqualTo("Low");
    assertThat(t.toString()).isEqualTo("High >= 50, Low < 50");
    assertThat(Tiers.of(List.of(new Tier("All", Double.NEGATIVE_INFINITY))).toString())
        .isEqualTo("All (all scores)");
  }

  @Test
  void of_invalid_messagesNameTheProblem() {
    assertThatThrownBy(() -> Tiers.of(55, 70, 40)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leading (55) > ready (70)");
    assertThatThrownBy(() -> Tiers.of(Double.NaN, 55, 40))
        .hasMessageContaining("tier cut-off (NaN) must be finite");
    assertThatThrownBy(() -> Tiers.of(List.of()))
        .hasMessageContaining("tiers are empty");
    assertThatThrownBy(() -> Tiers.of(List.of(new Tier("A", 50), new Tier("B", 20))))
        .hasMessageContaining("lowest tier 'B' has minimum 20")
        .hasMessageContaining("-Infinity");
    assertThatThrownBy(() -> Tiers.of(List.of(new Tier("A", 50), new Tier("A",
        Double.NEGATIVE_INFINITY)))).hasMessageContaining("tier name 'A' appears twice");
    assertThatThrownBy(() -> Tiers.of(List.of(new Tier("A", 50), new Tier("B", 50),
        new Tier("C", Double.NEGATIVE_INFINITY))))
        .hasMessageContaining("tier 'B' minimum (50) is also another tier's");
    assertThatThrownBy(() -> new Tier(" ", 1)).hasMessageContaining("tier name is blank");
    assertThatThrownBy(() -> new Tier("A", Double.NaN))
        .hasMessageContaining("tier 'A' minimum (NaN) must be finite");
  }

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 50).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void tierOf_randomCutOffs_monotoneInScore(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double c = rnd.nextDouble(0, 30);
    double b = c + rnd.nextDouble(1, 30);
    double a = b + rnd.nextDouble(1, 30);
    Tiers t = Tiers.of(a, b, c);
    double x = rnd.nextDouble(-10, 110);
    double y = x + rnd.nextDouble(0, 20);
    // A higher score is never in a lower tier: compare the tiers' minimums.
    assertThat(t.tierOf(y).orElseThrow().minimum())
        .isGreaterThanOrEqualTo(t.tierOf(x).orElseThrow().minimum());
    // The tier's minimum is at most the score, and the next higher tier's minimum above it.
    Tier tier = t.tierOf(x).orElseThrow();
    assertThat(tier.minimum()).isLessThanOrEqualTo(x);
    int i = t.tiers().indexOf(tier);
    if (i > 0) {
      assertThat(t.tiers().get(i - 1).minimum()).isGreaterThan(x);
    }
  }
}
