package io.github.diamondscore.score;

import io.github.diamondscore.aggregate.Aggregation;
import io.github.diamondscore.data.Observation;
import io.github.diamondscore.model.CustomScore;
import io.github.diamondscore.model.Transform;
import io.github.diamondscore.normalize.FittedNormalization;
import io.github.diamondscore.prepare.Denomination;
import io.github.diamondscore.prepare.FittedImputation;
import io.github.diamondscore.prepare.FittedOutlierTreatment;
import java.io.Serializable;
import java.util.Locale;

/**
 * A fitted tree compiled to flat arrays in post-order (children and modulators before their
 * node). One entity is evaluated by {@link #evaluate}; batch and online scoring both call it, so
 * they give identical doubles.
 */
final class Plan implements Serializable {
  private static final long serialVersionUID = 1L;
  static final byte INDICATOR = 0;
  static final byte COMPOSITE = 1;
  static final byte CUSTOM = 2;

  final String[] ids; // post-order
  final byte[] kind;
  final String[] columns; // raw data columns read, by slot
  final int[] slot; // indicators: slot of their column
  final int[] denominatorSlot; // indicators: slot of the denominator, -1 if none
  final Transform[] transform;
  final int[] sign;
  final FittedNormalization[] normalization;
  final FittedImputation[] imputation; // indicators: null when not imputed
  final FittedOutlierTreatment[] treatment; // indicators: null when not treated
  final int[][] children; // composites: positions of weighted children
  final double[][] weights;
  final Aggregation[] aggregation;
  final int[][] modulators; // positions of modulators, empty when none
  final double[][] strengths;
  final CustomScore[] custom;
  final double minCoverage;
  final int maxChildren;

  Plan(String[] ids, byte[] kind, String[] columns, int[] slot, int[] denominatorSlot,
      Transform[] transform, int[] sign, FittedNormalization[] normalization,
      FittedImputation[] imputation, FittedOutlierTreatment[] treatment, int[][] children,
      double[][] weights, Aggregation[] aggregation, int[][] modulators, double[][] strengths,
      CustomScore[] custom, double minCoverage) {
    this.ids = ids;
    this.kind = kind;
    this.columns = columns;
    this.slot = slot;
    this.denominatorSlot = denominatorSlot;
    this.transform = transform;
    this.sign = sign;
    this.normalization = normalization;
    this.imputation = imputation;
    this.treatment = treatment;
    this.children = children;
    this.weights = weights;
    this.aggregation = aggregation;
    this.modulators = modulators;
    this.strengths = strengths;
    this.custom = custom;
    this.minCoverage = minCoverage;
    int max = 1;
    for (int[] c : children) {
      max = Math.max(max, c == null ? 0 : c.length);
    }
    this.maxChildren = max;
  }

  /** The same plan with other composite weights (same positions and child order). */
  Plan withWeights(double[][] newWeights) {
    return new Plan(ids, kind, columns, slot, denominatorSlot, transform, sign, normalization,
        imputation, treatment, children, newWeights, aggregation, modulators, strengths, custom,
        minCoverage);
  }

  /** The same plan with other modulator strengths (same positions and modulator order). */
  Plan withStrengths(double[][] newStrengths) {
    return new Plan(ids, kind, columns, slot, denominatorSlot, transform, sign, normalization,
        imputation, treatment, children, weights, aggregation, modulators, newStrengths, custom,
        minCoverage);
  }

  int size() {
    return ids.length;
  }

  /** Scratch space for one evaluation; not shared between threads. */
  final class Scratch {
    final double[] values = new double[maxChildren];
    final double[] w = new double[maxChildren];
    final int[] present = new int[maxChildren];
    final double[] parts = new double[maxChildren];
  }

  Scratch scratch() {
    return new Scratch();
  }

  /**
   * The prepared value of indicator {@code p} in raw units: raw ÷ denominator, imputed when
   * missing, outlier-treated. NaN when missing. Sets {@code imputed[p]} when a fill was used.
   */
  double prepared(int p, double[] raw, RowContext row, boolean[] imputed) {
    double x = raw[slot[p]];
    if (Double.isInfinite(x)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "entity '%s', indicator '%s': value is infinite; use NaN (blank) for missing",
          row.entity(), ids[p]));
    }
    int d = denominatorSlot[p];
    if (d >= 0) {
      x = Denomination.denominate(x, raw[d], ids[p], columns[d], row.entity());
    }
    if (Double.isNaN(x) && imputation[p] != null) {
      x = imputation[p].fill(x, row.group(), row.entity(), row.year());
      imputed[p] = !Double.isNaN(x);
    }
    if (treatment[p] != null && !Double.isNaN(x)) {
      x = treatment[p].apply(x);
    }
    return x;
  }

  /**
   * Scores one entity.
   *
   * @param raw raw values by slot
   * @param observation the entity as an observation, for custom leaves (may be built lazily)
   * @param row who the entity is
   * @param imputed receives, per indicator position, whether its value was imputed
   * @param score receives the score of every node, by position
   * @param coverage receives the coverage of every node, by position
   * @param contributions when not null, receives per composite position the points of each child
   *     and then of each modulator
   */
  void evaluate(double[] raw, ObservationSource observation, RowContext row, Scratch s,
      double[] score, double[] coverage, boolean[] imputed, double[][] contributions) {
    String entity = row.entity();
    java.util.Arrays.fill(imputed, false);
    for (int p = 0; p < ids.length; p++) {
      double v;
      double cov;
      switch (kind[p]) {
        case INDICATOR:
          double x = prepared(p, raw, row, imputed);
          v = normalization[p].apply(Orient.apply(x, transform[p], sign[p], entity, ids[p]));
          cov = Double.isNaN(v) ? 0 : 1;
          break;
        case CUSTOM:
          v = custom[p].score(observation.get());
          if (!Double.isNaN(v) && !(v >= 0 && v <= 100)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "entity '%s', custom node '%s': score (%s) must be in [0, 100] or NaN for missing",
                entity, ids[p], v));
          }
          cov = Double.isNaN(v) ? 0 : 1;
          break;
        default:
          int[] kids = children[p];
          double[] kw = weights[p];
          double total = 0;
          double have = 0;
          int n = 0;
          for (int k = 0; k < kids.length; k++) {
            total += kw[k];
            double cv = score[kids[k]];
            if (!Double.isNaN(cv)) {
              s.values[n] = cv;
              s.w[n] = kw[k];
              s.present[n] = k;
              n++;
              have += kw[k];
            }
          }
          cov = have / total;
          if (n == 0 || cov < minCoverage - 1e-12) {
            v = Double.NaN;
          } else {
            Aggregation agg = aggregation[p];
            for (int i = 0; i < n; i++) {
              if (!agg.accepts(s.values[i])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "entity '%s', node '%s': %s aggregation needs children %s but '%s' = %s;"
                        + " normalize to a range above zero, e.g. minmax:1:100",
                    entity, ids[p], agg, agg.domain(), ids[kids[s.present[i]]], s.values[i]));
              }
            }
            v = agg.apply(s.values, s.w, n);
            if (contributions != null) {
              double[] out = contributions[p];
              java.util.Arrays.fill(out, 0);
              agg.contributions(s.values, s.w, n, v, s.parts);
              for (int i = 0; i < n; i++) {
                out[s.present[i]] = s.parts[i];
              }
            }
          }
          break;
      }
      int[] mods = modulators[p];
      if (mods.length > 0 && !Double.isNaN(v)) {
        double before = v;
        double factor = 1;
        for (int m = 0; m < mods.length; m++) {
          double ms = score[mods[m]];
          if (!Double.isNaN(ms)) {
            factor *= 1 + strengths[p][m] * (ms - 50) / 50;
          }
        }
        double after = before * factor;
        v = after < 0 ? 0 : after > 100 ? 100 : after;
        if (contributions != null && kind[p] == COMPOSITE) {
          double[] out = contributions[p];
          int base = children[p].length;
          // Attribute the change to modulators in proportion to log factors; all to the
          // modulation as a whole when the factors cancel.
          double totalLog = 0;
          double[] logs = new double[mods.length];
          for (int m = 0; m < mods.length; m++) {
            double ms = score[mods[m]];
            double f = Double.isNaN(ms) ? 1 : 1 + strengths[p][m] * (ms - 50) / 50;
            logs[m] = f > 0 ? Math.log(f) : Double.NEGATIVE_INFINITY;
            totalLog += logs[m];
          }
          for (int m = 0; m < mods.length; m++) {
            double share = totalLog == 0 || !Double.isFinite(totalLog) ? 1.0 / mods.length
                : logs[m] / totalLog;
            out[base + m] = (v - before) * share;
          }
        }
      }
      score[p] = v;
      coverage[p] = cov;
    }
  }

  /** Supplies the entity as an observation for custom leaves, built only when needed. */
  interface ObservationSource {
    Observation get();
  }
}
