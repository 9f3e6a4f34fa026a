package io.github.diamondscore.testkit;

import io.github.diamondscore.scenario.TargetPath;
import java.util.Locale;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link TargetPath}, e.g. {@code assertThat(path).reaches("Ready")
 * .withAtMost(2).changes()}. Failure messages show the path: its result and every change.
 */
public final class TargetPathAssert extends AbstractAssert<TargetPathAssert, TargetPath> {
  TargetPathAssert(TargetPath actual) {
    super(actual, TargetPathAssert.class);
  }

  /**
   * Checks that the path's resulting score is in the named tier or a higher one (the bands the
   * simulator used).
   *
   * @param tier the tier name, e.g. {@code Ready}
   * @return a count assertion; finish with {@code withAtMost(n).changes()}
   */
  public Count reaches(String tier) {
    isNotNull();
    double min = actual.bands().require(tier).minimum();
    if (!(actual.score() >= min)) {
      failWithMessage("%s", String.format(Locale.ROOT,
          "expected the path to reach tier %s (>= %s), but:%n%s", tier, min, actual));
    }
    return new Count(this);
  }

  /**
   * Checks that the path's resulting score is at least a score.
   *
   * @param score the least score
   * @return a count assertion
   */
  public Count reaches(double score) {
    isNotNull();
    if (!(actual.score() >= score)) {
      failWithMessage("%s", String.format(Locale.ROOT,
          "expected the path to reach %s, but:%n%s", score, actual));
    }
    return new Count(this);
  }

  /** The {@code withAtMost(n).changes()} part. */
  public static final class Count {
    private final TargetPathAssert parent;

    private Count(TargetPathAssert parent) {
      this.parent = parent;
    }

    /**
     * Sets the most changes allowed; finish with {@link Changes#changes()}.
     *
     * @param n the most changes
     * @return the final step
     */
    public Changes withAtMost(int n) {
      return new Changes(parent, n);
    }
  }

  /** The final {@code changes()} of {@code withAtMost(n).changes()}. */
  public static final class Changes {
    private final TargetPathAssert parent;
    private final int most;

    private Changes(TargetPathAssert parent, int most) {
      this.parent = parent;
      this.most = most;
    }

    /**
     * Checks that the path takes at most the given number of changes.
     *
     * @return the path assertion
     */
    public TargetPathAssert changes() {
      if (parent.actual.changes() > most) {
        parent.failWithMessage("%s", String.format(Locale.ROOT,
            "expected the path to take at most %d changes, but it takes %d:%n%s", most,
            parent.actual.changes(), parent.actual));
      }
      return parent;
    }
  }
}
