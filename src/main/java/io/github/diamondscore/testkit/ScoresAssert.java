package io.github.diamondscore.testkit;

import io.github.diamondscore.score.Scores;
import java.util.Locale;
import java.util.OptionalInt;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on batch {@link Scores}, e.g. {@code assertThat(scores).ranks("KAZ").above("UZB")}.
 */
public final class ScoresAssert extends AbstractAssert<ScoresAssert, Scores> {
  ScoresAssert(Scores actual) {
    super(actual, ScoresAssert.class);
  }

  /**
   * Starts a rank assertion for an entity on the root.
   *
   * @param entity the entity id
   * @return the rank assertion; finish with {@link RankAssert#above(String)}
   */
  public RankAssert ranks(String entity) {
    isNotNull();
    return new RankAssert(this, entity, actual.framework().root().id());
  }

  /**
   * Starts a rank assertion for an entity on a node.
   *
   * @param entity the entity id
   * @param node the node id
   * @return the rank assertion
   */
  public RankAssert ranks(String entity, String node) {
    isNotNull();
    return new RankAssert(this, entity, node);
  }

  /** The second half of {@code ranks(entity).above(other)}. */
  public static final class RankAssert {
    private final ScoresAssert parent;
    private final String entity;
    private final String node;

    private RankAssert(ScoresAssert parent, String entity, String node) {
      this.parent = parent;
      this.entity = entity;
      this.node = node;
    }

    /**
     * Checks that the entity ranks strictly better (a lower rank number) than another. The
     * failure message shows both entities' rows: score and rank.
     *
     * @param other the other entity
     * @return the scores assertion, to chain more
     */
    public ScoresAssert above(String other) {
      Scores s = parent.actual;
      OptionalInt a = s.rank(entity, node);
      OptionalInt b = s.rank(other, node);
      if (a.isEmpty() || (b.isPresent() && a.getAsInt() >= b.getAsInt())) {
        parent.failWithMessage("%s", String.format(Locale.ROOT,
            "expected %s to rank above %s on '%s', but:%n%s%n%s", entity, other, node,
            row(s, entity, node), row(s, other, node)));
      }
      return parent;
    }
  }

  static String row(Scores s, String entity, String node) {
    OptionalInt r = s.rank(entity, node);
    return String.format(Locale.ROOT, "  %-8s %s %s, rank %s", entity, node,
        Double.isNaN(s.score(entity, node)) ? "NA"
            : String.format(Locale.ROOT, "%.2f", s.score(entity, node)),
        r.isPresent() ? Integer.toString(r.getAsInt()) : "NA");
  }
}
