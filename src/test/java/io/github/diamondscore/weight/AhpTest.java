package io.github.diamondscore.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AhpTest {

  static IntStream seeds() {
    return IntStream.rangeClosed(1, 50);
  }

  /**
   * Saaty, T. L. (2008), "Decision making with the analytic hierarchy process", Int. J. Services
   * Sciences 1(1):83–98, the drink-consumption-in-the-US table: judgements and the derived
   * priorities coffee .177, wine .019, tea .042, beer .116, sodas .190, milk .129, water .327,
   * CR = .022 (the same numbers are asserted by the AHPy test-suite for this example).
   */
  private static final List<String> DRINKS =
      List.of("coffee", "wine", "tea", "beer", "sodas", "milk", "water");

  private static PairwiseMatrix drinks() {
    return PairwiseMatrix.fromUpperTriangle(DRINKS,
        9, 5, 2, 1, 1, 1.0 / 2,
        1.0 / 3, 1.0 / 9, 1.0 / 9, 1.0 / 9, 1.0 / 9,
        1.0 / 3, 1.0 / 4, 1.0 / 3, 1.0 / 9,
        1.0 / 2, 1, 1.0 / 3,
        2, 1.0 / 2,
        1.0 / 3);
  }

  private static final List<String> FOUR = List.of("cost", "quality", "service", "speed");

  @Test
  void derive_saatyDrinkExample_reproducesPublishedPrioritiesAndCr() {
    DerivedWeights w = Ahp.weights(drinks());
    double[] published = {0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327};
    for (int i = 0; i < published.length; i++) {
      assertThat(w.weight(DRINKS.get(i))).as(DRINKS.get(i)).isCloseTo(published[i], within(0.0005));
    }
    assertThat(w.diagnostics().get("CR")).isCloseTo(0.022, within(0.0005));
    assertThat(w.diagnostics().get("RI")).isEqualTo(1.32);
    assertThat(w.warnings()).isEmpty();
  }

  @Test
  void derive_saatyDrinkExample_matchesNumpyEigenvectorToFullPrecision() {
    // ev, vec = np.linalg.eig(A); k = argmax(ev.real); w = |vec[:, k]|; w /= w.sum()
    // -> [0.1774567474 0.019149476 0.0418311817 0.1164170317 0.1895723753 0.1287805485
    //     0.3267926393], lambda = 7.17662903933035, CI = 0.029438173221725, CR = 0.0223016464
    double[] expected = {0.1774567474, 0.019149476, 0.0418311817, 0.1164170317, 0.1895723753,
        0.1287805485, 0.3267926393};
    DerivedWeights w = Ahp.weights(drinks());
    for (int i = 0; i < expected.length; i++) {
      assertThat(w.weights()[i]).isCloseTo(expected[i], within(1e-9));
    }
    assertThat(w.diagnostics().get("lambdaMax")).isCloseTo(7.17662903933035, within(1e-9));
    assertThat(w.diagnostics().get("CI")).isCloseTo(0.029438173221725, within(1e-9));
    assertThat(w.diagnostics().get("CR")).isCloseTo(0.0223016464, within(1e-9));
    assertThat(w.diagnostics().keySet())
        .containsExactly("n", "lambdaMax", "CI", "RI", "CR", "threshold", "maxJudgementRatio");
  }

  @Test
  void derive_geometricMeanPriority_matchesNumpyRowGeometricMeans() {
    // gm = np.prod(A, 1) ** (1/7); gm /= gm.sum(); lam = np.mean(A @ gm / gm)
    // -> [0.1787233846 0.0184606162 0.0422343873 0.1164983978 0.1911355092 0.1286246593
    //     0.3243230457], lam = 7.175289200743359, CR = 0.022132474841333214
    double[] expected = {0.1787233846, 0.0184606162, 0.0422343873, 0.1164983978, 0.1911355092,
        0.1286246593, 0.3243230457};
    DerivedWeights w = Ahp.defaults().withPriority(Ahp.Priority.GEOMETRIC_MEAN).derive(drinks());
    for (int i = 0; i < expected.length; i++) {
      assertThat(w.weights()[i]).isCloseTo(expected[i], within(1e-9));
    }
    assertThat(w.diagnostics().get("lambdaMax")).isCloseTo(7.175289200743359, within(1e-9));
    assertThat(w.diagnostics().get("CR")).isCloseTo(0.022132474841333214, within(1e-9));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void derive_perfectlyConsistentMatrix_returnsGeneratingWeightsWithZeroCr(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 3 + rnd.nextInt(8);
    double[] g = new double[n];
    double sum = 0;
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      g[i] = 1 + 2 * rnd.nextDouble();
      sum += g[i];
      labels.add("i" + i);
    }
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = g[i] / g[j];
      }
    }
    PairwiseMatrix m = PairwiseMatrix.of(labels, a);
    for (Ahp.Priority p : Ahp.Priority.values()) {
      DerivedWeights w = Ahp.defaults().withPriority(p).derive(m);
      for (int i = 0; i < n; i++) {
        assertThat(w.weights()[i]).as("seed %d %s item %d", seed, p, i)
            .isCloseTo(g[i] / sum, within(1e-12));
      }
      assertThat(w.diagnostics().get("CR")).isCloseTo(0, within(1e-12));
      assertThat(w.diagnostics().get("lambdaMax")).isCloseTo(n, within(1e-10));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void derive_randomSaatyScaleMatrix_weightsPositiveAndSumToOne(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 2 + rnd.nextInt(9);
    double[] scale = {1.0 / 9, 1.0 / 7, 1.0 / 5, 1.0 / 3, 1, 3, 5, 7, 9};
    double[] upper = new double[n * (n - 1) / 2];
    for (int k = 0; k < upper.length; k++) {
      upper[k] = scale[rnd.nextInt(scale.length)];
    }
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      labels.add("c" + i);
    }
    DerivedWeights w = Ahp.defaults().acceptingInconsistency()
        .derive(PairwiseMatrix.fromUpperTriangle(labels, upper));
    double total = 0;
    for (double v : w.weights()) {
      assertThat(v).isPositive();
      total += v;
    }
    assertThat(total).isCloseTo(1, within(1e-12));
    assertThat(w.diagnostics().get("CR")).isGreaterThanOrEqualTo(0);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void derive_reorderedItems_permutesWeightsAndKeepsCr(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[][] a = drinks().toArray();
    int n = a.length;
    int[] perm = IntStream.range(0, n).toArray();
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    double[][] b = new double[n][n];
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      labels.add(DRINKS.get(perm[i]));
      for (int j = 0; j < n; j++) {
        b[i][j] = a[perm[i]][perm[j]];
      }
    }
    DerivedWeights original = Ahp.weights(drinks());
    DerivedWeights permuted = Ahp.weights(PairwiseMatrix.of(labels, b));
    for (String label : DRINKS) {
      assertThat(permuted.weight(label)).isCloseTo(original.weight(label), within(1e-12));
    }
    assertThat(permuted.diagnostics().get("CR"))
        .isCloseTo(original.diagnostics().get("CR"), within(1e-12));
  }

  @Test
  void derive_crAboveThreshold_rejectedShowingCrAndMostInconsistentJudgement() {
    // Consistent weights 8:4:2:1 except cost/speed, judged 1/8 instead of 8.
    // numpy: CR = 1.0128 (RI 0.90), worst cell (0, 3) with departure 5.277, w0/w3 = 0.6597.
    PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(FOUR, 2, 4, 1.0 / 8, 2, 4, 2);
    assertThatThrownBy(() -> Ahp.weights(m))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("consistency ratio CR = 1.0128 exceeds the threshold 0.10")
        .hasMessageContaining("RI(4) = 0.90 [Saaty]")
        .hasMessageContaining("the most inconsistent judgement is ('cost', 'speed') [0][3] = 1/8 "
            + "where the weights imply 0.6597")
        .hasMessageContaining("acceptingInconsistency()");
  }

  @Test
  void acceptingInconsistency_crAboveThreshold_returnsWeightsWithWarning() {
    // numpy: w = [0.217612046681 0.301673418337 0.150836709169 0.329877825813]
    PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(FOUR, 2, 4, 1.0 / 8, 2, 4, 2);
    DerivedWeights w = Ahp.defaults().acceptingInconsistency().derive(m);
    assertThat(w.weights()).containsExactly(new double[] {0.217612046681, 0.301673418337,
        0.150836709169, 0.329877825813}, within(1e-9));
    assertThat(w.warnings()).singleElement().asString()
        .contains("CR = 1.0128").contains("('cost', 'speed')").contains("accepted as requested");
    assertThat(w.diagnostics().get("maxJudgementRatio")).isCloseTo(5.27739737933698, within(1e-9));
  }

  @Test
  void withThreshold_lowerThanCr_rejectsMatrixAcceptedByDefault() {
    // numpy: CR = 0.0923058, worst cell (2, 3) = 1/2 where w2/w3 = 0.9654.
    PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(FOUR, 2, 4, 8, 2, 4, 1.0 / 2);
    assertThat(Ahp.weights(m).diagnostics().get("CR")).isCloseTo(0.09230583199382406, within(1e-9));
    assertThatThrownBy(() -> Ahp.defaults().withThreshold(0.05).derive(m))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CR = 0.0923 exceeds the threshold 0.05")
        .hasMessageContaining("('service', 'speed') [2][3] = 1/2 where the weights imply 0.9654");
  }

  @Test
  void withThreshold_notPositive_rejected() {
    assertThatThrownBy(() -> Ahp.defaults().withThreshold(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threshold (0.0) must be finite and > 0");
    assertThatThrownBy(() -> Ahp.defaults().withThreshold(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threshold (NaN)");
  }

  @Test
  void derive_twoItems_crIsZero() {
    // w = (4/5, 1/5): the eigenvector of [[1, 4], [1/4, 1]] is (4, 1).
    DerivedWeights w = Ahp.weights(PairwiseMatrix.fromUpperTriangle(List.of("a", "b"), 4));
    assertThat(w.weights()).containsExactly(new double[] {0.8, 0.2}, within(1e-12));
    assertThat(w.diagnostics().get("CR")).isZero();
    assertThat(w.diagnostics().get("lambdaMax")).isCloseTo(2, within(1e-12));
  }

  @Test
  void derive_oneItem_weightOne() {
    DerivedWeights w = Ahp.weights(PairwiseMatrix.of(List.of("only"), new double[][] {{1}}));
    assertThat(w.weights()).containsExactly(1.0);
    assertThat(w.diagnostics().get("CR")).isZero();
  }

  @Test
  void derive_moreItemsThanSaatyTable_rejectedSuggestingSplitOrTable() {
    List<String> labels = new ArrayList<>();
    double[][] a = new double[16][16];
    for (int i = 0; i < 16; i++) {
      labels.add("x" + i);
      java.util.Arrays.fill(a[i], 1);
    }
    PairwiseMatrix m = PairwiseMatrix.of(labels, a);
    assertThatThrownBy(() -> Ahp.weights(m))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("covers n = 1..15 but the matrix has n = 16")
        .hasMessageContaining("RandomIndex.of");
  }

  @Test
  void withRandomIndex_customTable_usedForCr() {
    // CR = CI / RI(4) with RI(4) = 1.0 instead of 0.90: 0.08307524879444166 / 1.0.
    PairwiseMatrix m = PairwiseMatrix.fromUpperTriangle(FOUR, 2, 4, 8, 2, 4, 1.0 / 2);
    DerivedWeights w = Ahp.defaults()
        .withRandomIndex(RandomIndex.of("test", 0, 0, 0.4, 1.0)).derive(m);
    assertThat(w.diagnostics().get("RI")).isEqualTo(1.0);
    assertThat(w.diagnostics().get("CR")).isCloseTo(0.08307524879444166, within(1e-9));
  }

  @Test
  void randomIndex_saaty_hasTheDocumentedTable() {
    RandomIndex ri = RandomIndex.saaty();
    assertThat(ri.maxSize()).isEqualTo(15);
    double[] expected = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56,
        1.57, 1.59};
    for (int n = 1; n <= 15; n++) {
      assertThat(ri.value(n)).isEqualTo(expected[n - 1]);
    }
    assertThat(ri.name()).isEqualTo("Saaty");
  }

  @Test
  void randomIndexOf_zeroForThreeItems_rejected() {
    assertThatThrownBy(() -> RandomIndex.of("bad", 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RI(3) = 0.0 in table 'bad' must be finite and > 0");
  }

  @Test
  void randomIndexValue_outsideTable_rejected() {
    assertThatThrownBy(() -> RandomIndex.saaty().value(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("covers n = 1..15 but the matrix has n = 0");
  }

  @Test
  void derive_groupOfExperts_usesGeometricMeanMatrix() {
    // Experts 2 and 8 on (a, b), consistent elsewhere: group judgement sqrt(16) = 4 on (a, b).
    List<String> ab = List.of("a", "b");
    PairwiseMatrix g = PairwiseMatrix.geometricMean(List.of(
        PairwiseMatrix.fromUpperTriangle(ab, 2), PairwiseMatrix.fromUpperTriangle(ab, 8)));
    assertThat(Ahp.weights(g).weights()).containsExactly(new double[] {0.8, 0.2}, within(1e-12));
  }

  @Test
  void toString_namesSettings() {
    assertThat(Ahp.defaults().toString())
        .isEqualTo("Ahp[priority=EIGENVECTOR, threshold=0.1, randomIndex=Saaty, acceptInconsistent=false]");
  }

  @Test
  void randomIndexOf_blankNameOrNoValues_rejected() {
    assertThatThrownBy(() -> RandomIndex.of(" ", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("random index table name must not be blank");
    assertThatThrownBy(() -> RandomIndex.of("empty"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("random index table 'empty' has no values");
  }
}
