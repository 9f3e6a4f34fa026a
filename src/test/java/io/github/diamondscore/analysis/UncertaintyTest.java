package io.github.diamondscore.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.diamondscore.aggregate.Aggregation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.normalize.Normalization;
import io.github.diamondscore.score.Index;
import org.junit.jupiter.api.Test;

class UncertaintyTest {
  static final Framework FW = Framework.of(Composite.of("root", Indicator.of("a"),
      Indicator.of("b")));
  // min-max: A = (100, 0), B = (0, 100), C = (40, 40); nominal A = B = 50, C = 40.
  static final Panel P = Panel.builder("a", "b").add("A", 10, 0).add("B", 0, 10)
      .add("C", 4, 4).build();

  @Test
  void weightNoise_rankIntervalMatchesTheProbabilityWorkedOut() {
    // Weights w1, w2 ~ U(0.75, 1.25) independently. C (always 40) overtakes A only when A's
    // share w1 / (w1 + w2) < 0.4, i.e. w1 < 2 w2 / 3, which needs w2 > 1.125:
    // P = (1 / 0.25) * integral_{1.125}^{1.25} (2t/3 - 0.75) dt = 4 * 0.00520833 = 1/48.
    // Same for B, never both: C is 2nd in 1/24 = 4.17 % of runs and never 1st.
    // With 4,000 runs the nearest-rank 3rd percentile of C's rank is therefore 2 and the
    // 5.5th is 3 (the binomial sd of the share is 0.3 %).
    UncertaintyResult r = Uncertainty.builder(Index.of(FW), P).runs(4000).seed(7)
        .weightNoise(0.25).build().run();
    assertThat(r.nominalRank("C")).isEqualTo(3);
    assertThat(r.rankPercentile("C", 0.03)).isEqualTo(2.0);
    assertThat(r.rankPercentile("C", 0.055)).isEqualTo(3.0);
    assertThat(r.rankPercentile("C", 0.5)).isEqualTo(3.0);
    assertThat(r.meanScore("C")).isCloseTo(40.0, within(1e-9));
    assertThat(r.scoreSd("C")).isCloseTo(0.0, within(1e-6));
    // A and B: symmetric around 50, each first about half the time
    assertThat(r.meanScore("A")).isCloseTo(50.0, within(0.5));
    assertThat(r.rankPercentile("A", 0.95)).isEqualTo(2.0);
    assertThat(r.sensitivity()).containsOnlyKeys("weights");
    assertThat(r.toString()).contains("Uncertainty of 'root' ranks over 4000 runs")
        .contains("sensitivity");
  }

  @Test
  void sameSeed_sameResultWhateverTheThreadCount() {
    Uncertainty.Builder b = Uncertainty.builder(Index.builder(FW)
        .normalization(Normalization.minMax(1, 100)).build(), P).runs(200).seed(3)
        .normalizations(Normalization.percentile(1, 100), Normalization.goalposts(1, 100))
        .aggregations(Aggregation.geometric());
    StringBuilder one = new StringBuilder();
    b.threads(1).build().run().writeCsv(one);
    StringBuilder four = new StringBuilder();
    b.threads(4).build().run().writeCsv(four);
    assertThat(four.toString()).isEqualTo(one.toString())
        .startsWith("entity,nominal_score,nominal_rank,rank_p05");
    StringBuilder other = new StringBuilder();
    b.seed(4).threads(2).build().run().writeCsv(other);
    assertThat(other.toString()).isNotEqualTo(one.toString());
  }

  @Test
  void severalInputs_eachGetsASensitivity() {
    UncertaintyResult r = Uncertainty.builder(Index.builder(FW)
        .normalization(Normalization.minMax(1, 100)).build(), P).runs(100)
        .aggregations(Aggregation.geometric()).build().run();
    assertThat(r.sensitivity()).containsOnlyKeys("weights", "aggregation");
    assertThat(r.sensitivity().values()).allSatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(0));
  }

  @Test
  void rejections() {
    assertThatThrownBy(() -> Uncertainty.builder(Index.of(FW), P).weightNoise(1))
        .hasMessageContaining("weight noise (1.0)");
    assertThatThrownBy(() -> Uncertainty.builder(Index.of(FW), P).runs(5))
        .hasMessageContaining("runs (5)");
    assertThatThrownBy(() -> Uncertainty.builder(Index.of(FW), P).weightNoise(0).build())
        .hasMessageContaining("nothing is uncertain");
    assertThatThrownBy(() -> Uncertainty.builder(Index.of(FW), P).node("zz").build())
        .hasMessageContaining("no node 'zz'");
  }
}
