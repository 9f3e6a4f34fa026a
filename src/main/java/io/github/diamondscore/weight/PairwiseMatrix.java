package io.github.diamondscore.weight;

import io.github.diamondscore.internal.IoErrors;
import io.github.diamondscore.internal.Utf8Reader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A labelled reciprocal pairwise comparison matrix on Saaty's 1–9 scale, the input of {@link Ahp}.
 *
 * <p>Cell {@code a[i][j]} says how many times more important item {@code i} is than item
 * {@code j}. A valid matrix is square with one unique label per row, every cell finite and
 * positive, ones on the diagonal (within 1e-9), reciprocal ({@code a[j][i] = 1/a[i][j]} within
 * 1e-9 absolute) and on Saaty's scale: every cell in {@code [1/9, 9]} (within 1e-9). Every
 * violation is reported with the cell's labels and indices.
 *
 * <p>CSV form (read by {@link #read(Path)}): a labelled square table. The first header cell is
 * blank or any text, followed by the labels; each following record is a label (the same labels in
 * the same order) and its row of values. Values are decimals or fractions such as {@code 1/3};
 * write fractions rather than rounded decimals such as 0.333, which fail the reciprocity check.
 * <pre>
 * ,cost,quality,service
 * cost,1,3,5
 * quality,1/3,1,2
 * service,1/5,1/2,1
 * </pre>
 *
 * <p>Non-finite values: NaN, infinite, zero or negative cells are rejected, naming the cell.
 */
public final class PairwiseMatrix {

  static final double TOLERANCE = 1e-9;
  private static final double MIN_SCALE = 1.0 / 9.0;
  private static final double MAX_SCALE = 9.0;

  private final List<String> labels;
  private final double[][] a;

  private PairwiseMatrix(List<String> labels, double[][] a) {
    this.labels = labels;
    this.a = a;
  }

  /**
   * Creates a matrix from a full square array.
   *
   * @param labels one unique, non-blank label per row and column
   * @param a the square array of judgements, row {@code i} compared with column {@code j} (copied)
   * @return the validated matrix
   * @throws IllegalArgumentException if the array is not square or does not match the labels, or
   *     a cell is not positive and finite, not 1 on the diagonal, not reciprocal or off the 1–9
   *     scale (the message names the cell)
   */
  public static PairwiseMatrix of(List<String> labels, double[][] a) {
    Objects.requireNonNull(a, "a");
    int n = a.length;
    if (n == 0) {
      throw new IllegalArgumentException("pairwise matrix has no rows; compare at least one item");
    }
    for (int i = 0; i < n; i++) {
      if (a[i] == null || a[i].length != n) {
        throw new IllegalArgumentException(Checks.fmt(
            "pairwise matrix row %d has %s values but the matrix has %d rows; it must be square",
            i, a[i] == null ? "no" : String.valueOf(a[i].length), n));
      }
    }
    List<String> checked = Checks.labels(labels, n, "pairwise matrix");
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      copy[i] = a[i].clone();
    }
    validate(checked, copy);
    return new PairwiseMatrix(checked, copy);
  }

  /**
   * Creates a matrix from the judgements above the diagonal, filling the diagonal with ones and the
   * lower triangle with reciprocals.
   *
   * @param labels one unique, non-blank label per item, {@code n} of them
   * @param upper the {@code n(n-1)/2} judgements in row order:
   *     {@code a[0][1], a[0][2], ..., a[0][n-1], a[1][2], ..., a[n-2][n-1]}
   * @return the validated matrix
   * @throws IllegalArgumentException if the number of judgements is not {@code n(n-1)/2} or a
   *     judgement is not positive, finite and on the 1–9 scale (the message names the cell)
   */
  public static PairwiseMatrix fromUpperTriangle(List<String> labels, double... upper) {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(upper, "upper");
    int n = labels.size();
    int expected = n * (n - 1) / 2;
    if (upper.length != expected) {
      throw new IllegalArgumentException(Checks.fmt(
          "%d labels need %d judgements above the diagonal (a[0][1], a[0][2], ...) but %d were "
              + "given", n, expected, upper.length));
    }
    double[][] a = new double[n][n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      a[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        double v = upper[k++];
        a[i][j] = v;
        a[j][i] = 1 / v;
      }
    }
    return of(labels, a);
  }

  /**
   * Reads a labelled square CSV table (UTF-8), see the class description for the format.
   *
   * @param path the CSV file
   * @return the validated matrix
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if the table is malformed or the matrix invalid; the message
   *     starts with the file name and names the record or cell
   */
  public static PairwiseMatrix read(Path path) {
    Objects.requireNonNull(path, "path");
    try (Reader reader = Utf8Reader.open(path)) {
      return read(reader, path.toString());
    } catch (IOException e) {
      throw IoErrors.wrap("cannot read pairwise matrix", path, e);
    }
  }

  /**
   * Reads a labelled square CSV table from a reader, see the class description for the format.
   *
   * @param reader the CSV text; not closed by this method
   * @param source a name for the text used in error messages, such as a file name
   * @return the validated matrix
   * @throws UncheckedIOException if the reader fails
   * @throws IllegalArgumentException if the table is malformed or the matrix invalid; the message
   *     starts with the source and names the record or cell
   */
  public static PairwiseMatrix read(Reader reader, String source) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();
    List<CSVRecord> records = new ArrayList<>();
    try {
      CSVParser parser = format.parse(reader);
      for (CSVRecord r : parser) {
        records.add(r);
      }
    } catch (IOException e) {
      throw IoErrors.reading("pairwise matrix " + source, e);
    } catch (UncheckedIOException e) {
      throw IoErrors.reading("pairwise matrix " + source, e.getCause());
    }
    if (records.isEmpty()) {
      throw new IllegalArgumentException(source
          + ": pairwise matrix CSV is empty; expected a header ',label1,label2,...' and one row per label");
    }
    CSVRecord header = records.get(0);
    List<String> labels = new ArrayList<>();
    for (int c = 1; c < header.size(); c++) {
      labels.add(header.get(c));
    }
    int n = labels.size();
    if (n == 0) {
      throw new IllegalArgumentException(source
          + ": header has no labels; expected a first cell (blank or any text) followed by the labels");
    }
    if (records.size() - 1 != n) {
      throw new IllegalArgumentException(Checks.fmt(
          "%s: header names %d labels but %d rows follow; a pairwise matrix needs one row per label",
          source, n, records.size() - 1));
    }
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      CSVRecord r = records.get(i + 1);
      if (r.size() != n + 1) {
        throw new IllegalArgumentException(Checks.fmt(
            "%s: record %d has %d cells but needs %d (a label and %d values)",
            source, r.getRecordNumber(), r.size(), n + 1, n));
      }
      if (!r.get(0).equals(labels.get(i))) {
        throw new IllegalArgumentException(Checks.fmt(
            "%s: record %d is labelled '%s' but row %d must be '%s'; list the rows in header order",
            source, r.getRecordNumber(), r.get(0), i, labels.get(i)));
      }
      for (int j = 0; j < n; j++) {
        a[i][j] = parseValue(r.get(j + 1), source, r.getRecordNumber(), labels.get(i), labels.get(j));
      }
    }
    try {
      return of(labels, a);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  private static double parseValue(String text, String source, long record, String row, String col) {
    String t = text.trim();
    try {
      int slash = t.indexOf('/');
      if (slash >= 0) {
        double num = Double.parseDouble(t.substring(0, slash).trim());
        double den = Double.parseDouble(t.substring(slash + 1).trim());
        return num / den;
      }
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(Checks.fmt(
          "%s: record %d, cell ('%s', '%s') = '%s' is not a number; write a decimal such as 3 or "
              + "a fraction such as 1/3", source, record, row, col, text), e);
    }
  }

  private static void validate(List<String> labels, double[][] a) {
    int n = a.length;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double v = a[i][j];
        if (!(v > 0) || Double.isInfinite(v)) {
          throw new IllegalArgumentException(Checks.fmt(
              "pairwise matrix cell ('%s', '%s') [%d][%d] = %s must be finite and > 0; judgements "
                  + "are on Saaty's scale 1/9 .. 9", labels.get(i), labels.get(j), i, j, v));
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (!(Math.abs(a[i][i] - 1) <= TOLERANCE)) {
        throw new IllegalArgumentException(Checks.fmt(
            "pairwise matrix diagonal cell ('%s', '%s') [%d][%d] = %s must be 1; an item is as "
                + "important as itself", labels.get(i), labels.get(i), i, i, a[i][i]));
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double expected = 1 / a[i][j];
        if (!(Math.abs(a[j][i] - expected) <= TOLERANCE)) {
          throw new IllegalArgumentException(Checks.fmt(
              "pairwise matrix cell ('%s', '%s') [%d][%d] = %s but cell ('%s', '%s') [%d][%d] = %s; "
                  + "a reciprocal matrix needs a_ji = 1/a_ij (%s); write fractions such as 1/3 "
                  + "rather than rounded decimals",
              labels.get(i), labels.get(j), i, j, a[i][j], labels.get(j), labels.get(i), j, i,
              a[j][i], expected));
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double v = a[i][j];
        if (v < MIN_SCALE - TOLERANCE || v > MAX_SCALE + TOLERANCE) {
          throw new IllegalArgumentException(Checks.fmt(
              "pairwise matrix cell ('%s', '%s') [%d][%d] = %s is off Saaty's scale; judgements "
                  + "must lie in [1/9, 9]", labels.get(i), labels.get(j), i, j, v));
        }
      }
    }
  }

  /**
   * Combines several experts' matrices into one by the element-wise geometric mean
   * {@code a_ij = (Π_k a_ij^(k))^(1/K)}, which keeps the result reciprocal (Aczél and Saaty 1983,
   * "Procedures for synthesizing ratio judgements", J. Math. Psychology 27:93–102).
   *
   * @param matrices one matrix per expert, all with the same labels in the same order
   * @return the group matrix
   * @throws IllegalArgumentException if the list is empty or two matrices have different labels
   */
  public static PairwiseMatrix geometricMean(List<PairwiseMatrix> matrices) {
    Objects.requireNonNull(matrices, "matrices");
    if (matrices.isEmpty()) {
      throw new IllegalArgumentException("group AHP needs at least one expert matrix; give the matrices");
    }
    PairwiseMatrix first = Objects.requireNonNull(matrices.get(0), "matrix 0");
    int n = first.size();
    double[][] logSum = new double[n][n];
    for (int k = 0; k < matrices.size(); k++) {
      PairwiseMatrix m = Objects.requireNonNull(matrices.get(k), "matrix " + k);
      if (!m.labels.equals(first.labels)) {
        throw new IllegalArgumentException(Checks.fmt(
            "expert matrix %d has labels %s but matrix 0 has %s; every expert must compare the "
                + "same items in the same order", k, m.labels, first.labels));
      }
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          logSum[i][j] += Math.log(m.a[i][j]);
        }
      }
    }
    double[][] g = new double[n][n];
    for (int i = 0; i < n; i++) {
      g[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        g[i][j] = Math.exp(logSum[i][j] / matrices.size());
        g[j][i] = 1 / g[i][j];
      }
    }
    return of(first.labels, g);
  }

  /**
   * Returns the labels of the compared items.
   *
   * @return an unmodifiable list of labels in row order
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * Returns the number of compared items.
   *
   * @return the matrix dimension {@code n}
   */
  public int size() {
    return a.length;
  }

  /**
   * Returns one judgement.
   *
   * @param i row index
   * @param j column index
   * @return {@code a[i][j]}
   * @throws IndexOutOfBoundsException if an index is outside {@code [0, n)}
   */
  public double value(int i, int j) {
    Objects.checkIndex(i, a.length);
    Objects.checkIndex(j, a.length);
    return a[i][j];
  }

  /**
   * Returns the judgement of one labelled item over another.
   *
   * @param row label of the row item
   * @param column label of the column item
   * @return how many times more important {@code row} is than {@code column}
   * @throws IllegalArgumentException if a label is unknown
   */
  public double value(String row, String column) {
    return a[indexOf(row)][indexOf(column)];
  }

  int indexOf(String label) {
    int i = labels.indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException(Checks.fmt(
          "no item labelled '%s' in the pairwise matrix; known labels are %s", label, labels));
    }
    return i;
  }

  /**
   * Returns the judgements as a fresh array.
   *
   * @return a copy of the square matrix
   */
  public double[][] toArray() {
    double[][] copy = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      copy[i] = a[i].clone();
    }
    return copy;
  }

  /**
   * Returns the matrix as an aligned table for jshell.
   *
   * @return a multi-line table
   */
  @Override
  public String toString() {
    int width = 7;
    for (String l : labels) {
      width = Math.max(width, l.length());
    }
    StringBuilder sb = new StringBuilder("PairwiseMatrix ").append(a.length).append('x')
        .append(a.length).append('\n').append(pad("", width));
    for (String l : labels) {
      sb.append("  ").append(pad(l, width));
    }
    sb.append('\n');
    for (int i = 0; i < a.length; i++) {
      sb.append(pad(labels.get(i), width));
      for (int j = 0; j < a.length; j++) {
        sb.append("  ").append(pad(Checks.fmt("%.4g", a[i][j]), width));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String pad(String s, int width) {
    StringBuilder sb = new StringBuilder(s);
    while (sb.length() < width) {
      sb.append(' ');
    }
    return sb.toString();
  }
}
