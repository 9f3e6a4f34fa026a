package io.github.diamondscore.diamond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.diamondscore.data.Observation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.FrameworkCsv;
import io.github.diamondscore.score.ScoreCard;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnterpriseReadinessTest {

  @Test
  void sample_isSyntheticEightFirmsFromBundledCountries() throws Exception {
    Panel firms = EnterpriseReadiness.sample();
    assertThat(firms.size()).isEqualTo(8);
    for (int r = 0; r < firms.size(); r++) {
      assertThat(firms.name(r).orElseThrow()).startsWith("Synthetic ");
      String home = firms.group(r).orElseThrow();
      assertThat(BeltAndRoad.countries().row(home)).as(home).isPresent();
    }
    assertThat(firms.value("F08", "new_product_share")).isNaN();
    // Every template column but the home diamond is in the file.
    for (String c : EnterpriseReadiness.columns()) {
      assertThat(firms.hasIndicator(c)).as(c)
          .isEqualTo(!c.equals(EnterpriseReadiness.HOME_DIAMOND));
    }
    // The note column marks every row of the file as synthetic.
    for (String line : Files.readAllLines(Path.of("data/enterprises_synthetic.csv")).subList(1,
        9)) {
      assertThat(line).contains("SYNTHETIC: invented for illustration; not a real firm");
    }
  }

  // F01 scored alone with a given home diamond of 53.09887908470133. Goalposts onto 1..100:
  //   n(x) = 1 + 99 (x - lo)/(hi - lo), lower is better: 1 + 99 (hi - x)/(hi - lo)
  //   competition = (n(18;0,20) 90.1 + l(92;70,130) 63.7) / 2 = 76.9
  //   brand = (60.4 + 80.2 + l(3.5;0,20) 82.675) / 3 = 74.425
  //   transformation = (42.58 + 70.3 + 70.3) / 3 = 61.06
  //   home = 1 + 99 * 0.5309887908470133 = 53.56789029385432
  //   advantage = (53.5679 + 76.9 + 74.425 + 61.06) / 4 = 66.48822257346359
  //   platform = (60.4 + 75.25) / 2 = 67.825; risk = (l(0.18;0,1) 82.18 + 40.6) / 2 = 61.39
  //   infrastructure = (50.5 + 70.3) / 2 = 60.4
  //   enterprise = (66.48822 + 67.825 + 61.39 + 60.4) / 4 = 64.02580564336589 (python)
  @Test
  void score_oneFirm_handWorkedExample() {
    Map<String, Double> v = new LinkedHashMap<>();
    v.put("home_diamond", 53.09887908470133);
    v.put("target_markets", 18.0);
    v.put("price_index", 92.0);
    v.put("own_brand_share", 60.0);
    v.put("quality_certifications", 4.0);
    v.put("return_rate", 3.5);
    v.put("rd_intensity", 4.2);
    v.put("new_product_share", 35.0);
    v.put("digital_channel_share", 70.0);
    v.put("marketplaces", 6.0);
    v.put("overseas_order_share", 75.0);
    v.put("market_hhi", 0.18);
    v.put("fx_hedged_share", 40.0);
    v.put("logistics_options", 5.0);
    v.put("payment_methods", 7.0);
    Observation f01 = Observation.of("F01", v);
    // Every indicator has goalposts, so a one-firm reference panel fits.
    Panel one = Panel.builder(v.keySet().stream().toList())
        .add("F01", v.values().stream().mapToDouble(Double::doubleValue).toArray()).build();
    ScoreCard card = EnterpriseReadiness.index().fit(one).score(f01);
    assertThat(card.score("competition")).isCloseTo(76.9, within(1e-9));
    assertThat(card.score("brand")).isCloseTo(74.425, within(1e-9));
    assertThat(card.score("transformation")).isCloseTo(61.06, within(1e-9));
    assertThat(card.score("advantage")).isCloseTo(66.48822257346359, within(1e-9));
    assertThat(card.score("risk")).isCloseTo(61.39, within(1e-9));
    assertThat(card.total()).isCloseTo(64.02580564336589, within(1e-9));
    // The sample takes the home diamond from the go-global assessment: CHN 67.40962425919545
    // in the independent numpy implementation of model v2 (see GoGlobalTest), so
    // home = 1 + 99 * 0.6740962425919545 = 67.73552801660350,
    // advantage = (67.7355 + 76.9 + 74.425 + 61.06) / 4 = 70.03013200415087 and
    // enterprise = (70.03013 + 67.825 + 61.39 + 60.4) / 4 = 64.91128300103772 (python).
    assertThat(GoGlobal.assess().score("CHN", "diamond"))
        .isCloseTo(67.40962425919545, within(1e-9));
    assertThat(EnterpriseReadiness.assessSample().score("F01"))
        .isCloseTo(64.91128300103772, within(1e-9));
  }

  @Test
  void withHomeDiamond_fillsFromCountryDiamond() {
    Panel firms = EnterpriseReadiness.withHomeDiamond(EnterpriseReadiness.sample(),
        GoGlobal.assess().scores());
    double chn = GoGlobal.assess().score("CHN", "diamond");
    assertThat(firms.value("F02", "home_diamond")).isEqualTo(chn);
    assertThat(firms.value("F04", "home_diamond"))
        .isEqualTo(GoGlobal.assess().score("VNM", "diamond"));
    // The plain diamond works too (its root is also 'diamond').
    Panel plain = EnterpriseReadiness.withHomeDiamond(EnterpriseReadiness.sample(),
        PorterDiamond.index(PorterDiamond.plain()).fit(BeltAndRoad.countries())
            .score(BeltAndRoad.countries()));
    assertThat(plain.value("F02", "home_diamond")).isNotEqualTo(chn).isBetween(0.0, 100.0);
  }

  @Test
  void withHomeDiamond_invalid_namesFirmAndCountry() {
    Panel noGroup = Panel.builder("x").add("F1", 1).build();
    assertThatThrownBy(() -> EnterpriseReadiness.withHomeDiamond(noGroup,
        GoGlobal.assess().scores())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("firm 'F1' has no home country");
    Panel mars = Panel.builder("x")
        .add(io.github.diamondscore.data.RowKey.of("F1").withGroup("MARS"), 1).build();
    assertThatThrownBy(() -> EnterpriseReadiness.withHomeDiamond(mars,
        GoGlobal.assess().scores())).hasMessageContaining("home country 'MARS'");
    assertThatThrownBy(() -> EnterpriseReadiness.withHomeDiamond(mars,
        EnterpriseReadiness.assessSample().scores()))
        .hasMessageContaining("no 'diamond' node");
  }

  @Test
  void read_ownFile_homeBecomesGroupNoteIgnored(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("firms.csv");
    Files.writeString(f, "entity,name,home,note,rd_intensity\nA,Alpha,CHN,any text,2.5\n"
        + "B,,POL,,NA\n");
    Panel p = EnterpriseReadiness.read(f);
    assertThat(p.group(0)).hasValue("CHN");
    assertThat(p.name(1)).isEmpty();
    assertThat(p.value("B", "rd_intensity")).isNaN();
    assertThat(p.indicators()).containsExactly("rd_intensity");
  }

  @Test
  void read_invalid_namesLineEntityAndColumn(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> EnterpriseReadiness.read(new StringReader("entity,x\nA,1\n"), "f"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing column 'home'");
    assertThatThrownBy(() -> EnterpriseReadiness.read(
        new StringReader("entity,home,x\nA,CHN,1,5\n"), "f"))
        .hasMessageContaining("f line 2: 4 fields but the header has 3");
    assertThatThrownBy(() -> EnterpriseReadiness.read(
        new StringReader("entity,home,x\nA,CHN,1\nB,CHN,lots\n"), "f"))
        .hasMessageContaining("f line 3, entity 'B', column 'x'")
        .hasMessageContaining("'lots'");
    assertThatThrownBy(() -> EnterpriseReadiness.read(
        new StringReader("entity,home,x\nA,CHN,1\nA,CHN,2\n"), "f"))
        .hasMessageContaining("'A'");
    assertThatThrownBy(() -> EnterpriseReadiness.read(dir.resolve("none.csv")))
        .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("none.csv");
  }

  @Test
  void framework_exportsToCsvAndBack() {
    Framework fw = EnterpriseReadiness.framework();
    assertThat(FrameworkCsv.read(new StringReader(FrameworkCsv.toCsv(fw)), "e.csv"))
        .isEqualTo(fw);
    assertThat(fw.children("enterprise")).extracting(n -> n.id())
        .containsExactly("advantage", "platform", "risk", "infrastructure");
    assertThat(fw.children("advantage")).extracting(n -> n.id())
        .containsExactly("home_diamond", "competition", "brand", "transformation");
  }

  @Test
  void assessSample_rankingAndCard_homeDiamondNotAWhatIf() {
    Assessment a = EnterpriseReadiness.assessSample();
    assertThat(a.ranking().rows().get(0).entity()).isEqualTo("F03");
    assertThat(a.ranking().row("F08").dataCoverage()).isEqualTo(14.0 / 15);
    // F08's transformation uses the two present indicators: (n(2;0,10) 20.8 + n(15;0,100)
    // 15.85) / 2 = 18.325 (python), coverage 2/3.
    assertThat(a.score("F08", "transformation")).isCloseTo(18.325, within(1e-9));
    assertThat(a.scores().coverage("F08", "transformation")).isCloseTo(2.0 / 3, within(1e-15));
    for (String firm : a.entities()) {
      assertThat(a.whatIfs(firm)).extracting(WhatIf::column).doesNotContain("home_diamond");
    }
    assertThat(a.card("F02").recommendations()).isNotEmpty()
        .allMatch(r -> EnterpriseReadiness.columns().contains(r.indicator()));
  }
}
