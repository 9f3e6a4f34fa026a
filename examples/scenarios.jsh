// Scenarios and paths to a target on the bundled countries. Run after
// `mvn -B -q package -DskipTests`:
//   jshell --class-path target/diamond-score-cli.jar examples/scenarios.jsh
import io.github.diamondscore.diamond.*;
import io.github.diamondscore.scenario.*;

// The go-global model v2 fitted on the bundled countries; every scenario keeps these fitted
// parameters frozen, so a delta is the scenario's effect alone. Tiers come from diamond.
var sim = Simulator.of(GoGlobal.fit(), BeltAndRoad.countries()).withBands(Tiers.defaults().bands());

// 1. Kazakhstan's logistics at Poland's level (every indicator under 'logistics').
System.out.println(sim.apply(Scenario.named("KAZ logistics like POL").with(Change.like("logistics", "POL").forEntity("KAZ"))));

// 2. Central Asia's account ownership at the panel's 75th percentile, Uzbekistan's internet
//    use 5 points higher.
System.out.println(sim.apply(Scenario.named("Digital Central Asia").with(Change.toPercentile("account_ownership_pct", 75).forGroup("Central Asia")).with(Change.add("internet_users_pct", 5).forEntity("UZB"))));

// 3. Government acting on the diamond at twice its strength (0.25 -> 0.5), for everyone, no refit.
System.out.println(sim.apply(Scenario.named("Government twice as strong").with(Change.strength("government", 0.5))));

// A sweep: Kazakhstan's internet use from 60 to 100 % (values beyond the best observed are
// marked).
System.out.println(sim.sweep("KAZ", "internet_users_pct", 60, 100, 5));

// A solve: the internet use Kazakhstan needs for a readiness score of 49, all else equal.
System.out.println(sim.solve("KAZ", "internet_users_pct", Target.score(49)));

// A path to the next tier: the fewest plausible changes that lift Kazakhstan from Emerging to
// Ready, leaving population and growth alone.
System.out.println(sim.path("KAZ", Target.tier("Ready"), PathOptions.defaults().maxChanges(2).exclude(GoGlobal.assess().fixedColumns())));
/exit
