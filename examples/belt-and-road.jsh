// Go-global readiness of the Belt and Road countries. Run after `mvn -B -q package -DskipTests`:
//   jshell --class-path target/diamond-score-cli.jar examples/belt-and-road.jsh
import java.nio.file.*;
import io.github.diamondscore.diamond.*;
import io.github.diamondscore.report.*;

// 1. The bundled data: China, the 64 Belt and Road countries and 14 benchmarks by 39 indicator
//    columns (one fixed year each; blanks stay missing). Sources: data/PROVENANCE.md.
var countries = BeltAndRoad.countries();
System.out.println(BeltAndRoad.summary());

// 2. The go-global readiness model v2 (Porter's diamond is its first area; 25 indicators, each
//    used once, each with the reason for its place), fitted on the bundled countries with
//    min-max onto 1..100; its known limits and the ranking with tiers and groups.
GoGlobal.placements().forEach(System.out::println);
var a = GoGlobal.assess();
a.limits().forEach(System.out::println);
System.out.println(a.ranking());

// 3. China's score card: ranks, gaps, strengths, weaknesses, computed what-ifs, recommendations.
System.out.println(a.card("CHN"));

// 4. Side by side with two partners, and a what-if of your own, computed by the fitted index.
System.out.println(a.compare("CHN", "KAZ", "POL"));
System.out.println(a.whatIf("CHN", "lpi_timeliness", 4.2));

// 5. The statistical audit of the model: flags first, then indicator statistics, correlations,
//    Cronbach's alpha and principal components, and weights against importance.
var audit = GoGlobal.audit();
System.out.println(audit.flagsText());
System.out.println(audit.importanceText());

// 6. The HTML report with its charts.
var index = ReadinessReport.write(a, "CHN", Path.of("target/diamond-report"));
System.out.println("HTML report: " + index.toAbsolutePath().normalize());
