package io.github.diamondscore.diamond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Node;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendationsTest {
  private static final Set<String> FIVE = Set.of("Differentiated service",
      "Industry chain building", "Business model innovation",
      "International e-commerce cooperation", "A complete financial support system");
  private static final Set<String> THREE = Set.of("Competition and market", "Brand and quality",
      "Transformation and innovation");

  @Test
  void defaults_coverEveryCompositeOfTheBuiltInModels() {
    Recommendations r = Recommendations.defaults();
    for (Framework fw : List.of(GoGlobal.framework(), PorterDiamond.framework(),
        EnterpriseReadiness.framework())) {
      for (Node n : fw.nodes()) {
        if (n instanceof Composite && n != fw.root()) {
          assertThat(r.rulesFor(n.id())).as("rules for %s", n.id()).isNotEmpty();
        }
      }
    }
    // Only the paper's five recommendations and three challenges.
    for (Recommendations.Rule rule : r.rules()) {
      assertThat(FIVE).contains(rule.recommendation());
      assertThat(THREE).contains(rule.challenge());
    }
    assertThat(r.rulesFor("*")).hasSize(1).allMatch(Recommendations.Rule::isFallback);
    assertThat(r.rulesFor("platform")).extracting(Recommendations.Rule::recommendation)
        .containsExactly("International e-commerce cooperation", "Business model innovation");
  }

  @Test
  void writeThenRead_sameTable(@TempDir Path dir) {
    Path f = dir.resolve("recs.csv");
    Recommendations.defaults().write(f);
    assertThat(Recommendations.read(f)).isEqualTo(Recommendations.defaults());
    Recommendations more = Recommendations.defaults().with(List.of(
        new Recommendations.Rule("lpi_customs", "Own", "", "text, with \"quotes\"")));
    assertThat(Recommendations.read(new StringReader(more.toCsv()), "x")).isEqualTo(more);
  }

  @Test
  void read_invalid_namesLineAndColumn(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> Recommendations.read(new StringReader("node,text\n"), "r.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("r.csv: missing column 'recommendation'");
    assertThatThrownBy(() -> Recommendations.read(
        new StringReader("node,recommendation,challenge,text,extra\n"), "r.csv"))
        .hasMessageContaining("unknown column 'extra'");
    assertThatThrownBy(() -> Recommendations.read(new StringReader(
        "node,recommendation,challenge,text\nrisk,R,C,ok\nrisk,,C,t\n"), "r.csv"))
        .hasMessageContaining("r.csv line 3")
        .hasMessageContaining("node 'risk': recommendation is blank");
    assertThatThrownBy(() -> new Recommendations.Rule("a", "R", "", "two\nlines"))
        .hasMessageContaining("line break");
    assertThatThrownBy(() -> Recommendations.read(dir.resolve("none.csv")))
        .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("none.csv");
    Path f = dir.resolve("short.csv");
    Files.writeString(f, "node,recommendation,challenge,text\nrisk,R\n");
    assertThatThrownBy(() -> Recommendations.read(f))
        .hasMessageContaining("2 fields but the header has 4");
  }

  @Test
  void toString_listsRules() {
    assertThat(Recommendations.defaults().toString())
        .startsWith("Recommendations (22 rules)\nnode")
        .contains("\nlogistics           Industry chain building");
  }

  @Test
  void assessment_replacedTable_changesRecommendations() {
    Recommendations mine = Recommendations.of(List.of(
        new Recommendations.Rule("platform", "Join a marketplace alliance", "", "Our advice")));
    List<Recommendation> recs = GoGlobal.assess().withRecommendations(mine).recommend("CHN");
    // China's weak node is risk, which has no row; its reason column wgi_rule_of_law neither,
    // nor is there a '*' row: nothing is recommended. A weak platform would be.
    assertThat(recs).isEmpty();
    Assessment a = GoGlobal.assess();
    String weakPlatform = a.entities().stream()
        .filter(e -> a.card(e).weaknesses().stream().anyMatch(n -> n.node().equals("platform")))
        .findFirst().orElseThrow();
    assertThat(a.withRecommendations(mine).recommend(weakPlatform))
        .extracting(Recommendation::recommendation).contains("Join a marketplace alliance");
  }
}
