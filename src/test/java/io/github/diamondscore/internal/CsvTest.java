package io.github.diamondscore.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTest {
  static final List<String> AWKWARD = List.of("B,2", "say \"hi\"", "two\nlines", " lead",
      "trail ", "\uFEFFbom", "plain", "", "a\r\nb", "\"", ",");

  @Test
  void line_roundTripsAwkwardFieldsThroughTheReadersFormat() throws IOException {
    String text = Csv.line(AWKWARD);
    CSVFormat lenient = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
    try (CSVParser p = CSVParser.parse(new StringReader(text), lenient)) {
      List<CSVRecord> records = p.getRecords();
      assertThat(records).hasSize(1);
      assertThat(new ArrayList<>(records.get(0).toList())).isEqualTo(AWKWARD);
    }
  }

  @Test
  void field_quotesOnlyWhenNeeded() {
    assertThat(Csv.field("plain")).isEqualTo("plain");
    assertThat(Csv.field("B,2")).isEqualTo("\"B,2\"");
    assertThat(Csv.field("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(Csv.field(" x")).isEqualTo("\" x\"");
  }
}
