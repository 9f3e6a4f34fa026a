package io.github.diamondscore.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diamondscore.data.Observation;
import io.github.diamondscore.diamond.Assessment;
import io.github.diamondscore.diamond.BeltAndRoad;
import io.github.diamondscore.diamond.EnterpriseReadiness;
import io.github.diamondscore.diamond.GoGlobal;
import io.github.diamondscore.diamond.WhatIf;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the diamond examples under examples/ through the real jshell binary, as the README says,
 * and checks what they print.
 */
class DiamondExamplesIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();

  @Test
  void beltAndRoad_printsRankingChinaCardComparisonWhatIfAndReport() throws Exception {
    String out = JShellProcess.run(ROOT, "examples/belt-and-road.jsh");
    assertThat(out).contains(BeltAndRoad.summary())
        .contains("Ranking on 'readiness' (79 entities;")
        .contains("Score card: China (CHN), group China")
        .contains("Comparison of China (CHN), Kazakhstan (KAZ), Poland (POL)")
        .contains(GoGlobal.placements().get(0).toString())
        .contains(GoGlobal.limits().get(0))
        .contains(GoGlobal.audit().flagsText())
        .contains("HTML report: " + ROOT.resolve("target/diamond-report/index.html")
            .normalize());
    for (String iso : BeltAndRoad.countries().entities()) {
      assertThat(Pattern.compile("(?m)^ *[0-9]+  " + iso + "  ").matcher(out).results().count())
          .as(iso).isEqualTo(1);
    }
    // The script's what-if, recomputed here through the same public API in this JVM.
    WhatIf w = GoGlobal.assess().whatIf("CHN", "lpi_timeliness", 4.2);
    assertThat(w.gain()).isPositive();
    assertThat(out).contains(w.toString());
  }

  @Test
  void enterprise_printsFirmRankingCardMarketsAndOwnFirm() throws Exception {
    String out = JShellProcess.run(ROOT, "examples/enterprise.jsh");
    Assessment firms = EnterpriseReadiness.assessSample();
    assertThat(out).contains("Framework 'enterprise' (23 nodes, 15 indicators)")
        .contains("Ranking on 'enterprise' (8 entities;")
        .contains("Score card: Synthetic apparel exporter (F02), group CHN")
        .contains(String.format(Locale.ROOT, "Target markets for Synthetic apparel exporter (F02),"
            + " home CHN, firm readiness %.2f", firms.score("F02")));
    double home = GoGlobal.assess().score("CHN", "diamond");
    double mine = firms.fitted().score(Observation.builder("MY01").put("home_diamond", home)
        .put("target_markets", 12).put("price_index", 96).put("own_brand_share", 40)
        .put("quality_certifications", 2).put("return_rate", 4).put("rd_intensity", 2.5)
        .put("new_product_share", 30).put("digital_channel_share", 65).put("marketplaces", 5)
        .put("overseas_order_share", 70).put("market_hhi", 0.3).put("fx_hedged_share", 25)
        .put("logistics_options", 4).put("payment_methods", 6).build()).total();
    assertThat(out).contains(String.format(Locale.ROOT, "My firm: enterprise readiness %.2f",
        mine)).contains("Target markets for My firm, home CHN");
  }

  @Test
  void seedFigures_printsSeriesGrowthAndCagr() throws Exception {
    String out = JShellProcess.run(ROOT, "examples/seed-figures.jsh");
    // python: 100 * ((6.7 / 1.7) ** 0.2 - 1) = 31.56
    assertThat(out).contains("CAGR 2011-2016: 31.6 % per year")
        .contains("2013: paper 50.0 %, computed 50.0 %")
        .contains("2012: paper 23.5 %, computed 23.5 %")
        .contains("DERIVED (not published)")
        .contains("2018      9  added");
  }
}
