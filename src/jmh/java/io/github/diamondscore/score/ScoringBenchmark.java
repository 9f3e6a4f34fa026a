package io.github.diamondscore.score;

import io.github.diamondscore.data.Observation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.normalize.Normalization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Online and batch scoring of a 25-indicator, three-level index (the size of the bundled
 * go-global model). Run with
 * {@code mvn -B -q -Pbench test-compile exec:exec -Dbench.args="ScoringBenchmark"}.
 *
 * <p>{@code scoreObservation} is the service path (one request, contributions included);
 * {@code scorePanel} scores {@code rows} entities in batch; {@code fit} learns the parameters.
 * Compare each to {@code baselineSum}, a plain loop over the same raw values measured in the same
 * run, rather than trusting absolute times on a shared machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScoringBenchmark {
  @Param({"1000"})
  public int rows;

  private Index index;
  private Panel panel;
  private FittedIndex fitted;
  private Observation observation;
  private double[][] raw;

  @Setup
  public void setup() {
    SplittableRandom rnd = new SplittableRandom(42);
    List<String> ids = new ArrayList<>();
    List<Node> areas = new ArrayList<>();
    for (int a = 0; a < 5; a++) {
      List<Node> kids = new ArrayList<>();
      for (int k = 0; k < 5; k++) {
        String id = "i" + a + "_" + k;
        ids.add(id);
        kids.add(rnd.nextBoolean() ? Indicator.of(id) : Indicator.of(id).lowerIsBetter());
      }
      areas.add(Composite.of("area" + a, kids).geometric());
    }
    Framework fw = Framework.of(Composite.of("root", areas));
    Panel.Builder b = Panel.builder(ids);
    raw = new double[rows][ids.size()];
    for (int r = 0; r < rows; r++) {
      for (int j = 0; j < ids.size(); j++) {
        raw[r][j] = rnd.nextInt(10) == 0 ? Double.NaN : rnd.nextDouble(0, 100);
      }
      b.add("e" + r, raw[r]);
    }
    panel = b.build();
    index = Index.builder(fw).normalization(Normalization.minMax(1, 100)).build();
    fitted = index.fit(panel);
    Map<String, Double> values = new LinkedHashMap<>();
    for (int j = 0; j < ids.size(); j++) {
      values.put(ids.get(j), raw[7][j]);
    }
    observation = Observation.of("e7", values);
  }

  @Benchmark
  public double scoreObservation() {
    return fitted.score(observation).total();
  }

  @Benchmark
  public Scores scorePanel() {
    return fitted.score(panel);
  }

  @Benchmark
  public FittedIndex fit() {
    return index.fit(panel);
  }

  @Benchmark
  public double baselineSum() {
    double s = 0;
    for (double[] row : raw) {
      for (double v : row) {
        if (!Double.isNaN(v)) {
          s += v;
        }
      }
    }
    return s;
  }
}
