// China's cross-border e-commerce volume from the source paper: year-on-year growth and CAGR.
// Run after `mvn -B -q package -DskipTests`:
//   jshell --class-path target/diamond-score-cli.jar examples/seed-figures.jsh
import io.github.diamondscore.diamond.*;

// 1. The paper gives 2011 (1.7 trillion CNY) and 2016 (6.7); 2012-2015 are DERIVED from its
//    growth rates (marked in data/seed_figures.csv and in the table), not published figures.
var s = TimeSeries.chinaCrossBorderEcommerce();
System.out.println(s);
System.out.printf("CAGR 2011-2016: %.1f %% per year ((6.7 / 1.7)^(1/5) - 1)%n", s.cagr(2011, 2016));

// 2. The paper's growth rates beside the ones computed from the series.
for (var f : BeltAndRoad.seedFigures()) {
    if (f.metric().equals("year-on-year growth rate")) {
        int y = f.year().getAsInt();
        System.out.printf("%d: paper %.1f %%, computed %.1f %%%n", y, f.value(), s.yoyGrowth(y));
    }
}

// 3. Extend the series with years of your own (example inputs, not published figures); they
//    are marked "added".
var mine = s.with(2017, 8.06).with(2018, 9.0);
System.out.println(mine);
