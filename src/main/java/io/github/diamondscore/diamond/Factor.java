package io.github.diamondscore.diamond;

import java.util.Locale;

/**
 * The six factors of Porter's diamond (Porter 1990, <i>The Competitive Advantage of Nations</i>,
 * ch. 3). The first four are the determinants; chance and government act on them from outside,
 * which the built-in model expresses with {@link io.github.diamondscore.model.Node#modulatedBy}.
 */
public enum Factor {
  /** Human, knowledge and physical resources, infrastructure: what a nation is endowed with. */
  FACTOR_CONDITIONS("factor_conditions", "Factor conditions", true),
  /** Size and sophistication of home demand. */
  DEMAND_CONDITIONS("demand_conditions", "Demand conditions", true),
  /** Logistics, finance, payments, IT and supplier industries around the exporters. */
  RELATED_INDUSTRIES("related_industries", "Related and supporting industries", true),
  /** How firms are created, organised and managed, and how hard they compete. */
  FIRM_STRATEGY("firm_strategy", "Firm strategy, structure and rivalry", true),
  /** Events outside the firms' control: the Belt and Road initiative, shocks, technology shifts. */
  CHANCE("chance", "Chance", false),
  /** Policy, regulation, pilot zones and the quality of government. */
  GOVERNMENT("government", "Government", false);

  private final String nodeId;
  private final String label;
  private final boolean determinant;

  Factor(String nodeId, String label, boolean determinant) {
    this.nodeId = nodeId;
    this.label = label;
    this.determinant = determinant;
  }

  /**
   * The id of this factor's node in the built-in frameworks.
   *
   * @return the node id, e.g. {@code factor_conditions}
   */
  public String nodeId() {
    return nodeId;
  }

  /**
   * The factor's name as {@code indicators.csv} writes it.
   *
   * @return the label, e.g. {@code Factor conditions}
   */
  public String label() {
    return label;
  }

  /**
   * Whether the factor is one of the four determinants (not chance or government).
   *
   * @return true for the determinants
   */
  public boolean isDeterminant() {
    return determinant;
  }

  /**
   * Reads a factor from its label or node id, ignoring case and surrounding spaces.
   *
   * @param text e.g. {@code Demand conditions} or {@code demand_conditions}
   * @return the factor
   * @throws IllegalArgumentException if the text names no factor; the message lists the valid
   *     labels
   */
  public static Factor parse(String text) {
    String t = text.trim();
    for (Factor f : values()) {
      if (f.label.equalsIgnoreCase(t) || f.nodeId.equalsIgnoreCase(t)) {
        return f;
      }
    }
    StringBuilder valid = new StringBuilder();
    for (Factor f : values()) {
      valid.append(valid.length() == 0 ? "" : "; ").append(f.label);
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "diamond factor '%s' is not one of Porter's six factors; use one of: %s", text, valid));
  }

  @Override
  public String toString() {
    return label;
  }
}
