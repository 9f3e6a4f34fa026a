package io.github.diamondscore.diamond;

import io.github.diamondscore.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Target markets ranked by entry score, from {@link MarketEntry}.
 */
public final class MarketRanking {

  /**
   * One target market.
   *
   * @param rank 1 best, ties share the lowest rank; empty when the score is missing
   * @param entity the destination's id
   * @param name its display name
   * @param group its group
   * @param readiness R, its readiness as a market
   * @param proximity G, its proximity to the home country
   * @param fit F, the entrant's fit
   * @param score the entry score R^a × F^(1 − a)
   */
  public record Option(OptionalInt rank, String entity, String name, String group,
      double readiness, double proximity, double fit, double score) {
    /**
     * Validates the option.
     *
     * @param rank the rank
     * @param entity the id
     * @param name the name
     * @param group the group
     * @param readiness R
     * @param proximity G
     * @param fit F
     * @param score the entry score
     */
    public Option {
      Objects.requireNonNull(rank, "rank");
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(group, "group");
    }
  }

  private final String title;
  private final String home;
  private final List<Option> options;

  MarketRanking(String title, String home, List<Option> options) {
    this.title = title;
    this.home = home;
    this.options = List.copyOf(options);
  }

  /**
   * The home country.
   *
   * @return its id
   */
  public String home() {
    return home;
  }

  /**
   * Every target market, best first.
   *
   * @return an unmodifiable list
   */
  public List<Option> options() {
    return options;
  }

  /**
   * The first {@code n} target markets.
   *
   * @param n how many, at least 0
   * @return an unmodifiable list of at most {@code n}
   */
  public List<Option> top(int n) {
    return options.subList(0, Math.max(0, Math.min(n, options.size())));
  }

  /**
   * The table of the ten best markets, then how many more there are.
   *
   * @return readable text
   */
  @Override
  public String toString() {
    return toString(10);
  }

  /**
   * The table of the {@code n} best markets.
   *
   * @param n how many rows to show
   * @return readable text
   */
  public String toString(int n) {
    List<List<String>> rows = new ArrayList<>();
    for (Option o : top(n)) {
      rows.add(List.of(o.rank().isPresent() ? Integer.toString(o.rank().getAsInt()) : "",
          o.entity(), o.name(), o.group(), Fmt.score(o.readiness()), Fmt.whole(o.proximity()),
          Fmt.score(o.fit()), Fmt.score(o.score())));
    }
    String table = Text.table(title, List.of("rank", "id", "name", "group", "readiness R",
        "proximity G", "fit F", "entry"), rows);
    int more = options.size() - Math.min(n, options.size());
    return more > 0 ? table + "... " + more + " more markets\n" : table;
  }
}
