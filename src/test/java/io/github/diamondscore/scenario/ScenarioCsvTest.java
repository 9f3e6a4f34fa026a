package io.github.diamondscore.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading scenario files: grouping, scopes, values, and errors naming the line. */
class ScenarioCsvTest {
  @Test
  void read_groupsRowsByScenarioInFileOrder() {
    List<Scenario> s = ScenarioCsv.parse("scenario,entity,target,operation,value\n"
        + "one,C,a,set,8\ntwo,group:g1,b,group-median,g2\none,*,root,frontier,\n"
        + "two,,a,weight,3\n", "s.csv");
    assertThat(s).extracting(Scenario::name).containsExactly("one", "two");
    assertThat(s.get(0).changes()).containsExactly(Change.set("a", 8).forEntity("C")
        .at("line 2 of s.csv"), Change.toFrontier("root").at("line 4 of s.csv"));
    assertThat(s.get(1).changes().get(0).scope()).isEqualTo(Scope.group("g1"));
    assertThat(ScenarioCsv.parse(ScenarioCsv.toCsv(s), "s.csv").get(1).changes().get(1).value())
        .isEqualTo(3);
    // Applied, a file row names its line
    assertThatThrownBy(() -> SimulatorTest.SIM.apply(ScenarioCsv.parse(
        "scenario,entity,target,operation,value\nbad,D,a,multiply,2\n", "f.csv").get(0)))
        .hasMessageStartingWith("scenario 'bad', line 2 of f.csv (D a multiply 2): D has no"
            + " value for a");
  }

  @Test
  void read_rejectsBadRowsNamingLineAndColumn() {
    String h = "scenario,entity,target,operation,value\n";
    assertThatThrownBy(() -> ScenarioCsv.parse(h + "x,C,a,raise,1\n", "s.csv"))
        .hasMessageContaining("line 2 of s.csv, column operation: unknown operation 'raise'");
    assertThatThrownBy(() -> ScenarioCsv.parse(h + "x,C,a,set,\"3,5\"\n", "s.csv"))
        .hasMessageContaining("line 2 of s.csv, column value: '3,5' is not a number")
        .hasMessageContaining("(not ',')");
    assertThatThrownBy(() -> ScenarioCsv.parse("scenario,entity,target,op,value\n", "s.csv"))
        .hasMessageContaining("a scenario file has exactly the columns"
            + " scenario,entity,target,operation,value");
    assertThatThrownBy(() -> ScenarioCsv.parse(h + "x,C,a,percentile,120\n", "s.csv"))
        .hasMessageContaining("line 2 of s.csv: percentile 120 on a must be in [0, 100]");
  }
}
