package io.github.diamondscore.diamond;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diamondscore.model.Direction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's tables of model v2 are the model's own placements and reasons, so they cannot
 * drift: this test renders them from {@link GoGlobal#placements()} and {@link GoGlobal#leftOut()}
 * and looks for the exact text in README.md. On failure it prints the table to paste.
 */
class ReadmeModelTableTest {

  static String placementTable() {
    StringBuilder b = new StringBuilder();
    b.append("| indicator | node | year | unit | dir | treatment | why it belongs there |\n");
    b.append("|---|---|---|---|---|---|---|\n");
    for (Placement p : GoGlobal.placements()) {
      IndicatorInfo info = BeltAndRoad.indicator(p.column());
      b.append("| `").append(p.column()).append("` | `").append(p.parent()).append("` | ")
          .append(info.year()).append(" | ").append(unit(info)).append(" | ")
          .append(info.direction() == Direction.HIGHER_IS_BETTER ? "+" : "−").append(" | ")
          .append(p.treatment()).append(" | ").append(p.reason()).append(" |\n");
    }
    return b.toString();
  }

  private static String unit(IndicatorInfo info) {
    int cut = info.unit().indexOf(" (");
    return cut > 0 ? info.unit().substring(0, cut) : info.unit();
  }

  static String leftOutTable() {
    StringBuilder b = new StringBuilder();
    b.append("| column | why model v2 leaves it out |\n|---|---|\n");
    for (Map.Entry<String, String> e : GoGlobal.leftOut().entrySet()) {
      b.append("| `").append(e.getKey()).append("` | ").append(e.getValue()).append(" |\n");
    }
    return b.toString();
  }

  // The README's v1 / v2 comparison quotes these ranks and scores; they are the library's own
  // output, pinned here so the README is regenerated when the model or data change.
  @Test
  void readme_v1V2Comparison_matchesTheModels() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    var data = BeltAndRoad.countries();
    var v1 = PorterDiamond.index(GoGlobal.v1()).fit(data).score(data);
    var v2 = GoGlobal.assess().scores();
    for (String[] row : new String[][] {{"CHN", "China"}, {"USA", "United States"},
        {"JPN", "Japan"}, {"MNG", "Mongolia"}, {"SGP", "Singapore"}}) {
      String cell1 = cell(v1.rank(row[0], "readiness").getAsInt(), v1.score(row[0], "readiness"));
      String cell2 = cell(v2.rank(row[0], "readiness").getAsInt(), v2.score(row[0], "readiness"));
      assertThat(readme).contains("| " + row[1] + " | " + cell1 + " | " + cell2 + " |");
    }
  }

  private static String cell(int rank, double score) {
    String suffix = rank % 10 == 1 && rank != 11 ? "st" : rank % 10 == 2 && rank != 12 ? "nd"
        : rank % 10 == 3 && rank != 13 ? "rd" : "th";
    return String.format(java.util.Locale.ROOT, "%d%s (%.2f)", rank, suffix, score);
  }

  @Test
  void readme_containsThePlacementAndLeftOutTables() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String placements = placementTable();
    String leftOut = leftOutTable();
    if (!readme.contains(placements) || !readme.contains(leftOut)) {
      System.out.println(placements);
      System.out.println(leftOut);
    }
    assertThat(readme).contains(placements).contains(leftOut);
  }
}
