package io.github.diamondscore.testkit;

import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.ScoreCard;

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
}
