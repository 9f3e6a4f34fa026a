package io.github.diamondscore.data;

import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Finds the row of an entity (or of an entity-year pair) in a panel.
 *
 * <p>An open-addressing hash table of row numbers: one {@code int[]} of at least twice the row
 * count, no boxed keys or entries, so a million-row panel costs 8 MB here rather than the
 * ~60 MB of a {@code HashMap<String, Integer>}. Building it is also the uniqueness check.
 */
final class RowIndex {

  private final String[] entities;
  private final int[] years;
  /** Row number + 1 per slot; 0 marks an empty slot. */
  private final int[] slots;
  private final int mask;

  /**
   * Indexes the rows and checks that entity ids (or entity-year pairs when {@code years} is not
   * null) are unique.
   *
   * @param rowLabel describes a row for the duplicate message, e.g. "row 3" or "line 5 of x.csv"
   * @throws IllegalArgumentException naming the duplicate and both rows
   */
  RowIndex(String[] entities, int[] years, IntFunction<String> rowLabel) {
    this.entities = entities;
    this.years = years;
    int n = entities.length;
    int capacity = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
    this.slots = new int[capacity];
    this.mask = capacity - 1;
    for (int row = 0; row < n; row++) {
      int year = years == null ? 0 : years[row];
      int slot = hash(entities[row], year) & mask;
      while (slots[slot] != 0) {
        int other = slots[slot] - 1;
        if (matches(other, entities[row], year)) {
          throw duplicate(other, row, rowLabel);
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = row + 1;
    }
  }

  private IllegalArgumentException duplicate(int first, int second, IntFunction<String> rowLabel) {
    if (years == null) {
      return new IllegalArgumentException(String.format(Locale.ROOT,
          "entity '%s' appears twice (%s and %s); entity ids must be unique "
              + "(for a panel over time give every row a year)",
          entities[second], rowLabel.apply(first), rowLabel.apply(second)));
    }
    return new IllegalArgumentException(String.format(Locale.ROOT,
        "entity '%s' in year %d appears twice (%s and %s); each entity-year pair must be unique",
        entities[second], years[second], rowLabel.apply(first), rowLabel.apply(second)));
  }

  /** The row of {@code entity} in {@code year} (ignored when the panel has no years), or -1. */
  int find(String entity, int year) {
    int slot = hash(entity, years == null ? 0 : year) & mask;
    while (slots[slot] != 0) {
      int row = slots[slot] - 1;
      if (matches(row, entity, year)) {
        return row;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private boolean matches(int row, String entity, int year) {
    return (years == null || years[row] == year) && entities[row].equals(entity);
  }

  private static int hash(String entity, int year) {
    // Spread the bits (murmur3 finalizer) so that sequential ids and years do not cluster
    // in a linear-probing table.
    int h = entity.hashCode() * 31 + year;
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
