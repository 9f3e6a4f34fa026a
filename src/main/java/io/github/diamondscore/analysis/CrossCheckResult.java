package io.github.diamondscore.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.diamondscore.internal.Text;
import io.github.diamondscore.score.Scores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A multi-criteria cross-check ranking ({@link CrossCheck#check}) with what it could not rank
 * and why: the scores, the indicators it ranked on, and, for every entity left unranked, the
 * indicators it lacks. Immutable.
 */
public final class CrossCheckResult {
  private final CrossCheck.Method method;
  private final CrossCheck.Input input;
  private final String node;
  private final ImmutableList<String> indicators;
  private final Scores scores;
  private final ImmutableMap<String, ImmutableList<String>> unranked;

  CrossCheckResult(CrossCheck.Method method, CrossCheck.Input input, String node,
      List<String> indicators, Scores scores, Map<String, List<String>> unranked) {
    this.method = method;
    this.input = input;
    this.node = node;
    this.indicators = ImmutableList.copyOf(indicators);
    this.scores = scores;
    ImmutableMap.Builder<String, ImmutableList<String>> b = ImmutableMap.builder();
    unranked.forEach((k, v) -> b.put(k, ImmutableList.copyOf(v)));
    this.unranked = b.buildOrThrow();
  }

  /**
   * The method.
   *
   * @return the method
   */
  public CrossCheck.Method method() {
    return method;
  }

  /**
   * What the method ranked on.
   *
   * @return normalized indicator scores or prepared values
   */
  public CrossCheck.Input input() {
    return input;
  }

  /**
   * The node whose indicators were used.
   *
   * @return the node id
   */
  public String node() {
    return node;
  }

  /**
   * The indicators ranked on, in framework order.
   *
   * @return indicator ids
   */
  public List<String> indicators() {
    return indicators;
  }

  /**
   * The scores and ranks, one node named {@code method().id()}; unranked entities are NaN.
   *
   * @return the scores
   */
  public Scores scores() {
    return scores;
  }

  /**
   * Every entity left unranked (entity id, with {@code @year} when the panel has years), with
   * the indicators it lacks, in panel order.
   *
   * @return entity → missing indicator ids
   */
  public Map<String, List<String>> unranked() {
    return ImmutableMap.copyOf(unranked);
  }

  /**
   * How many unranked entities lack each indicator, most often missing first (ties in framework
   * order); indicators nobody lacks are left out.
   *
   * @return indicator id → count of entities lacking it
   */
  public Map<String, Integer> missingCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String id : indicators) {
      counts.put(id, 0);
    }
    for (List<String> missing : unranked.values()) {
      for (String id : missing) {
        counts.merge(id, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /**
   * One line: what was ranked on what, and how many entities were not ranked and why, e.g.
   * {@code topsis on 25 indicators under 'readiness' (normalized scores): ranked 18 of 79; 61
   * lack at least one indicator (rd_expenditure_pct_gdp 28, ...)}.
   *
   * @return the summary
   */
  public String summary() {
    String head = String.format(Locale.ROOT, "%s on %d indicators under '%s' (%s): ranked %d of %d",
        method.id(), indicators.size(), node, input.description(),
        scores.size() - unranked.size(), scores.size());
    if (unranked.isEmpty()) {
      return head;
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Integer> e : missingCounts().entrySet()) {
      if (parts.size() == 5) {
        parts.add("...");
        break;
      }
      parts.add(e.getKey() + " " + e.getValue());
    }
    return String.format(Locale.ROOT, "%s; %d lack at least one indicator (%s)", head,
        unranked.size(), String.join(", ", parts));
  }

  /**
   * The summary, then the ranked entities best first, then the unranked ones with what they lack.
   *
   * @return a readable table
   */
  @Override
  public String toString() {
    String id = method.id();
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < scores.size(); r++) {
      if (scores.rank(r, id).isPresent()) {
        rows.add(r);
      }
    }
    rows.sort(Comparator.comparingInt((Integer r) -> scores.rank(r, id).getAsInt())
        .thenComparing(r -> scores.entities().get(r)));
    List<List<String>> table = new ArrayList<>();
    for (int r : rows) {
      table.add(List.of(Integer.toString(scores.rank(r, id).getAsInt()),
          scores.entities().get(r) + (scores.hasYears() ? " " + scores.year(r).getAsInt() : ""),
          String.format(Locale.ROOT, "%.4f", scores.score(r, id))));
    }
    StringBuilder sb = new StringBuilder(Text.table(summary(), List.of("rank", "entity", id),
        table));
    if (!unranked.isEmpty()) {
      sb.append("not ranked:\n");
      unranked.forEach((e, missing) -> sb.append("  ").append(e).append(": lacks ")
          .append(missing.stream().collect(Collectors.joining(", "))).append('\n'));
    }
    return sb.toString();
  }
}
