package io.github.diamondscore.testkit;

import static io.github.diamondscore.testkit.DiamondAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.Index;
import io.github.diamondscore.score.ScoreCard;
import io.github.diamondscore.score.Scorer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DiamondAssertionsTest {
  // x 0..10 -> 0..100; root = mean(x, y): A (x 2, y 8) -> (20 + 80) / 2 = 50
  static final Framework FW = Framework.of(Composite.of("root", Indicator.of("x"),
      Indicator.of("y")));
  static final Panel P = Panel.builder("x", "y").add("A", 2, 8).add("B", 0, 0)
      .add("C", 10, 10).build();
  static final FittedIndex F = Index.of(FW).fit(P);

  @Test
  void scoreCard_passesAndFailsWithAMessageThatSaysWhere() {
    ScoreCard card = F.score(P.observation(0));
    assertThat(card).hasTotal(50, within(1e-12)).hasScore("x", 20, within(1e-12))
        .hasContributionsSummingToScores();
    assertThatThrownBy(() -> assertThat(card).hasScore("x", 25, within(0.1)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("entity 'A'").hasMessageContaining("'x'")
        .hasMessageContaining("but was 20.0");
    assertThatThrownBy(() -> assertThat(card).hasMissingScore("root"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("no score on 'root'");
  }

  @Test
  void fittedIndex_onlineAsBatch_andSerialization() {
    assertThat(F).scoresOnlineAsInBatch(P).survivesSerialization(P);
  }

  @Test
  void fittedIndex_statefulCustomLeaf_isCaught() {
    // a custom leaf that counts its calls breaks "online equals batch"
    AtomicInteger calls = new AtomicInteger();
    Framework fw = Framework.of(Composite.of("root", Indicator.of("x"),
        Scorer.custom("counter", o -> Math.min(100, calls.incrementAndGet()))));
    FittedIndex f = Index.of(fw).fit(P);
    assertThatThrownBy(() -> assertThat(f).scoresOnlineAsInBatch(P))
        .isInstanceOf(AssertionError.class).hasMessageContaining("entity 'A'")
        .hasMessageContaining("online was");
  }

  @Test
  void fittedIndex_nonSerializableCapture_isCaught() {
    Object notSerializable = new Object();
    Framework fw = Framework.of(Composite.of("root", Indicator.of("x"),
        Scorer.custom("host", o -> notSerializable.hashCode() >= 0 ? 50 : 40)));
    FittedIndex f = Index.of(fw).fit(P);
    assertThatThrownBy(() -> assertThat(f).survivesSerialization(P))
        .isInstanceOf(AssertionError.class).hasMessageContaining("serialize");
  }
}
