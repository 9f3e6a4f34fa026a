package io.github.diamondscore.prepare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which entities a {@link Screening} kept, and why the others were dropped.
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 */
public final class ScreeningResult {

  private final boolean[] keep;
  private final List<Dropped> dropped;

  /**
   * An entity dropped by screening.
   *
   * @param entity the entity id
   * @param row the entity's zero-based row
   * @param present how many indicators it has a value for
   * @param total the number of indicators
   * @param minimumAvailability the threshold it fell below
   */
  public record Dropped(String entity, int row, int present, int total, double minimumAvailability) {

    /**
     * Validates the record.
     *
     * @param entity the entity id
     * @param row the entity's zero-based row
     * @param present how many indicators it has a value for
     * @param total the number of indicators
     * @param minimumAvailability the threshold it fell below
     * @throws IllegalArgumentException unless {@code 0 ≤ present ≤ total}, {@code total > 0}
     *     and {@code row ≥ 0}
     */
    public Dropped {
      Objects.requireNonNull(entity, "entity");
      if (row < 0 || total <= 0 || present < 0 || present > total) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "dropped entity '%s' (row %d, %d of %d present) needs row >= 0 and 0 <= present <= total > 0",
            entity, row, present, total));
      }
    }

    /**
     * Returns the entity's share of indicators present, {@code present / total}.
     *
     * @return the availability in [0, 1]
     */
    public double availability() {
      return (double) present / total;
    }

    /**
     * Returns why the entity was dropped, e.g.
     * {@code entity 'X': 12 of 25 indicators present (48%) < 60%}.
     *
     * <p>Percentages use as few decimals as show the difference from the threshold.
     *
     * @return the reason
     */
    public String describe() {
      String shown = percent(availability(), 0);
      String threshold = percent(minimumAvailability, 0);
      for (int decimals = 1; shown.equals(threshold) && decimals <= 12; decimals++) {
        shown = percent(availability(), decimals);
        threshold = percent(minimumAvailability, decimals);
      }
      return String.format(Locale.ROOT, "entity '%s': %d of %d indicators present (%s%%) < %s%%",
          entity, present, total, shown, threshold);
    }

    private static String percent(double fraction, int decimals) {
      return new BigDecimal(fraction).movePointRight(2).setScale(decimals, RoundingMode.HALF_EVEN)
          .stripTrailingZeros().toPlainString();
    }
  }

  ScreeningResult(boolean[] keep, List<Dropped> dropped) {
    this.keep = keep.clone();
    this.dropped = List.copyOf(dropped);
  }

  /**
   * Returns, for each row, whether the entity is kept.
   *
   * @return a copy of the flags, in row order
   */
  public boolean[] keep() {
    return keep.clone();
  }

  /**
   * Whether one row is kept.
   *
   * @param row the zero-based row
   * @return true if kept
   * @throws IndexOutOfBoundsException if the row is outside the panel
   */
  public boolean kept(int row) {
    Objects.checkIndex(row, keep.length);
    return keep[row];
  }

  /**
   * Returns the kept rows, ascending.
   *
   * @return an unmodifiable list of rows
   */
  public List<Integer> keptRows() {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        rows.add(i);
      }
    }
    return Collections.unmodifiableList(rows);
  }

  /**
   * Returns the dropped entities with their availability, in row order.
   *
   * @return an unmodifiable list
   */
  public List<Dropped> dropped() {
    return dropped;
  }

  /**
   * Returns one line per dropped entity, as {@link Dropped#describe()}.
   *
   * @return an unmodifiable list of reasons, in row order
   */
  public List<String> report() {
    List<String> lines = new ArrayList<>(dropped.size());
    for (Dropped d : dropped) {
      lines.add(d.describe());
    }
    return Collections.unmodifiableList(lines);
  }

  /**
   * Returns a short description, e.g. {@code ScreeningResult[25 entities, 2 dropped]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ScreeningResult[%d entities, %d dropped]",
        keep.length, dropped.size());
  }
}
