package io.github.diamondscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diamondscore.data.Observation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.score.Digits;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.Index;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsJsonTest {
  // min-max 0..10 -> 0..100. A: x 2 -> 20, y 8 -> 80, root (20 + 80) / 2 = 50, contributions
  // 10 and 40. B: 0, 0 -> 0 (rank 3). C: 10, 10 -> 100 (rank 1).
  static final Framework FW = Framework.of(Composite.of("root", Indicator.of("x"),
      Indicator.of("y")));
  static final Panel P = Panel.builder("x", "y").add("A", 2, 8).add("B", 0, 0).add("C", 10, 10)
      .build();
  static final FittedIndex F = Index.of(FW).fit(P);

  @Test
  void scoreCard_exactDocument() {
    assertThat(ResultsJson.of(F.score(P.observation(0)))).isEqualTo("{\"entity\":\"A\","
        + "\"root\":\"root\",\"total\":50,\"imputed\":[],\"nodes\":["
        + "{\"id\":\"root\",\"name\":\"root\",\"parent\":null,\"score\":50,\"coverage\":1,"
        + "\"contributions\":[{\"node\":\"x\",\"points\":10,\"modulator\":false},"
        + "{\"node\":\"y\",\"points\":40,\"modulator\":false}]},"
        + "{\"id\":\"x\",\"name\":\"x\",\"parent\":\"root\",\"score\":20,\"coverage\":1},"
        + "{\"id\":\"y\",\"name\":\"y\",\"parent\":\"root\",\"score\":80,\"coverage\":1}]}");
  }

  @Test
  void scoreCard_missingScoreIsNull() {
    String json = ResultsJson.of(F.score(Observation.of("Q", Map.of("x", 5.0))));
    assertThat(json).contains("{\"id\":\"y\",\"name\":\"y\",\"parent\":\"root\",\"score\":null,"
        + "\"coverage\":0}").contains("\"total\":50");
  }

  @Test
  void scores_exactDocument() {
    assertThat(ResultsJson.of(F.score(P))).isEqualTo("{\"root\":\"root\","
        + "\"nodes\":[\"root\",\"x\",\"y\"],\"rows\":["
        + "{\"entity\":\"A\",\"scores\":{\"root\":50,\"x\":20,\"y\":80},"
        + "\"ranks\":{\"root\":2,\"x\":2,\"y\":2}},"
        + "{\"entity\":\"B\",\"scores\":{\"root\":0,\"x\":0,\"y\":0},"
        + "\"ranks\":{\"root\":3,\"x\":3,\"y\":3}},"
        + "{\"entity\":\"C\",\"scores\":{\"root\":100,\"x\":100,\"y\":100},"
        + "\"ranks\":{\"root\":1,\"x\":1,\"y\":1}}]}");
  }

  @Test
  void strings_areEscaped_numbersRoundedOrExact() {
    assertThat(ResultsJson.string("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
    assertThat(ResultsJson.number(0.1 + 0.2, Digits.ROUNDED)).isEqualTo("0.3");
    assertThat(ResultsJson.number(0.1 + 0.2, Digits.EXACT)).isEqualTo("0.30000000000000004");
    assertThat(Double.parseDouble(ResultsJson.number(1e-300, Digits.EXACT))).isEqualTo(1e-300);
    assertThat(ResultsJson.number(Double.NaN, Digits.ROUNDED)).isEqualTo("null");
  }
}
