package io.github.diamondscore.testkit;

import io.github.diamondscore.scenario.ScenarioComparison;
import java.util.Locale;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a scenario {@link ScenarioComparison}, e.g. {@code assertThat(comparison)
 * .raisesScoreOf("KAZ", "readiness").byAtLeast(2.0).doesNotChangeRankOf("CHN")}. Failure
 * messages show the comparison rows concerned.
 */
public final class ComparisonAssert extends AbstractAssert<ComparisonAssert, ScenarioComparison> {
  ComparisonAssert(ScenarioComparison actual) {
    super(actual, ComparisonAssert.class);
  }

  /**
   * Checks that the scenario raises an entity's score on a node (delta &gt; 0); finish with
   * {@link Raise#byAtLeast(double)} to set a minimum.
   *
   * @param entity the entity id
   * @param node the node id
   * @return the raise assertion
   */
  public Raise raisesScoreOf(String entity, String node) {
    isNotNull();
    ScenarioComparison.Row row = actual.row(entity, node);
    if (!(row.delta() > 0)) {
      failWithMessage("%s", String.format(Locale.ROOT,
          "expected scenario '%s' to raise %s's score on '%s', but:%n  %s",
          actual.scenario().name(), entity, node, row));
    }
    return new Raise(this, row);
  }

  /**
   * Checks that an entity's root rank is the same in the scenario as in the baseline.
   *
   * @param entity the entity id
   * @return this assertion
   */
  public ComparisonAssert doesNotChangeRankOf(String entity) {
    isNotNull();
    return doesNotChangeRankOf(entity, actual.root());
  }

  /**
   * Checks that an entity's rank on a node is the same in the scenario as in the baseline.
   *
   * @param entity the entity id
   * @param node the node id
   * @return this assertion
   */
  public ComparisonAssert doesNotChangeRankOf(String entity, String node) {
    isNotNull();
    ScenarioComparison.Row row = actual.row(entity, node);
    if (!row.baselineRank().equals(row.scenarioRank())) {
      failWithMessage("%s", String.format(Locale.ROOT,
          "expected scenario '%s' not to change %s's rank on '%s', but:%n  %s",
          actual.scenario().name(), entity, node, row));
    }
    return this;
  }

  /** The second half of {@code raisesScoreOf(entity, node).byAtLeast(points)}. */
  public static final class Raise {
    private final ComparisonAssert parent;
    private final ScenarioComparison.Row row;

    private Raise(ComparisonAssert parent, ScenarioComparison.Row row) {
      this.parent = parent;
      this.row = row;
    }

    /**
     * Checks that the raise is at least some points.
     *
     * @param points the least delta
     * @return the comparison assertion, to chain more
     */
    public ComparisonAssert byAtLeast(double points) {
      if (!(row.delta() >= points)) {
        parent.failWithMessage("%s", String.format(Locale.ROOT,
            "expected scenario '%s' to raise %s's score on '%s' by at least %s, but:%n  %s",
            parent.actual.scenario().name(), row.entity(), row.node(), points, row));
      }
      return parent;
    }
  }
}
