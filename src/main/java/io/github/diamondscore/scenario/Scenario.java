package io.github.diamondscore.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named what-if: a list of {@link Change}s applied in order. Immutable; {@link #with} returns
 * a new scenario. Apply it with {@link Simulator#apply(Scenario)}.
 *
 * <pre>{@code
 * Scenario s = Scenario.named("KAZ logistics like POL")
 *     .with(Change.like("lpi_customs", "POL").forEntity("KAZ"))
 *     .with(Change.like("lpi_timeliness", "POL").forEntity("KAZ"));
 * }</pre>
 */
public final class Scenario {
  private final String name;
  private final List<Change> changes;

  private Scenario(String name, List<Change> changes) {
    this.name = name;
    this.changes = List.copyOf(changes);
  }

  /**
   * A scenario with no changes yet; applied, it changes nothing.
   *
   * @param name the name, not blank
   * @return the scenario
   * @throws IllegalArgumentException if the name is blank
   */
  public static Scenario named(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("scenario name is blank; give it a name such as"
          + " 'KAZ logistics like POL'");
    }
    return new Scenario(name.strip(), List.of());
  }

  /**
   * A scenario with the given changes.
   *
   * @param name the name, not blank
   * @param changes the changes, in order
   * @return the scenario
   */
  public static Scenario of(String name, List<Change> changes) {
    Scenario s = named(name);
    changes.forEach(c -> Objects.requireNonNull(c, "change"));
    return new Scenario(s.name, changes);
  }

  /**
   * This scenario with one more change at the end.
   *
   * @param change the change
   * @return a new scenario
   */
  public Scenario with(Change change) {
    Objects.requireNonNull(change, "change");
    List<Change> list = new ArrayList<>(changes);
    list.add(change);
    return new Scenario(name, list);
  }

  /**
   * The name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The changes, in order.
   *
   * @return an unmodifiable list
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * Whether the scenario has no changes.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scenario s && s.name.equals(name) && s.changes.equals(changes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, changes);
  }

  /**
   * The name and the changes, one per line.
   *
   * @return readable text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Scenario '").append(name).append("' (")
        .append(changes.size()).append(changes.size() == 1 ? " change)" : " changes)");
    for (Change c : changes) {
      sb.append("\n  ").append(c);
    }
    return sb.toString();
  }
}
