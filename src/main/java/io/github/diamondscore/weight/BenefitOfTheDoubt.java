package io.github.diamondscore.weight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Benefit-of-the-doubt weights: each entity gets the weights that show it in the best light,
 * subject to no entity scoring above 1 with those weights (data envelopment analysis with a
 * single dummy input; OECD/JRC <i>Handbook on Constructing Composite Indicators</i>, 2008,
 * Step 6, "benefit of the doubt approach"; Cherchye, Moesen, Rogge and Van Puyenbroeck 2007, Social Indicators Research
 * 82:111–145; R package Compind, {@code ci_bod}).
 *
 * <p>For each entity {@code i}, with data {@code x} (normalized, oriented so that higher is
 * better, all values {@code >= 0}), solve the linear programme
 * <pre>
 * maximize    CI_i = Σ_j w_ij x_ij
 * subject to  Σ_j w_ij x_kj &lt;= 1      for every entity k
 *             w_ij &gt;= 0
 * </pre>
 * and, with {@linkplain #shareRestricted share restrictions}, for every indicator {@code j}
 * <pre>
 *             L_j Σ_l w_il x_il &lt;= w_ij x_ij &lt;= U_j Σ_l w_il x_il
 * </pre>
 * so that indicator {@code j}'s share of entity {@code i}'s score lies in {@code [L_j, U_j]}
 * (the "pie share" restrictions of the Handbook). Shares are used rather than plain bounds on
 * {@code w_j} because they do not depend on the units of the data. Each programme is solved with
 * commons-math3's {@link SimplexSolver} (Bland's rule, so degenerate programmes do not cycle).
 *
 * <p>Scores lie in {@code [0, 1]} (solver noise within 1e-9 of a bound is clamped); the entities
 * on the frontier score 1. An entity that is zero on every indicator scores 0 with all weights 0.
 * An entity that is zero on an indicator with a positive lower share can only meet that share with
 * all weights 0, so it scores 0; the result records a warning naming the entity and indicator
 * (lower that bound, or impute a small positive value, if this is not intended).
 * The weights of one entity are not unique when its optimum is degenerate; the solver's vertex is
 * returned.
 *
 * <p>Non-finite values: BoD needs complete data; a NaN or infinite value is rejected, naming its
 * entity row and indicator, and so is a negative value.
 */
public final class BenefitOfTheDoubt {

  private static final double CLAMP = 1e-9;

  private final double[] lower;
  private final double[] upper;

  private BenefitOfTheDoubt(double[] lower, double[] upper) {
    this.lower = lower;
    this.upper = upper;
  }

  /**
   * Returns the unrestricted model: any non-negative weights.
   *
   * @return the model
   */
  public static BenefitOfTheDoubt unrestricted() {
    return new BenefitOfTheDoubt(null, null);
  }

  /**
   * Returns the model with share restrictions: indicator {@code j}'s share of every entity's score
   * must lie in {@code [lower[j], upper[j]]}.
   *
   * @param lower the smallest share per indicator, in {@code [0, 1]} (copied)
   * @param upper the largest share per indicator, in {@code [0, 1]} (copied)
   * @return the model
   * @throws IllegalArgumentException if the arrays differ in length, a bound is outside
   *     {@code [0, 1]}, a lower bound exceeds its upper bound, the lower bounds sum to more than 1
   *     or the upper bounds to less than 1 (no shares could satisfy them)
   */
  public static BenefitOfTheDoubt shareRestricted(double[] lower, double[] upper) {
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    if (lower.length != upper.length || lower.length == 0) {
      throw new IllegalArgumentException(Checks.fmt(
          "share bounds need one lower and one upper bound per indicator but got %d lower and %d "
              + "upper", lower.length, upper.length));
    }
    double sumLower = 0;
    double sumUpper = 0;
    for (int j = 0; j < lower.length; j++) {
      if (!(lower[j] >= 0 && lower[j] <= 1) || !(upper[j] >= 0 && upper[j] <= 1)) {
        throw new IllegalArgumentException(Checks.fmt(
            "share bounds of indicator %d ([%s, %s]) must lie in [0, 1]", j, lower[j], upper[j]));
      }
      if (lower[j] > upper[j]) {
        throw new IllegalArgumentException(Checks.fmt(
            "share bounds of indicator %d: lower %s exceeds upper %s", j, lower[j], upper[j]));
      }
      sumLower += lower[j];
      sumUpper += upper[j];
    }
    if (sumLower > 1 + 1e-12 || sumUpper < 1 - 1e-12) {
      throw new IllegalArgumentException(Checks.fmt(
          "share bounds cannot hold together: lower bounds sum to %s (must be <= 1) and upper "
              + "bounds to %s (must be >= 1)", sumLower, sumUpper));
    }
    return new BenefitOfTheDoubt(lower.clone(), upper.clone());
  }

  /**
   * Solves the programme for every entity.
   *
   * @param x normalized, oriented data, rows entities, columns indicators, finite and
   *     {@code >= 0}
   * @param labels one unique, non-blank label per column
   * @return per-entity scores and weights
   * @throws IllegalArgumentException if {@code x} is not rectangular or has fewer than two rows,
   *     labels or share bounds do not match the columns, or a value is NaN, infinite or negative
   */
  public BodResult evaluate(double[][] x, List<String> labels) {
    int n = Checks.rectangular(x, "benefit-of-the-doubt data");
    List<String> names = Checks.labels(labels, n, "benefit-of-the-doubt data");
    Checks.minRows(x, 2, "benefit of the doubt");
    Checks.finite(x, names, "benefit of the doubt", "needs complete finite data: impute the value or drop the entity");
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < n; j++) {
        if (x[i][j] < 0) {
          throw new IllegalArgumentException(Checks.fmt(
              "x[%d][%d] (entity row %d, indicator '%s') = %s is negative; benefit of the doubt "
                  + "needs values >= 0: min-max normalize the data first", i, j, i, names.get(j),
              x[i][j]));
        }
      }
    }
    if (lower != null && lower.length != n) {
      throw new IllegalArgumentException(Checks.fmt(
          "share bounds are given for %d indicators but the data has %d (%s)", lower.length, n,
          names));
    }
    int m = x.length;
    List<String> warnings = new ArrayList<>();
    double[] scores = new double[m];
    double[][] weights = new double[m][];
    List<LinearConstraint> frontier = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      frontier.add(new LinearConstraint(x[k].clone(), Relationship.LEQ, 1));
    }
    for (int i = 0; i < m; i++) {
      boolean allZero = true;
      for (double v : x[i]) {
        allZero &= v == 0;
      }
      if (allZero) {
        scores[i] = 0;
        weights[i] = new double[n];
        continue;
      }
      List<LinearConstraint> constraints = new ArrayList<>(frontier);
      if (lower != null) {
        addShareConstraints(constraints, x[i]);
        for (int j = 0; j < n; j++) {
          if (lower[j] > 0 && x[i][j] == 0) {
            warnings.add(Checks.fmt(
                "entity row %d is zero on '%s', which must have a share of at least %s, so only "
                    + "zero weights meet the bounds and it scores 0; lower that bound or check the "
                    + "value", i, names.get(j), lower[j]));
          }
        }
      }
      double[] w = solve(x[i], constraints, i);
      double s = 0;
      for (int j = 0; j < n; j++) {
        w[j] = Math.max(0, w[j]);
        s += w[j] * x[i][j];
      }
      if (s > 1 && s <= 1 + CLAMP) {
        s = 1;
      }
      scores[i] = Math.max(0, s);
      weights[i] = w;
    }
    return new BodResult(names, scores, weights, lower != null, warnings);
  }

  private void addShareConstraints(Collection<LinearConstraint> constraints, double[] xi) {
    int n = xi.length;
    for (int j = 0; j < n; j++) {
      if (lower[j] > 0) {
        double[] c = new double[n];
        for (int l = 0; l < n; l++) {
          c[l] = -lower[j] * xi[l];
        }
        c[j] += xi[j];
        constraints.add(new LinearConstraint(c, Relationship.GEQ, 0));
      }
      if (upper[j] < 1) {
        double[] c = new double[n];
        for (int l = 0; l < n; l++) {
          c[l] = -upper[j] * xi[l];
        }
        c[j] += xi[j];
        constraints.add(new LinearConstraint(c, Relationship.LEQ, 0));
      }
    }
  }

  private double[] solve(double[] xi, List<LinearConstraint> constraints, int row) {
    try {
      PointValuePair p = new SimplexSolver().optimize(
          new MaxIter(100_000),
          new LinearObjectiveFunction(xi, 0),
          new LinearConstraintSet(constraints),
          GoalType.MAXIMIZE,
          new NonNegativeConstraint(true),
          PivotSelectionRule.BLAND);
      return p.getPoint();
    } catch (NoFeasibleSolutionException | UnboundedSolutionException
        | TooManyIterationsException e) {
      // w = 0 satisfies every constraint, and the frontier constraints bound every weight the
      // objective involves, so the programme is always feasible and bounded for valid input.
      throw new IllegalStateException("benefit-of-the-doubt programme for entity row " + row
          + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Returns a one-line description of the model.
   *
   * @return the model
   */
  @Override
  public String toString() {
    return lower == null ? "BenefitOfTheDoubt[unrestricted]"
        : "BenefitOfTheDoubt[shares " + java.util.Arrays.toString(lower) + " .. "
            + java.util.Arrays.toString(upper) + "]";
  }
}
