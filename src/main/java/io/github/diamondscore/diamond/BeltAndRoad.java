package io.github.diamondscore.diamond;

import io.github.diamondscore.internal.Utf8Reader;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.data.PanelCsv;
import io.github.diamondscore.internal.IoErrors;
import io.github.diamondscore.model.Direction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The bundled example data, loaded from the class path in one call each (the jar is
 * self-contained): 79 economies — China, the 64 Belt and Road countries and 14 benchmark or
 * partner economies — by 37 public indicators and 2 derived from them, their metadata, and the
 * source paper's figures.
 *
 * <pre>{@code
 * Panel countries = BeltAndRoad.countries();          // 79 rows; name and group from the file
 * List<IndicatorInfo> meta = BeltAndRoad.indicators(); // source, year, direction, factor, area
 * double lpi = countries.value("CHN", "lpi_overall");  // 3.605147 (World Bank LPI 2018)
 * }</pre>
 *
 * <p>Every value comes from a public source for one fixed year per indicator; a country without a
 * value for that year has NaN, never a value from another year or an estimate. Where each file
 * comes from, and the publishers' terms, are in {@code data/PROVENANCE.md} and {@link #terms()}.
 *
 * <p>{@code countries.csv} names its id column {@code iso3} rather than {@code entity}; the
 * loaders here read it as the entity id. Its {@code br64} column (1 for the 64 Belt and Road
 * countries, 0 otherwise) stays an ordinary numeric column.
 */
public final class BeltAndRoad {
  /** The column of {@code countries.csv} marking the 64 Belt and Road countries. */
  public static final String BR64 = "br64";

  private static final String COUNTRIES = "data/countries.csv";
  private static final String INDICATORS = "data/indicators.csv";
  private static final String SEED_FIGURES = "data/seed_figures.csv";
  private static final List<String> INDICATOR_COLUMNS = List.of("code", "full_name", "unit",
      "source", "year", "direction", "diamond_factor", "influence_area", "raw_file", "raw_column",
      "coverage");
  private static final List<String> SEED_COLUMNS = List.of("id", "topic", "metric", "year",
      "value", "unit", "derived", "note");

  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");

  private BeltAndRoad() {}

  /** Loaded on first use; the JVM makes the holder's initialization thread-safe. */
  private static final class Bundled {
    static final Panel COUNTRIES_PANEL = readCountries(resourceText(COUNTRIES), COUNTRIES);
    static final List<IndicatorInfo> INDICATOR_LIST =
        readIndicators(new StringReader(resourceText(INDICATORS)), INDICATORS);
    static final List<SeedFigure> SEEDS =
        readSeedFigures(new StringReader(resourceText(SEED_FIGURES)), SEED_FIGURES);
  }

  /**
   * The bundled countries: 79 rows, entity = ISO3 code, with name, group (region, "China" or
   * "Benchmark / major partner"), the {@code br64} flag and 39 indicator columns.
   *
   * @return the panel (immutable; the same instance on every call)
   */
  public static Panel countries() {
    return Bundled.COUNTRIES_PANEL;
  }

  /**
   * The bundled indicator metadata, one entry per indicator column of {@link #countries()}, in
   * file order.
   *
   * @return an unmodifiable list of 39 entries
   */
  public static List<IndicatorInfo> indicators() {
    return Bundled.INDICATOR_LIST;
  }

  /**
   * The metadata of one bundled indicator.
   *
   * @param code the indicator column, e.g. {@code lpi_timeliness}
   * @return its metadata
   * @throws IllegalArgumentException if no bundled indicator has this code; the message lists
   *     them
   */
  public static IndicatorInfo indicator(String code) {
    for (IndicatorInfo info : indicators()) {
      if (info.code().equals(code)) {
        return info;
      }
    }
    List<String> codes = new ArrayList<>();
    for (IndicatorInfo info : indicators()) {
      codes.add(info.code());
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "no bundled indicator '%s'; the indicators are: %s", code, String.join(", ", codes)));
  }

  /**
   * The source paper's figures, in file order; rows with {@link SeedFigure#derived()} are computed
   * from the others, not published.
   *
   * @return an unmodifiable list
   */
  public static List<SeedFigure> seedFigures() {
    return Bundled.SEEDS;
  }

  /**
   * Reads a data file in the format of the bundled {@code countries.csv}: the data CSV format of
   * {@link PanelCsv}, except that the id column may be named {@code iso3} instead of
   * {@code entity}. Use it for an updated or extended copy of the country data.
   *
   * @param file the file (UTF-8)
   * @return the panel
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if the content breaks the format, naming line, entity,
   *     column and text
   */
  public static Panel readCountries(Path file) {
    String text;
    try {
      text = Utf8Reader.readString(file);
    } catch (IOException e) {
      throw IoErrors.wrap("cannot read country data file", file, e);
    }
    return readCountries(text, file.toString());
  }

  /**
   * Reads the indicator metadata from a file in the format of the bundled
   * {@code indicators.csv}: header {@code code,full_name,unit,source,year,direction,
   * diamond_factor,influence_area,raw_file,raw_column,coverage} (order free), coverage written
   * {@code covered/total}. Use it to build the models of {@link PorterDiamond} and
   * {@link GoGlobal} over other indicators.
   *
   * @param file the file (UTF-8)
   * @return the metadata in file order
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if a column is missing or unknown, or a cell is invalid,
   *     naming the line, column and text
   */
  public static List<IndicatorInfo> readIndicators(Path file) {
    try (BufferedReader r = Utf8Reader.open(file)) {
      return readIndicators(r, file.toString());
    } catch (IOException e) {
      throw IoErrors.wrap("cannot read indicator metadata file", file, e);
    }
  }

  /**
   * Summary figures of the bundled data for reports, e.g. {@code 79 economies x 39 indicators;
   * 167 of 3081 values missing (5.4 %)}.
   *
   * @return one line
   */
  public static String summary() {
    Panel p = countries();
    int cells = 0;
    int missing = 0;
    for (IndicatorInfo info : indicators()) {
      int c = p.columnIndex(info.code());
      for (int r = 0; r < p.size(); r++) {
        cells++;
        if (Double.isNaN(p.value(r, c))) {
          missing++;
        }
      }
    }
    return String.format(Locale.ROOT,
        "%d economies x %d indicators; %d of %d values missing (%.1f %%), none filled in",
        p.size(), indicators().size(), missing, cells, 100.0 * missing / cells);
  }

  /**
   * The publishers' terms of the bundled data, as {@code data/PROVENANCE.md} states them, one line
   * per publisher.
   *
   * @return an unmodifiable list of lines
   */
  public static List<String> terms() {
    return List.of(
        "World Bank Logistics Performance Index 2018: World Bank open data, CC BY 4.0.",
        "World Bank Worldwide Governance Indicators, 2020 update (via a CC0-1.0 repository):"
            + " World Bank open data, CC BY 4.0; the WGI do not reflect the official views of"
            + " the World Bank.",
        "World Bank WDI series via datasets/world-development-indicators (secure servers,"
            + " private credit, merchandise exports, exports, GDP): CC-BY-4.0.",
        "Universal Postal Union, Postal Development Report 2019 (2IPD): (c) UPU, a public report"
            + " stating no terms; cite as UPU (2019).",
        "UN Statistics Division Global SDG Indicators Database (Findex, ITU, UNESCO UIS, UNIDO,"
            + " ITC/UNCTAD/WTO series): CC-BY-4.0 (repository datapackage); free use with"
            + " attribution.",
        "Gapminder compilations of World Bank WDI series and Gapminder population: CC BY 4.0.",
        "Transparency International Corruption Perceptions Index (via Gapminder): non-commercial"
            + " reuse with attribution; check TI's terms before commercial redistribution.",
        "Economist Intelligence Unit, functioning of government (via Gapminder): the EIU is the"
            + " original owner; check its terms.",
        "ISO 3166 / UN M49 country codes (datasets/country-codes): ODC-PDDL-1.0.");
  }

  /**
   * The bundled data files as they ship in the jar, byte for byte the files in the project's
   * {@code data/} folder: {@code countries.csv}, {@code indicators.csv},
   * {@code seed_figures.csv} and {@code enterprises_synthetic.csv}, each keeping its publishers'
   * terms (see {@link #terms()}).
   *
   * @return file name → content, in that order
   */
  public static Map<String, String> bundledFiles() {
    Map<String, String> files = new LinkedHashMap<>();
    for (String name : List.of(COUNTRIES, INDICATORS, SEED_FIGURES,
        "data/enterprises_synthetic.csv")) {
      files.put(name.substring(name.indexOf('/') + 1), resourceText(name));
    }
    return Collections.unmodifiableMap(files);
  }

  // ---------------------------------------------------------------------------------------------

  /** A text resource, by its path relative to this package (e.g. {@code data/countries.csv}). */
  static String resourceText(String name) {
    try (InputStream in = BeltAndRoad.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource io/github/diamondscore/diamond/"
            + name + " is missing from the class path; rebuild the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + name + ": " + e, e);
    }
  }

  /** Reads country data whose id column may be called {@code iso3}. */
  static Panel readCountries(String text, String source) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int end = body.indexOf('\n');
    String header = end < 0 ? body : body.substring(0, end);
    String rest = end < 0 ? "" : body.substring(end);
    String cr = header.endsWith("\r") ? "\r" : "";
    List<String> fields = new ArrayList<>(List.of(
        (cr.isEmpty() ? header : header.substring(0, header.length() - 1)).split(",", -1)));
    if (!fields.contains("entity")) {
      for (int i = 0; i < fields.size(); i++) {
        if (fields.get(i).trim().equals("iso3")) {
          fields.set(i, "entity");
        }
      }
    }
    return PanelCsv.read(new StringReader(String.join(",", fields) + cr + rest), source);
  }

  static List<IndicatorInfo> readIndicators(Reader reader, String source) {
    List<IndicatorInfo> out = new ArrayList<>();
    try (CSVParser parser = parser(reader, source, INDICATOR_COLUMNS)) {
      Set<String> seen = new java.util.HashSet<>();
      for (CSVRecord rec : parser) {
        Map<String, String> row = cells(parser, rec, source);
        long line = parser.getCurrentLineNumber();
        String code = row.get("code");
        if (!seen.add(code)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "%s line %d: indicator code '%s' appears twice; codes must be unique", source, line,
              code));
        }
        try {
          String[] coverage = row.get("coverage").split("/", -1);
          if (coverage.length != 2) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "coverage '%s' must be written covered/total, e.g. 74/79", row.get("coverage")));
          }
          out.add(new IndicatorInfo(code, row.get("full_name"), row.get("unit"),
              row.get("source"), integer("year", row.get("year")),
              Direction.of(integer("direction", row.get("direction"))),
              Factor.parse(row.get("diamond_factor")), Area.parse(row.get("influence_area")),
              row.get("raw_file"), row.get("raw_column"), integer("coverage", coverage[0].trim()),
              integer("coverage", coverage[1].trim())));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(String.format(Locale.ROOT, "%s line %d (indicator"
              + " '%s'): %s", source, line, code, e.getMessage()), e);
        }
      }
    } catch (IOException e) {
      throw IoErrors.reading(source, e);
    }
    return List.copyOf(out);
  }

  static List<SeedFigure> readSeedFigures(Reader reader, String source) {
    List<SeedFigure> out = new ArrayList<>();
    try (CSVParser parser = parser(reader, source, SEED_COLUMNS)) {
      for (CSVRecord rec : parser) {
        Map<String, String> row = cells(parser, rec, source);
        long line = parser.getCurrentLineNumber();
        try {
          String year = row.get("year");
          String derived = row.get("derived");
          if (!derived.equals("0") && !derived.equals("1")) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "derived ('%s') must be 0 or 1", derived));
          }
          out.add(new SeedFigure(integer("id", row.get("id")), row.get("topic"),
              row.get("metric"), year.isEmpty() ? OptionalInt.empty()
                  : OptionalInt.of(integer("year", year)), decimal("value", row.get("value")),
              row.get("unit"), derived.equals("1"), row.get("note")));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(String.format(Locale.ROOT, "%s line %d: %s", source,
              line, e.getMessage()), e);
        }
      }
    } catch (IOException e) {
      throw IoErrors.reading(source, e);
    }
    return List.copyOf(out);
  }

  /** A parser over a CSV with exactly the given header names, in any order. */
  static CSVParser parser(Reader reader, String source, List<String> columns) throws IOException {
    CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get().parse(reader);
    List<String> header = new ArrayList<>(parser.getHeaderNames());
    if (!header.isEmpty()) {
      header.set(0, header.get(0).replace("\uFEFF", ""));
    }
    for (String h : header) {
      if (!columns.contains(h)) {
        parser.close();
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: unknown column '%s'; the columns are %s", source, h, String.join(",", columns)));
      }
    }
    for (String c : columns) {
      if (!header.contains(c)) {
        parser.close();
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: missing column '%s' (header is %s); the columns are %s", source, c,
            String.join(",", header), String.join(",", columns)));
      }
    }
    return parser;
  }

  /** The cells of a record by header name (BOM removed), checking the field count. */
  static Map<String, String> cells(CSVParser parser, CSVRecord rec, String source) {
    List<String> header = parser.getHeaderNames();
    if (rec.size() != header.size()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s line %d: %d fields but the header has %d", source, parser.getCurrentLineNumber(),
          rec.size(), header.size()));
    }
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      out.put(header.get(i).replace("\uFEFF", ""), rec.get(i).trim());
    }
    return out;
  }

  static int integer(String what, String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s ('%s') must be a whole number", what, text), e);
    }
  }

  static double decimal(String what, String text) {
    String t = text.trim();
    if (!DECIMAL.matcher(t).matches()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s ('%s') must be a decimal number with '.' as the decimal point", what, text));
    }
    return Double.parseDouble(t);
  }
}
