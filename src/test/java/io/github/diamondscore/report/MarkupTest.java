package io.github.diamondscore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MarkupTest {

  @Test
  void escape_markupCharacters_becomeEntities() {
    assertThat(Markup.escape("R&D <core> \"q\" 'a'"))
        .isEqualTo("R&amp;D &lt;core&gt; &quot;q&quot; &#39;a&#39;");
  }

  @Test
  void escape_nonAscii_keptAsIs() {
    assertThat(Markup.escape("Côte d\u2019Ivoire 中国 \uD83D\uDE00 ≥"))
        .isEqualTo("Côte d\u2019Ivoire 中国 \uD83D\uDE00 ≥");
  }

  @Test
  void escape_charactersXmlForbids_becomeReplacementCharacter() {
    // U+0001 and U+FFFF are not XML 1.0 characters, nor is a lone high surrogate;
    // tab, line feed and carriage return are.
    assertThat(Markup.escape("a\u0001b\uFFFFc\uD800d\te\nf\rg"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\te\nf\rg");
  }

  @Test
  void escape_everyCodePointEscaped_parsesBackAsXml() {
    StringBuilder all = new StringBuilder();
    for (int cp = 0; cp < 0x3000; cp++) {
      all.appendCodePoint(cp);
    }
    String svg = "<t a=\"" + Markup.escape(all.toString()) + "\">"
        + Markup.escape(all.toString()) + "</t>";

    assertThat(Xml.parse(svg).getDocumentElement().getTextContent()).hasSizeGreaterThan(0x2000);
  }

  @ParameterizedTest
  @CsvSource({
      "1234.5678, 2, 1234.57",
      "-0.001, 2, 0.00",
      "-0.004, 2, 0.00",
      "-0.006, 2, -0.01",
      "2.5, 0, 3",
      "-0.4, 0, 0",
      "100, 2, 100.00",
      "0.125, 1, 0.1"})
  void num_values_fixedDecimalsNoNegativeZero(double value, int decimals, String expected) {
    // Formatter rounds half up: 2.5 -> 3; 0.125 to 1 decimal -> 0.1 (next digit 2);
    // -0.006 -> -0.01 keeps its sign, while -0.001 and -0.4 (0 decimals) lose theirs.
    assertThat(Markup.num(value, decimals)).isEqualTo(expected);
  }

  @Test
  void num_twoDecimalsByDefault() {
    assertThat(Markup.num(71.2)).isEqualTo("71.20");
  }

  @ParameterizedTest
  @CsvSource({
      "72.5, 72.5",
      "100.0, 100",
      "0.00001, 0.00001",
      "-0.0, 0",
      "1e20, 100000000000000000000",
      "-2.5, -2.5",
      "0.1, 0.1"})
  void plain_values_shortestPlainDecimal(double value, String expected) {
    assertThat(Markup.plain(value)).isEqualTo(expected);
    assertThat(Double.parseDouble(Markup.plain(value))).isEqualTo(value + 0.0);
  }

  @Test
  void plain_nan_printsNaN() {
    assertThat(Markup.plain(Double.NaN)).isEqualTo("NaN");
  }

  @ParameterizedTest
  @CsvSource({"20, 0", "0.2, 1", "2.5, 1", "0.25, 2", "0.3333333, 2", "0, 0"})
  void decimalsFor_steps_decimalsNeeded(double step, int expected) {
    assertThat(Markup.decimalsFor(step)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "abc, 3",
      "中国, 4",
      "'Co\u0302te', 4",
      "'', 0",
      "'a\u200Bb', 2",
      "Ｆ, 2"})
  void displayWidth_text_terminalColumns(String text, int expected) {
    assertThat(Markup.displayWidth(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      // 0..82 in 5: raw 16.4 -> 20; bounds 0 and ceil(4.1)*20 = 100.
      "0, 82, 5, 0, 100, 20",
      // -2.5..53.8 in 6: raw 9.383 -> 10; floor(-0.25)*10 = -10, ceil(5.38)*10 = 60.
      "-2.5, 53.8, 6, -10, 60, 10",
      // 0..100 in 5: raw exactly 20 -> 20, not 25.
      "0, 100, 5, 0, 100, 20",
      // empty range 0..0 becomes 0..1: raw 0.2 -> 0.2.
      "0, 0, 5, 0, 1, 0.2",
      // 0..11 in 5: raw 2.2 -> 2.5; ceil(4.4)*2.5 = 12.5.
      "0, 11, 5, 0, 12.5, 2.5",
      // 0..0.7 in 5: raw 0.14 -> 0.2; ceil(3.5)*0.2 = 0.8.
      "0, 0.7, 5, 0, 0.8, 0.2"})
  void niceScale_ranges_handComputedBounds(double lo, double hi, int intervals,
      double lower, double upper, double step) {
    double[] nice = Markup.niceScale(lo, hi, intervals);

    assertThat(nice[0]).isCloseTo(lower, within(1e-12));
    assertThat(nice[1]).isCloseTo(upper, within(1e-12));
    assertThat(nice[2]).isCloseTo(step, within(1e-12));
  }

  static Stream<Long> seeds() {
    return IntStream.rangeClosed(1, 50).mapToObj(i -> (long) i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void niceScale_randomRange_coversItWithNiceStepAndAtMostOneExtraInterval(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double scale = Math.pow(10, random.nextInt(-3, 5));
    double lo = random.nextDouble(-1, 1) * scale;
    double hi = lo + random.nextDouble(0.01, 2) * scale;
    int intervals = 3 + random.nextInt(6);

    double[] nice = Markup.niceScale(lo, hi, intervals);

    double step = nice[2];
    assertThat(nice[0]).isLessThanOrEqualTo(lo + 1e-9 * scale);
    assertThat(nice[1]).isGreaterThanOrEqualTo(hi - 1e-9 * scale);
    assertThat(step).isGreaterThanOrEqualTo((hi - lo) / intervals * (1 - 1e-12));
    boolean niceStep = false;
    for (double m : new double[] {1, 2, 2.5, 5}) {
      double power = Math.pow(10, Math.rint(Math.log10(step / m)));
      niceStep |= Math.abs(step - m * power) <= 1e-9 * step;
    }
    assertThat(niceStep).as("step %s is 1, 2, 2.5 or 5 times a power of ten", step).isTrue();
    assertThat(Math.round((nice[1] - nice[0]) / step)).isLessThanOrEqualTo(intervals + 1);
    assertThat(nice[0] / step).isCloseTo(Math.rint(nice[0] / step),
        within(1e-6));
  }

  @Test
  void write_missingParents_createdAndUtf8Written(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a/b/c.txt");

    Markup.write(file, "中国 & Côte");

    assertThat(Files.readAllBytes(file)).isEqualTo("中国 & Côte".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void write_parentIsAFile_throwsUncheckedNamingPath(@TempDir Path dir) throws IOException {
    Path blocker = dir.resolve("blocker");
    Files.writeString(blocker, "x");
    Path file = blocker.resolve("c.txt");

    assertThatThrownBy(() -> Markup.write(file, "x"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("could not write " + file);
  }

  @Test
  void requireColor_notHex_throwsNamingRoleAndValue() {
    assertThatThrownBy(() -> Markup.requireColor("#12345", "series colour"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("series colour ('#12345') must be a colour written #rrggbb");
  }

  @Test
  void requireColor_lowerCaseHex_upperCased() {
    assertThat(Markup.requireColor("#00ff7f", "c")).isEqualTo("#00FF7F");
  }

  @Test
  void inlineSvg_documentOfThisPackage_dropsDeclarationAndNamespace() {
    String doc = Markup.svgDocument(10, 20, "t", "<g/>\n");

    String inline = Markup.inlineSvg(doc);

    assertThat(inline).startsWith("<svg width=\"100%\"").contains(" viewBox=\"0 0 10 20\"")
        .doesNotContain("xmlns", "<?xml");
    assertThat(inline.substring(0, inline.indexOf('>'))).doesNotContain("height");
    assertThat(Xml.parse(inline).getDocumentElement().getTagName()).isEqualTo("svg");
  }

  @Test
  void inlineSvg_fillsTheColumnButKeepsTextReadable() {
    String inline = Markup.inlineSvg(Markup.svgDocument(480, 300, "t", "<g/>\n"));

    // 12-unit text stays at 11 px or more: never narrower than 480 * 11 / 12 = 440 px;
    // enlarged at most 1.25 times on a wide column.
    assertThat(inline).startsWith(
        "<svg width=\"100%\" style=\"min-width:440px;max-width:600px\" viewBox=\"0 0 480 300\"");
  }

  @Test
  void inlineSvg_foreignDocument_throwsIllegalState() {
    assertThatThrownBy(() -> Markup.inlineSvg("<svg/>"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not an SVG document written by this package");
  }
}
