package io.github.diamondscore.diamond;

import java.util.Locale;

/**
 * Where an indicator sits among the source paper's four areas through which cross-border
 * e-commerce drives enterprises going global: national competitive advantage, platform building,
 * risk prevention and infrastructure, the last split into logistics, network and finance.
 */
public enum Area {
  /** National competitive advantage: in the go-global model this area is Porter's diamond. */
  ADVANTAGE("diamond", "National competitive advantage"),
  /** Platform building: trade and investment links that platforms build on. */
  PLATFORM("platform", "Platform building"),
  /** Risk prevention: policy, institutional and macroeconomic risk. */
  RISK("risk", "Risk prevention"),
  /** Infrastructure, logistics part. */
  LOGISTICS("logistics", "Infrastructure: logistics"),
  /** Infrastructure, network (internet and mobile) part. */
  NETWORK("network", "Infrastructure: network/ICT"),
  /** Infrastructure, finance and payments part. */
  FINANCE("finance", "Infrastructure: finance/payments");

  private final String nodeId;
  private final String label;

  Area(String nodeId, String label) {
    this.nodeId = nodeId;
    this.label = label;
  }

  /**
   * The id of this area's node in the go-global model ({@link GoGlobal}).
   *
   * @return the node id, e.g. {@code logistics}
   */
  public String nodeId() {
    return nodeId;
  }

  /**
   * The area's name as {@code indicators.csv} writes it in its {@code influence_area} column.
   *
   * @return the label, e.g. {@code Infrastructure: logistics}
   */
  public String label() {
    return label;
  }

  /**
   * Whether the area is a part of infrastructure (logistics, network or finance).
   *
   * @return true for the three infrastructure parts
   */
  public boolean isInfrastructure() {
    return this == LOGISTICS || this == NETWORK || this == FINANCE;
  }

  /**
   * Reads an area from its label or node id, ignoring case and surrounding spaces.
   *
   * @param text e.g. {@code Risk prevention} or {@code risk}
   * @return the area
   * @throws IllegalArgumentException if the text names no area; the message lists the valid
   *     labels
   */
  public static Area parse(String text) {
    String t = text.trim();
    for (Area a : values()) {
      if (a.label.equalsIgnoreCase(t) || a.nodeId.equalsIgnoreCase(t)) {
        return a;
      }
    }
    StringBuilder valid = new StringBuilder();
    for (Area a : values()) {
      valid.append(valid.length() == 0 ? "" : "; ").append(a.label);
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "influence area '%s' is not one of the paper's areas; use one of: %s", text, valid));
  }

  @Override
  public String toString() {
    return label;
  }
}
