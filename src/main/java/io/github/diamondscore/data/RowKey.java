package io.github.diamondscore.data;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What identifies a row of a {@link Panel}: the entity id plus its optional display name, group
 * and year.
 *
 * <p>Build one with {@link #of(String)} and the {@code with…} methods, for example
 * {@code RowKey.of("CN").withName("China").withGroup("Asia").withYear(2021)}.
 *
 * @param entity the entity id (a country or enterprise code); not blank
 * @param name the display name, if any; when present not blank
 * @param group the group (region, sector …), if any; when present not blank
 * @param year the year of the observation, if the panel is a time series
 */
public record RowKey(String entity, Optional<String> name, Optional<String> group, OptionalInt year) {

  /**
   * Checks the components.
   *
   * @param entity the entity id; not blank
   * @param name the display name, if any; when present not blank
   * @param group the group, if any; when present not blank
   * @param year the year, if any
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the entity id is blank, or a present name or group is blank
   */
  public RowKey {
    Ids.entity(entity);
    Objects.requireNonNull(name, "name is null; use Optional.empty()");
    Objects.requireNonNull(group, "group is null; use Optional.empty()");
    Objects.requireNonNull(year, "year is null; use OptionalInt.empty()");
    name.ifPresent(n -> Ids.label("name of entity '" + entity + "'", n));
    group.ifPresent(g -> Ids.label("group of entity '" + entity + "'", g));
  }

  /**
   * A key with only an entity id: no name, group or year.
   *
   * @param entity the entity id; not blank
   * @return the key
   * @throws IllegalArgumentException if {@code entity} is blank
   */
  public static RowKey of(String entity) {
    return new RowKey(entity, Optional.empty(), Optional.empty(), OptionalInt.empty());
  }

  /**
   * A key with an entity id and a year, for panels over time.
   *
   * @param entity the entity id; not blank
   * @param year the year
   * @return the key
   * @throws IllegalArgumentException if {@code entity} is blank
   */
  public static RowKey of(String entity, int year) {
    return new RowKey(entity, Optional.empty(), Optional.empty(), OptionalInt.of(year));
  }

  /**
   * This key with the given display name.
   *
   * @param newName the display name; not blank
   * @return a copy with the name set
   * @throws IllegalArgumentException if {@code newName} is blank
   */
  public RowKey withName(String newName) {
    return new RowKey(entity, Optional.of(Ids.label("name of entity '" + entity + "'", newName)),
        group, year);
  }

  /**
   * This key with the given group.
   *
   * @param newGroup the group; not blank
   * @return a copy with the group set
   * @throws IllegalArgumentException if {@code newGroup} is blank
   */
  public RowKey withGroup(String newGroup) {
    return new RowKey(entity, name,
        Optional.of(Ids.label("group of entity '" + entity + "'", newGroup)), year);
  }

  /**
   * This key with the given year.
   *
   * @param newYear the year
   * @return a copy with the year set
   */
  public RowKey withYear(int newYear) {
    return new RowKey(entity, name, group, OptionalInt.of(newYear));
  }
}
