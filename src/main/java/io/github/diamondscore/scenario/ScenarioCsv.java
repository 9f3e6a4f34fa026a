package io.github.diamondscore.scenario;

import io.github.diamondscore.internal.IoErrors;
import io.github.diamondscore.internal.Utf8Reader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads scenario files: one change per row, header {@code scenario,entity,target,operation,value}
 * (all five, any order, no others). Rows with the same {@code scenario} form one scenario, in file
 * order.
 *
 * <ul>
 *   <li>{@code entity}: an entity id, {@code group:NAME}, or {@code *} (or blank) for all;</li>
 *   <li>{@code target}: an indicator id (or its data column), or a node for {@code frontier} and
 *       {@code weight}, a modulator for {@code strength};</li>
 *   <li>{@code operation}: {@code set}, {@code add}, {@code multiply}, {@code entity},
 *       {@code percentile}, {@code group-median}, {@code tier-median}, {@code frontier},
 *       {@code weight}, {@code strength};</li>
 *   <li>{@code value}: a number (decimal point {@code .}); the entity, group or tier name for
 *       {@code entity}, {@code group-median}, {@code tier-median}; blank for {@code frontier}.</li>
 * </ul>
 *
 * <pre>
 * scenario,entity,target,operation,value
 * KAZ logistics like POL,KAZ,lpi_customs,entity,POL
 * KAZ logistics like POL,KAZ,lpi_timeliness,entity,POL
 * Digital push,group:Central Asia,internet_users_pct,add,10
 * </pre>
 *
 * <p>Each change remembers its line, so a change the simulator rejects is named by scenario,
 * line and content.
 */
public final class ScenarioCsv {
  /** The columns, in the order written. */
  public static final List<String> COLUMNS = List.of("scenario", "entity", "target",
      "operation", "value");

  private ScenarioCsv() {}

  /**
   * Reads a scenario file (UTF-8).
   *
   * @param file the file
   * @return the scenarios, in order of first appearance
   * @throws IllegalArgumentException naming file, line, column and text for bad content
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<Scenario> read(Path file) {
    // strict UTF-8: a bad byte is reported with its line and offset, as for every input file
    try (BufferedReader r = Utf8Reader.open(file)) {
      return read(r, file.getFileName().toString());
    } catch (IOException e) {
      throw IoErrors.wrap("cannot read scenario file", file, e);
    }
  }

  /**
   * Reads scenario CSV text.
   *
   * @param text the CSV text
   * @param source a name for messages
   * @return the scenarios
   * @throws IllegalArgumentException naming source, line, column and text for bad content
   */
  public static List<Scenario> parse(String text, String source) {
    return read(new StringReader(text), source);
  }

  /**
   * Reads scenario CSV from a reader.
   *
   * @param reader the text
   * @param source a name for messages
   * @return the scenarios
   * @throws IllegalArgumentException naming source, line, column and text for bad content
   */
  public static List<Scenario> read(Reader reader, String source) {
    Map<String, Scenario> byName = new LinkedHashMap<>();
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get().parse(reader)) {
      List<String> header = new ArrayList<>(parser.getHeaderNames());
      if (!header.isEmpty()) {
        header.set(0, header.get(0).replace("\uFEFF", ""));
      }
      if (header.size() != COLUMNS.size() || !header.containsAll(COLUMNS)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: header is '%s'; a scenario file has exactly the columns %s", source,
            String.join(",", header), String.join(",", COLUMNS)));
      }
      for (CSVRecord rec : parser) {
        String at = String.format(Locale.ROOT, "line %d of %s", parser.getCurrentLineNumber(),
            source);
        if (rec.size() != header.size()) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "%s: %d fields but the header has %d", at, rec.size(), header.size()));
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          cells.put(header.get(i), rec.get(i).strip());
        }
        String name = cells.get("scenario");
        if (name.isEmpty()) {
          throw new IllegalArgumentException(at + ": the scenario column is blank; name the"
              + " scenario the change belongs to");
        }
        Change change = change(at, cells);
        byName.merge(name, Scenario.named(name).with(change), (old, one) -> old.with(change));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(source + ": malformed CSV: " + e.getMessage(), e);
    }
    if (byName.isEmpty()) {
      throw new IllegalArgumentException(source + ": no scenario rows; add rows under the"
          + " header " + String.join(",", COLUMNS));
    }
    return List.copyOf(byName.values());
  }

  private static Change change(String at, Map<String, String> cells) {
    Operation op;
    try {
      op = Operation.parse(cells.get("operation"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(at + ", column operation: " + e.getMessage(), e);
    }
    String text = cells.get("value");
    double value = Double.NaN;
    String reference = "";
    switch (op) {
      case ENTITY, GROUP_MEDIAN, TIER_MEDIAN -> reference = text;
      case FRONTIER -> {
        if (!text.isEmpty()) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "%s, column value: '%s' given for frontier, which takes no value; leave it blank",
              at, text));
        }
      }
      default -> {
        try {
          value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "%s, column value: '%s' is not a number; %s takes a number with '.' as the"
                  + " decimal point%s", at, text, op, text.contains(",") ? " (not ',')" : ""),
              e);
        }
      }
    }
    return new Change(Scope.parse(cells.get("entity")), cells.get("target"), op, value,
        reference, at);
  }

  /**
   * Writes scenarios as scenario CSV text.
   *
   * @param scenarios the scenarios
   * @return the text, with the header
   */
  public static String toCsv(List<Scenario> scenarios) {
    StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append('\n');
    for (Scenario s : scenarios) {
      for (Change c : s.changes()) {
        sb.append(quote(s.name())).append(',').append(quote(c.scope().toString())).append(',')
            .append(quote(c.target())).append(',').append(c.operation()).append(',')
            .append(quote(c.operation() == Operation.SET || c.operation() == Operation.ADD
                || c.operation() == Operation.MULTIPLY || c.operation() == Operation.PERCENTILE
                || c.operation().changesIndex() ? Double.toString(c.value()) : c.argument()))
            .append('\n');
      }
    }
    return sb.toString();
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
