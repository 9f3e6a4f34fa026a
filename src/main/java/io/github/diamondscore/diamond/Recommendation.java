package io.github.diamondscore.diamond;

import io.github.diamondscore.model.Direction;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A recommendation for one entity: a weak node, the table row it maps to ({@link
 * Recommendations}), and the reason drawn from the data — an indicator under the node whose raw
 * value is worse than the peer median (the weakest one that no earlier recommendation gives as
 * its reason), its raw value, and how far it is from the peer median. When every such indicator
 * is taken, the reason repeats and {@link #sameReasonAs()} says which recommendation gave it
 * first.
 *
 * @param entity the entity id
 * @param node the weak node's id
 * @param nodeName the weak node's display name
 * @param percentile the entity's percentile on the node among all entities
 * @param indicator the data column named as the reason
 * @param value the entity's raw value of that column
 * @param peerMedian the median raw value of the column among all entities with a value
 * @param unit the column's unit (short form)
 * @param direction whether higher or lower raw values are better
 * @param recommendation the recommendation, e.g. {@code International e-commerce cooperation}
 * @param challenge the challenge it addresses; may be empty
 * @param text one line of advice
 * @param sameReasonAs the 1-based position, in the entity's list of recommendations, of an
 *     earlier recommendation that rests on the same indicator; empty when this one is the first
 *     to give that reason
 */
public record Recommendation(String entity, String node, String nodeName, double percentile,
    String indicator, double value, double peerMedian, String unit, Direction direction,
    String recommendation, String challenge, String text, OptionalInt sameReasonAs) {

  /**
   * Validates the recommendation.
   *
   * @param entity the entity
   * @param node the node
   * @param nodeName the node name
   * @param percentile the percentile
   * @param indicator the column
   * @param value the value
   * @param peerMedian the peer median
   * @param unit the unit
   * @param direction the direction
   * @param recommendation the recommendation
   * @param challenge the challenge
   * @param text the advice
   * @param sameReasonAs the position of an earlier recommendation with the same reason
   * @throws IllegalArgumentException if {@code sameReasonAs} is present and below 1
   */
  public Recommendation {
    for (Object o : new Object[] {entity, node, nodeName, indicator, unit, direction,
        recommendation, challenge, text, sameReasonAs}) {
      Objects.requireNonNull(o, "recommendation field");
    }
    if (sameReasonAs.isPresent() && sameReasonAs.getAsInt() < 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "recommendation '%s' for node '%s': sameReasonAs is #%d; positions start at 1",
          recommendation, node, sameReasonAs.getAsInt()));
    }
  }

  /**
   * How far the value is on the wrong side of the peer median, in raw units (positive).
   *
   * <p>Non-finite values: NaN when the value or the median is NaN.
   *
   * @return {@code median − value} when higher is better, {@code value − median} when lower is
   *     better
   */
  public double shortfall() {
    return direction == Direction.HIGHER_IS_BETTER ? peerMedian - value : value - peerMedian;
  }

  /**
   * The reason in words, e.g. {@code fdi_inflow_pct_gdp = 1.29 % of GDP, 1.08 below the peer
   * median 2.37}.
   *
   * @return one line
   */
  public String reason() {
    return String.format(Locale.ROOT, "%s = %s%s, %s %s the peer median %s%s", indicator,
        Fmt.number(value), unit.isEmpty() ? "" : " " + unit, Fmt.number(shortfall()),
        direction == Direction.HIGHER_IS_BETTER ? "below" : "above", Fmt.number(peerMedian),
        direction == Direction.HIGHER_IS_BETTER ? "" : " (lower is better)");
  }

  /**
   * The recommendation in one line: {@code Recommendation [challenge] for node: text; because
   * reason}, and {@code (same reason as #1)} when an earlier recommendation gave that reason.
   *
   * @return one line
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s%s for %s (percentile %s): %s; because %s%s",
        recommendation, challenge.isEmpty() ? "" : " [" + challenge + "]", nodeName,
        Fmt.whole(percentile), text, reason(), sameReasonAs.isPresent()
            ? " (same reason as #" + sameReasonAs.getAsInt() + ")" : "");
  }
}
