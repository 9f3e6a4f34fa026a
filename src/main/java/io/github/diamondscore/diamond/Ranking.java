package io.github.diamondscore.diamond;

import io.github.diamondscore.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Entities ranked by their index score, with tier, group and data coverage: the first table a
 * strategist reads. {@link #toString()} prints every row.
 */
public final class Ranking {

  /**
   * One row of the ranking.
   *
   * @param rank 1 best, ties share the lowest rank (1, 2, 2, 4); empty for a missing score
   * @param entity the entity id
   * @param name the display name (the id when the data has none)
   * @param group the group; empty when none
   * @param score the index score; NaN when missing
   * @param tier the tier name; {@code NA} for a missing score
   * @param dataCoverage the share of the framework's data columns with a value for this entity
   */
  public record Row(OptionalInt rank, String entity, String name, String group, double score,
      String tier, double dataCoverage) {
    /**
     * Validates the row.
     *
     * @param rank the rank
     * @param entity the entity id
     * @param name the name
     * @param group the group
     * @param score the score
     * @param tier the tier name
     * @param dataCoverage the data coverage
     */
    public Row {
      Objects.requireNonNull(rank, "rank");
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(tier, "tier");
    }
  }

  private final String node;
  private final Tiers tiers;
  private final List<Row> rows;

  Ranking(String node, Tiers tiers, List<Row> rows) {
    this.node = node;
    this.tiers = tiers;
    this.rows = List.copyOf(rows);
  }

  /**
   * The node ranked (the index's root).
   *
   * @return the node id
   */
  public String node() {
    return node;
  }

  /**
   * The tiers used.
   *
   * @return the tiers
   */
  public Tiers tiers() {
    return tiers;
  }

  /**
   * The rows, best first; missing scores last, in data order.
   *
   * @return an unmodifiable list
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The number of rows.
   *
   * @return the row count
   */
  public int size() {
    return rows.size();
  }

  /**
   * The row of one entity.
   *
   * @param entity the entity id
   * @return its row
   * @throws IllegalArgumentException if the entity is not ranked here
   */
  public Row row(String entity) {
    for (Row r : rows) {
      if (r.entity().equals(entity)) {
        return r;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "entity '%s' is not in this ranking of %d entities", entity, rows.size()));
  }

  /**
   * Every row: rank, id, name, score, tier, group and data coverage.
   *
   * @return the table, one line per entity
   */
  @Override
  public String toString() {
    List<List<String>> table = new ArrayList<>();
    for (Row r : rows) {
      table.add(List.of(r.rank().isPresent() ? Integer.toString(r.rank().getAsInt()) : "",
          r.entity(), r.name(), Fmt.score(r.score()), r.tier(), r.group(),
          Fmt.whole(100 * r.dataCoverage()) + "%"));
    }
    return Text.table(String.format(Locale.ROOT, "Ranking on '%s' (%d entities; tiers %s)", node,
        rows.size(), tiers), List.of("rank", "id", "name", "score", "tier", "group", "data"),
        table);
  }
}
