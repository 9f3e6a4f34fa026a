package io.github.diamondscore.diamond;

import io.github.diamondscore.analysis.AuditFlag;
import io.github.diamondscore.analysis.AuditResult;
import io.github.diamondscore.analysis.Correlation;
import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.model.Transform;
import io.github.diamondscore.prepare.Moments;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Why each flag of the statistical audit of model v2 stands, written by the model's authors and
 * checked against the audit's own numbers: the document {@code docs/audit.md} is made from
 * these notes and the audit ({@link GoGlobal#auditDocument}). A flag without a note is listed
 * as unresolved, and a test fails on it.
 */
final class AuditNotes {
  private AuditNotes() {}

  /** The note for a flag, or empty when the model's authors have not explained it. */
  static Optional<String> note(AuditFlag flag, AuditResult audit, Framework fw, Panel data) {
    String node = flag.nodes().get(0);
    switch (flag.kind()) {
      case OUTLIERS:
        return logged(node, fw, data);
      case HIGH_SIBLING_CORRELATION:
        if (parentOf(node, fw).equals(ModelV2.LPI)) {
          return Optional.of(String.format(Locale.ROOT, "The five parts of one survey (LPI"
              + " 2018) are grouped on purpose in the composite `lpi`, which weighs as one"
              + " indicator beside the postal index in `logistics`: the redundancy stays inside"
              + " it (Cronbach's alpha %.3f) and adds no weight. The overall LPI score is not"
              + " used because its customs part sits in `government`.",
              audit.consistency(ModelV2.LPI).alpha()));
        }
        return Optional.empty();
      case IMPORTANCE_ABOVE_WEIGHT:
        if (parentOf(node, fw).equals(ModelV2.LPI)) {
          return Optional.of(String.format(Locale.ROOT, "Each LPI part carries a fifth of"
              + " `lpi`'s weight (%.4f of the root), but logistics quality moves with"
              + " development as a whole (r = %.3f with the root), and a main effect measures"
              + " association, not the weight's own influence. The five parts are one"
              + " instrument; counted once, as the model does, the LPI weighs 1/24.",
              audit.importance(node).effectiveWeight(),
              rootCorrelation(audit, node)));
        }
        return Optional.empty();
      case IMPORTANCE_BELOW_WEIGHT:
        return below(node, audit);
      default:
        return Optional.empty();
    }
  }

  private static Optional<String> below(String node, AuditResult audit) {
    switch (node) {
      case "exports_pct_gdp":
        return Optional.of(String.format(Locale.ROOT, "Exports as a share of GDP are high for"
            + " small open economies and low for large ones; the model pairs them with"
            + " merchandise exports in US$ in `firm_strategy` (r = %.3f between the two) so"
            + " that neither size nor openness alone decides. A weak main effect on the root is"
            + " the pairing at work; the share is still the only measure of how much of an"
            + " economy competes abroad.",
            siblingCorrelation(audit, "exports_pct_gdp", "merch_exports_usd")));
      case "online_population":
        return Optional.of(String.format(Locale.ROOT, "The size of the online audience is"
            + " unrelated to the rest of readiness (r = %.3f with internet penetration, %.3f"
            + " with the root): it is in the model so that a large home market counts, which is"
            + " what let platforms such as Taobao and Flipkart reach scale before going abroad."
            + " A main effect near zero (after the estimator's small-sample correction) is what a"
            + " pure scale measure has; dropping it would mark large economies down for being"
            + " large again.",
            siblingCorrelation(audit, "internet_users_pct", "online_population"),
            rootCorrelation(audit, "online_population")));
      case "wgi_political_stability":
        return Optional.of(String.format(Locale.ROOT, "Risk prevention is one of the paper's"
            + " four areas and has two indicators, so each weighs 1/8. Political stability"
            + " separates the countries in conflict from the rest (skewness %.2f) but ranks the"
            + " others loosely, so its main effect (S = %.3f) is below that of rule of law; it"
            + " is the only measure of political risk in the data, a risk the paper names for"
            + " sellers entering Belt and Road markets.", audit.indicator(node).skewness(),
            audit.importance(node).mainEffect()));
      default:
        return Optional.empty();
    }
  }

  /** An outlier flag on an indicator the model takes as a logarithm: skew after the log. */
  private static Optional<String> logged(String node, Framework fw, Panel data) {
    if (!(fw.node(node).orElse(null) instanceof Indicator ind)
        || ind.transform() != Transform.LOG) {
      return Optional.empty();
    }
    List<Double> logs = new ArrayList<>();
    for (double v : data.column(ind.column())) {
      if (v > 0) {
        logs.add(Math.log(v));
      }
    }
    double[] x = logs.stream().mapToDouble(Double::doubleValue).toArray();
    return Optional.of(String.format(Locale.ROOT, "The model takes its logarithm (treatment"
        + " `log`), so the outlier step is not needed: after the log its skewness is %.2f and"
        + " its kurtosis %.2f, inside the rule (|skewness| < 2 or kurtosis < 3.5).",
        Moments.skewness(x), Moments.kurtosis(x)));
  }

  private static String parentOf(String node, Framework fw) {
    return fw.node(node).isEmpty() ? "" : fw.parent(node).map(n -> n.id()).orElse("");
  }

  private static double rootCorrelation(AuditResult audit, String node) {
    return audit.correlation(Correlation.Relation.ROOT, node, audit.root())
        .map(Correlation::pearson).orElse(Double.NaN);
  }

  private static double siblingCorrelation(AuditResult audit, String a, String b) {
    return audit.correlation(Correlation.Relation.SIBLINGS, a, b).map(Correlation::pearson)
        .orElse(Double.NaN);
  }
}
