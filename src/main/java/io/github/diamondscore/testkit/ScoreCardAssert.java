package io.github.diamondscore.testkit;

import io.github.diamondscore.score.Contribution;
import io.github.diamondscore.score.ScoreCard;
import io.github.diamondscore.model.Node;
import java.util.Locale;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Offset;

/** Assertions on a {@link ScoreCard}. */
public final class ScoreCardAssert extends AbstractAssert<ScoreCardAssert, ScoreCard> {
  ScoreCardAssert(ScoreCard actual) {
    super(actual, ScoreCardAssert.class);
  }

  /**
   * Checks the root's score.
   *
   * @param expected the expected index value
   * @param offset the tolerance
   * @return this assertion
   */
  public ScoreCardAssert hasTotal(double expected, Offset<Double> offset) {
    return hasScore(actual.framework().root().id(), expected, offset);
  }

  /**
   * Checks a node's score.
   *
   * @param node the node id
   * @param expected the expected score
   * @param offset the tolerance
   * @return this assertion
   */
  public ScoreCardAssert hasScore(String node, double expected, Offset<Double> offset) {
    isNotNull();
    double v = actual.score(node);
    if (!(Math.abs(v - expected) <= offset.value)) {
      failWithMessage(String.format(Locale.ROOT,
          "expected entity '%s' to score %s on '%s' (within %s) but was %s, difference %s",
          actual.entity(), expected, node, offset.value, v, v - expected));
    }
    return this;
  }

  /**
   * Checks that a node's score is missing.
   *
   * @param node the node id
   * @return this assertion
   */
  public ScoreCardAssert hasMissingScore(String node) {
    isNotNull();
    if (!Double.isNaN(actual.score(node))) {
      failWithMessage("expected entity '%s' to have no score on '%s' but it was %s",
          actual.entity(), node, actual.score(node));
    }
    return this;
  }

  /**
   * Checks that every present composite's contributions sum to its score within 1e-9.
   *
   * @return this assertion
   */
  public ScoreCardAssert hasContributionsSummingToScores() {
    isNotNull();
    for (Node n : actual.framework().nodes()) {
      if (n.isLeaf() || Double.isNaN(actual.score(n.id()))) {
        continue;
      }
      double sum = 0;
      for (Contribution c : actual.contributions(n.id())) {
        sum += c.points();
      }
      if (!(Math.abs(sum - actual.score(n.id())) <= 1e-9)) {
        failWithMessage(String.format(Locale.ROOT,
            "expected the contributions to '%s' to sum to its score %s but they sum to %s,"
                + " difference %s", n.id(), actual.score(n.id()), sum,
            sum - actual.score(n.id())));
      }
    }
    return this;
  }
}
