// diamond-score quick start. Run after `mvn -B -q package -DskipTests`:
//   jshell --class-path target/diamond-score-cli.jar examples/quickstart.jsh
import java.util.*;
import io.github.diamondscore.data.*;
import io.github.diamondscore.model.*;
import io.github.diamondscore.normalize.*;
import io.github.diamondscore.score.*;

// 1. A framework in code: logistics (geometric mean of two LPI scores on goalposts 1..5),
//    network readiness, and a tariff where lower is better; logistics counts double.
var logistics = Scorer.composite("logistics",
        Scorer.indicator("lpi_customs").goalposts(1, 5),
        Scorer.indicator("lpi_timeliness").goalposts(1, 5)).geometric().withWeight(2);
var network = Scorer.indicator("internet_users_pct");
var tariff = Scorer.indicator("tariff").lowerIsBetter();
var framework = Framework.of(Scorer.composite("readiness", logistics, network, tariff));
System.out.println(framework);

// 2. Reference data (LPI 2016, internet users 2019, MFN tariff 2018; see data/PROVENANCE.md).
//    jshell runs a statement as soon as a line completes it, so a chain that goes on over several
//    lines ends each line with the dot.
var panel = Panel.builder("lpi_customs", "lpi_timeliness", "internet_users_pct", "tariff").
        add("CHN", 3.32, 3.90, 64.0809, 4.59).
        add("SGP", 4.18, 4.40, 88.9493, 0).
        add("MYS", 3.17, 3.65, 84.1871, 3.49).
        add("MNG", 2.39, 3.40, 51.08, 4.69).
        build();

// 3. Fit once (min-max on 1..100 so the geometric mean never meets a zero), score the panel.
var fitted = Index.builder(framework).normalization(Normalization.minMax(1, 100)).build().fit(panel);
var scores = fitted.score(panel);
System.out.println(scores);

// 4. Score one new observation online and print its card: same numbers as a batch row.
var card = fitted.score(Observation.of("KAZ", Map.of("lpi_customs", 2.52, "lpi_timeliness", 3.06,
        "internet_users_pct", 81.8776)));
System.out.println(card);
System.out.printf("KAZ readiness %.2f (tariff missing: coverage %.0f%%)%n", card.total(),
        100 * card.coverage("readiness"));
