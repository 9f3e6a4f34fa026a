package io.github.diamondscore.report;

import io.github.diamondscore.model.Node;
import io.github.diamondscore.score.Contribution;
import io.github.diamondscore.score.Digits;
import io.github.diamondscore.score.Digits;
import io.github.diamondscore.score.ScoreCard;
import io.github.diamondscore.score.Scores;
import java.util.List;
import java.util.OptionalInt;

/**
 * JSON for services: a score card or batch scores as one compact JSON document (RFC 8259), with
 * no dependency. A missing score is {@code null}; numbers are written in their shortest exact
 * form, so parsing them gives back the same doubles.
 */
public final class ResultsJson {
  private ResultsJson() {}

  /**
   * A score card:
   * {@code {"entity":..,"root":..,"total":..,"imputed":[..],"nodes":[{"id":..,"name":..,
   * "parent":..,"score":..,"coverage":..,"contributions":[{"node":..,"points":..,
   * "modulator":..}]}]}}; {@code parent} is null for the root, {@code contributions} is present
   * only for composites with a score.
   *
   * @param card the card
   * @return the JSON text, numbers rounded to 15 significant digits ({@link Digits#ROUNDED})
   */
  public static String of(ScoreCard card) {
    return of(card, Digits.ROUNDED);
  }

  /**
   * A score card as {@link #of(ScoreCard)} writes it, numbers written as {@code digits} says.
   *
   * @param card the card
   * @param digits rounded (the default) or exact
   * @return the JSON text
   */
  public static String of(ScoreCard card, Digits digits) {
    StringBuilder sb = new StringBuilder("{");
    field(sb, "entity").append(string(card.entity())).append(',');
    field(sb, "root").append(string(card.framework().root().id())).append(',');
    field(sb, "total").append(number(card.total(), digits)).append(',');
    field(sb, "imputed").append('[');
    List<String> imputed = card.imputed();
    for (int i = 0; i < imputed.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(string(imputed.get(i)));
    }
    sb.append("],");
    field(sb, "nodes").append('[');
    boolean first = true;
    for (Node n : card.framework().nodes()) {
      sb.append(first ? "" : ",").append('{');
      first = false;
      field(sb, "id").append(string(n.id())).append(',');
      field(sb, "name").append(string(n.name())).append(',');
      field(sb, "parent").append(card.framework().parent(n.id()).map(p -> string(p.id()))
          .orElse("null")).append(',');
      field(sb, "score").append(number(card.score(n.id()), digits)).append(',');
      field(sb, "coverage").append(number(card.coverage(n.id()), digits));
      List<Contribution> cs = card.contributions(n.id());
      if (!cs.isEmpty()) {
        sb.append(',');
        field(sb, "contributions").append('[');
        for (int i = 0; i < cs.size(); i++) {
          Contribution c = cs.get(i);
          sb.append(i == 0 ? "" : ",").append('{');
          field(sb, "node").append(string(c.node())).append(',');
          field(sb, "points").append(number(c.points(), digits)).append(',');
          field(sb, "modulator").append(c.modulator()).append('}');
        }
        sb.append(']');
      }
      sb.append('}');
    }
    return sb.append("]}").toString();
  }

  /**
   * Batch scores: {@code {"root":..,"nodes":[..],"rows":[{"entity":..,"year":..,"scores":
   * {"node":score,..},"ranks":{"node":rank,..}}]}}; {@code year} only when the panel has years,
   * a missing score and its rank are null.
   *
   * @param scores the scores
   * @return the JSON text, numbers rounded to 15 significant digits ({@link Digits#ROUNDED})
   */
  public static String of(Scores scores) {
    return of(scores, Digits.ROUNDED);
  }

  /**
   * Batch scores as {@link #of(Scores)} writes them, numbers written as {@code digits} says.
   *
   * @param scores the scores
   * @param digits rounded (the default) or exact
   * @return the JSON text
   */
  public static String of(Scores scores, Digits digits) {
    StringBuilder sb = new StringBuilder("{");
    field(sb, "root").append(string(scores.framework().root().id())).append(',');
    field(sb, "nodes").append('[');
    List<String> nodes = scores.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(string(nodes.get(i)));
    }
    sb.append("],");
    field(sb, "rows").append('[');
    for (int r = 0; r < scores.size(); r++) {
      sb.append(r == 0 ? "" : ",").append('{');
      field(sb, "entity").append(string(scores.entities().get(r))).append(',');
      if (scores.hasYears()) {
        field(sb, "year").append(scores.year(r).getAsInt()).append(',');
      }
      field(sb, "scores").append('{');
      for (int i = 0; i < nodes.size(); i++) {
        sb.append(i == 0 ? "" : ",");
        field(sb, nodes.get(i)).append(number(scores.score(r, nodes.get(i)), digits));
      }
      sb.append("},");
      field(sb, "ranks").append('{');
      for (int i = 0; i < nodes.size(); i++) {
        OptionalInt rank = scores.rank(r, nodes.get(i));
        sb.append(i == 0 ? "" : ",");
        field(sb, nodes.get(i)).append(rank.isPresent() ? Integer.toString(rank.getAsInt())
            : "null");
      }
      sb.append("}}");
    }
    return sb.append("]}").toString();
  }

  private static StringBuilder field(StringBuilder sb, String name) {
    return sb.append(string(name)).append(':');
  }

  /** A JSON number as {@code digits} writes it; NaN as null. */
  static String number(double v, Digits digits) {
    return Double.isNaN(v) || Double.isInfinite(v) ? "null" : digits.format(v);
  }

  static String string(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }
}
