package io.github.diamondscore.report;

import io.github.diamondscore.diamond.Assessment;
import io.github.diamondscore.diamond.Factor;
import io.github.diamondscore.diamond.Tier;
import io.github.diamondscore.diamond.Tiers;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.model.Node;
import io.github.diamondscore.score.Contribution;
import io.github.diamondscore.score.ScoreCard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Charts of an {@link Assessment}: the adapters from the built-in models' results to the charts of
 * this package.
 *
 * <pre>{@code
 * Assessment a = GoGlobal.assess();
 * ReadinessCharts.diamond(a, "CHN", "SGP").write(Path.of("diamond.svg"));
 * ReadinessCharts.ranking(a, "CHN").write(Path.of("ranking.svg"));
 * }</pre>
 *
 * <p>Series, bars and contributions are labelled with the entities' display names (names that
 * occur twice get their id in parentheses) and the nodes' names.
 */
public final class ReadinessCharts {
  /**
   * The colours of the tiers, highest tier first (colour-blind-safe Okabe–Ito colours: green,
   * sky blue, orange, vermilion, then purple and grey for more tiers, repeating after six).
   */
  public static final List<String> TIER_COLORS =
      List.of("#009E73", "#56B4E9", "#E69F00", "#D55E00", "#CC79A7", "#999999");

  /**
   * The radius of the report's radars: small enough that a radar with its labels fits a phone's
   * column at full text size, and two fit side by side on a desktop.
   */
  private static final double RADAR_RADIUS = 90;

  private ReadinessCharts() {}

  /**
   * The diamond's six factors as a radar, one polygon per entity, overlaid. Axes in the order of
   * {@link Factor}, the first straight up.
   *
   * @param assessment an assessment whose framework has the six factor nodes ({@link
   *     io.github.diamondscore.diamond.PorterDiamond} or {@link
   *     io.github.diamondscore.diamond.GoGlobal})
   * @param entities one or more entity ids
   * @return the chart, scale 0–100
   * @throws IllegalArgumentException if the framework lacks a factor node, no entity is given, or
   *     an entity is unknown
   */
  public static RadarChart diamond(Assessment assessment, String... entities) {
    Framework fw = assessment.framework();
    List<String> nodes = new ArrayList<>();
    for (Factor f : Factor.values()) {
      if (fw.node(f.nodeId()).isEmpty()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "framework '%s' has no node '%s', so it has no diamond to draw; use PorterDiamond or"
                + " GoGlobal", fw.root().id(), f.nodeId()));
      }
      nodes.add(f.nodeId());
    }
    return radar(assessment, nodes, "Porter's diamond: the six factors", entities);
  }

  /**
   * The root's children (the four areas of the go-global or enterprise model) as a radar, one
   * polygon per entity, overlaid.
   *
   * @param assessment the assessment; its root needs at least three children
   * @param entities one or more entity ids
   * @return the chart, scale 0–100
   * @throws IllegalArgumentException if the root has fewer than three children, no entity is given,
   *     or an entity is unknown
   */
  public static RadarChart areas(Assessment assessment, String... entities) {
    Node root = assessment.framework().root();
    List<String> nodes = new ArrayList<>();
    for (Node c : root.children()) {
      nodes.add(c.id());
    }
    return radar(assessment, nodes, root.name() + ": the areas", entities);
  }

  private static RadarChart radar(Assessment a, List<String> nodes, String title,
      String... entities) {
    Objects.requireNonNull(entities, "entities");
    if (entities.length == 0) {
      throw new IllegalArgumentException("give at least one entity to draw");
    }
    Framework fw = a.framework();
    List<String> axes = new ArrayList<>();
    for (String n : nodes) {
      axes.add(fw.require(n).name());
    }
    RadarChart.Builder b = RadarChart.builder(axes).title(title).scale(0, 100)
        .radius(RADAR_RADIUS);
    Map<String, String> labels = labels(a);
    for (String e : entities) {
      double[] values = new double[nodes.size()];
      for (int k = 0; k < values.length; k++) {
        values[k] = a.score(e, nodes.get(k));
      }
      b.series(labels.get(e), values);
    }
    return b.build();
  }

  /**
   * The index of every entity as a ranked bar chart, coloured by tier, with some entities
   * highlighted (e.g. China).
   *
   * @param assessment the assessment
   * @param highlight entity ids to highlight
   * @return the chart, scale 0–100
   * @throws IllegalArgumentException if a highlighted entity is unknown
   */
  public static BarChart ranking(Assessment assessment, String... highlight) {
    Map<String, String> labels = labels(assessment);
    BarChart.Builder b = BarChart.builder()
        .title(assessment.framework().root().name() + ": ranking")
        .scale(0, 100).tiers(tiers(assessment.tiers()));
    for (String e : assessment.entities()) {
      b.bar(labels.get(e), assessment.score(e));
    }
    for (String h : highlight) {
      assessment.score(h);
      b.highlight(labels.get(h));
    }
    return b.build();
  }

  /**
   * The points each child of the root adds to one entity's index (and, for a modulated root such
   * as the diamond's, what chance and government add or take away), with the index as the total.
   *
   * @param assessment the assessment
   * @param entity the entity id
   * @return the chart
   * @throws IllegalArgumentException if the entity is unknown
   */
  public static ContributionsChart contributions(Assessment assessment, String entity) {
    ScoreCard card = assessment.scoreCard(entity);
    Framework fw = assessment.framework();
    String root = fw.root().id();
    ContributionsChart.Builder b = ContributionsChart.builder(labels(assessment).get(entity))
        .title(String.format(Locale.ROOT, "%s: what each part adds to %s",
            labels(assessment).get(entity), fw.root().name()));
    for (Contribution c : card.contributions(root)) {
      String name = fw.require(c.node()).name();
      b.contribution(c.modulator() ? name + " (modulates)" : name, c.points());
    }
    if (!Double.isNaN(card.total())) {
      b.total(card.total());
    }
    return b.build();
  }

  /**
   * The bar-chart tiers for assessment tiers, coloured from {@link #TIER_COLORS}.
   *
   * @param tiers the tiers
   * @return one bar-chart tier per tier, highest first
   */
  public static List<BarChart.Tier> tiers(Tiers tiers) {
    List<BarChart.Tier> out = new ArrayList<>();
    List<Tier> list = tiers.tiers();
    for (int i = 0; i < list.size(); i++) {
      out.add(new BarChart.Tier(list.get(i).name(), list.get(i).minimum(),
          TIER_COLORS.get(i % TIER_COLORS.size())));
    }
    return out;
  }

  /** Display labels: the name, or "name (id)" when two entities share a name. */
  static Map<String, String> labels(Assessment a) {
    Map<String, Integer> counts = new HashMap<>();
    for (String e : a.entities()) {
      counts.merge(a.name(e), 1, Integer::sum);
    }
    Map<String, String> out = new HashMap<>();
    for (String e : a.entities()) {
      String n = a.name(e);
      out.put(e, counts.get(n) > 1 ? n + " (" + e + ")" : n);
    }
    return out;
  }
}
