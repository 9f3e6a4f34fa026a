package io.github.diamondscore.mcda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RanksTest {

  @Test
  void competition_tiedScores_shareTheLowestRankAndSkip() {
    // 0.9 first; the two 0.5 share rank 2; 0.1 is fourth ("1224").
    assertThat(Ranks.competition(new double[] {0.5, 0.9, 0.1, 0.5}, true))
        .containsExactly(2, 1, 4, 2);
  }

  @Test
  void competition_lowerIsBetter_smallestFirst() {
    assertThat(Ranks.competition(new double[] {0.5, 0.9, 0.1, 0.5}, false))
        .containsExactly(2, 4, 1, 2);
  }

  @Test
  void competition_nanScore_rankZeroOthersRankedAmongThemselves() {
    assertThat(Ranks.competition(new double[] {3, Double.NaN, 7}, true)).containsExactly(2, 0, 1);
  }

  @Test
  void competition_allTied_allFirst() {
    assertThat(Ranks.competition(new double[] {1, 1, 1}, true)).containsExactly(1, 1, 1);
  }

  @Test
  void competition_empty_empty() {
    assertThat(Ranks.competition(new double[0], true)).isEmpty();
  }

  @Test
  void rankingOf_scores_ranksAndCopies() {
    double[] s = {0.2, 0.8};
    Ranking r = Ranking.of("index", s, true);
    s[0] = 9;
    assertThat(r.scores()).containsExactly(0.2, 0.8);
    assertThat(r.ranks()).containsExactly(2, 1);
    assertThat(r.rank(1)).isEqualTo(1);
    assertThat(r.method()).isEqualTo("index");
    assertThat(r.toString()).contains("Ranking[index] 2 entities, higher score is better");
  }

  @Test
  void rankingSeries_unknownName_rejectedListingNames() {
    Ranking r = Ranking.of("index", new double[] {1, 2}, true);
    assertThatThrownBy(() -> r.series("S"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index recorded no series 'S'; it has []");
  }

  @Test
  void rankingOf_blankMethod_rejected() {
    assertThatThrownBy(() -> Ranking.of("", new double[] {1}, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("method name must not be blank");
  }
}
