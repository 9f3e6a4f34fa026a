package io.github.diamondscore.prepare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A column after imputation, with the record of which cells were filled and with what.
 *
 * <p>Immutable and thread-safe: the arrays are copied in and out.
 */
public final class ImputedColumn {

  private final double[] values;
  private final List<Cell> imputed;
  private final List<Integer> stillMissing;

  /**
   * One filled cell.
   *
   * @param row the zero-based row
   * @param value the value it received
   */
  public record Cell(int row, double value) {
    /**
     * Validates the cell.
     *
     * @param row the zero-based row
     * @param value the value it received
     * @throws IllegalArgumentException if the row is negative or the value NaN
     */
    public Cell {
      if (row < 0 || Double.isNaN(value)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "imputed cell (row %d, value %s) must have a row >= 0 and a number", row, value));
      }
    }
  }

  ImputedColumn(double[] original, double[] filled) {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(filled, "filled");
    this.values = filled.clone();
    List<Cell> cells = new ArrayList<>();
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < filled.length; i++) {
      if (Double.isNaN(filled[i])) {
        missing.add(i);
      } else if (Double.isNaN(original[i])) {
        cells.add(new Cell(i, filled[i]));
      }
    }
    this.imputed = Collections.unmodifiableList(cells);
    this.stillMissing = Collections.unmodifiableList(missing);
  }

  /**
   * Returns the filled column.
   *
   * @return a copy of the values, NaN where still missing
   */
  public double[] values() {
    return values.clone();
  }

  /**
   * Returns one value of the filled column.
   *
   * @param row the zero-based row
   * @return the value, NaN if still missing
   * @throws IndexOutOfBoundsException if the row is outside the column
   */
  public double value(int row) {
    Objects.checkIndex(row, values.length);
    return values[row];
  }

  /**
   * Returns the number of rows.
   *
   * @return the column length
   */
  public int size() {
    return values.length;
  }

  /**
   * Returns the cells that were missing and received a value, in row order.
   *
   * @return an unmodifiable list of (row, value)
   */
  public List<Cell> imputedCells() {
    return imputed;
  }

  /**
   * Returns the rows that were missing and received a value, ascending.
   *
   * @return an unmodifiable list of rows
   */
  public List<Integer> imputedRows() {
    List<Integer> rows = new ArrayList<>(imputed.size());
    for (Cell cell : imputed) {
      rows.add(cell.row());
    }
    return Collections.unmodifiableList(rows);
  }

  /**
   * Returns the rows that are still missing (nothing could be learned for them), ascending.
   *
   * @return an unmodifiable list of rows
   */
  public List<Integer> missingRows() {
    return stillMissing;
  }

  /**
   * Returns a short description, e.g. {@code ImputedColumn[25 rows, 3 imputed, 1 still missing]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ImputedColumn[%d rows, %d imputed, %d still missing]",
        values.length, imputed.size(), stillMissing.size());
  }
}
