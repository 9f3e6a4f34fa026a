package io.github.diamondscore;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diamondscore.analysis.Audit;
import io.github.diamondscore.analysis.AuditResult;
import io.github.diamondscore.analysis.Uncertainty;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.data.PanelCsv;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.FrameworkCsv;
import io.github.diamondscore.normalize.Normalization;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.Index;
import io.github.diamondscore.score.Scorer;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 defect 6: awkward ids survive every CSV writer of the API. */
class CsvWritersRoundTripTest {
  static final List<String> IDS = List.of("B,2", "say \"hi\"", "two\nlines", " lead",
      "trail ", "plain");

  @TempDir Path dir;

  private static List<List<String>> records(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file);
        CSVParser p = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get()
            .parse(r)) {
      List<List<String>> out = new ArrayList<>();
      for (CSVRecord rec : p) {
        out.add(rec.toList());
      }
      return out;
    }
  }

  private static Panel panel() {
    Panel.Builder b = Panel.builder("x", "y");
    for (int i = 0; i < IDS.size(); i++) {
      b.add(IDS.get(i), i + 1, 10 - i);
    }
    return b.build();
  }

  @Test
  void panelFrameworkScoresAndUncertainty_roundTripAwkwardIds() throws IOException {
    Panel panel = panel();
    Path data = dir.resolve("d.csv");
    PanelCsv.write(panel, data);
    assertThat(PanelCsv.read(data).entities()).isEqualTo(IDS);

    Framework fw = Framework.of(Scorer.composite("root", Scorer.indicator("x")
        .named("x, \"the first\"\nindicator"), Scorer.indicator("y")).named("Root, main"));
    Path fwFile = dir.resolve("fw.csv");
    FrameworkCsv.write(fw, fwFile);
    Framework back = FrameworkCsv.read(fwFile);
    assertThat(back.root().name()).isEqualTo("Root, main");
    assertThat(back.node("x").orElseThrow().name()).isEqualTo("x, \"the first\"\nindicator");

    FittedIndex fitted = Index.builder(fw).normalization(Normalization.minMax(1, 100)).build()
        .fit(panel);
    Path results = dir.resolve("r.csv");
    fitted.score(panel).writeCsv(results);
    List<String> entities = new ArrayList<>();
    for (List<String> rec : records(results).subList(1, records(results).size())) {
      if (rec.get(1).equals("root")) {
        entities.add(rec.get(0));
      }
    }
    assertThat(entities).isEqualTo(IDS);

    StringBuilder u = new StringBuilder();
    Uncertainty.builder(Index.builder(fw).normalization(Normalization.minMax(1, 100)).build(),
        panel).runs(10).build().run().writeCsv(u);
    Path uFile = Files.writeString(dir.resolve("u.csv"), u);
    assertThat(records(uFile).stream().skip(1).map(r -> r.get(0)).toList())
        .containsExactlyInAnyOrderElementsOf(IDS);
  }

  @Test
  void auditCsvFileNames_areTheFilesWritten() {
    Panel panel = panel();
    Framework fw = Framework.of(Scorer.composite("root", Scorer.indicator("x"),
        Scorer.indicator("y")));
    AuditResult audit = Audit.of(Index.of(fw).fit(panel), panel);
    assertThat(audit.writeCsv(dir).stream().map(p -> p.getFileName().toString()).toList())
        .isEqualTo(AuditResult.csvFileNames());
  }
}
