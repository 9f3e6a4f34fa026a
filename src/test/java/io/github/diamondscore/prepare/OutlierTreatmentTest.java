package io.github.diamondscore.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.diamondscore.prepare.FittedOutlierTreatment.LogTransformed;
import io.github.diamondscore.prepare.FittedOutlierTreatment.Untouched;
import io.github.diamondscore.prepare.FittedOutlierTreatment.Winsorized;
import io.github.diamondscore.prepare.OutlierReport.Status;
import io.github.diamondscore.prepare.OutlierTreatment.Options;
import io.github.diamondscore.prepare.OutlierTreatment.Outcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/*
 * Expected numbers below come from this independent Python reference of the COINr loop
 * (SciPy 1.17.1, NumPy), run as `treat(column)`; the step lines it printed are quoted per test.
 *
 *   import numpy as np
 *   from scipy.stats import skew, kurtosis
 *   def mom(x):
 *       x = np.asarray([v for v in x if not np.isnan(v)], float)
 *       return skew(x, bias=False), kurtosis(x, bias=False)
 *   def passes(x, S=2, K=3.5):
 *       s, k = mom(x); return abs(s) < S or k < K
 *   def treat(x, winmax=5, S=2, K=3.5):
 *       x = np.array(x, float); orig = x.copy()
 *       if passes(x, S, K): return 'untouched', x
 *       changed = set()
 *       while not passes(x, S, K) and len(changed) < winmax:
 *           s, _ = mom(x); pres = x[~np.isnan(x)]
 *           if s >= 0:
 *               m = pres.max(); idx = np.where(x == m)[0]; rest = pres[pres < m]
 *               if len(rest) == 0: break
 *               x[idx] = rest.max()
 *           else:
 *               m = pres.min(); idx = np.where(x == m)[0]; rest = pres[pres > m]
 *               if len(rest) == 0: break
 *               x[idx] = rest.min()
 *           changed |= set(idx.tolist()); print(' step', sorted(changed), mom(x))
 *       if passes(x, S, K): return 'win', x, sorted(changed)
 *       mn, mx = np.nanmin(orig), np.nanmax(orig)
 *       y = np.log(orig - mn + 0.01 * (mx - mn)); print(' log', mom(y))
 *       return 'log', y
 */
class OutlierTreatmentTest {

  private static final double NAN = Double.NaN;
  private static final Options DEFAULTS = Options.defaults();

  /** 1..20, 100, 200, 400: rows 20, 21, 22 hold 100, 200, 400. */
  private static double[] twoStepColumn() {
    double[] x = new double[23];
    for (int i = 0; i < 20; i++) {
      x[i] = i + 1;
    }
    x[20] = 100;
    x[21] = 200;
    x[22] = 400;
    return x;
  }

  private static double[] zerosThen(int zeros, double... tail) {
    double[] x = new double[zeros + tail.length];
    System.arraycopy(tail, 0, x, zeros, tail.length);
    return x;
  }

  // ---------------------------------------------------------------- passing / not assessed

  /* 1,2,3,4,10: G1 = 1.2*sqrt(2) = 1.697 < 2 and G2 = 3.152 < 3.5 (see MomentsTest): passes. */
  @Test
  void fit_skewnessUnderThreshold_untouched() {
    double[] x = {1, 2, 3, 4, 10};
    Outcome outcome = OutlierTreatment.fit(x, "gdp", DEFAULTS);
    assertThat(outcome.treatment()).isEqualTo(new Untouched());
    assertThat(outcome.report().status()).isEqualTo(Status.PASSED);
    assertThat(outcome.report().pointsChanged()).isZero();
    assertThat(outcome.report().skewnessBefore()).isCloseTo(1.6970562748477143, within(1e-14));
    assertThat(outcome.report().skewnessAfter()).isEqualTo(outcome.report().skewnessBefore());
    assertThat(outcome.apply(x)).containsExactly(x);
  }

  /*
   * -10, 0 x8, 10: symmetric, so G1 = 0 < 2 passes even though G2 = 4.5 >= 3.5 (the check is an OR).
   *   >>> skew(x, bias=False), kurtosis(x, bias=False)  ->  (0.0, 4.5)
   */
  @Test
  void fit_heavyTailsButSymmetric_passesBecauseCheckIsOr() {
    double[] x = {-10, 0, 0, 0, 0, 0, 0, 0, 0, 10};
    Outcome outcome = OutlierTreatment.fit(x, "sym", DEFAULTS);
    assertThat(outcome.report().kurtosisBefore()).isCloseTo(4.5, within(1e-12));
    assertThat(outcome.report().status()).isEqualTo(Status.PASSED);
  }

  @Test
  void passes_eitherMomentUnderItsThreshold_strictly() {
    assertThat(DEFAULTS.passes(0.0, 4.5)).isTrue();
    assertThat(DEFAULTS.passes(2.5, 3.4)).isTrue();
    assertThat(DEFAULTS.passes(-1.99, 100)).isTrue();
    assertThat(DEFAULTS.passes(2.5, 4.0)).isFalse();
    assertThat(DEFAULTS.passes(-2.0, 3.5)).isFalse(); // thresholds themselves fail
    assertThat(DEFAULTS.passes(NAN, 3.0)).isTrue();
    assertThat(DEFAULTS.passes(NAN, NAN)).isFalse();
  }

  @Test
  void fit_tooFewOrEqualValues_notAssessedAndUntouched() {
    for (double[] x : List.of(new double[] {1, 2, 1000}, new double[] {5, 5, 5, 5, 5, 5},
        new double[] {NAN, NAN}, new double[0], new double[] {1, NAN, 2, NAN, 900})) {
      Outcome outcome = OutlierTreatment.fit(x, "thin", DEFAULTS);
      assertThat(outcome.treatment()).isInstanceOf(Untouched.class);
      assertThat(outcome.report().status()).isEqualTo(Status.NOT_ASSESSED);
      assertThat(outcome.report().describe()).contains("indicator 'thin': not assessed");
    }
  }

  // ---------------------------------------------------------------- winsorization

  /*
   * 1..20, 100, 200, 400 (n = 23). Python reference:
   *   start  (3.496484808613068, 12.784185657796014)        fails: |3.50| >= 2 and 12.78 >= 3.5
   *   step [22]      (2.6628502594305274, 6.102785859862289)  skew >= 0: max 400 (row 22) -> 200; 1 point
   *   step [21, 22]  (2.2051678607019487, 3.447419551915366)  max 200 (rows 21, 22) -> 100; 2 points
   * passes since 3.447 < 3.5. Caps: high 100 (a value of the column), low side untouched (-inf).
   * Column after: 1..20, 100, 100, 100.
   */
  @Test
  void fit_twoStepsToPass_capsAtThirdLargestValue() {
    double[] x = twoStepColumn();
    Outcome outcome = OutlierTreatment.fit(x, "exports", DEFAULTS);
    assertThat(outcome.treatment()).isEqualTo(new Winsorized(Double.NEGATIVE_INFINITY, 100, 2));
    OutlierReport report = outcome.report();
    assertThat(report.status()).isEqualTo(Status.WINSORIZED);
    assertThat(report.pointsChanged()).isEqualTo(2);
    assertThat(report.changedRows()).containsExactly(21, 22);
    assertThat(report.skewnessBefore()).isCloseTo(3.496484808613068, within(1e-12));
    assertThat(report.kurtosisBefore()).isCloseTo(12.784185657796014, within(1e-12));
    assertThat(report.skewnessAfter()).isCloseTo(2.2051678607019487, within(1e-12));
    assertThat(report.kurtosisAfter()).isCloseTo(3.447419551915366, within(1e-12));
    assertThat(report.passesAfter()).isTrue();
    double[] expected = x.clone();
    expected[21] = 100;
    expected[22] = 100;
    assertThat(outcome.apply(x)).containsExactly(expected);
    assertThat(report.describe()).isEqualTo("indicator 'exports': winsorized 2 points (row 21,"
        + " row 22); skewness 3.4965 -> 2.2052, kurtosis 12.7842 -> 3.4474");
    List<String> names = new ArrayList<>();
    for (int r = 0; r <= 22; r++) {
      names.add("E" + r);
    }
    assertThat(report.describe(names)).isEqualTo("indicator 'exports': winsorized 2 points"
        + " (E21, E22); skewness 3.4965 -> 2.2052, kurtosis 12.7842 -> 3.4474");
  }

  /* The mirror image -(1..20, 100, 200, 400): skewness -3.50, the low end is pulled in to -100. */
  @Test
  void fit_negativeSkew_winsorizesLowEnd() {
    double[] x = Arrays.stream(twoStepColumn()).map(v -> -v).toArray();
    Outcome outcome = OutlierTreatment.fit(x, "neg", DEFAULTS);
    assertThat(outcome.treatment()).isEqualTo(new Winsorized(-100, Double.POSITIVE_INFINITY, 2));
    assertThat(outcome.report().changedRows()).containsExactly(21, 22);
    assertThat(outcome.report().skewnessAfter()).isCloseTo(-2.2051678607019487, within(1e-12));
  }

  /* Missing values are ignored by the moments and stay where they were. */
  @Test
  void fit_missingValues_keptInPlaceAndIgnored() {
    double[] base = twoStepColumn();
    double[] x = new double[base.length + 3];
    x[0] = NAN;
    System.arraycopy(base, 0, x, 1, 10);
    x[11] = NAN;
    System.arraycopy(base, 10, x, 12, base.length - 10);
    x[x.length - 1] = NAN;
    // rows of 200 and 400 moved from 21, 22 to 23, 24
    Outcome outcome = OutlierTreatment.fit(x, "gaps", DEFAULTS);
    assertThat(outcome.treatment()).isEqualTo(new Winsorized(Double.NEGATIVE_INFINITY, 100, 2));
    assertThat(outcome.report().changedRows()).containsExactly(23, 24);
    double[] treated = outcome.apply(x);
    assertThat(treated[0]).isNaN();
    assertThat(treated[11]).isNaN();
    assertThat(treated[x.length - 1]).isNaN();
  }

  /*
   * 0 x40, 1, 10, 100, 1000, 10000, 100000 (rows 40..45). Python reference:
   *   start (6.68, 45.02)
   *   step [45] (4.593, 20.07)   100000 -> 10000
   *   step [44, 45] (3.621, 11.67)    -> 1000
   *   step [43, 44, 45] (3.018, 7.458)    -> 100
   *   step [42, 43, 44, 45] (2.590, 4.939)    -> 10
   *   step [41, 42, 43, 44, 45] (2.269372524045482, 3.2913583509513753)  -> 1, passes (3.29 < 3.5)
   * The 5th point passes exactly at the limit: winsorized, high cap 1.
   */
  @Test
  void fit_passesAtTheLimit_staysWinsorized() {
    double[] x = zerosThen(40, 1, 10, 100, 1000, 10000, 100000);
    Outcome outcome = OutlierTreatment.fit(x, "fdi", DEFAULTS);
    assertThat(outcome.treatment()).isEqualTo(new Winsorized(Double.NEGATIVE_INFINITY, 1, 5));
    assertThat(outcome.report().changedRows()).containsExactly(41, 42, 43, 44, 45);
    assertThat(outcome.report().skewnessAfter()).isCloseTo(2.269372524045482, within(1e-12));
    assertThat(outcome.report().kurtosisAfter()).isCloseTo(3.2913583509513753, within(1e-12));
  }

  /*
   * Ties: 0 x44, 1, 2, 2, 4, 8, 16, 32 (rows 44..50). Python reference:
   *   step [50]            32 -> 16
   *   step [49, 50]        16 -> 8
   *   step [48, 49, 50]    8 -> 4
   *   step [47, 48, 49, 50] (2.30, 3.54)  4 -> 2: 4 points, 4 < 5 so the loop goes on
   *   step [45..50] (2.1727030599545922, 2.830141796978533): the six points at 2 (rows 45, 46 and
   *        the four already pulled in) -> 1; the count jumps from 4 to 6, past the limit of 5.
   * Passes: winsorized with 6 points and high cap 1 (COINr counts nwin the same way).
   */
  @Test
  void fit_tiesAtTheCap_countMayPassTheLimitInOneStep() {
    double[] x = zerosThen(44, 1, 2, 2, 4, 8, 16, 32);
    Outcome outcome = OutlierTreatment.fit(x, "ties", DEFAULTS);
    assertThat(outcome.treatment()).isEqualTo(new Winsorized(Double.NEGATIVE_INFINITY, 1, 6));
    assertThat(outcome.report().changedRows()).containsExactly(45, 46, 47, 48, 49, 50);
    assertThat(outcome.report().kurtosisAfter()).isCloseTo(2.830141796978533, within(1e-12));
    double[] treated = outcome.apply(x);
    for (int i = 44; i <= 50; i++) {
      assertThat(treated[i]).isEqualTo(1.0);
    }
  }

  // ---------------------------------------------------------------- log transform

  /*
   * 0 x60, 1, 10, 100, ..., 1000000 (rows 60..66). Python reference: five steps bring it to
   * (2.932095975156262, 6.818723392501447), still failing, and 5 points are changed: the loop stops.
   * The original column is log-transformed: min 0, max 1e6, shift 0.01 * 1e6 = 10000, so
   *   log(0 + 10000) = 4 ln 10 = 9.210340371976184     log(1 + 10000) = 9.210440366976517
   *   log(1000000 + 10000) = ln 1010000 = 13.825460888817442    (math.log in Python)
   * and the transformed column has (6.277160813923551, 41.380378795851314): it still fails,
   * which is reported; COINr keeps the transform too.
   */
  @Test
  void fit_limitReachedStillFailing_logTransformsOriginal() {
    double[] x = zerosThen(60, 1, 10, 100, 1000, 10000, 100000, 1000000);
    Outcome outcome = OutlierTreatment.fit(x, "patents", DEFAULTS);
    assertThat(outcome.treatment()).isEqualTo(new LogTransformed(0, 1e6));
    double[] treated = outcome.apply(x);
    assertThat(treated[0]).isCloseTo(9.210340371976184, within(1e-14));
    assertThat(treated[60]).isCloseTo(9.210440366976517, within(1e-14));
    assertThat(treated[66]).isCloseTo(13.825460888817442, within(1e-14));
    OutlierReport report = outcome.report();
    assertThat(report.status()).isEqualTo(Status.LOG_TRANSFORMED);
    assertThat(report.pointsChanged()).isEqualTo(67);
    assertThat(report.skewnessAfter()).isCloseTo(6.277160813923551, within(1e-10));
    assertThat(report.kurtosisAfter()).isCloseTo(41.380378795851314, within(1e-9));
    assertThat(report.passesAfter()).isFalse();
    assertThat(report.describe()).contains("log-transformed (still fails)");
  }

  /*
   * Same tail as the ties test with 60 zeros: after the tie step the count is 6 (> 5) and it
   * still fails (2.645740448158028, 5.152925824175824), so the original is log-transformed:
   * min 0, max 32, shift 0.32; log(0.32) = -1.1394342831883648, log(32.32) = 3.4756862336528944.
   * Transformed moments (3.3309996342909756, 10.67716127902583).
   */
  @Test
  void fit_tieStepPastLimitStillFailing_logTransforms() {
    double[] x = zerosThen(60, 1, 2, 2, 4, 8, 16, 32);
    Outcome outcome = OutlierTreatment.fit(x, "ties60", DEFAULTS);
    assertThat(outcome.treatment()).isEqualTo(new LogTransformed(0, 32));
    double[] treated = outcome.apply(x);
    assertThat(treated[0]).isCloseTo(-1.1394342831883648, within(1e-14));
    assertThat(treated[66]).isCloseTo(3.4756862336528944, within(1e-14));
    assertThat(outcome.report().skewnessAfter()).isCloseTo(3.3309996342909756, within(1e-10));
    assertThat(outcome.report().kurtosisAfter()).isCloseTo(10.67716127902583, within(1e-9));
  }

  /*
   * 1 x20, 2, 4, ..., 1024 with the limit lowered to 2. Python reference (winmax=5) steps:
   *   step [29]      (2.99, 8.25)   1024 -> 512
   *   step [28, 29]  (2.4079111474489734, 4.496290403507258)  512 -> 256
   * With maxWinsorizedPoints = 2 the loop stops here failing: log of the original (min 1, max 1024).
   * With the default 5 a third step (128, moments 1.99, 2.38) passes: winsorized, 3 points.
   */
  @Test
  void fit_lowerPointLimit_fallsBackToLog() {
    double[] x = new double[30];
    Arrays.fill(x, 0, 20, 1);
    for (int k = 1; k <= 10; k++) {
      x[19 + k] = Math.pow(2, k);
    }
    assertThat(OutlierTreatment.fit(x, "g", DEFAULTS).treatment())
        .isEqualTo(new Winsorized(Double.NEGATIVE_INFINITY, 128, 3));
    Outcome limited = OutlierTreatment.fit(x, "g", DEFAULTS.withMaxWinsorizedPoints(2));
    assertThat(limited.treatment()).isEqualTo(new LogTransformed(1, 1024));
    // log(1 - 1 + 0.01 * 1023) = ln 10.23
    assertThat(limited.apply(x)[0]).isCloseTo(Math.log(10.23), within(1e-15));
  }

  @Test
  void fit_zeroPointLimit_goesStraightToLog() {
    Outcome outcome = OutlierTreatment.fit(twoStepColumn(), "z", DEFAULTS.withMaxWinsorizedPoints(0));
    assertThat(outcome.treatment()).isEqualTo(new LogTransformed(1, 400));
  }

  /* 0 x8, 1: one step makes it constant (moments undefined = failing); the loop stops and logs. */
  @Test
  void fit_winsorizingToConstant_fallsBackToLog() {
    double[] x = zerosThen(8, 1);
    Outcome outcome = OutlierTreatment.fit(x, "binary", DEFAULTS);
    assertThat(outcome.treatment()).isEqualTo(new LogTransformed(0, 1));
  }

  // ---------------------------------------------------------------- apply online

  @Test
  void winsorizedApply_outsideReference_cappedOnlyOnTreatedSide() {
    Winsorized w = new Winsorized(Double.NEGATIVE_INFINITY, 100, 2);
    assertThat(w.apply(1000)).isEqualTo(100.0);
    assertThat(w.apply(-5)).isEqualTo(-5.0);
    assertThat(w.apply(Double.POSITIVE_INFINITY)).isEqualTo(100.0);
    assertThat(w.apply(NAN)).isNaN();
    Winsorized both = new Winsorized(-1, 1, 4);
    assertThat(both.apply(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
    assertThat(both.apply(0.25)).isEqualTo(0.25);
  }

  /*
   * min 0, max 100: shift 1. log(max(x, 0) - 0 + 1): x = -50 -> log 1 = 0 (raised to min);
   * x = 99 -> log 100 = 4.605170185988092; x = 200 (beyond max) -> log 201 = 5.303304908059076.
   */
  @Test
  void logApply_belowMin_raisedToMin() {
    LogTransformed log = new LogTransformed(0, 100);
    assertThat(log.apply(-50)).isEqualTo(0.0);
    assertThat(log.apply(-0.999)).isEqualTo(0.0);
    assertThat(log.apply(99)).isCloseTo(4.605170185988092, within(1e-15));
    assertThat(log.apply(200)).isCloseTo(5.303304908059076, within(1e-15));
    assertThat(log.apply(NAN)).isNaN();
    assertThat(log.apply(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(log.apply(Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
  }

  @Test
  void fittedTreatment_serialized_appliesIdentically() throws IOException, ClassNotFoundException {
    for (double[] x : List.of(twoStepColumn(), zerosThen(60, 1, 10, 100, 1000, 10000, 100000, 1000000),
        new double[] {1, 2, 3, 4, 10})) {
      Outcome outcome = OutlierTreatment.fit(x, "s", DEFAULTS);
      Outcome copy = roundTrip(outcome);
      assertThat(copy).isEqualTo(outcome);
      for (double v : x) {
        assertThat(Double.doubleToRawLongBits(copy.treatment().apply(v)))
            .isEqualTo(Double.doubleToRawLongBits(outcome.treatment().apply(v)));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  // ---------------------------------------------------------------- rejections

  @Test
  void fit_infiniteValue_rejectedNamingIndicatorAndRow() {
    assertThatThrownBy(() -> OutlierTreatment.fit(new double[] {1, 2, Double.POSITIVE_INFINITY, 4, 5},
        "gdp_pc", DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicator 'gdp_pc' row 2 is Infinity")
        .hasMessageContaining("finite");
  }

  @Test
  void fit_blankIndicator_rejected() {
    assertThatThrownBy(() -> OutlierTreatment.fit(new double[] {1, 2}, " ", DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicatorId (blank)");
  }

  @Test
  void options_invalid_rejectedNamingSetting() {
    assertThatThrownBy(() -> DEFAULTS.withSkewThreshold(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("skewThreshold (0.0) must be a finite number > 0");
    assertThatThrownBy(() -> DEFAULTS.withSkewThreshold(NAN))
        .hasMessageContaining("skewThreshold (NaN)");
    assertThatThrownBy(() -> DEFAULTS.withSkewThreshold(Double.POSITIVE_INFINITY))
        .hasMessageContaining("skewThreshold (Infinity)");
    assertThatThrownBy(() -> DEFAULTS.withKurtosisThreshold(NAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kurtosisThreshold (NaN) must be a finite number");
    assertThatThrownBy(() -> DEFAULTS.withMaxWinsorizedPoints(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxWinsorizedPoints (-1) must be >= 0");
  }

  @Test
  void options_defaults_areJrcValues() {
    assertThat(DEFAULTS).isEqualTo(new Options(2.0, 3.5, 5));
    assertThat(DEFAULTS.withKurtosisThreshold(-1).kurtosisThreshold()).isEqualTo(-1.0);
  }

  @Test
  void winsorized_invalidCaps_rejected() {
    assertThatThrownBy(() -> new Winsorized(5, 5, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("winsorization caps [5.0, 5.0] must satisfy lowCap < highCap");
    assertThatThrownBy(() -> new Winsorized(NAN, 5, 1)).hasMessageContaining("caps [NaN, 5.0]");
    assertThatThrownBy(() -> new Winsorized(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 1))
        .hasMessageContaining("caps [Infinity, Infinity]");
    assertThatThrownBy(() -> new Winsorized(0, 5, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pointsChanged (-1) must be >= 0");
  }

  @Test
  void logTransformed_invalidRange_rejected() {
    assertThatThrownBy(() -> new LogTransformed(3, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("log transform range [3.0, 3.0] must be finite with min < max");
    assertThatThrownBy(() -> new LogTransformed(0, Double.POSITIVE_INFINITY))
        .hasMessageContaining("[0.0, Infinity]");
  }

  @Test
  void report_inconsistentCount_rejected() {
    assertThatThrownBy(() -> new OutlierReport("x", Status.WINSORIZED, 2, List.of(1), 0, 0, 0, 0, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pointsChanged (2) must equal the number of changed rows (1) for indicator 'x'");
    assertThatThrownBy(() -> new OutlierReport("x", Status.WINSORIZED, 1, List.of(-3), 0, 0, 0, 0, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("changed row (-3) must be >= 0 for indicator 'x'");
  }

  // ---------------------------------------------------------------- properties

  static IntStream seeds() {
    return IntStream.rangeClosed(1, 60);
  }

  /** Heavy-tailed column with gaps and ties, possibly mirrored, so all branches occur. */
  private static double[] generated(SplittableRandom random) {
    int n = 4 + random.nextInt(60);
    double[] x = new double[n];
    double spread = 0.5 + random.nextDouble() * 3;
    boolean mirror = random.nextBoolean();
    for (int i = 0; i < n; i++) {
      if (random.nextInt(10) == 0) {
        x[i] = NAN;
        continue;
      }
      double v = Math.exp(spread * gaussian(random));
      v = random.nextInt(3) == 0 ? Math.rint(v) : v; // ties
      x[i] = mirror ? -v : v;
    }
    return x;
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  private static Options generatedOptions(SplittableRandom random) {
    return new Options(1 + random.nextDouble() * 2, 1 + random.nextDouble() * 5, random.nextInt(9));
  }

  /**
   * The literal COINr loop, in place on a copy (no caps involved): returns the batch-treated
   * column that {@code apply} must reproduce bit for bit, or null when it log-transforms.
   */
  private static double[] literalWinsorize(double[] original, Options options, int[] changedOut) {
    double[] x = original.clone();
    boolean[] changed = new boolean[x.length];
    int count = 0;
    while (!options.passes(Moments.skewness(x), Moments.kurtosis(x)) && count < options.maxWinsorizedPoints()) {
      boolean high = Moments.skewness(x) >= 0;
      double extreme = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      for (double v : x) {
        if (!Double.isNaN(v)) {
          extreme = high ? Math.max(extreme, v) : Math.min(extreme, v);
        }
      }
      double next = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      for (double v : x) {
        if (!Double.isNaN(v) && v != extreme) {
          next = high ? Math.max(next, v) : Math.min(next, v);
        }
      }
      if (Double.isInfinite(next)) {
        break; // nothing strictly beyond is left
      }
      for (int i = 0; i < x.length; i++) {
        if (x[i] == extreme) {
          x[i] = next;
          changed[i] = true;
        }
      }
      count = 0;
      for (boolean c : changed) {
        count += c ? 1 : 0;
      }
    }
    changedOut[0] = count;
    return options.passes(Moments.skewness(x), Moments.kurtosis(x)) ? x : null;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void apply_equalsLiteralBatchTreatment_bitForBit(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] x = generated(random);
    Options options = generatedOptions(random);
    Outcome outcome = OutlierTreatment.fit(x, "p" + seed, options);
    double[] treated = outcome.apply(x);
    Status status = outcome.report().status();
    double[] expected;
    if (status == Status.NOT_ASSESSED || status == Status.PASSED) {
      expected = x;
    } else {
      int[] count = new int[1];
      double[] literal = literalWinsorize(x, options, count);
      if (literal != null && count[0] > 0) {
        assertThat(status).isEqualTo(Status.WINSORIZED);
        assertThat(outcome.report().pointsChanged()).isEqualTo(count[0]);
        expected = literal;
      } else {
        assertThat(status).isEqualTo(Status.LOG_TRANSFORMED);
        double min = Arrays.stream(x).filter(v -> !Double.isNaN(v)).min().orElseThrow();
        double max = Arrays.stream(x).filter(v -> !Double.isNaN(v)).max().orElseThrow();
        expected = Arrays.stream(x).map(v -> Math.log(v - min + 0.01 * (max - min))).toArray();
      }
    }
    for (int i = 0; i < x.length; i++) {
      assertThat(Double.doubleToRawLongBits(treated[i]))
          .as("row %d of seed %d", i, seed)
          .isEqualTo(Double.doubleToRawLongBits(expected[i]));
      assertThat(Double.doubleToRawLongBits(outcome.treatment().apply(x[i])))
          .isEqualTo(Double.doubleToRawLongBits(treated[i]));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void fit_anyColumn_keepsOrderAndMissingPositions(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] x = generated(random);
    double[] treated = OutlierTreatment.fit(x, "p", generatedOptions(random)).apply(x);
    for (int i = 0; i < x.length; i++) {
      assertThat(Double.isNaN(treated[i])).as("NaN at row %d", i).isEqualTo(Double.isNaN(x[i]));
      for (int j = 0; j < x.length; j++) {
        if (x[i] <= x[j]) {
          assertThat(treated[i]).as("rows %d <= %d", i, j).isLessThanOrEqualTo(treated[j]);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void winsorization_onlyTouchesExtremePoints(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] x = generated(random);
    Outcome outcome = OutlierTreatment.fit(x, "p", generatedOptions(random));
    if (!(outcome.treatment() instanceof Winsorized)) {
      return;
    }
    Winsorized w = (Winsorized) outcome.treatment();
    List<Integer> beyond = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (x[i] > w.highCap() || x[i] < w.lowCap()) {
        beyond.add(i);
      }
    }
    assertThat(outcome.report().changedRows()).isEqualTo(beyond);
    // every value at least as extreme as a changed one is changed too
    double[] treated = outcome.apply(x);
    for (int i : beyond) {
      for (int j = 0; j < x.length; j++) {
        boolean moreExtreme = x[i] > w.highCap() ? x[j] >= x[i] : x[j] <= x[i];
        if (moreExtreme) {
          assertThat(treated[j]).isNotEqualTo(x[j]);
        }
      }
    }
    // caps are values of the reference column
    assertThat(Double.isInfinite(w.highCap()) || Arrays.stream(x).anyMatch(v -> v == w.highCap())).isTrue();
    assertThat(Double.isInfinite(w.lowCap()) || Arrays.stream(x).anyMatch(v -> v == w.lowCap())).isTrue();
  }

  /** The seeded cases must reach every branch, or the properties above prove little. */
  @Test
  void generatedCases_coverEveryStatus() {
    java.util.EnumSet<Status> seen = java.util.EnumSet.noneOf(Status.class);
    seeds().forEach(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      double[] x = generated(random);
      seen.add(OutlierTreatment.fit(x, "p", generatedOptions(random)).report().status());
    });
    assertThat(seen).contains(Status.PASSED, Status.WINSORIZED, Status.LOG_TRANSFORMED);
  }
}
