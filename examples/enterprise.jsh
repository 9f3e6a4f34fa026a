// Enterprise readiness and market entry, on SYNTHETIC firms (invented for illustration, not real
// data). Run after `mvn -B -q package -DskipTests`:
//   jshell --class-path target/diamond-score-cli.jar examples/enterprise.jsh
import java.util.*;
import io.github.diamondscore.data.*;
import io.github.diamondscore.diamond.*;

// 1. The template: four areas and the paper's three challenges, the home country's diamond as an
//    input column, goalposts on every indicator.
System.out.println(EnterpriseReadiness.framework());

// 2. The synthetic sample (data/enterprises_synthetic.csv), with home diamonds from the
//    go-global assessment of the bundled countries.
var countries = GoGlobal.assess();
var firms = EnterpriseReadiness.assessSample();
System.out.println(firms.ranking());
System.out.println(firms.card("F02"));

// 3. Where should the synthetic apparel exporter go? Destination readiness (infrastructure,
//    platform, risk) combined with the firm's fit: entry = R^0.5 x F^0.5.
var entry = MarketEntry.of(countries);
System.out.println(entry.forEnterprise(firms, "F02"));

// 4. A firm of your own, scored online against the same template (example inputs).
var home = countries.score("CHN", "diamond");
var mine = firms.fitted().score(Observation.builder("MY01").name("My firm").group("CHN")
        .put("home_diamond", home).put("target_markets", 12).put("price_index", 96)
        .put("own_brand_share", 40).put("quality_certifications", 2).put("return_rate", 4)
        .put("rd_intensity", 2.5).put("new_product_share", 30).put("digital_channel_share", 65)
        .put("marketplaces", 5).put("overseas_order_share", 70).put("market_hhi", 0.3)
        .put("fx_hedged_share", 25).put("logistics_options", 4).put("payment_methods", 6)
        .build());
System.out.printf("My firm: enterprise readiness %.2f (%s)%n", mine.total(),
        Tiers.defaults().nameOf(mine.total()));
System.out.println(entry.forEnterprise("My firm", "CHN", mine.total()).toString(5));
