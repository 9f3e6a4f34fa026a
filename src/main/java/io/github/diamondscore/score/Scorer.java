package io.github.diamondscore.score;

import io.github.diamondscore.model.Composite;
import io.github.diamondscore.model.Custom;
import io.github.diamondscore.model.CustomScore;
import io.github.diamondscore.model.Indicator;
import io.github.diamondscore.model.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * Short static factories for building scorer trees in code — the same {@link Node} objects that
 * the framework CSV produces.
 *
 * <pre>{@code
 * Node lpi = Scorer.indicator("lpi").goalposts(1, 5);
 * Node tariff = Scorer.indicator("tariff").lowerIsBetter();
 * Node credit = Scorer.custom("credit", o -> o.has("rating") ? 20 * o.value("rating") : Double.NaN);
 * Node root = Scorer.weighted("readiness", Map.of(lpi, 2.0, tariff, 1.0, credit, 1.0)).geometric();
 * FittedIndex fitted = Index.of(Framework.of(root)).fit(panel);
 * }</pre>
 */
public final class Scorer {
  private Scorer() {}

  /**
   * An indicator leaf reading the data column of the same id.
   *
   * @param id the indicator id
   * @return the indicator
   * @throws IllegalArgumentException if the id is invalid
   */
  public static Indicator indicator(String id) {
    return Indicator.of(id);
  }

  /**
   * A composite of children that keep their own weights (1 unless set).
   *
   * @param id the composite id
   * @param children at least one
   * @return the composite
   * @throws IllegalArgumentException if there are no children or ids repeat
   */
  public static Composite composite(String id, Node... children) {
    return Composite.of(id, children);
  }

  /**
   * A composite whose children get the given weights. Children keep the map's order when it has
   * one (a {@link LinkedHashMap} or {@link SortedMap}); otherwise (e.g. {@code Map.of}) they are
   * sorted by id, so results do not depend on hash order.
   *
   * @param id the composite id
   * @param weights child to weight (finite, &gt; 0)
   * @return the composite
   * @throws IllegalArgumentException if a weight is invalid, there are no children or ids repeat
   */
  public static Composite weighted(String id, Map<? extends Node, ? extends Number> weights) {
    List<Node> kids = new ArrayList<>();
    for (Map.Entry<? extends Node, ? extends Number> e : ordered(weights)) {
      kids.add(e.getKey().withWeight(e.getValue().doubleValue()));
    }
    return Composite.of(id, kids);
  }

  /**
   * A weighted composite whose id joins its children's ids with '+', e.g. {@code a+b}. Use
   * {@link Composite#withId} to rename it.
   *
   * @param weights child to weight (finite, &gt; 0)
   * @return the composite
   * @throws IllegalArgumentException if a weight is invalid or there are no children
   */
  public static Composite weighted(Map<? extends Node, ? extends Number> weights) {
    String id = ordered(weights).stream().map(e -> e.getKey().id())
        .collect(Collectors.joining("+"));
    return weighted(id.isEmpty() ? "composite" : id, weights);
  }

  /**
   * A leaf computed by host code from the whole observation; it must return a score in [0, 100]
   * or NaN for missing.
   *
   * @param id the node id
   * @param function the scoring function
   * @return the custom leaf
   */
  public static Custom custom(String id, CustomScore function) {
    return Custom.of(id, function);
  }

  private static <K extends Node, V extends Number> List<Map.Entry<K, V>> ordered(
      Map<K, V> weights) {
    List<Map.Entry<K, V>> entries = new ArrayList<>(weights.entrySet());
    if (!(weights instanceof LinkedHashMap) && !(weights instanceof SortedMap)) {
      entries.sort(Comparator.comparing(e -> e.getKey().id()));
    }
    return entries;
  }
}
