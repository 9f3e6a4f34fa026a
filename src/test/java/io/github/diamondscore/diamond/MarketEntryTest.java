package io.github.diamondscore.diamond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.data.RowKey;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.normalize.Normalization;
import io.github.diamondscore.score.Index;
import io.github.diamondscore.score.Scorer;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketEntryTest {
  static final double NA = Double.NaN;

  // A go-global-shaped model with one indicator per area on goalposts 0..10 onto 0..100, so a raw
  // 7 scores 70. Readiness R = (infrastructure + platform + risk) / 3 over the present ones.
  //   country group  br64  p  k   i    R
  //   CHN     China  0     5  5   5    home
  //   AAA     G1     1     8  6   7    (70 + 80 + 60) / 3 = 70
  //   BBB     G1     0     9  9   9    90
  //   CCC     China  0     4  4   4    40
  //   DDD     G2     1     6  NA  6    (60 + 60) / 2 = 60
  //   EEE     G2     0     NA NA  NA   missing
  static Assessment countries() {
    Framework fw = Framework.of(Scorer.composite("readiness",
        Scorer.composite("platform", Scorer.indicator("p").goalposts(0, 10)),
        Scorer.composite("risk", Scorer.indicator("k").goalposts(0, 10)),
        Scorer.composite("infrastructure", Scorer.indicator("i").goalposts(0, 10))));
    Panel panel = Panel.builder("br64", "p", "k", "i")
        .add(RowKey.of("CHN").withName("China").withGroup("China"), 0, 5, 5, 5)
        .add(RowKey.of("AAA").withName("A").withGroup("G1"), 1, 8, 6, 7)
        .add(RowKey.of("BBB").withName("B").withGroup("G1"), 0, 9, 9, 9)
        .add(RowKey.of("CCC").withName("C").withGroup("China"), 0, 4, 4, 4)
        .add(RowKey.of("DDD").withName("D").withGroup("G2"), 1, 6, NA, 6)
        .add(RowKey.of("EEE").withName("E").withGroup("G2"), 0, NA, NA, NA)
        .build();
    return Assessment.of(Index.builder(fw).normalization(Normalization.minMax(0, 100)).build()
        .fit(panel), panel);
  }

  // Home CHN (a participant, as the initiative's origin): G = AAA 70 (br64), BBB 40, CCC 100
  // (same group), DDD 70. Country: F = G, entry = sqrt(R G):
  //   AAA sqrt(70 * 70) = 70; BBB sqrt(90 * 40) = 60; CCC sqrt(40 * 100) = 63.245553203367585;
  //   DDD sqrt(60 * 70) = 64.8074069840786  (python math.sqrt)
  @Test
  void forCountry_handExample_rankedByEntryScore() {
    MarketRanking r = MarketEntry.of(countries()).forCountry("CHN");
    assertThat(r.options()).extracting(MarketRanking.Option::entity)
        .containsExactly("AAA", "DDD", "CCC", "BBB", "EEE");
    assertThat(r.options().get(0).score()).isCloseTo(70.0, within(1e-12));
    assertThat(r.options().get(1).score()).isCloseTo(64.8074069840786, within(1e-12));
    assertThat(r.options().get(2).score()).isCloseTo(63.245553203367585, within(1e-12));
    assertThat(r.options().get(3).score()).isCloseTo(60.0, within(1e-12));
    assertThat(r.options().get(1).readiness()).isCloseTo(60.0, within(1e-12));
    assertThat(r.options().get(2).proximity()).isEqualTo(100.0);
    assertThat(r.options().get(4).rank()).isEmpty();
    assertThat(r.options().get(4).score()).isNaN();
    assertThat(r.options().get(3).rank()).hasValue(4);
    assertThat(r.top(2)).hasSize(2);
    assertThat(r.home()).isEqualTo("CHN");
  }

  // Enterprise E = 50: F = (50 + G) / 2 = AAA 60, BBB 45, CCC 75, DDD 60; entry = sqrt(R F):
  //   AAA sqrt(4200) = 64.8074069840786; BBB sqrt(4050) = 63.63961030678928;
  //   CCC sqrt(3000) = 54.772255750516614; DDD sqrt(3600) = 60
  @Test
  void forEnterprise_handExample_fitMixesReadinessAndProximity() {
    MarketRanking r = MarketEntry.of(countries()).forEnterprise("Firm", "CHN", 50);
    assertThat(r.options()).extracting(MarketRanking.Option::entity)
        .containsExactly("AAA", "BBB", "DDD", "CCC", "EEE");
    assertThat(r.options()).extracting(MarketRanking.Option::fit)
        .containsExactly(60.0, 45.0, 60.0, 75.0, 45.0);
    assertThat(r.options().get(1).score()).isCloseTo(63.63961030678928, within(1e-12));
    assertThat(r.options().get(3).score()).isCloseTo(54.772255750516614, within(1e-12));
    assertThat(r.toString()).startsWith(
        "Target markets for Firm, home CHN, firm readiness 50.00; entry = R^0.5 x F^0.5\n");
  }

  @Test
  void withExponentAndProximity_changeTheRanking() {
    MarketEntry me = MarketEntry.of(countries());
    // a = 1: readiness alone: BBB 90, AAA 70, DDD 60, CCC 40.
    assertThat(me.withExponent(1).forCountry("CHN").options())
        .extracting(MarketRanking.Option::entity)
        .containsExactly("BBB", "AAA", "DDD", "CCC", "EEE");
    // Equal proximities and a = 0: every present market ties at 50 and ranks 1, listed by id.
    MarketRanking flat = me.withExponent(0).withProximity(50, 50, 50).forCountry("CHN");
    assertThat(flat.options()).extracting(o -> o.rank().orElse(0))
        .containsExactly(1, 1, 1, 1, 0);
    assertThat(flat.options().get(0).entity()).isEqualTo("AAA");
    assertThat(me.exponent()).isEqualTo(0.5);
  }

  @Test
  void invalid_messagesNameTheProblem() {
    MarketEntry me = MarketEntry.of(countries());
    assertThatThrownBy(() -> me.withExponent(1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exponent a (1.5)");
    assertThatThrownBy(() -> me.withProximity(100, 0, 40))
        .hasMessageContaining("proximity level (0.0)");
    assertThatThrownBy(() -> me.forEnterprise("F", "CHN", 120))
        .hasMessageContaining("firm 'F' readiness (120.0)");
    assertThatThrownBy(() -> me.forCountry("ZZZ"))
        .hasMessageContaining("entity 'ZZZ' is not in the assessment");
    assertThatThrownBy(() -> MarketEntry.of(AssessmentTest.assessment()))
        .hasMessageContaining("no 'infrastructure' node");
  }

  @Test
  void forEnterprise_syntheticSample_homeFromGroupScoreFromAssessment() {
    Assessment firms = EnterpriseReadiness.assessSample();
    MarketEntry me = MarketEntry.of(GoGlobal.assess());
    MarketRanking r = me.forEnterprise(firms, "F02");
    assertThat(r.home()).isEqualTo("CHN");
    assertThat(r.options()).hasSize(78).noneMatch(o -> o.entity().equals("CHN"));
    double e = firms.score("F02");
    for (MarketRanking.Option o : r.options()) {
      assertThat(o.fit()).isCloseTo((e + o.proximity()) / 2, within(1e-12));
      assertThat(o.readiness()).isCloseTo(me.readiness(o.entity()), within(1e-12));
      assertThat(o.score()).isCloseTo(Math.sqrt(o.readiness() * o.fit()), within(1e-9));
    }
    List<Double> scores = r.options().stream().map(MarketRanking.Option::score).toList();
    for (int i = 1; i < scores.size(); i++) {
      assertThat(scores.get(i)).isLessThanOrEqualTo(scores.get(i - 1));
    }
    // Belt and Road countries are 70 for a Chinese firm, the benchmark economies 40.
    assertThat(me.proximity("CHN", "KAZ")).isEqualTo(70.0);
    assertThat(me.proximity("CHN", "DEU")).isEqualTo(40.0);
    assertThat(me.proximity("POL", "CZE")).isEqualTo(100.0);
  }
}
