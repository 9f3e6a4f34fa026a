package io.github.diamondscore.data;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One entity's indicator values, for scoring a single entity online (a service request) or for
 * looking at one row of a {@link Panel}.
 *
 * <p>An observation carries an entity id, an optional name, group and year, and values keyed by
 * indicator id in insertion order. A missing value is NaN, whether it is stored as NaN or not
 * stored at all; infinities are rejected. Immutable and thread-safe.
 *
 * <pre>{@code
 * Observation o = Observation.builder("VN").name("Viet Nam").year(2021)
 *     .put("gdp_pc", 4.3).put("internet", 74.2).build();
 * o.value("internet");   // 74.2
 * o.value("patents");    // NaN: not given
 * }</pre>
 */
public final class Observation implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN_VALUES = 20;

  private final transient String entity;
  private final transient String name;
  private final transient String group;
  private final transient boolean hasYear;
  private final transient int year;
  private final transient Map<String, Double> values;

  private Observation(String entity, String name, String group, boolean hasYear, int year,
      LinkedHashMap<String, Double> values) {
    this.entity = entity;
    this.name = name;
    this.group = group;
    this.hasYear = hasYear;
    this.year = year;
    this.values = Collections.unmodifiableMap(values);
  }

  /** An observation from parts already checked (a panel row); takes ownership of the map. */
  static Observation trusted(String entity, String name, String group, boolean hasYear, int year,
      LinkedHashMap<String, Double> values) {
    return new Observation(entity, name, group, hasYear, year, values);
  }

  /**
   * An observation with an entity id and values, without name, group or year.
   *
   * <p>Non-finite values: NaN is kept and means missing; infinities are rejected.
   *
   * @param entity the entity id; not blank
   * @param values the values by indicator id, copied in the map's iteration order
   * @return the observation
   * @throws NullPointerException if {@code entity} or {@code values} is null
   * @throws IllegalArgumentException if the entity is blank, or the map has a null, blank or
   *     reserved indicator id, a null value or an infinite value
   */
  public static Observation of(String entity, Map<String, Double> values) {
    Builder builder = builder(entity);
    Objects.requireNonNull(values, "values are null; give a map of indicator id to value");
    for (Map.Entry<String, Double> e : values.entrySet()) {
      if (e.getKey() == null) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "observation of entity '%s' has a null indicator id; give every value an id", entity));
      }
      if (e.getValue() == null) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "value of indicator '%s' for entity '%s' is null; use Double.NaN for a missing value",
            e.getKey(), entity));
      }
      builder.put(e.getKey(), e.getValue());
    }
    return builder.build();
  }

  /**
   * Starts an observation of an entity.
   *
   * @param entity the entity id; not blank
   * @return a new builder
   * @throws NullPointerException if {@code entity} is null
   * @throws IllegalArgumentException if {@code entity} is blank
   */
  public static Builder builder(String entity) {
    return new Builder(Ids.entity(entity));
  }

  /**
   * The entity id.
   *
   * @return the entity id
   */
  public String entity() {
    return entity;
  }

  /**
   * The display name.
   *
   * @return the name, or empty when there is none
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * The group.
   *
   * @return the group, or empty when there is none
   */
  public Optional<String> group() {
    return Optional.ofNullable(group);
  }

  /**
   * The year.
   *
   * @return the year, or empty when there is none
   */
  public OptionalInt year() {
    return hasYear ? OptionalInt.of(year) : OptionalInt.empty();
  }

  /**
   * The value of an indicator.
   *
   * <p>Non-finite values: NaN when the indicator is absent or its value is missing; never an
   * infinity.
   *
   * @param indicator an indicator id
   * @return the value, or NaN
   */
  public double value(String indicator) {
    Double v = values.get(indicator);
    return v == null ? Double.NaN : v;
  }

  /**
   * Whether the observation has a (non-missing) value for an indicator.
   *
   * @param indicator an indicator id
   * @return true if the indicator is present and its value is not NaN
   */
  public boolean has(String indicator) {
    return !Double.isNaN(value(indicator));
  }

  /**
   * The indicator ids the observation carries, including those whose value is NaN.
   *
   * @return an unmodifiable set in insertion order
   */
  public Set<String> indicators() {
    return values.keySet();
  }

  /**
   * The values by indicator id.
   *
   * <p>Non-finite values: may contain NaN (missing); never an infinity.
   *
   * @return an unmodifiable map in insertion order
   */
  public Map<String, Double> values() {
    return values;
  }

  /**
   * This observation with one value set: replaced in place when the indicator is present,
   * appended otherwise.
   *
   * <p>Non-finite values: NaN means missing; infinities are rejected.
   *
   * @param indicator an indicator id, not blank and not reserved
   * @param v the value
   * @return a new observation
   * @throws IllegalArgumentException if the id is invalid or {@code v} is infinite
   */
  public Observation withValue(String indicator, double v) {
    Ids.indicator(indicator);
    Ids.value(v, valueLabel(entity, indicator));
    LinkedHashMap<String, Double> copy = new LinkedHashMap<>(values);
    copy.put(indicator, v);
    return new Observation(entity, name, group, hasYear, year, copy);
  }

  /**
   * Whether {@code other} is an observation with the same entity, name, group, year and values
   * (in any order, as for {@link Map#equals}). Values compare as {@link Double#equals}: NaN equals NaN, 0.0 differs
   * from -0.0.
   *
   * @param other the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Observation)) {
      return false;
    }
    Observation that = (Observation) other;
    return entity.equals(that.entity) && Objects.equals(name, that.name)
        && Objects.equals(group, that.group) && hasYear == that.hasYear && year == that.year
        && values.equals(that.values);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(entity, name, group, hasYear, year, values);
  }

  /**
   * A readable one-liner such as {@code CN (China, Asia, 2021): gdp_pc=12.6, internet=NA}, with
   * at most 20 values shown (then {@code ... (N more)}). Numbers are rounded to 6 significant
   * digits; missing values print as {@code NA}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(entity);
    StringBuilder info = new StringBuilder();
    if (name != null) {
      info.append(name);
    }
    if (group != null) {
      info.append(info.length() > 0 ? ", " : "").append(group);
    }
    if (hasYear) {
      info.append(info.length() > 0 ? ", " : "").append(year);
    }
    if (info.length() > 0) {
      sb.append(" (").append(info).append(')');
    }
    sb.append(':');
    int shown = 0;
    for (Map.Entry<String, Double> e : values.entrySet()) {
      if (shown == SHOWN_VALUES) {
        sb.append(String.format(Locale.ROOT, " ... (%d more)", values.size() - shown));
        break;
      }
      sb.append(shown == 0 ? " " : ", ")
          .append(e.getKey()).append('=').append(Numbers.display(e.getValue()));
      shown++;
    }
    if (values.isEmpty()) {
      sb.append(" no values");
    }
    return sb.toString();
  }

  private static String valueLabel(String entity, String indicator) {
    return String.format(Locale.ROOT, "value of indicator '%s' for entity '%s'", indicator, entity);
  }

  /**
   * Writes the observation as its {@code SerializedForm} (serialization proxy pattern, Effective Java
   * item 90); the fields of this class are transient.
   *
   * @return the serialized form
   */
  private Object writeReplace() {
    return new SerializedForm(this);
  }

  /**
   * Refuses a stream that holds this class directly instead of its serialized form.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("an Observation is read through its serialized form");
  }

  /** The serialized form: plain fields and arrays, rebuilt and checked through the builder. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String entity;
    private final String name;
    private final String group;
    private final boolean hasYear;
    private final int year;
    private final String[] ids;
    private final double[] values;

    SerializedForm(Observation o) {
      this.entity = o.entity;
      this.name = o.name;
      this.group = o.group;
      this.hasYear = o.hasYear;
      this.year = o.year;
      this.ids = o.values.keySet().toArray(new String[0]);
      this.values = new double[ids.length];
      for (int i = 0; i < ids.length; i++) {
        this.values[i] = o.values.get(ids[i]);
      }
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        Builder builder = builder(entity);
        if (name != null) {
          builder.name(name);
        }
        if (group != null) {
          builder.group(group);
        }
        if (hasYear) {
          builder.year(year);
        }
        for (int i = 0; i < ids.length; i++) {
          builder.put(ids[i], values[i]);
        }
        return builder.build();
      } catch (RuntimeException e) {
        InvalidObjectException invalid =
            new InvalidObjectException("invalid Observation: " + e.getMessage());
        invalid.initCause(e);
        throw invalid;
      }
    }
  }

  /**
   * Collects the parts of an {@link Observation}. Mutable and not thread-safe; every setter
   * checks its argument at once.
   */
  public static final class Builder {

    private final String entity;
    private String name;
    private String group;
    private boolean hasYear;
    private int year;
    private final LinkedHashMap<String, Double> values = new LinkedHashMap<>();

    private Builder(String entity) {
      this.entity = entity;
    }

    /**
     * Sets the value of an indicator.
     *
     * <p>Non-finite values: NaN is kept and means missing; infinities are rejected.
     *
     * @param indicator the indicator id: not blank, no leading or trailing spaces, not one of
     *     {@code entity}, {@code name}, {@code group}, {@code year}
     * @param v the value
     * @return this builder
     * @throws IllegalArgumentException if the id is invalid or already set, or {@code v} is
     *     infinite
     */
    public Builder put(String indicator, double v) {
      Ids.indicator(indicator);
      Ids.value(v, valueLabel(entity, indicator));
      if (values.containsKey(indicator)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "indicator '%s' of entity '%s' was already set to %s; set each indicator once",
            indicator, entity, values.get(indicator)));
      }
      values.put(indicator, v);
      return this;
    }

    /**
     * Sets the display name.
     *
     * @param newName the name; not blank
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder name(String newName) {
      this.name = Ids.label("name of entity '" + entity + "'", newName);
      return this;
    }

    /**
     * Sets the group.
     *
     * @param newGroup the group; not blank
     * @return this builder
     * @throws IllegalArgumentException if the group is blank
     */
    public Builder group(String newGroup) {
      this.group = Ids.label("group of entity '" + entity + "'", newGroup);
      return this;
    }

    /**
     * Sets the year.
     *
     * @param newYear the year
     * @return this builder
     */
    public Builder year(int newYear) {
      this.hasYear = true;
      this.year = newYear;
      return this;
    }

    /**
     * Builds the observation; the builder can go on being used.
     *
     * @return a new observation
     */
    public Observation build() {
      return new Observation(entity, name, group, hasYear, year, new LinkedHashMap<>(values));
    }
  }
}
