package io.github.diamondscore.scenario;

import java.util.Locale;
import java.util.Objects;

/**
 * Whom a change applies to: one entity, the entities of a group, or all entities.
 *
 * @param kind which of the three
 * @param name the entity id or group name; empty for {@link Kind#ALL}
 */
public record Scope(Kind kind, String name) {
  /** The three kinds of scope. */
  public enum Kind {
    /** Every entity of the panel. */
    ALL,
    /** One entity, by id. */
    ENTITY,
    /** The entities whose group is the name. */
    GROUP
  }

  /**
   * Validates the scope.
   *
   * @param kind the kind
   * @param name the name; empty exactly for {@link Kind#ALL}
   * @throws IllegalArgumentException if an entity or group scope has a blank name
   */
  public Scope {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (kind != Kind.ALL && name.isBlank()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "a %s scope needs a name", kind.name().toLowerCase(Locale.ROOT)));
    }
    if (kind == Kind.ALL) {
      name = "";
    }
  }

  /**
   * Every entity.
   *
   * @return the scope
   */
  public static Scope all() {
    return new Scope(Kind.ALL, "");
  }

  /**
   * One entity.
   *
   * @param id the entity id
   * @return the scope
   */
  public static Scope entity(String id) {
    return new Scope(Kind.ENTITY, id);
  }

  /**
   * The entities of a group.
   *
   * @param group the group name
   * @return the scope
   */
  public static Scope group(String group) {
    return new Scope(Kind.GROUP, group);
  }

  /**
   * Reads the entity column of a scenario file: {@code *} or blank for all, {@code group:NAME}
   * for a group, otherwise an entity id.
   *
   * @param text the text
   * @return the scope
   */
  public static Scope parse(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.equals("*")) {
      return all();
    }
    if (t.regionMatches(true, 0, "group:", 0, 6)) {
      return group(t.substring(6).strip());
    }
    return entity(t);
  }

  /**
   * The scope as in a scenario file: {@code *}, {@code group:NAME} or the entity id.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return switch (kind) {
      case ALL -> "*";
      case GROUP -> "group:" + name;
      case ENTITY -> name;
    };
  }
}
