package io.github.diamondscore.diamond;

import io.github.diamondscore.internal.Utf8Reader;
import io.github.diamondscore.internal.AtomicFiles;
import io.github.diamondscore.internal.Csv;
import io.github.diamondscore.internal.IoErrors;
import io.github.diamondscore.internal.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The table that maps weak nodes to the source paper's recommendations and challenges — data, not
 * code, so users can change it.
 *
 * <p>CSV columns (header names exact, order free): {@code node} (a node id, an indicator id or
 * data column, or {@code *} for a fallback), {@code recommendation} (e.g. one of the paper's five:
 * differentiated service; industry chain building; business model innovation; international
 * e-commerce cooperation; a complete financial support system), {@code challenge} (one of the
 * three: competition and market; brand and quality; transformation and innovation; may be blank)
 * and {@code text} (one line of advice). A node may have several rows; their order is kept.
 *
 * <p>{@link #defaults()} loads the bundled table, which covers every composite of
 * {@link GoGlobal}, {@link PorterDiamond} and {@link EnterpriseReadiness}. Write it out with
 * {@link #write(Path)}, edit it, and read it back with {@link #read(Path)}:
 *
 * <pre>{@code
 * Recommendations.defaults().write(Path.of("my-recommendations.csv"));
 * // ... edit ...
 * Assessment a = GoGlobal.assess().withRecommendations(
 *     Recommendations.read(Path.of("my-recommendations.csv")));
 * }</pre>
 *
 * <p>How an {@link Assessment} uses the table: for each weak node it takes the rows of that node;
 * if there are none, the rows of the indicator it names as the reason; if there are none either,
 * the {@code *} rows.
 */
public final class Recommendations {
  private static final List<String> COLUMNS = List.of("node", "recommendation", "challenge",
      "text");
  private static final String RESOURCE = "recommendations.csv";

  /**
   * One row of the table.
   *
   * @param node a node id, an indicator id or data column, or {@code *}
   * @param recommendation the recommendation, e.g. {@code Industry chain building}
   * @param challenge the challenge it addresses; may be empty
   * @param text one line of advice
   */
  public record Rule(String node, String recommendation, String challenge, String text) {
    /**
     * Validates the row.
     *
     * @param node the key
     * @param recommendation the recommendation
     * @param challenge the challenge, may be empty
     * @param text the advice
     * @throws IllegalArgumentException if the node, recommendation or text is blank, or a field
     *     has a line break
     */
    public Rule {
      Objects.requireNonNull(challenge, "challenge");
      for (String[] f : new String[][] {{"node", node}, {"recommendation", recommendation},
          {"text", text}}) {
        if (f[1].isBlank()) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "recommendation rule for node '%s': %s is blank; give a %s", node, f[0], f[0]));
        }
      }
      for (String f : List.of(node, recommendation, challenge, text)) {
        if (f.contains("\n") || f.contains("\r")) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "recommendation rule for node '%s' has a line break in '%s'; keep each field on"
                  + " one line", node, f));
        }
      }
    }

    /**
     * Whether the rule is a fallback ({@code *}).
     *
     * @return true for {@code *}
     */
    public boolean isFallback() {
      return node.equals("*");
    }
  }

  private final List<Rule> rules;

  private Recommendations(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * The bundled table.
   *
   * @return the default recommendations
   */
  public static Recommendations defaults() {
    return Bundled.DEFAULTS;
  }

  private static final class Bundled {
    static final Recommendations DEFAULTS = read(
        new StringReader(BeltAndRoad.resourceText(RESOURCE)), RESOURCE);
  }

  /**
   * A table of the given rules, in order.
   *
   * @param rules the rules
   * @return the table
   */
  public static Recommendations of(List<Rule> rules) {
    for (Rule r : rules) {
      Objects.requireNonNull(r, "rule");
    }
    return new Recommendations(rules);
  }

  /**
   * Reads a table from a CSV file (UTF-8).
   *
   * @param file the file
   * @return the table
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if a column is missing or unknown or a row is invalid,
   *     naming the file and line
   */
  public static Recommendations read(Path file) {
    try (BufferedReader r = Utf8Reader.open(file)) {
      return read(r, file.toString());
    } catch (IOException e) {
      throw IoErrors.wrap("cannot read recommendations file", file, e);
    }
  }

  /**
   * Reads a table from CSV text.
   *
   * @param reader the text; read to the end, not closed
   * @param source a name for messages
   * @return the table
   * @throws IllegalArgumentException if a column is missing or unknown or a row is invalid,
   *     naming the source and line
   */
  public static Recommendations read(Reader reader, String source) {
    List<Rule> rules = new ArrayList<>();
    try (CSVParser parser = BeltAndRoad.parser(reader, source, COLUMNS)) {
      for (CSVRecord rec : parser) {
        Map<String, String> row = BeltAndRoad.cells(parser, rec, source);
        try {
          rules.add(new Rule(row.get("node"), row.get("recommendation"), row.get("challenge"),
              row.get("text")));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(String.format(Locale.ROOT, "%s line %d: %s", source,
              parser.getCurrentLineNumber(), e.getMessage()), e);
        }
      }
    } catch (IOException e) {
      throw IoErrors.reading(source, e);
    }
    return new Recommendations(rules);
  }

  /**
   * Every rule, in table order.
   *
   * @return an unmodifiable list
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * The rules for one key (node id, indicator id, column or {@code *}), in table order.
   *
   * @param key the key
   * @return an unmodifiable list, empty when none
   */
  public List<Rule> rulesFor(String key) {
    List<Rule> out = new ArrayList<>();
    for (Rule r : rules) {
      if (r.node().equals(key)) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  /**
   * A copy with more rules at the end.
   *
   * @param more the rules to add
   * @return the new table
   */
  public Recommendations with(List<Rule> more) {
    List<Rule> all = new ArrayList<>(rules);
    for (Rule r : more) {
      all.add(Objects.requireNonNull(r, "rule"));
    }
    return new Recommendations(all);
  }

  /**
   * The table as CSV text, in the format {@link #read(Reader, String)} reads.
   *
   * @return the CSV, LF line ends
   */
  public String toCsv() {
    StringWriter w = new StringWriter();
    writeTo(w);
    return w.toString();
  }

  /**
   * Writes the table as a CSV file (UTF-8), replacing it if it exists.
   *
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Path file) {
    AtomicFiles.write(file, "recommendations file", this::writeTo);
  }

  private void writeTo(Appendable out) {
    Csv.record(out, COLUMNS);
    for (Rule r : rules) {
      Csv.record(out, List.of(r.node(), r.recommendation(), r.challenge(), r.text()));
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Recommendations r && r.rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  /**
   * The table, one line per rule.
   *
   * @return readable text
   */
  @Override
  public String toString() {
    List<List<String>> rows = new ArrayList<>();
    for (Rule r : rules) {
      rows.add(List.of(r.node(), r.recommendation(), r.challenge(), r.text()));
    }
    return Text.table(String.format(Locale.ROOT, "Recommendations (%d rules)", rules.size()),
        COLUMNS, rows);
  }
}
