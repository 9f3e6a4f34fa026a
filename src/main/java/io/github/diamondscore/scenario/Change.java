package io.github.diamondscore.scenario;

import java.util.Locale;
import java.util.Objects;

/**
 * One change of a {@link Scenario}: an operation on a target (an indicator, or a node for
 * {@code frontier} and {@code weight}, a modulator for {@code strength}) for a scope of entities.
 * Build with the static factories, then narrow the scope: {@code Change.like("lpi_customs",
 * "POL").forEntity("KAZ")}. Without a scope a change applies to all entities.
 *
 * <p>The level changes ({@code entity}, {@code percentile}, {@code group-median},
 * {@code tier-median}) may also target a composite node: each indicator under it (through
 * weighted children) moves to its own level, e.g. {@code Change.like("logistics", "POL")}.
 *
 * <p>Data changes act on the raw value of the data column the indicator reads (before
 * denomination and transform). Levels (another entity's value, a percentile, a median, a
 * frontier) are read from the simulator's reference panel as it was, so they do not depend on the
 * order of changes; {@code set}, {@code add} and {@code multiply} act in order.
 *
 * @param scope whom it applies to
 * @param target the indicator, node or modulator id
 * @param operation what it does
 * @param value the number for {@code set}, {@code add}, {@code multiply}, {@code percentile},
 *     {@code weight} and {@code strength}; NaN for the others
 * @param reference the entity, group or tier name for {@code entity}, {@code group-median} and
 *     {@code tier-median}; empty for the others
 * @param origin where the change was read, e.g. {@code line 4 of s.csv}; empty when built in code
 */
public record Change(Scope scope, String target, Operation operation, double value,
    String reference, String origin) {
  /**
   * Validates the change.
   *
   * @param scope whom it applies to
   * @param target the target id
   * @param operation the operation
   * @param value the number, or NaN
   * @param reference the name, or empty
   * @param origin where it was read, or empty
   * @throws IllegalArgumentException if the target is blank, a needed number is not finite, a
   *     needed name is blank, or a percentile is outside [0, 100]
   */
  public Change {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(origin, "origin");
    String where = origin.isEmpty() ? "" : origin + ": ";
    if (target.isBlank()) {
      throw new IllegalArgumentException(where + "a change needs a target (an indicator or node"
          + " id)");
    }
    switch (operation) {
      case ENTITY, GROUP_MEDIAN, TIER_MEDIAN -> {
        if (reference.isBlank()) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "%s'%s' on %s needs a name (an entity, group or tier)", where, operation, target));
        }
        value = Double.NaN;
      }
      case FRONTIER -> {
        value = Double.NaN;
        reference = "";
      }
      default -> {
        if (!Double.isFinite(value)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "%s'%s' on %s needs a finite number, not %s", where, operation, target, value));
        }
        if (operation == Operation.PERCENTILE && (value < 0 || value > 100)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "%spercentile %s on %s must be in [0, 100]", where, Fmt.num(value), target));
        }
        reference = "";
      }
    }
  }

  private static Change of(String target, Operation op, double value, String reference) {
    return new Change(Scope.all(), target, op, value, reference, "");
  }

  /**
   * Set an indicator's raw value.
   *
   * @param indicator the indicator id
   * @param value the new raw value
   * @return the change, for all entities until narrowed
   */
  public static Change set(String indicator, double value) {
    return of(indicator, Operation.SET, value, "");
  }

  /**
   * Add to an indicator's raw value (a missing value stays missing).
   *
   * @param indicator the indicator id
   * @param amount the amount, may be negative
   * @return the change
   */
  public static Change add(String indicator, double amount) {
    return of(indicator, Operation.ADD, amount, "");
  }

  /**
   * Multiply an indicator's raw value; the value must be present.
   *
   * @param indicator the indicator id
   * @param factor the factor
   * @return the change
   */
  public static Change multiply(String indicator, double factor) {
    return of(indicator, Operation.MULTIPLY, factor, "");
  }

  /**
   * Set an indicator (or every indicator under a node) to another entity's value in the
   * reference panel, e.g. Kazakhstan's logistics to Poland's level.
   *
   * @param indicator the indicator or node id
   * @param entity the entity whose value is taken
   * @return the change
   */
  public static Change like(String indicator, String entity) {
    return of(indicator, Operation.ENTITY, Double.NaN, entity);
  }

  /**
   * Set an indicator to a percentile of the reference panel (linear interpolation between order
   * statistics, R's type 7; the direction decides nothing: 75 is the 75th percentile of the raw
   * values).
   *
   * @param indicator the indicator id
   * @param percentile in [0, 100]
   * @return the change
   */
  public static Change toPercentile(String indicator, double percentile) {
    return of(indicator, Operation.PERCENTILE, percentile, "");
  }

  /**
   * Set an indicator to the median of a group's present values in the reference panel.
   *
   * @param indicator the indicator id
   * @param group the group name
   * @return the change
   */
  public static Change toGroupMedian(String indicator, String group) {
    return of(indicator, Operation.GROUP_MEDIAN, Double.NaN, group);
  }

  /**
   * Set an indicator to the median of the present values of the entities in a tier (by their
   * baseline root score; the simulator needs {@link Bands}).
   *
   * @param indicator the indicator id
   * @param tier the tier (band) name
   * @return the change
   */
  public static Change toTierMedian(String indicator, String tier) {
    return of(indicator, Operation.TIER_MEDIAN, Double.NaN, tier);
  }

  /**
   * Set every indicator under a node (or the indicator itself) to its frontier: the frontier
   * goalpost when it has goalposts, else the best value observed in the reference panel.
   *
   * @param node the node or indicator id
   * @return the change
   */
  public static Change toFrontier(String node) {
    return of(node, Operation.FRONTIER, Double.NaN, "");
  }

  /**
   * Change a node's weight relative to its siblings; the fitted parameters are kept.
   *
   * @param node the node id
   * @param weight finite, &gt; 0
   * @return the change; it applies to every entity, whatever the scope
   */
  public static Change weight(String node, double weight) {
    return of(node, Operation.WEIGHT, weight, "");
  }

  /**
   * Change a modulator's strength; the fitted parameters are kept.
   *
   * @param modulator the modulator node id
   * @param strength in [0, 1]
   * @return the change; it applies to every entity, whatever the scope
   */
  public static Change strength(String modulator, double strength) {
    return of(modulator, Operation.STRENGTH, strength, "");
  }

  /**
   * This change for one entity.
   *
   * @param entity the entity id
   * @return the narrowed change
   */
  public Change forEntity(String entity) {
    return new Change(Scope.entity(entity), target, operation, value, reference, origin);
  }

  /**
   * This change for the entities of a group.
   *
   * @param group the group name
   * @return the narrowed change
   */
  public Change forGroup(String group) {
    return new Change(Scope.group(group), target, operation, value, reference, origin);
  }

  /**
   * This change for every entity.
   *
   * @param newScope the scope
   * @return the change with that scope
   */
  public Change forScope(Scope newScope) {
    return new Change(newScope, target, operation, value, reference, origin);
  }

  /**
   * This change marked with where it was read, for error messages.
   *
   * @param where e.g. {@code line 4 of s.csv}
   * @return the marked change
   */
  public Change at(String where) {
    return new Change(scope, target, operation, value, reference, where);
  }

  /**
   * The argument as text: the number or the name, blank for {@code frontier}.
   *
   * @return the text
   */
  public String argument() {
    return switch (operation) {
      case ENTITY, GROUP_MEDIAN, TIER_MEDIAN -> reference;
      case FRONTIER -> "";
      default -> Fmt.num(value);
    };
  }

  /**
   * The change in words, as a scenario file row: {@code KAZ lpi_customs entity POL}.
   *
   * @return one line
   */
  @Override
  public String toString() {
    String arg = argument();
    return scope + " " + target + " " + operation + (arg.isEmpty() ? "" : " " + arg);
  }
}
