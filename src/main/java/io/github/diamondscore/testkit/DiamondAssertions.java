package io.github.diamondscore.testkit;

import io.github.diamondscore.scenario.ScenarioComparison;
import io.github.diamondscore.scenario.TargetPath;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.ScoreCard;
import io.github.diamondscore.score.Scores;

/**
 * Entry point for the assertions, e.g. {@code assertThat(card).hasScore("diamond", 61.2,
 * within(0.05))} or {@code assertThat(fitted).scoresOnlineAsInBatch(panel)}.
 */
public final class DiamondAssertions {
  private DiamondAssertions() {}

  /**
   * Assertions on a score card.
   *
   * @param actual the card
   * @return the assertion
   */
  public static ScoreCardAssert assertThat(ScoreCard actual) {
    return new ScoreCardAssert(actual);
  }

  /**
   * Assertions on a fitted index.
   *
   * @param actual the fitted index
   * @return the assertion
   */
  public static FittedIndexAssert assertThat(FittedIndex actual) {
    return new FittedIndexAssert(actual);
  }

  /**
   * Assertions on batch scores, e.g. {@code assertThat(scores).ranks("KAZ").above("UZB")}.
   *
   * @param actual the scores
   * @return the assertion
   */
  public static ScoresAssert assertThat(Scores actual) {
    return new ScoresAssert(actual);
  }

  /**
   * Assertions on a scenario comparison, e.g. {@code assertThat(comparison).raisesScoreOf("KAZ",
   * "readiness").byAtLeast(2.0).doesNotChangeRankOf("CHN")}.
   *
   * @param actual the comparison
   * @return the assertion
   */
  public static ComparisonAssert assertThat(ScenarioComparison actual) {
    return new ComparisonAssert(actual);
  }

  /**
   * Assertions on a path to a target, e.g. {@code assertThat(path).reaches("Ready")
   * .withAtMost(2).changes()}.
   *
   * @param actual the path
   * @return the assertion
   */
  public static TargetPathAssert assertThat(TargetPath actual) {
    return new TargetPathAssert(actual);
  }
}
