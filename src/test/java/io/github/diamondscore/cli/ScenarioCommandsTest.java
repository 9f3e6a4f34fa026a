package io.github.diamondscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario and solve commands on the bundled data and the example scenario file. */
class ScenarioCommandsTest {
  @TempDir
  Path dir;

  @Test
  void scenario_printsEachComparisonAndWritesCsv() throws Exception {
    Path out = dir.resolve("cmp.csv");
    MainTest.Run r = MainTest.run("scenario", "--scenarios", "examples/data/scenarios.csv",
        "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("Scenario 'KAZ logistics like POL'")
        .contains("Scenario 'Digital Central Asia'")
        .contains("Scenario 'Government twice as strong'").contains("wrote " + out);
    String csv = Files.readString(out);
    assertThat(csv).startsWith("scenario,entity,node,baseline,scenario_score,delta,")
        .contains("KAZ logistics like POL,KAZ,readiness,");
    assertThat(csv.lines().filter(l -> l.startsWith("scenario,"))).hasSize(1);
  }

  @Test
  void scenario_badRow_oneLineNamingScenarioLineAndChange() throws Exception {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "scenario,entity,target,operation,value\n"
        + "oops,TKM,internet_users_pct,multiply,1.1\n");
    MainTest.Run r = MainTest.run("scenario", "--scenarios", f.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: scenario 'oops', line 2 of bad.csv (TKM"
        + " internet_users_pct multiply 1.1): TKM has no value for internet_users_pct");
  }

  @Test
  void solve_indicatorAndPath() {
    MainTest.Run one = MainTest.run("solve", "--entity", "KAZ", "--target", "49",
        "--indicator", "internet_users_pct");
    assertThat(one.status()).as(one.err()).isZero();
    assertThat(one.out()).contains("KAZ reaches score >= 49").contains("internet_users_pct = ");
    MainTest.Run path = MainTest.run("solve", "--entity", "KAZ", "--target", "tier:Ready");
    assertThat(path.status()).as(path.err()).isZero();
    assertThat(path.out()).contains("Path for KAZ to tier Ready").contains("exact method");
    MainTest.Run bad = MainTest.run("solve", "--entity", "KAZ", "--target", "rank:1",
        "--indicator", "internet_users_pct");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("unreachable");
    assertThat(MainTest.run("solve", "--help").out()).contains("usage: solve");
  }
}
