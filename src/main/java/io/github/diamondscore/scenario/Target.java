package io.github.diamondscore.scenario;

import java.util.Locale;
import java.util.Objects;

/**
 * What an entity should reach on a node: a score, a rank, or a tier (a band of the simulator's
 * {@link Bands}). Reaching means a score at least the threshold; for a rank r, a score at least
 * the r-th highest score of the other entities (ties share the better rank).
 *
 * @param kind score, rank or tier
 * @param node the node id; empty for the framework's root
 * @param value the score or the rank; NaN for a tier
 * @param tier the tier name; empty unless the kind is {@link Kind#TIER}
 */
public record Target(Kind kind, String node, double value, String tier) {
  /** The three kinds of target. */
  public enum Kind {
    /** A score of at least the value. */
    SCORE,
    /** A rank of at most the value (1 is best). */
    RANK,
    /** A score in the named tier or higher. */
    TIER
  }

  /**
   * Validates the target.
   *
   * @param kind the kind
   * @param node the node, or empty for the root
   * @param value the score or rank
   * @param tier the tier name
   * @throws IllegalArgumentException if a score is not finite, a rank is not a whole number ≥ 1,
   *     or a tier name is blank
   */
  public Target {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(tier, "tier");
    switch (kind) {
      case SCORE -> {
        if (!Double.isFinite(value)) {
          throw new IllegalArgumentException("target score must be finite, not " + value);
        }
        tier = "";
      }
      case RANK -> {
        if (!(value >= 1) || value != Math.rint(value)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "target rank must be a whole number >= 1, not %s", Fmt.num(value)));
        }
        tier = "";
      }
      case TIER -> {
        if (tier.isBlank()) {
          throw new IllegalArgumentException("target tier name is blank; e.g. 'Ready'");
        }
        value = Double.NaN;
      }
    }
  }

  /**
   * A root score of at least {@code score}.
   *
   * @param score the score
   * @return the target
   */
  public static Target score(double score) {
    return new Target(Kind.SCORE, "", score, "");
  }

  /**
   * A score of at least {@code score} on a node.
   *
   * @param node the node id
   * @param score the score
   * @return the target
   */
  public static Target score(String node, double score) {
    return new Target(Kind.SCORE, node, score, "");
  }

  /**
   * A root rank of at most {@code rank}.
   *
   * @param rank 1 or more
   * @return the target
   */
  public static Target rank(int rank) {
    return new Target(Kind.RANK, "", rank, "");
  }

  /**
   * A rank of at most {@code rank} on a node.
   *
   * @param node the node id
   * @param rank 1 or more
   * @return the target
   */
  public static Target rank(String node, int rank) {
    return new Target(Kind.RANK, node, rank, "");
  }

  /**
   * A root score in the named tier or higher.
   *
   * @param tier the tier (band) name, e.g. {@code Ready}
   * @return the target
   */
  public static Target tier(String tier) {
    return new Target(Kind.TIER, "", Double.NaN, tier);
  }

  /**
   * Reads a target as the CLI takes it: {@code 55} or {@code score:55}, {@code rank:10},
   * {@code tier:Ready}; each may end with {@code @node}.
   *
   * @param text the text
   * @return the target
   * @throws IllegalArgumentException saying what is valid
   */
  public static Target parse(String text) {
    String t = text.strip();
    String node = "";
    int at = t.lastIndexOf('@');
    if (at >= 0) {
      node = t.substring(at + 1).strip();
      t = t.substring(0, at).strip();
    }
    try {
      if (t.regionMatches(true, 0, "tier:", 0, 5)) {
        return new Target(Kind.TIER, node, Double.NaN, t.substring(5).strip());
      }
      if (t.regionMatches(true, 0, "rank:", 0, 5)) {
        return new Target(Kind.RANK, node, Double.parseDouble(t.substring(5).strip()), "");
      }
      String number = t.regionMatches(true, 0, "score:", 0, 6) ? t.substring(6) : t;
      return new Target(Kind.SCORE, node, Double.parseDouble(number.strip()), "");
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "target '%s' is not valid; give a score (55 or score:55), rank:N or tier:NAME,"
              + " optionally followed by @node", text));
    }
  }

  /**
   * The target in words, e.g. {@code readiness >= 55}, {@code rank <= 10},
   * {@code tier Ready}.
   *
   * @return one line
   */
  @Override
  public String toString() {
    String on = node.isEmpty() ? "" : " on " + node;
    return switch (kind) {
      case SCORE -> "score >= " + Fmt.num(value) + on;
      case RANK -> "rank <= " + (int) value + on;
      case TIER -> "tier " + tier + on;
    };
  }
}
